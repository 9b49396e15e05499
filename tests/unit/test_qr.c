/* The Take home code: the leaflet's address, the QR code as a PNG and as
 * half-block text, each read back by a real decoder (zbarimg). */
#include "testutil.h"
#include "halfblock.h"

#include "handout.h"
#include "pngfile.h"
#include "qr.h"


static char dir[64];

static int setup(void **state)
{
	(void)state;
	return test_make_dir(dir, sizeof dir, "qr");
}

static int teardown(void **state)
{
	(void)state;
	return test_remove_dir(dir);
}

/* What zbarimg reads in a PNG file, without its final newline. */
static char *decode(const char *png)
{
	char cmd[256], *text = malloc(4096);
	size_t n;
	FILE *p;

	snprintf(cmd, sizeof cmd, "zbarimg -q --raw %s 2>/dev/null", png);
	p = popen(cmd, "r");
	assert_non_null(p);
	n = fread(text, 1, 4095, p);
	pclose(p);
	text[n] = '\0';
	if (n && text[n - 1] == '\n')
		text[n - 1] = '\0';
	return text;
}

static void test_leaflet_address_fills_in_and_escapes_the_template(void **state)
{
	struct content_source sources[] = { { "A leaflet", "https://nhs.example/h\xc3\xbc" "ft" } };
	struct content_topic t = { .id = "hip/x y", .language = "en" };
	char *a;
	(void)state;

	a = handout_address("https://c.example/l/{language}/{id}.html", &t);
	assert_string_equal(a, "https://c.example/l/en/hip%2Fx%20y.html");
	free(a);
	assert_null(handout_address("", &t));
	t.sources = sources;
	t.source_count = 1;
	a = handout_address(NULL, &t);
	assert_string_equal(a, "https://nhs.example/h%C3%BCft");
	free(a);
	sources[0].url = "https://bad.example/\x1b[2J";
	assert_null(handout_address(NULL, &t));
	sources[0].url = "javascript:alert(1)";
	assert_null(handout_address(NULL, &t));
	assert_null(handout_template_problem("https://c.example/{id}?lang={language}"));
	assert_non_null(handout_template_problem("ftp://c.example/{id}"));
	assert_non_null(handout_template_problem("https://c.example/{name}"));
	assert_non_null(handout_template_problem("https://c.example/a b"));
	assert_non_null(handout_template_problem("https://c.example/}"));
}

static void png_round_trip(const char *address)
{
	struct qr_code code;
	char path[128], *got;

	snprintf(path, sizeof path, "%s/code.png", dir);
	assert_true(qr_encode(address, 0, &code));
	assert_int_equal(qr_write_png(&code, QR_PNG_SCALE, path), 0);
	got = decode(path);
	assert_string_equal(got, address);
	free(got);
	qr_free(&code);
}

static void test_a_png_code_reads_back_as_the_address(void **state)
{
	char address[400];
	(void)state;

	png_round_trip("https://clinic.example.org/leaflets/en/hip-steroid-injection");
	strcpy(address, "https://clinic.example.org/leaflets/");
	while (strlen(address) < 350)
		strcat(address, "very-long-path/");
	png_round_trip(address);
}

/* The half-block text a screen shows, turned back into pixels (4 a
 * module) by reading each character's ink, as a capture of the screen. */
static void text_round_trip(const char *address, int max_rows, int max_cols)
{
	struct qr_code code;
	char path[128], *text = NULL, *got;
	size_t text_len = 0;
	FILE *f = open_memstream(&text, &text_len);
	int rows, width, height, scale = 4;
	unsigned char *pixels;

	assert_true(qr_encode(address, max_rows, &code));
	rows = qr_rows(&code);
	assert_true(rows <= max_rows && code.size <= max_cols);
	for (int r = 0; r < rows; r++) {
		for (int c = 0; c < code.size; c++)
			fputs(qr_cell_text(qr_cell(&code, r, c)), f);
		fputc('\n', f);
	}
	fclose(f);
	qr_free(&code);

	pixels = halfblock_render(text, scale, &width, &height);
	assert_true(width <= max_cols * scale);
	snprintf(path, sizeof path, "%s/screen.png", dir);
	assert_int_equal(pngfile_write_gray(path, pixels, width, height), 0);
	got = decode(path);
	assert_string_equal(got, address);
	free(got);
	free(pixels);
	free(text);
}

/* The longest address of the usual shape that fits in rows. */
static void longest_fitting(int rows, char *address, size_t size)
{
	size_t longest = qr_longest_address(rows);

	snprintf(address, size, "https://clinic.example.org/leaflets/en/");
	while (strlen(address) < longest)
		strcat(address, "x");
	assert_int_equal(strlen(address), longest);
}

static void test_the_screen_code_reads_back_at_80x24_and_100x30(void **state)
{
	char address[200];
	(void)state;

	text_round_trip("https://clinic.example.org/leaflets/en/hip", QR_ROWS_80X24, 80);
	longest_fitting(QR_ROWS_80X24, address, sizeof address);
	text_round_trip(address, QR_ROWS_80X24, 80);
	longest_fitting(QR_ROWS_100X30, address, sizeof address);
	text_round_trip(address, QR_ROWS_100X30, 100);
}

static void test_an_address_too_long_for_the_screen_is_refused(void **state)
{
	struct content_library *lib = test_load_bundled();
	struct diag d = DIAG_INIT;
	char address[200];
	struct qr_code code;
	(void)state;

	longest_fitting(QR_ROWS_80X24, address, sizeof address);
	assert_int_equal(strlen(address), 78);
	strcat(address, "y");
	assert_false(qr_encode(address, QR_ROWS_80X24, &code));
	assert_true(qr_encode(address, QR_ROWS_100X30, &code));
	qr_free(&code);

	assert_non_null(lib);
	handout_check(lib, "https://clinic.example.org/leaflets/{language}/{id}", &d);
	assert_int_equal(d.count, 0);
	handout_check(lib, "https://clinic.example.org/patient-information-leaflets/"
		      "orthopaedics/{language}/{id}.html", &d);
	/* One per topic, translations included. */
	assert_int_equal(d.errors, lib->topic_count);
	test_assert_diag_contains(&d, "iliopsoas-tendinopathy-bursitis.yaml: error: "
				  "the leaflet address for the Take home code is "
				  "108 characters; a QR code that fits an 80x24 "
				  "screen holds at most 78");
	diag_clear(&d);
	content_library_free(lib);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leaflet_address_fills_in_and_escapes_the_template),
		cmocka_unit_test(test_a_png_code_reads_back_as_the_address),
		cmocka_unit_test(test_the_screen_code_reads_back_at_80x24_and_100x30),
		cmocka_unit_test(test_an_address_too_long_for_the_screen_is_refused),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
