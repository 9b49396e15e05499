/* stemtok: the "kiosk LANG" FTS5 tokenizer, through FTS5 tables. */
#include "testutil.h"

#include "stemtok.h"

static sqlite3 *open_db(const char *language)
{
	sqlite3 *db;
	char sql[200];

	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_true(stemtok_register(db));
	snprintf(sql, sizeof sql, "CREATE VIRTUAL TABLE t USING fts5(text,"
		 " tokenize='kiosk %s')", language);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	return db;
}

static void add(sqlite3 *db, const char *text)
{
	sqlite3_stmt *stmt;

	assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO t(text) VALUES(?)",
					    -1, &stmt, NULL), SQLITE_OK);
	sqlite3_bind_text(stmt, 1, text, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(stmt), SQLITE_DONE);
	sqlite3_finalize(stmt);
}

static int matches(sqlite3 *db, const char *query)
{
	sqlite3_stmt *stmt;
	int count = 0;

	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?",
					    -1, &stmt, NULL), SQLITE_OK);
	sqlite3_bind_text(stmt, 1, query, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		count = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return count;
}

static void test_stemtok_finds_spanish_word_forms_without_accents(void **state)
{
	sqlite3 *db = open_db("es");
	(void)state;

	add(db, "La inyección se pone en la cadera.");
	assert_int_equal(matches(db, "\"inyecciones\""), 1);
	assert_int_equal(matches(db, "\"inyeccion\""), 1);
	assert_int_equal(matches(db, "\"caderas\""), 1);
	assert_int_equal(matches(db, "\"rodilla\""), 0);
	sqlite3_close(db);
}

static void test_stemtok_finds_english_word_forms(void **state)
{
	sqlite3 *db = open_db("en");
	(void)state;

	add(db, "A local anaesthetic numbs the skin before the injection.");
	assert_int_equal(matches(db, "\"numbing\""), 1);
	assert_int_equal(matches(db, "\"injected\""), 1);
	assert_int_equal(matches(db, "\"injections\""), 1);
	sqlite3_close(db);
}

static void test_stemtok_reaches_a_stem_from_a_word_being_typed(void **state)
{
	sqlite3 *db = open_db("en");
	(void)state;

	add(db, "The injection.");
	/* "injection" is indexed as "inject": a longer prefix still finds it. */
	assert_int_equal(matches(db, "\"injectio\"*"), 1);
	assert_int_equal(matches(db, "\"inj\"*"), 1);
	assert_int_equal(matches(db, "\"injury\"*"), 0);
	sqlite3_close(db);
}

static void test_stemtok_keeps_whole_words_without_a_stemmer(void **state)
{
	sqlite3 *db = open_db("xx");
	(void)state;

	add(db, "Injections were given.");
	assert_int_equal(matches(db, "\"injections\""), 1);
	assert_int_equal(matches(db, "\"injection\""), 0);
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stemtok_finds_spanish_word_forms_without_accents),
		cmocka_unit_test(test_stemtok_finds_english_word_forms),
		cmocka_unit_test(test_stemtok_reaches_a_stem_from_a_word_being_typed),
		cmocka_unit_test(test_stemtok_keeps_whole_words_without_a_stemmer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
