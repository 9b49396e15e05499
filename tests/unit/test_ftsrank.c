/* ftsrank: kiosk_rank on a contentless, column-detail FTS5 table. */
#include "testutil.h"

#include "ftsrank.h"

static sqlite3 *open_db(void)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_true(ftsrank_register(db));
	assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5("
				      "title, body, content='', columnsize=0,"
				      " detail=column)", NULL, NULL, NULL), SQLITE_OK);
	return db;
}

static void add(sqlite3 *db, int rowid, const char *title, const char *body)
{
	sqlite3_stmt *stmt;

	assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO t(rowid, title, body)"
					    " VALUES(?, ?, ?)", -1, &stmt, NULL),
			 SQLITE_OK);
	sqlite3_bind_int(stmt, 1, rowid);
	sqlite3_bind_text(stmt, 2, title, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, body, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(stmt), SQLITE_DONE);
	sqlite3_finalize(stmt);
}

/* The rowid ranked first for query, the word numbered typing counting half. */
static int best(sqlite3 *db, const char *query, int typing)
{
	sqlite3_stmt *stmt;
	int rowid = 0;

	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?"
					    " ORDER BY kiosk_rank(t, ?, 10, 1), rowid",
					    -1, &stmt, NULL), SQLITE_OK);
	sqlite3_bind_text(stmt, 1, query, -1, SQLITE_STATIC);
	sqlite3_bind_int(stmt, 2, typing);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		rowid = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return rowid;
}

static void test_ftsrank_puts_a_title_match_above_a_body_match(void **state)
{
	sqlite3 *db = open_db();
	(void)state;

	add(db, 1, "Knee pain", "The bursa may swell.");
	add(db, 2, "Bursitis", "A swollen bursa.");
	assert_int_equal(best(db, "bursitis", -1), 2);
	assert_int_equal(best(db, "bursa", -1), 1);
	sqlite3_close(db);
}

static void test_ftsrank_weighs_a_rare_word_above_a_common_one(void **state)
{
	sqlite3 *db = open_db();
	(void)state;

	add(db, 1, "pain", "hip");
	add(db, 2, "hip", "pain");
	add(db, 3, "pain", "back");
	add(db, 4, "pain", "knee");
	/* Each matching row has one word in its title: the rarer one wins. */
	assert_int_equal(best(db, "pain hip", -1), 2);
	sqlite3_close(db);
}

static void test_ftsrank_counts_the_word_being_typed_half(void **state)
{
	sqlite3 *db = open_db();
	(void)state;

	add(db, 1, "and", "injection");
	add(db, 2, "injection", "and");
	assert_int_equal(best(db, "injection and*", 1), 2);
	assert_int_equal(best(db, "injection and*", 0), 1);
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ftsrank_puts_a_title_match_above_a_body_match),
		cmocka_unit_test(test_ftsrank_weighs_a_rare_word_above_a_common_one),
		cmocka_unit_test(test_ftsrank_counts_the_word_being_typed_half),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
