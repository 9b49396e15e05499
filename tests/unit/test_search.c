/* search: the bundled topics found by the words a patient types. */
#include "testutil.h"

#include "search.h"

struct fixture {
	struct content_library *lib;
	struct search *search;
};

static int set_up(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct diag diag = DIAG_INIT;

	assert_non_null(f);
	f->lib = content_library_load("content", &diag);
	assert_non_null(f->lib);
	diag_clear(&diag);
	f->search = search_new();
	assert_non_null(f->search);
	assert_true(search_index_library(f->search, f->lib));
	*state = f;
	return 0;
}

static int tear_down(void **state)
{
	struct fixture *f = *state;

	search_free(f->search);
	content_library_free(f->lib);
	free(f);
	return 0;
}

static const char *first(struct fixture *f, const char *text)
{
	static struct search_hit hits[4];

	return search_query(f->search, "en", text, hits, 4) ? hits[0].key : "";
}

static void test_search_finds_a_topic_by_its_title_as_it_is_typed(void **state)
{
	struct fixture *f = *state;

	assert_string_equal(first(f, "injec"), "en/hip-steroid-injection");
	assert_string_equal(first(f, "Iliopsoas bur"),
			    "en/iliopsoas-tendinopathy-bursitis");
}

static void test_search_finds_other_names_and_word_forms(void **state)
{
	struct fixture *f = *state;

	assert_string_equal(first(f, "cortisone"), "en/hip-steroid-injection");
	assert_string_equal(first(f, "injections "), "en/hip-steroid-injection");
	assert_string_equal(first(f, "injected "), "en/hip-steroid-injection");
}

static void test_search_finds_a_topic_by_its_everyday_keywords(void **state)
{
	struct fixture *f = *state;

	assert_string_equal(first(f, "hip jab"), "en/hip-steroid-injection");
	assert_string_equal(first(f, "groin pain"),
			    "en/iliopsoas-tendinopathy-bursitis");
	assert_string_equal(first(f, "tendonitis"),
			    "en/iliopsoas-tendinopathy-bursitis");
	assert_string_equal(first(f, "hip flexor"),
			    "en/iliopsoas-tendinopathy-bursitis");
}

static void test_search_keeps_finding_a_word_while_it_is_typed(void **state)
{
	struct fixture *f = *state;
	const char *word = "injections";

	for (int len = 3; len <= (int)strlen(word); len++) {
		char typed[16];
		snprintf(typed, sizeof typed, "%.*s", len, word);
		assert_string_equal(first(f, typed), "en/hip-steroid-injection");
	}
}

static void test_search_finds_a_topic_by_the_explanation_of_a_term_it_marks(void **state)
{
	struct fixture *f = *state;
	struct search *bare = search_new();
	struct search_hit hit;

	/* "apixaban" is only in the explanation of [[blood thinner]]. */
	assert_string_equal(first(f, "apixaban"), "en/hip-steroid-injection");
	assert_non_null(bare);
	for (size_t i = 0; i < f->lib->topic_count; i++)
		assert_true(search_update_topic(bare, f->lib->topics[i]));
	assert_int_equal(search_query(bare, "en", "apixaban", &hit, 1), 0);
	search_free(bare);
}

static void test_search_stems_word_forms_and_folds_accents(void **state)
{
	struct fixture *f = *state;
	struct search_hit hits[4];

	assert_true(search_query(f->search, "es", "inyecciones", hits, 4) > 0);
	assert_string_equal(hits[0].key, "es/hip-steroid-injection");
	assert_string_equal(hits[0].snippet,
			    "[Inyección] de esteroide en la cadera, guiada por ecografía");
	/* Whole words (a space after them): found by their stems alone. */
	assert_true(search_query(f->search, "es", "duchas ", hits, 4) > 0);
	assert_string_equal(hits[0].key, "es/hip-steroid-injection");
	assert_non_null(strstr(hits[0].snippet, "[ducharse]"));
	assert_string_equal(first(f, "numbing "), "en/hip-steroid-injection");
}

static void test_search_forgives_a_misspelling_and_suggests_the_word(void **state)
{
	struct fixture *f = *state;
	char mended[64];

	assert_string_equal(first(f, "bursitus "),
			    "en/iliopsoas-tendinopathy-bursitis");
	assert_true(search_suggest(f->search, "bursitus", mended, sizeof mended));
	assert_string_equal(mended, "bursitis");
	assert_false(search_suggest(f->search, "bursitis", mended, sizeof mended));
	assert_string_equal(mended, "");
}

static void test_search_reads_query_syntax_as_plain_words(void **state)
{
	struct fixture *f = *state;
	struct search_hit hits[4];

	assert_int_equal(search_query(f->search, "en", "\"injection\" OR zzzz",
				      hits, 4), 0);
	search_query(f->search, "en", "'); DROP TABLE keys; --", hits, 4);
	assert_string_equal(first(f, "cortisone"), "en/hip-steroid-injection");
	assert_int_equal(search_query(f->search, "en", "", hits, 4), 0);
	assert_string_equal(first(f, "\"injection\" AND"), "en/hip-steroid-injection");
}

static void test_search_takes_any_bytes_a_patient_can_type(void **state)
{
	struct fixture *f = *state;
	struct search_hit hits[SEARCH_HITS_MAX];
	char text[2048], mended[64];

	memset(text, 'a', sizeof text - 1);
	text[sizeof text - 1] = '\0';
	search_query(f->search, "en", text, hits, SEARCH_HITS_MAX);
	for (size_t i = 0; i + 2 < sizeof text; i += 2)
		memcpy(text + i, i % 4 ? "\xff " : "\xe2\x80", 2);
	search_query(f->search, "en", text, hits, SEARCH_HITS_MAX);
	search_suggest(f->search, text, mended, sizeof mended);
	search_query(f->search, "en", "\x01\x1b[2J hip \xc3", hits, SEARCH_HITS_MAX);
	assert_int_equal(search_query(f->search, "en", "injection", hits,
				      SEARCH_HITS_MAX + 50), 2);
	assert_int_equal(search_query(f->search, "en\"'", "injection", hits, 4), 0);
}

static void test_search_shows_where_a_topic_matched(void **state)
{
	struct fixture *f = *state;
	struct search_hit hits[4];

	assert_true(search_query(f->search, "en", "cortisone", hits, 4) > 0);
	assert_string_equal(hits[0].snippet, "[Cortisone] injection");
	assert_true(search_query(f->search, "en", "numbs", hits, 4) > 0);
	assert_non_null(strstr(hits[0].snippet, "anaesthetic [numbs] the skin"));
	assert_null(strchr(hits[0].snippet, '\n'));
}

static void test_search_drops_a_removed_topic_and_takes_it_back(void **state)
{
	struct fixture *f = *state;
	const struct content_topic *topic =
		content_find_topic(f->lib, "hip-steroid-injection", "en");

	assert_true(search_remove_topic(f->search, topic->key));
	assert_string_equal(first(f, "apixaban"), "");
	assert_string_equal(first(f, "cortisone"),
			    "en/iliopsoas-tendinopathy-bursitis");
	assert_true(search_update_topic(f->search, topic));
	assert_true(search_update_topic(f->search, topic));
	assert_string_equal(first(f, "cortisone"), "en/hip-steroid-injection");
	assert_string_equal(first(f, "apixaban"), "en/hip-steroid-injection");
}

static void test_search_keeps_to_the_chosen_language(void **state)
{
	struct fixture *f = *state;
	struct search_hit hits[4];

	assert_int_equal(search_query(f->search, "es", "injection", hits, 4), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_search_finds_a_topic_by_its_title_as_it_is_typed, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_finds_other_names_and_word_forms, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_finds_a_topic_by_its_everyday_keywords, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_keeps_finding_a_word_while_it_is_typed, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_finds_a_topic_by_the_explanation_of_a_term_it_marks, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_stems_word_forms_and_folds_accents, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_forgives_a_misspelling_and_suggests_the_word, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_reads_query_syntax_as_plain_words, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_takes_any_bytes_a_patient_can_type, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_shows_where_a_topic_matched, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_drops_a_removed_topic_and_takes_it_back, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_search_keeps_to_the_chosen_language, set_up, tear_down),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
