/* snippet: the matched line cut from a topic's own text. */
#include "testutil.h"

#include "snippet.h"
#include "stemtok.h"

struct fixture {
	sqlite3 *db;
	struct snippet_tokenizer tok;
	struct content_block block;
	struct content_page page;
	struct content_section section;
	const char *names[1];
	struct content_topic topic;
};

static int set_up(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	const char *args[] = { "en" };
	fts5_api *api;
	void *ctx;

	assert_non_null(f);
	assert_int_equal(sqlite3_open(":memory:", &f->db), SQLITE_OK);
	assert_true(stemtok_register(f->db));
	api = stemtok_fts5(f->db);
	assert_non_null(api);
	assert_int_equal(api->xFindTokenizer(api, "kiosk", &ctx, &f->tok.methods),
			 SQLITE_OK);
	assert_int_equal(f->tok.methods.xCreate(ctx, args, 1, &f->tok.instance),
			 SQLITE_OK);
	f->block.kind = BLOCK_PARAGRAPH;
	f->page = (struct content_page){ .title = "What it is",
					 .blocks = &f->block, .block_count = 1 };
	f->section = (struct content_section){ .kind = SECTION_OVERVIEW,
					       .pages = &f->page, .page_count = 1 };
	f->names[0] = "Cortisone injection";
	f->topic.title = "Steroid injection in the hip";
	f->topic.summary = "An injection to ease pain at the front of the hip.";
	f->topic.other_names = (struct content_list){ f->names, 1 };
	f->topic.sections = &f->section;
	f->topic.section_count = 1;
	*state = f;
	return 0;
}

static int tear_down(void **state)
{
	struct fixture *f = *state;

	f->tok.methods.xDelete(f->tok.instance);
	sqlite3_close(f->db);
	free(f);
	return 0;
}

static void cut(struct fixture *f, const char *typed, const char *paragraph,
		char *out, size_t outsz)
{
	struct snippet_query query = { .count = 0 };
	char words[64], *word, *rest;

	snprintf(words, sizeof words, "%s", typed);
	for (word = strtok_r(words, " ", &rest); word; word = strtok_r(NULL, " ", &rest))
		assert_true(snippet_query_add(&query, &f->tok, word, false));
	f->block.u.text = paragraph;
	snippet_cut(&f->topic, &query, &f->tok, out, outsz);
}

static void test_snippet_shows_the_first_text_that_matches(void **state)
{
	struct fixture *f = *state;
	char out[160];

	cut(f, "cortisone", "Cortisone is a steroid.", out, sizeof out);
	assert_string_equal(out, "[Cortisone] injection");
	cut(f, "numbing", "A [[local anaesthetic]] numbs the skin.", out, sizeof out);
	assert_string_equal(out, "A local anaesthetic [numbs] the skin.");
}

static void test_snippet_cuts_a_long_text_around_the_match(void **state)
{
	struct fixture *f = *state;
	char out[60];

	cut(f, "bruise", "You may feel sore for a day or two after the injection, and"
	    " the place where the needle went in may bruise. A small bruise is"
	    " nothing to worry about and fades within a week or so.", out, sizeof out);
	assert_string_equal(out, "...the place where the needle went in may [bruise]. A...");
	assert_true(strlen(out) < sizeof out);
}

static void test_snippet_never_cuts_a_character_in_two(void **state)
{
	struct fixture *f = *state;
	char out[25];
	size_t len;

	cut(f, "needle", "needle\xe2\x80\x94\xe2\x80\x94\xe2\x80\x94\xe2\x80\x94"
	    "\xe2\x80\x94\xe2\x80\x94\xe2\x80\x94\xe2\x80\x94", out, sizeof out);
	len = strlen(out);
	assert_true(len < sizeof out);
	assert_string_equal(out + len - 3, "...");
	assert_int_equal(strncmp(out, "[needle]", 8), 0);
	/* Only whole three-byte dashes between the mark and the "...". */
	assert_int_equal((len - 3 - 8) % 3, 0);
}

static void test_snippet_falls_back_to_the_summary(void **state)
{
	struct fixture *f = *state;
	char out[160];

	cut(f, "apixaban", "Tell us if you take a [[blood thinner]].", out, sizeof out);
	assert_string_equal(out, "An injection to ease pain at the front of the hip.");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_snippet_shows_the_first_text_that_matches, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_snippet_cuts_a_long_text_around_the_match, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_snippet_never_cuts_a_character_in_two, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_snippet_falls_back_to_the_summary, set_up, tear_down),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
