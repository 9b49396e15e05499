/* The content model: what the loader builds from good files, and how it
 * treats a folder holding huge, odd and broken files. */
#include "testutil.h"

#include "content.h"

#include <sys/stat.h>
#include <unistd.h>

static struct content_library *load(const char *dir, struct diag *diag)
{
	*diag = (struct diag)DIAG_INIT;
	return content_library_load(dir, diag);
}

static void test_loader_builds_the_bundled_topics(void **state)
{
	struct diag diag;
	struct content_library *lib = load("content", &diag);
	const struct content_topic *t;
	(void)state;

	assert_int_equal(diag.count, 0);
	/* English, Spanish and Arabic (the injection topic only). */
	assert_int_equal(lib->topic_count, 5);
	assert_int_equal(lib->glossary_count, 3);
	t = content_find_topic(lib, "hip-steroid-injection", "ar");
	assert_non_null(t);
	assert_string_equal(t->translates_version, "1");
	assert_int_equal(t->reviewed_by.count, 0);
	assert_non_null(content_find_topic(lib, "iliopsoas-tendinopathy-bursitis", "es"));
	assert_string_equal(content_find_term(content_find_glossary(lib, "es"),
					      "esteroide", 9)->translates, "steroid");
	t = content_find_topic(lib, "hip-steroid-injection", "en");
	assert_non_null(t);
	assert_int_equal(t->kind, TOPIC_PROCEDURE);
	assert_int_equal(t->sections[0].kind, SECTION_OVERVIEW);
	assert_int_equal(t->last_reviewed.year, 2026);
	assert_int_equal(t->next_review_due.year, 2029);
	assert_non_null(t->related);
	assert_string_equal(t->related[0].topic_id, "iliopsoas-tendinopathy-bursitis");
	assert_non_null(content_find_term(content_find_glossary(lib, "en"), "BURSA", 5));
	assert_null(content_find_term(content_find_glossary(lib, "en"), "bursae", 6));
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_loader_reads_options_steps_and_get_help_boxes(void **state)
{
	struct diag diag;
	struct content_library *lib = load("content", &diag);
	const struct content_topic *t =
		content_find_topic(lib, "iliopsoas-tendinopathy-bursitis", "en");
	bool saw_options = false, saw_emergency = false;
	(void)state;

	assert_non_null(t);
	for (size_t s = 0; s < t->section_count; s++)
		for (size_t p = 0; p < t->sections[s].page_count; p++)
			for (size_t b = 0; b < t->sections[s].pages[p].block_count; b++) {
				const struct content_block *bl = &t->sections[s].pages[p].blocks[b];
				if (bl->kind == BLOCK_OPTIONS) {
					saw_options = true;
					assert_true(bl->u.options.count >= 4);
					assert_non_null(bl->u.options.items[0].good.items[0]);
				}
				if (bl->kind == BLOCK_GET_HELP &&
				    bl->u.help.urgency == URGENCY_EMERGENCY)
					saw_emergency = true;
			}
	assert_true(saw_options);
	assert_true(saw_emergency);
	content_library_free(lib);
	diag_clear(&diag);
}

/* A scratch folder under /tmp, removed by the caller with rm -r. */
static char *make_scratch_dir(void)
{
	char *dir = strdup("/tmp/kiosk-test-XXXXXX");
	assert_non_null(mkdtemp(dir));
	return dir;
}

static void remove_dir(char *dir)
{
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(dir);
}

static const char good_topic[] =
	"id: good\ntitle: Good\nsummary: Fine.\nlanguage: en\n"
	"last_reviewed: 2026-01-01\nnext_review_due: 2027-01-01\n"
	"reviewed_by: [Someone]\nsources:\n  - citation: A book.\n"
	"sections:\n  - kind: overview\n    pages:\n      - title: One\n"
	"        blocks:\n          - paragraph: Hello.\n";

static void test_loader_refuses_a_60_megabyte_file_and_keeps_the_rest(void **state)
{
	char *dir = make_scratch_dir();
	char path[512];
	struct diag diag;
	struct content_library *lib;
	FILE *f;
	(void)state;

	test_write_file(dir, "good.yaml", good_topic);
	snprintf(path, sizeof path, "%s/huge.yaml", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(ftruncate(fileno(f), 60L * 1024 * 1024), 0);
	fclose(f);
	lib = load(dir, &diag);
	assert_int_equal(lib->topic_count, 1);
	test_assert_diag_contains(&diag, "huge.yaml:1:1: error: the file is 62914560 bytes; the limit is 2097152 bytes");
	content_library_free(lib);
	diag_clear(&diag);
	remove_dir(dir);
}

/* Folders named like topics cost no parsing, so 20,003 of them are quick;
 * made in reverse so the folder's order is not the names' order. */
static void test_loader_leaves_out_the_last_files_by_name_past_20000(void **state)
{
	char *dir = make_scratch_dir();
	char path[512];
	struct diag diag;
	struct content_library *lib;
	(void)state;

	for (int i = CONTENT_MAX_FILES + 2; i >= 0; i--) {
		snprintf(path, sizeof path, "%s/f%05d.yaml", dir, i);
		assert_int_equal(mkdir(path, 0700), 0);
	}
	lib = load(dir, &diag);
	assert_int_equal(lib->files_seen, CONTENT_MAX_FILES);
	test_assert_diag_contains(&diag, ": error: 20003 content files; only the "
				  "first 20000 by name are read, so 3 are left out: "
				  "f20000.yaml, f20001.yaml, f20002.yaml;");
	test_assert_diag_contains(&diag, "f19999.yaml: error: not a regular file");
	content_library_free(lib);
	diag_clear(&diag);
	remove_dir(dir);
}

/* 20,000 tiny topics must fit in twice their size plus 8 MB (make bench
 * shows the whole figure): a topic's arena is sized to its file, not to a
 * fixed 16 KB block, which was sixty times this one. */
static void test_a_tiny_topic_takes_memory_near_its_size(void **state)
{
	char *dir = make_scratch_dir();
	struct diag diag;
	struct content_library *lib;
	const struct content_topic *t;
	(void)state;

	test_write_file(dir, "good.yaml", good_topic);
	lib = load(dir, &diag);
	assert_int_equal(lib->topic_count, 1);
	t = lib->topics[0];
	if (t->arena.reserved > 4 * t->bytes)
		fail_msg("a topic of %zu bytes holds %zu bytes of arena blocks",
			 t->bytes, t->arena.reserved);
	content_library_free(lib);
	diag_clear(&diag);
	remove_dir(dir);
}

static void test_loader_does_not_hang_on_a_fifo(void **state)
{
	char *dir = make_scratch_dir();
	char path[512];
	struct diag diag;
	struct content_library *lib;
	(void)state;

	snprintf(path, sizeof path, "%s/pipe.yaml", dir);
	assert_int_equal(mkfifo(path, 0600), 0);
	snprintf(path, sizeof path, "%s/folder.yaml", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	test_write_file(dir, "good.yaml", good_topic);
	lib = load(dir, &diag);
	assert_int_equal(lib->topic_count, 1);
	test_assert_diag_contains(&diag, "pipe.yaml: error: not a regular file");
	test_assert_diag_contains(&diag, "folder.yaml: error: not a regular file");
	content_library_free(lib);
	diag_clear(&diag);
	remove_dir(dir);
}

static void test_loader_reports_a_missing_folder_and_returns_an_empty_library(void **state)
{
	struct diag diag;
	struct content_library *lib = load("/nonexistent/kiosk", &diag);
	(void)state;

	assert_non_null(lib);
	assert_int_equal(lib->topic_count, 0);
	test_assert_diag_contains(&diag, "cannot open the content folder");
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_loader_escapes_hostile_file_names_in_messages(void **state)
{
	char *dir = make_scratch_dir();
	struct diag diag;
	struct content_library *lib;
	char *text;
	(void)state;

	test_write_file(dir, "bad\x1b[2Jname.yaml", "- not a topic\n");
	lib = load(dir, &diag);
	text = test_diag_text(&diag);
	assert_null(strchr(text, '\x1b'));
	assert_non_null(strstr(text, "bad\\x1B[2Jname.yaml:1:1: error:"));
	free(text);
	content_library_free(lib);
	diag_clear(&diag);
	remove_dir(dir);
}

static void write_ordered_topic(const char *dir, const char *id, const char *order)
{
	char name[64], text[1024];

	snprintf(name, sizeof name, "%s.yaml", id);
	snprintf(text, sizeof text, "id: %s\ntitle: %s\nsummary: A topic.\n%s"
		 "language: en\nlast_reviewed: 2026-01-01\nnext_review_due: 2027-01-01\n"
		 "reviewed_by: [Test]\nsections:\n  - kind: overview\n    pages:\n"
		 "      - title: Page\n        blocks:\n          - paragraph: Text.\n",
		 id, id, order);
	test_write_file(dir, name, text);
}

static void test_loader_puts_topics_in_the_order_staff_set_then_by_title(void **state)
{
	char dir[] = "/tmp/kiosk-order-XXXXXX", path[80];
	static const char *const ids[] = { "apple", "banana", "cherry", "damson" };
	struct diag diag;
	struct content_library *lib;
	(void)state;

	assert_non_null(mkdtemp(dir));
	write_ordered_topic(dir, "apple", "");
	write_ordered_topic(dir, "banana", "order: 2\n");
	write_ordered_topic(dir, "cherry", "");
	write_ordered_topic(dir, "damson", "order: 1\n");
	lib = load(dir, &diag);
	assert_int_equal(diag.count, 0);
	assert_int_equal(lib->topic_count, 4);
	assert_string_equal(lib->topics[0]->id, "damson");
	assert_string_equal(lib->topics[1]->id, "banana");
	assert_string_equal(lib->topics[2]->id, "apple");
	assert_string_equal(lib->topics[3]->id, "cherry");
	content_library_free(lib);
	write_ordered_topic(dir, "apple", "order: first\n");
	lib = load(dir, &diag);
	test_assert_diag_contains(&diag, "apple.yaml:4:8: error: 'order' should be a "
				  "whole number from 1 to 999, like 'order: 1' for the "
				  "first topic in the menu");
	content_library_free(lib);
	diag_clear(&diag);
	for (size_t i = 0; i < 4; i++) {
		snprintf(path, sizeof path, "%s/%s.yaml", dir, ids[i]);
		remove(path);
	}
	rmdir(dir);
}

static void test_dates_count_days_across_leap_years(void **state)
{
	struct content_date a = { 2024, 2, 28 }, b = { 2024, 3, 1 };
	struct content_date epoch = { 1970, 1, 1 };
	(void)state;

	assert_int_equal(content_date_days(epoch), 0);
	assert_int_equal(content_date_days(b) - content_date_days(a), 2);
}

static void count_texts(void *ctx, const char *text)
{
	(void)text;
	(*(int *)ctx)++;
}

static void test_loader_reads_figures_and_body_regions(void **state)
{
	struct diag diag;
	struct content_library *lib = load("content", &diag);
	const struct content_topic *t =
		content_find_topic(lib, "iliopsoas-tendinopathy-bursitis", "en");
	const struct content_figure *f = NULL;
	const struct content_page *page = NULL;
	int texts = 0;
	(void)state;

	assert_non_null(t);
	assert_int_equal(t->body_regions, 1u << REGION_HIP_AND_GROIN);
	assert_string_equal(content_body_region_name(REGION_HIP_AND_GROIN),
			    "hip and groin");
	for (size_t s = 0; s < t->section_count; s++)
		for (size_t p = 0; p < t->sections[s].page_count; p++)
			for (size_t b = 0; b < t->sections[s].pages[p].block_count; b++)
				if (t->sections[s].pages[p].blocks[b].kind == BLOCK_FIGURE) {
					page = &t->sections[s].pages[p];
					f = &page->blocks[b].u.figure;
				}
	assert_non_null(f);
	assert_true(f->usable);
	assert_string_equal(f->path, "content/figures/hip-front.png");
	assert_int_equal(f->width, 600);
	assert_int_equal(f->label_count, 9);
	assert_string_equal(f->labels[1].term, "psoas");
	assert_string_equal(f->labels[1].text, "[[Psoas|psoas]]");
	assert_string_equal(f->labels[4].text, "[[Hip joint|joint]]");
	assert_null(f->labels[0].term);
	assert_float_equal(f->labels[0].x, 0.67, 1e-9);
	/* Quality checks see the alt text, the caption and every label. */
	content_page_texts(page, count_texts, &texts);
	assert_true(texts >= 1 + 2 + 9);
	/* The figures folder itself is not content: the files are the two
	 * topics, their three translations, three glossaries and the menu's
	 * groups (library.yaml). */
	assert_int_equal(lib->files_seen, 9);
	content_library_free(lib);
	diag_clear(&diag);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_loader_builds_the_bundled_topics),
		cmocka_unit_test(test_loader_reads_options_steps_and_get_help_boxes),
		cmocka_unit_test(test_loader_refuses_a_60_megabyte_file_and_keeps_the_rest),
		cmocka_unit_test(test_loader_leaves_out_the_last_files_by_name_past_20000),
		cmocka_unit_test(test_a_tiny_topic_takes_memory_near_its_size),
		cmocka_unit_test(test_loader_does_not_hang_on_a_fifo),
		cmocka_unit_test(test_loader_reports_a_missing_folder_and_returns_an_empty_library),
		cmocka_unit_test(test_loader_escapes_hostile_file_names_in_messages),
		cmocka_unit_test(test_loader_puts_topics_in_the_order_staff_set_then_by_title),
		cmocka_unit_test(test_dates_count_days_across_leap_years),
		cmocka_unit_test(test_loader_reads_figures_and_body_regions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
