/* search relevance: every query of tests/fixtures/search/relevance.txt
 * finds its topic first, over the bundled content (in every language) plus
 * generated topics. */
#include "testutil.h"

#include "search.h"

#define GENERATED "build/relevance-library"

static void index_library(struct search *search, const char *dir,
			  struct content_library **lib)
{
	struct diag diag = DIAG_INIT;

	*lib = content_library_load(dir, &diag);
	assert_non_null(*lib);
	diag_clear(&diag);
	assert_true(search_index_library(search, *lib));
}

static void test_every_query_of_the_relevance_table_finds_its_topic_first(void **state)
{
	struct content_library *generated, *bundled;
	struct search *search = search_new();
	char *table = test_read_file("tests/fixtures/search/relevance.txt", NULL);
	size_t queries = 0, misses = 0;
	(void)state;

	assert_non_null(search);
	assert_int_equal(system("bench/genlib.sh 40 " GENERATED), 0);
	index_library(search, GENERATED, &generated);
	index_library(search, "content", &bundled);
	for (char *line = strtok(table, "\n"); line; line = strtok(NULL, "\n")) {
		char *want = strchr(line, '\t');
		char language[16];
		struct search_hit hit;
		if (line[0] == '#' || !want)
			continue;
		*want++ = '\0';
		snprintf(language, sizeof language, "%.*s",
			 (int)strcspn(want, "/"), want);
		queries++;
		if (search_query(search, language, line, &hit, 1) != 1
		    || strcmp(hit.key, want) != 0) {
			print_error("'%s' should find %s first\n", line, want);
			misses++;
		}
	}
	assert_int_equal(queries, 41);
	assert_int_equal(misses, 0);
	search_free(search);
	content_library_free(bundled);
	content_library_free(generated);
	free(table);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_query_of_the_relevance_table_finds_its_topic_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
