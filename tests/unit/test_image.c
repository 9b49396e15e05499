/* Decoding pictures: the bundled figures decode, and hostile PNGs (made by
 * tests/fixtures/png/make.py) are refused with a message for staff, never
 * a crash or a huge allocation. */
#include "testutil.h"

#include "image.h"

#include <unistd.h>

static bool load(const char *name, struct image *img, char *why)
{
	char path[256];

	snprintf(path, sizeof path, "tests/fixtures/png/%s", name);
	return image_load(path, img, why, IMAGE_WHY_MAX);
}

static void expect_refused(const char *name, const char *words)
{
	struct image img;
	char why[IMAGE_WHY_MAX];

	assert_false(load(name, &img, why));
	assert_null(img.rgba);
	if (!strstr(why, words))
		fail_msg("%s: '%s' does not say '%s'", name, why, words);
}

static void test_image_decodes_the_bundled_figures(void **state)
{
	static const char *const names[] = {
		"content/figures/hip-front.png", "content/figures/hip-injection.png",
		"content/figures/body-outlines.png",
	};
	(void)state;

	for (size_t i = 0; i < 3; i++) {
		struct image img;
		char why[IMAGE_WHY_MAX];

		assert_true(image_load(names[i], &img, why, sizeof why));
		assert_int_equal(img.width, 600);
		assert_int_equal(img.height, 600);
		/* Opaque white in the top left corner. */
		assert_memory_equal(img.rgba, "\xff\xff\xff\xff", 4);
		image_free(&img);
	}
}

static void test_image_decodes_a_small_picture_to_rgba(void **state)
{
	struct image img;
	char why[IMAGE_WHY_MAX];
	(void)state;

	assert_true(load("good.png", &img, why));
	assert_int_equal(img.width, 48);
	assert_int_equal(img.height, 24);
	assert_int_equal(img.rgba[2], 128);	/* blue of the first pixel */
	assert_int_equal(img.rgba[3], 255);	/* opaque */
	image_free(&img);
}

static void test_image_reads_an_interlaced_16_bit_grey_picture(void **state)
{
	struct image img;
	char why[IMAGE_WHY_MAX];
	(void)state;

	assert_true(load("grey-16-bit-interlaced.png", &img, why));
	assert_int_equal(img.width, 9);
	image_free(&img);
}

static void test_image_refuses_a_text_file_named_png(void **state)
{
	(void)state;
	expect_refused("text.png", "it is not a PNG picture; save or export");
}

static void test_image_refuses_a_truncated_file(void **state)
{
	(void)state;
	expect_refused("truncated.png", "the PNG is damaged");
}

static void test_image_refuses_a_bad_checksum(void **state)
{
	(void)state;
	expect_refused("bad-crc.png", "the PNG is damaged");
}

static void test_image_refuses_a_bomb_from_its_header(void **state)
{
	(void)state;
	expect_refused("bomb.png", "the picture is 20000 x 20000 pixels; the "
		       "limit is 4000 x 4000: make it smaller");
}

static void test_image_refuses_an_interlaced_16_bit_palette(void **state)
{
	(void)state;
	expect_refused("palette-16-bit-interlaced.png", "cannot be read");
}

static void test_image_refuses_a_file_over_the_size_limit(void **state)
{
	const char *path = "build/test-image-too-big.png";
	FILE *f = fopen(path, "wb");
	struct image img;
	char why[IMAGE_WHY_MAX];
	(void)state;

	assert_non_null(f);
	assert_int_equal(fseek(f, IMAGE_MAX_FILE_BYTES, SEEK_SET), 0);
	fputc(0, f);
	fclose(f);
	assert_false(image_load(path, &img, why, sizeof why));
	assert_non_null(strstr(why, "make the picture smaller"));
	unlink(path);
}

static void test_image_refuses_a_missing_file(void **state)
{
	(void)state;
	expect_refused("no-such-picture.png", "cannot open the file");
}

static void test_image_checks_see_a_changed_file(void **state)
{
	const char *path = "build/test-image-changing.png";
	struct image_checks checks = { 0 };
	unsigned w, h;
	char why[IMAGE_WHY_MAX];
	(void)state;

	test_copy_file("tests/fixtures/png/text.png", path, 1000000);
	assert_false(image_check_file(&checks, path, &w, &h, why, sizeof why));
	assert_false(image_check_file(&checks, path, &w, &h, why, sizeof why));
	assert_non_null(strstr(why, "not a PNG"));
	assert_int_equal(checks.count, 1);
	test_copy_file("tests/fixtures/png/good.png", path, 2000000);
	assert_true(image_check_file(&checks, path, &w, &h, why, sizeof why));
	assert_int_equal(w, 48);
	assert_int_equal(h, 24);
	assert_int_equal(checks.count, 1);
	image_checks_clear(&checks);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_image_decodes_the_bundled_figures),
		cmocka_unit_test(test_image_decodes_a_small_picture_to_rgba),
		cmocka_unit_test(test_image_reads_an_interlaced_16_bit_grey_picture),
		cmocka_unit_test(test_image_refuses_a_text_file_named_png),
		cmocka_unit_test(test_image_refuses_a_truncated_file),
		cmocka_unit_test(test_image_refuses_a_bad_checksum),
		cmocka_unit_test(test_image_refuses_a_bomb_from_its_header),
		cmocka_unit_test(test_image_refuses_an_interlaced_16_bit_palette),
		cmocka_unit_test(test_image_refuses_a_file_over_the_size_limit),
		cmocka_unit_test(test_image_refuses_a_missing_file),
		cmocka_unit_test(test_image_checks_see_a_changed_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
