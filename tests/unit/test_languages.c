/* languages: the languages offered on the welcome screen, and a topic in
 * the patient's language or else the default one. */
#include "testutil.h"

#include "languages.h"

static void expect_offered(const struct content_library *lib,
			   char *const *configured, size_t count,
			   const char *expected)
{
	const char *out[8];
	char got[64] = "";
	size_t n = languages_offered(lib, configured, count, "en", out, 8);

	for (size_t i = 0; i < n; i++) {
		strcat(got, i ? " " : "");
		strcat(got, out[i]);
	}
	assert_string_equal(got, expected);
}

static void test_languages_offers_every_language_with_topics_default_first(void **state)
{
	struct content_library *lib = test_load_bundled();
	(void)state;

	assert_non_null(lib);
	expect_offered(lib, NULL, 0, "en ar es");
	content_library_free(lib);
}

static void test_languages_follows_the_configured_order_and_skips_empty_ones(void **state)
{
	struct content_library *lib = test_load_bundled();
	char *ordered[] = { "es", "pl", "en", "ar" };
	char *limited[] = { "ar", "en" };
	char *empty_default[] = { "cy", "en" };
	struct diag diag = DIAG_INIT;
	(void)state;

	assert_non_null(lib);
	expect_offered(lib, ordered, 4, "es en ar");
	expect_offered(lib, limited, 2, "ar en");
	/* The default stays even with no topics in it. */
	content_library_free(lib);
	lib = content_library_load("tests/fixtures/no-such-folder", &diag);
	expect_offered(lib, empty_default, 2, "en");
	expect_offered(lib, NULL, 0, "en");
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_languages_falls_back_to_the_default_language(void **state)
{
	struct content_library *lib = test_load_bundled();
	const struct content_topic *t;
	bool fallback;
	(void)state;

	assert_non_null(lib);
	t = languages_topic(lib, "hip-steroid-injection", "ar", "en", &fallback);
	assert_string_equal(t->language, "ar");
	assert_false(fallback);
	t = languages_topic(lib, "iliopsoas-tendinopathy-bursitis", "ar", "en", &fallback);
	assert_string_equal(t->language, "en");
	assert_true(fallback);
	assert_null(languages_topic(lib, "no-such-topic", "ar", "en", &fallback));
	assert_false(fallback);
	content_library_free(lib);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_languages_offers_every_language_with_topics_default_first),
		cmocka_unit_test(test_languages_follows_the_configured_order_and_skips_empty_ones),
		cmocka_unit_test(test_languages_falls_back_to_the_default_language),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
