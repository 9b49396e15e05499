/* kiosk.conf: defaults, every key, and every mistake staff can make. */
#include "testutil.h"

#include "conf.h"

#include <unistd.h>

struct loaded {
	struct conf conf;
	struct diag diag;
	bool ok;
	char path[64];
};

static void load_text(struct loaded *l, const char *text, size_t len)
{
	int fd;

	strcpy(l->path, "/tmp/kiosk-conf-XXXXXX");
	fd = mkstemp(l->path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	close(fd);
	l->diag = (struct diag)DIAG_INIT;
	conf_defaults(&l->conf);
	l->ok = conf_load(&l->conf, l->path, &l->diag);
}

static void load(struct loaded *l, const char *text)
{
	load_text(l, text, strlen(text));
}

static void release(struct loaded *l)
{
	unlink(l->path);
	conf_free(&l->conf);
	diag_clear(&l->diag);
}

static void test_conf_defaults_work_without_a_file(void **state)
{
	struct conf c;
	(void)state;

	conf_defaults(&c);
	assert_string_equal(c.content_dir, "content");
	assert_int_equal(c.idle_timeout, 120);
	assert_true(c.lock);
	assert_string_equal(c.staff_pin_hash, "");
	assert_string_equal(c.language, "en");
	conf_free(&c);
}

static void test_conf_reads_every_key(void **state)
{
	struct loaded l;
	(void)state;

	load(&l, "# comment\n\nclinic_name = \"St Anne's # 2\"\n"
		 "content_dir = topics\r\nidle_timeout = 30   # seconds\n"
		 "idle_countdown=5\nlock = no\nstaff_pin_hash = "
		 "$6$salt$0q4/XJPFp4rHtMGiPdaoNQ1mvXHSq0ztj7fwMczlWT0xUjzJlw9mCeLqFJqlK3btbGWorzD1JdfTRcxYkKtbv0\n"
		 "theme = high-contrast\nlog_file = /var/log/kiosk.log\n"
		 "language = cy\nclinic_phone = 01234 567890\n");
	assert_true(l.ok);
	assert_int_equal(l.diag.count, 0);
	assert_string_equal(l.conf.clinic_name, "St Anne's # 2");
	assert_string_equal(l.conf.content_dir, "/tmp/topics");
	assert_int_equal(l.conf.idle_timeout, 30);
	assert_int_equal(l.conf.idle_countdown, 5);
	assert_false(l.conf.lock);
	assert_string_equal(l.conf.staff_pin_hash, "$6$salt$0q4/XJPFp4rHtMGiPdaoNQ1mvXHSq0ztj7fwMczlWT0xUjzJlw9mCeLqFJqlK3btbGWorzD1JdfTRcxYkKtbv0");
	assert_string_equal(l.conf.clinic_phone, "01234 567890");
	assert_int_equal(l.conf.theme, THEME_HIGH_CONTRAST);
	assert_string_equal(l.conf.log_file, "/var/log/kiosk.log");
	assert_string_equal(l.conf.language, "cy");
	release(&l);
}

static void test_conf_takes_a_clinic_phone_number_and_refuses_other_text(void **state)
{
	struct loaded l;
	(void)state;

	load(&l, "clinic_phone = +44 (0)1234 567-890\n");
	assert_true(l.ok);
	assert_string_equal(l.conf.clinic_phone, "+44 (0)1234 567-890");
	release(&l);
	load(&l, "clinic_phone = call reception\nclinic_phone = 0123456789 0123456789 0\n");
	assert_false(l.ok);
	assert_int_equal(l.diag.count, 2);
	test_assert_diag_contains(&l.diag, ":1: error: 'clinic_phone' should be a phone number");
	assert_string_equal(l.conf.clinic_phone, "");
	release(&l);
}

static void test_conf_suggests_a_fix_for_an_unknown_key(void **state)
{
	struct loaded l;
	(void)state;

	load(&l, "clinic_name = A\nidle_timout = 30\ncolour = red\n");
	assert_false(l.ok);
	test_assert_diag_contains(&l.diag, ":2: error: unknown key 'idle_timout'; did you mean 'idle_timeout'?");
	test_assert_diag_contains(&l.diag, ":3: error: unknown key 'colour'; see kiosk.conf(5)");
	release(&l);
}

static void test_conf_rejects_bad_values_and_keeps_defaults(void **state)
{
	struct loaded l;
	(void)state;

	load(&l, "idle_timeout = soon\nidle_countdown = 9999\nlock = maybe\n"
		 "theme = purple\nlanguage = English\nstaff_pin_hash = 1234\n"
		 "clinic_name =\n");
	assert_false(l.ok);
	assert_int_equal(l.diag.errors, 7);
	test_assert_diag_contains(&l.diag, ":1: error: 'idle_timeout' should be a whole number of seconds, like 120; not 'soon'");
	test_assert_diag_contains(&l.diag, ":2: error: 'idle_countdown' is 9999 seconds; it must be from 3 to 600");
	test_assert_diag_contains(&l.diag, ":3: error: 'lock' should be yes or no, not 'maybe'");
	test_assert_diag_contains(&l.diag, ":4: error: 'theme' cannot be 'purple'");
	test_assert_diag_contains(&l.diag, ":5: error: 'language' should be a language code");
	test_assert_diag_contains(&l.diag, ":6: error: 'staff_pin_hash' should be the line that 'kiosk --hash-pin' prints");
	test_assert_diag_contains(&l.diag, ":7: error: 'clinic_name' is empty");
	assert_int_equal(l.conf.idle_timeout, 120);
	assert_true(l.conf.lock);
	release(&l);
}

static void test_conf_sends_the_log_to_syslog_with_a_kiosk_name(void **state)
{
	struct loaded l;
	(void)state;

	load(&l, "clinic_name = x\n");
	assert_int_equal(l.conf.log, CONF_LOG_FILE);
	assert_string_equal(l.conf.kiosk_name, "");
	release(&l);
	load(&l, "log = syslog\nkiosk_name = waiting-room.2_B\n");
	assert_true(l.ok);
	assert_int_equal(l.conf.log, CONF_LOG_SYSLOG);
	assert_string_equal(l.conf.kiosk_name, "waiting-room.2_B");
	release(&l);
}

static void test_conf_rejects_bad_log_settings_with_their_lines(void **state)
{
	struct loaded l;
	(void)state;

	load(&l, "log = journal\nkiosk_name = front desk\nkiosk_nam = x\n");
	assert_false(l.ok);
	test_assert_diag_contains(&l.diag, ":1: error: 'log' cannot be 'journal'; choose "
				  "file (log_file) or syslog (the system log)");
	test_assert_diag_contains(&l.diag, ":2: error: 'kiosk_name' should be 1 to 64 "
				  "letters, digits, '.', '_' or '-'");
	test_assert_diag_contains(&l.diag, ":3: error: unknown key 'kiosk_nam'; did you "
				  "mean 'kiosk_name'?");
	assert_int_equal(l.conf.log, CONF_LOG_FILE);
	assert_string_equal(l.conf.kiosk_name, "");
	release(&l);
	load(&l, "log_file = usage.log\n\nlog = syslog\n");
	assert_false(l.ok);
	test_assert_diag_contains(&l.diag, ":3: error: 'log = syslog' sends the log to the "
				  "system log, but log_file is set too (line 1)");
	release(&l);
}

static void test_conf_reads_the_languages_offered_in_order(void **state)
{
	struct loaded l;
	(void)state;

	load(&l, "language = es\nlanguages = es, en ar\n");
	assert_true(l.ok);
	assert_int_equal(l.conf.language_count, 3);
	assert_string_equal(l.conf.languages[0], "es");
	assert_string_equal(l.conf.languages[1], "en");
	assert_string_equal(l.conf.languages[2], "ar");
	release(&l);
	load(&l, "clinic_name = x\n");
	assert_int_equal(l.conf.language_count, 0);
	release(&l);
}

static void test_conf_rejects_a_bad_languages_list(void **state)
{
	static const struct { const char *text, *message; } cases[] = {
		{ "languages = en, Spanish\n", ":1: error: 'languages' holds 'Spanish'; give language codes" },
		{ "languages = en, es, en\n", ":1: error: 'languages' names 'en' twice; keep one" },
		{ "languages = , ,\n", ":1: error: 'languages' is empty" },
		{ "languages = es, ar\nlanguage = en\n", ":1: error: 'languages' does not include 'en', the default 'language'; add it to the list" },
	};
	(void)state;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct loaded l;

		load(&l, cases[i].text);
		assert_false(l.ok);
		assert_int_equal(l.diag.errors, 1);
		test_assert_diag_contains(&l.diag, cases[i].message);
		/* A bad list offers every language, as if it were not there. */
		assert_int_equal(l.conf.language_count, 0);
		release(&l);
	}
}

static void expect_pin_hash_refused(const char *text, const char *message)
{
	struct loaded l;

	load(&l, text);
	assert_int_equal(l.diag.errors, 1);
	test_assert_diag_contains(&l.diag, message);
	assert_string_equal(l.conf.staff_pin_hash, "");
	release(&l);
}

static void test_conf_refuses_a_pin_hash_that_is_weak_or_cannot_be_checked(void **state)
{
	(void)state;
	expect_pin_hash_refused("staff_pin_hash = $y$\n", ":1: error: 'staff_pin_hash' "
				"is not a complete hash this system can check, so no PIN "
				"would ever match; run 'kiosk --hash-pin' and paste its output");
	expect_pin_hash_refused("staff_pin_hash = $6$x$\n", ":1: error: 'staff_pin_hash' "
				"is not a complete hash this system can check");
	expect_pin_hash_refused("staff_pin_hash = $1$salt$qJH7.N4xYta3aEG/dfqo/0\n",
				":1: error: 'staff_pin_hash' uses an old method that is "
				"easy to crack; run 'kiosk --hash-pin' and paste its output");
}

static void test_conf_reports_malformed_lines(void **state)
{
	struct loaded l;
	(void)state;

	load(&l, "just some words\nclinic_name = \"unclosed\nlock = \"yes\" extra\n"
		 "lock = yes\nlock = no\nBad Key = 1\n");
	assert_false(l.ok);
	test_assert_diag_contains(&l.diag, ":1: error: expected 'key = value'; this line has no '='");
	test_assert_diag_contains(&l.diag, ":2: error: the quoted value is not closed");
	test_assert_diag_contains(&l.diag, ":3: error: unexpected text after the closing quote");
	test_assert_diag_contains(&l.diag, ":5: error: 'lock' is set twice (first on line 4)");
	test_assert_diag_contains(&l.diag, ":6: error: 'Bad Key' is not a key");
	release(&l);
}

static void test_conf_rejects_control_characters_and_bad_utf8(void **state)
{
	struct loaded l;
	const char text[] = "clinic_name = A\x1b[2Jclinic\nlanguage = e\xffn\nlock = n\0o\n";
	char *all;
	(void)state;

	load_text(&l, text, sizeof text - 1);
	assert_false(l.ok);
	test_assert_diag_contains(&l.diag, ":1: error: the line contains an escape character");
	test_assert_diag_contains(&l.diag, ":2: error: the line is not valid UTF-8 text (column 13)");
	test_assert_diag_contains(&l.diag, ":3: error: the line contains a NUL byte");
	all = test_diag_text(&l.diag);
	assert_null(strchr(all, '\x1b'));
	free(all);
	assert_string_equal(l.conf.clinic_name, "Patient information");
	release(&l);
}

/* 25 CJK characters: 75 bytes, 50 columns. */
#define CJK25 "\u8a3a\u7642\u6240\u8a3a\u7642\u6240\u8a3a\u7642\u6240\u8a3a" \
	"\u7642\u6240\u8a3a\u7642\u6240\u8a3a\u7642\u6240\u8a3a\u7642" \
	"\u6240\u8a3a\u7642\u6240\u8a3a"

static void test_conf_measures_clinic_name_in_columns_not_bytes(void **state)
{
	struct loaded l;
	char *long_value;
	(void)state;

	setlocale(LC_ALL, "C.UTF-8");
	load(&l, "clinic_name = " CJK25 "\n");
	assert_true(l.ok);
	assert_string_equal(l.conf.clinic_name, CJK25);
	release(&l);
	/* 400 characters (1,200 bytes) are taken; 600 (1,200 columns) are
	 * too wide. */
	long_value = malloc(32 + 600 * 3);
	strcpy(long_value, "clinic_name = ");
	for (int i = 0; i < 400; i++)
		strcat(long_value, "\u8a3a");
	load(&l, long_value);
	assert_true(l.ok);
	assert_int_equal(strlen(l.conf.clinic_name), 1200);
	release(&l);
	for (int i = 400; i < 600; i++)
		strcat(long_value, "\u8a3a");
	load(&l, long_value);
	test_assert_diag_contains(&l.diag, ":1: error: 'clinic_name' is 1200 columns "
				  "wide; keep it to 1024");
	release(&l);
	free(long_value);
	setlocale(LC_ALL, "C");
}

static void test_conf_reports_a_missing_file(void **state)
{
	struct conf c;
	struct diag d = DIAG_INIT;
	(void)state;

	conf_defaults(&c);
	assert_false(conf_load(&c, "/nonexistent/kiosk.conf", &d));
	test_assert_diag_contains(&d, "/nonexistent/kiosk.conf: error: cannot open the file: No such file or directory");
	conf_free(&c);
	diag_clear(&d);
}

static void test_conf_accepts_the_shipped_file(void **state)
{
	struct conf c;
	struct diag d = DIAG_INIT;
	(void)state;

	conf_defaults(&c);
	assert_true(conf_load(&c, "kiosk.conf", &d));
	assert_int_equal(d.count, 0);
	assert_string_equal(c.content_dir, "content");
	conf_free(&c);
	diag_clear(&d);
}

static void test_conf_reads_and_checks_speech_and_handout_settings(void **state)
{
	struct loaded l;
	(void)state;

	load(&l, "speech = on\nspeech_rate = 120\nspeech_volume = 150\n"
		 "speech_output = out/page.wav\n"
		 "handout_url = https://c.example/{language}/{id}\n"
		 "print_command = lp -d 'front desk'\nprint_limit = 5\n");
	assert_true(l.ok);
	assert_true(l.conf.speech);
	assert_int_equal(l.conf.speech_rate, 120);
	assert_int_equal(l.conf.speech_volume, 150);
	assert_string_equal(l.conf.speech_output, "/tmp/out/page.wav");
	assert_string_equal(l.conf.handout_url, "https://c.example/{language}/{id}");
	assert_string_equal(l.conf.print_command, "lp -d 'front desk'");
	assert_int_equal(l.conf.print_limit, 5);
	release(&l);

	load(&l, "speech = loud\nspeech_rate = 1000\nspeech_volume = 0\n"
		 "speech_output = page.mp3\nhandout_url = www.c.example/{name}\n"
		 "print_command = lp -d 'front\nprint_limit = 0\n");
	assert_false(l.ok);
	assert_int_equal(l.diag.errors, 7);
	test_assert_diag_contains(&l.diag, ":1: error: 'speech' should be yes or no");
	test_assert_diag_contains(&l.diag, ":2: error: 'speech_rate' is 1000 words a minute; it must be from 80 to 450");
	test_assert_diag_contains(&l.diag, ":3: error: 'speech_volume' is 0 percent; it must be from 10 to 200");
	test_assert_diag_contains(&l.diag, ":4: error: 'speech_output' should be a file name ending in .wav");
	test_assert_diag_contains(&l.diag, ":5: error: 'handout_url' should be a web address starting with https://");
	test_assert_diag_contains(&l.diag, ":6: error: 'print_command': a quote in the command is not closed");
	test_assert_diag_contains(&l.diag, ":7: error: 'print_limit' is 0 handouts an hour; it must be from 1 to 1000");
	assert_false(l.conf.speech);
	assert_int_equal(l.conf.speech_rate, 150);
	assert_string_equal(l.conf.speech_output, "");
	assert_string_equal(l.conf.print_command, "");
	assert_int_equal(l.conf.print_limit, 20);
	release(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conf_defaults_work_without_a_file),
		cmocka_unit_test(test_conf_reads_every_key),
		cmocka_unit_test(test_conf_suggests_a_fix_for_an_unknown_key),
		cmocka_unit_test(test_conf_rejects_bad_values_and_keeps_defaults),
		cmocka_unit_test(test_conf_sends_the_log_to_syslog_with_a_kiosk_name),
		cmocka_unit_test(test_conf_rejects_bad_log_settings_with_their_lines),
		cmocka_unit_test(test_conf_reads_the_languages_offered_in_order),
		cmocka_unit_test(test_conf_rejects_a_bad_languages_list),
		cmocka_unit_test(test_conf_refuses_a_pin_hash_that_is_weak_or_cannot_be_checked),
		cmocka_unit_test(test_conf_reports_malformed_lines),
		cmocka_unit_test(test_conf_rejects_control_characters_and_bad_utf8),
		cmocka_unit_test(test_conf_measures_clinic_name_in_columns_not_bytes),
		cmocka_unit_test(test_conf_reports_a_missing_file),
		cmocka_unit_test(test_conf_accepts_the_shipped_file),
		cmocka_unit_test(test_conf_reads_and_checks_speech_and_handout_settings),
		cmocka_unit_test(test_conf_takes_a_clinic_phone_number_and_refuses_other_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
