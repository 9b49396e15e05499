/* The search index on its worker thread (finder): built off the caller's
 * path, ready once whole, a reload re-indexing only what changed. */
#include "testutil.h"

#include "finder.h"

#include <locale.h>
#include <unistd.h>

enum { DEADLINE_MS = 20000 };

static char dir[64];

static void copy_bundled(const char *name)
{
	char from[256], to[256];

	snprintf(from, sizeof from, "content/%s", name);
	snprintf(to, sizeof to, "%s/%s", dir, name);
	test_copy_file(from, to, time(NULL));
}

static int setup(void **state)
{
	(void)state;
	setlocale(LC_ALL, "C.UTF-8");
	if (test_make_dir(dir, sizeof dir, "finder"))
		return -1;
	copy_bundled("glossary.yaml");
	copy_bundled("hip-steroid-injection.yaml");
	copy_bundled("iliopsoas-tendinopathy-bursitis.yaml");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return test_remove_dir(dir);
}

/* Polls until the worker has nothing left to do. */
static void wait_idle(struct finder *f)
{
	long deadline = test_now_ms() + DEADLINE_MS;

	while (!finder_idle(f)) {
		assert_true(test_now_ms() < deadline);
		usleep(1000);
	}
}

static const char *first_key(struct finder *f, const char *text, struct search_hit *hit)
{
	return finder_query(f, "en", text, hit, 1) ? hit->key : "";
}

static void test_the_index_is_built_on_the_worker_and_then_answers(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	struct finder *f = finder_open();
	struct search_hit hit;
	char out[64];
	(void)state;

	assert_non_null(f);
	assert_false(finder_ready(f));
	assert_int_equal(finder_query(f, "en", "injection", &hit, 1), 0);
	lib = content_library_load(dir, &diag);
	finder_follow(f, lib);
	wait_idle(f);
	assert_true(finder_ready(f));
	assert_string_equal(first_key(f, "cortisone", &hit), "en/hip-steroid-injection");
	assert_true(finder_suggest(f, "bursitus", out, sizeof out));
	assert_string_equal(out, "bursitis");
	/* The same library again: nothing to do. */
	finder_follow(f, lib);
	assert_true(finder_idle(f));
	finder_close(f);
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_a_changed_file_is_indexed_again_and_a_removed_one_leaves(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	struct finder *f = finder_open();
	struct search_hit hit;
	char path[256], *text;
	size_t len;
	FILE *out;
	(void)state;

	lib = content_library_load(dir, &diag);
	finder_follow(f, lib);
	wait_idle(f);
	assert_string_equal(first_key(f, "zebracrossing", &hit), "");
	/* A new keyword in one topic. */
	snprintf(path, sizeof path, "%s/hip-steroid-injection.yaml", dir);
	text = test_read_file(path, &len);
	char *keywords = strstr(text, "keywords:\n");
	assert_non_null(keywords);
	out = fopen(path, "w");
	assert_non_null(out);
	fprintf(out, "%.*skeywords:\n  - zebracrossing\n%s", (int)(keywords - text), text,
		keywords + strlen("keywords:\n"));
	fclose(out);
	free(text);
	assert_true(content_library_reload_file(lib, "hip-steroid-injection.yaml", &diag));
	finder_follow(f, lib);
	content_library_release_retired(lib);
	assert_true(finder_ready(f));
	wait_idle(f);
	assert_string_equal(first_key(f, "zebracrossing", &hit), "en/hip-steroid-injection");
	/* The file goes: so does its topic. */
	assert_int_equal(unlink(path), 0);
	assert_true(content_library_reload_file(lib, "hip-steroid-injection.yaml", &diag));
	finder_follow(f, lib);
	content_library_release_retired(lib);
	wait_idle(f);
	assert_string_equal(first_key(f, "zebracrossing", &hit), "");
	assert_string_equal(first_key(f, "tendinopathy", &hit),
			    "en/iliopsoas-tendinopathy-bursitis");
	finder_close(f);
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_closing_while_indexing_stops_cleanly(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load("content", &diag);
	struct finder *f = finder_open();
	(void)state;

	finder_follow(f, lib);
	finder_close(f);
	finder_close(NULL);
	content_library_free(lib);
	diag_clear(&diag);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_index_is_built_on_the_worker_and_then_answers),
		cmocka_unit_test(test_a_changed_file_is_indexed_again_and_a_removed_one_leaves),
		cmocka_unit_test(test_closing_while_indexing_stops_cleanly),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
