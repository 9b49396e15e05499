/* library.yaml: the menu's groups, read, checked, arranged and reloaded. */
#include "testutil.h"

#include "groups.h"

static char dir[64];

static int make_folder(void **state)
{
	char cmd[256];

	(void)state;
	setlocale(LC_ALL, "C.UTF-8");
	if (test_make_dir(dir, sizeof dir, "groups") != 0)
		return -1;
	snprintf(cmd, sizeof cmd, "cp tests/fixtures/check/good/alpha.yaml "
		 "tests/fixtures/check/good/beta.yaml "
		 "tests/fixtures/check/good/glossary.yaml %s/", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* The path of library.yaml in the folder. */
static const char *library_path(char *buf, size_t size)
{
	snprintf(buf, size, "%s/library.yaml", dir);
	return buf;
}

static int remove_folder(void **state)
{
	(void)state;
	return test_remove_dir(dir);
}

static const char good[] =
	"groups:\n"
	"  - title: Second first\n"
	"    topics: [beta]\n"
	"  - title: Then this\n"
	"    topics: [alpha]\n";

static void test_the_listed_order_decides_the_menu(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	const struct content_topic **topics;
	struct groups_range *ranges;
	size_t ranges_count, n;

	(void)state;
	test_write_file(dir, "library.yaml", good);
	lib = content_library_load(dir, &diag);
	assert_int_equal(diag.count, 0);
	n = groups_arrange(lib, "en", &topics, &ranges, &ranges_count);
	assert_int_equal(n, 2);
	assert_string_equal(topics[0]->id, "beta");
	assert_string_equal(topics[1]->id, "alpha");
	assert_int_equal(ranges_count, 2);
	assert_string_equal(ranges[0].title, "Second first");
	assert_int_equal(ranges[1].first, 1);
	free(topics);
	free(ranges);
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_topics_in_no_group_come_last_as_other_topics(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	const struct content_topic **topics;
	struct groups_range *ranges;
	size_t ranges_count;

	(void)state;
	test_write_file(dir, "library.yaml", "groups:\n  - title: One\n    topics: [beta]\n");
	lib = content_library_load(dir, &diag);
	assert_int_equal(groups_arrange(lib, "en", &topics, &ranges, &ranges_count), 2);
	assert_int_equal(ranges_count, 2);
	assert_null(ranges[1].title);
	assert_string_equal(topics[1]->id, "alpha");
	free(topics);
	free(ranges);
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_a_broken_library_file_leaves_one_list_and_says_so(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;

	(void)state;
	test_write_file(dir, "library.yaml", "groups: [\n");
	lib = content_library_load(dir, &diag);
	assert_null(lib->groups);
	assert_int_equal(lib->topic_count, 2);
	assert_int_equal(diag.errors, 1);
	test_assert_diag_contains(&diag, "the menu shows every topic in one list");
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_a_misspelt_key_is_named_with_the_right_one(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;

	(void)state;
	test_write_file(dir, "library.yaml", "grups:\n  - title: One\n    topics: [beta]\n");
	lib = content_library_load(dir, &diag);
	assert_null(lib->groups);
	test_assert_diag_contains(&diag, "library.yaml:1:1: error: unknown key 'grups' "
				  "in the library file; did you mean 'groups'?");
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_a_reload_takes_good_groups_and_keeps_them_over_a_broken_edit(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;

	(void)state;
	char path[96];

	unlink(library_path(path, sizeof path));
	lib = content_library_load(dir, &diag);
	assert_null(lib->groups);
	test_write_file(dir, "library.yaml", good);
	assert_true(content_library_reload_file(lib, "library.yaml", &diag));
	assert_int_equal(lib->groups->count, 2);
	test_write_file(dir, "library.yaml", "groups:\n\t- title: x\n");
	assert_false(content_library_reload_file(lib, "library.yaml", &diag));
	assert_int_equal(lib->groups->count, 2);
	test_assert_diag_contains(&diag, "the menu keeps the groups of its last good version");
	unlink(path);
	assert_true(content_library_reload_file(lib, "library.yaml", &diag));
	assert_null(lib->groups);
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_a_reloaded_library_file_is_checked_against_the_topics(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;

	(void)state;
	lib = content_library_load(dir, &diag);
	diag_clear(&diag);
	test_write_file(dir, "library.yaml", "groups:\n  - title: One\n    topics: [betta]\n");
	assert_true(content_library_reload_file(lib, "library.yaml", &diag));
	test_assert_diag_contains(&diag, ":3:14: error: no topic has the id 'betta'; "
				  "did you mean 'beta'?");
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_a_group_shows_its_title_in_the_patients_language(void **state)
{
	struct content_library *bundled = test_load_bundled();
	const struct content_topic **topics;
	struct groups_range *ranges;
	size_t ranges_count;

	(void)state;
	assert_non_null(bundled);
	assert_int_equal(groups_arrange(bundled, "es", &topics, &ranges, &ranges_count), 2);
	assert_int_equal(ranges_count, 2);
	assert_string_equal(ranges[0].title, "Cadera e ingle");
	assert_string_equal(topics[1]->id, "hip-steroid-injection");
	free(topics);
	free(ranges);
	/* Only the injection topic is in Arabic: its group alone shows. */
	assert_int_equal(groups_arrange(bundled, "ar", &topics, &ranges, &ranges_count), 1);
	assert_int_equal(ranges_count, 1);
	assert_string_equal(ranges[0].title, "الحقن والإجراءات");
	free(topics);
	free(ranges);
	content_library_free(bundled);
}

static void test_a_group_left_out_leaves_nothing_to_the_next(void **state)
{
	/* The first group is left out (no topics) after its two titles were
	 * read; the next one, read into the same place, has one. */
	static const char text[] =
		"groups:\n"
		"  - title: Left out\n"
		"    translations: { es: Fuera, ar: خارج }\n"
		"    topics: []\n"
		"  - title: Kept\n"
		"    translations: { es: Guardado }\n"
		"    topics: [alpha]\n";
	struct diag diag = DIAG_INIT;
	struct content_groups *gs;

	(void)state;
	gs = groups_parse("library.yaml", text, strlen(text), &diag);
	assert_non_null(gs);
	assert_int_equal(gs->count, 1);
	assert_string_equal(gs->groups[0].title, "Kept");
	assert_int_equal(gs->groups[0].translation_count, 1);
	assert_string_equal(gs->groups[0].translations[0].language, "es");
	assert_string_equal(gs->groups[0].translations[0].title, "Guardado");
	assert_int_equal(diag.errors, 1);
	groups_free(gs);
	diag_clear(&diag);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_listed_order_decides_the_menu),
		cmocka_unit_test(test_topics_in_no_group_come_last_as_other_topics),
		cmocka_unit_test(test_a_broken_library_file_leaves_one_list_and_says_so),
		cmocka_unit_test(test_a_misspelt_key_is_named_with_the_right_one),
		cmocka_unit_test(test_a_reload_takes_good_groups_and_keeps_them_over_a_broken_edit),
		cmocka_unit_test(test_a_reloaded_library_file_is_checked_against_the_topics),
		cmocka_unit_test(test_a_group_shows_its_title_in_the_patients_language),
		cmocka_unit_test(test_a_group_left_out_leaves_nothing_to_the_next),
	};
	return cmocka_run_group_tests(tests, make_folder, remove_folder);
}
