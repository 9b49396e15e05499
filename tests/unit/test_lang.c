/* lang: names and writing directions of language codes. */
#include "testutil.h"

#include "lang.h"

static void test_lang_names_a_language_in_english_and_in_itself(void **state)
{
	(void)state;
	assert_string_equal(lang_english_name("es"), "Spanish");
	assert_string_equal(lang_native_name("es"), "Español");
	assert_string_equal(lang_native_name("ar"), "العربية");
	assert_string_equal(lang_native_name("pl"), "Polski");
	assert_null(lang_english_name("xx"));
	assert_null(lang_native_name(NULL));
}

static void test_lang_knows_which_scripts_run_right_to_left(void **state)
{
	(void)state;
	assert_true(lang_is_rtl("ar"));
	assert_true(lang_is_rtl("he"));
	assert_true(lang_is_rtl("ur"));
	assert_false(lang_is_rtl("en"));
	assert_false(lang_is_rtl("xx"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_names_a_language_in_english_and_in_itself),
		cmocka_unit_test(test_lang_knows_which_scripts_run_right_to_left),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
