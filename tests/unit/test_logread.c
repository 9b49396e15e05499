/* Logs come back in every form staff can get them: the kiosk's own file,
 * rsyslog's lines (traditional, RFC 3339, RFC 5424) and journalctl's
 * export format, and hostile input (cut-off records, 64-bit lengths, huge
 * lines, NUL bytes) is counted and skipped, never trusted. */
#include "testutil.h"

#include "logread.h"

/* Every event of the input bytes, as "KIOSK|DATE|LINE|LINE_NO\n". */
static char *events_of(const char *bytes, size_t len, struct logread_counts *counts)
{
	FILE *in = fmemopen((void *)bytes, len, "r");
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);
	struct logread *r;
	struct logread_entry e;

	assert_non_null(in);
	r = logread_open(in);
	while (logread_next(r, &e))
		fprintf(out, "%s|%s|%s|%lu\n", e.kiosk, e.date, e.line, e.line_no);
	*counts = *logread_counts(r);
	logread_close(r);
	fclose(in);
	fclose(out);
	return text;
}

static char *events(const char *text, struct logread_counts *counts)
{
	return events_of(text, strlen(text), counts);
}

static void test_logread_reads_the_kiosks_own_log_file(void **state)
{
	struct logread_counts c;
	char *text = events("2026-11-02T08:00:00Z\topen\thip\n"
			    "junk\n"
			    "2026-11-03T09:00:00Z\tidle_reset\r\n", &c);
	(void)state;

	assert_string_equal(text, "|2026-11-02|open\thip|1\n|2026-11-03|idle_reset|3\n");
	assert_int_equal(c.not_understood, 1);
	free(text);
}

static void test_logread_reads_traditional_syslog_lines_with_rsyslogs_tab_escape(void **state)
{
	struct logread_counts c;
	char *text = events("Nov 29 10:00:01 clinic-a kiosk[123]: kiosk_name=front-desk "
			    "open#011hip\n"
			    "Dec  1 07:05:09 clinic-a kiosk: kiosk_name=front-desk idle_reset\n"
			    "Nov 29 10:00:02 clinic-a CRON[9]: (root) CMD (true)\n", &c);
	(void)state;

	assert_string_equal(text, "front-desk|Nov 29|open\thip|1\n"
				  "front-desk|Dec 1|idle_reset|2\n");
	assert_int_equal(c.other_programs, 1);
	assert_int_equal(c.not_understood, 0);
	free(text);
}

static void test_logread_reads_rfc3339_and_rfc5424_lines(void **state)
{
	struct logread_counts c;
	char *text = events("2026-11-29T10:00:01.123456+00:00 clinic-a kiosk[5]: "
			    "kiosk_name=a open\thip\n"
			    "<14>1 2026-11-30T10:00:01Z clinic-b kiosk 5 - - kiosk_name=b "
			    "open\thip\n"
			    "<14>1 2026-12-01T10:00:01Z clinic-b kiosk 5 - [x y=\"a\\]b\"][z] "
			    "\xEF\xBB\xBFkiosk_name=b idle_reset\n"
			    "<14>1 2026-12-02T10:00:01Z clinic-c kiosk 5 - - open\tknee\n", &c);
	(void)state;

	/* The last has no kiosk_name: its host names it. */
	assert_string_equal(text, "a|2026-11-29|open\thip|1\n"
				  "b|2026-11-30|open\thip|2\n"
				  "b|2026-12-01|idle_reset|3\n"
				  "clinic-c|2026-12-02|open\tknee|4\n");
	free(text);
}

static void test_logread_counts_malformed_syslog_lines(void **state)
{
	struct logread_counts c;
	char *text = events("<9999>1 x\n"
			    "<14>1 2026-11-30T10:00:01Z host kiosk 5 - [unclosed kiosk_name=a open\n"
			    "Nov 29 10:00:01 host kiosk[1]: kiosk_name= open\n"
			    "Nov 29 10:00:01 host kiosk[1]: kiosk_name=a\n"
			    "Nov 99 10:00:01 host kiosk[1]: kiosk_name=a open\n", &c);
	(void)state;

	assert_string_equal(text, "");
	assert_int_equal(c.not_understood, 5);
	free(text);
}

static void test_logread_never_takes_a_date_of_raw_bytes(void **state)
{
	struct logread_counts c;
	char *text = events("\x1b[2J-11-02T08:00:00Z\topen\thip\n"
			    "\x1b[2 29 10:00:01 host kiosk[1]: kiosk_name=a open\n"
			    "20\x1b" "6-11-29T10:00:01Z host kiosk[1]: kiosk_name=a open\n", &c);
	(void)state;

	assert_string_equal(text, "");
	assert_int_equal(c.not_understood, 3);
	free(text);
}

/* One export field: NAME=value, or NAME, a 64-bit little-endian length and
 * the bytes, as journalctl writes fields that are not plain text. */
static size_t binary_field(char *out, const char *name, const char *value, size_t len)
{
	size_t n = strlen(name);

	memcpy(out, name, n);
	out[n++] = '\n';
	for (int i = 0; i < 8; i++)
		out[n++] = (char)((uint64_t)len >> (8 * i));
	memcpy(out + n, value, len);
	n += len;
	out[n++] = '\n';
	return n;
}

static void test_logread_reads_journal_export_with_text_and_binary_fields(void **state)
{
	char buf[1024];
	size_t n = 0;
	struct logread_counts c;
	char *text;
	(void)state;

	n += (size_t)sprintf(buf + n, "__CURSOR=s=1\n__REALTIME_TIMESTAMP=1796032800000000\n"
			     "_HOSTNAME=clinic-b\nSYSLOG_IDENTIFIER=kiosk\n");
	n += binary_field(buf + n, "MESSAGE", "kiosk_name=room-2 open\thip", 26);
	buf[n++] = '\n';
	n += (size_t)sprintf(buf + n, "__CURSOR=s=2\n_HOSTNAME=clinic-b\n"
			     "SYSLOG_IDENTIFIER=systemd\nMESSAGE=Started.\n\n");
	n += (size_t)sprintf(buf + n, "SYSLOG_IDENTIFIER=kiosk\n_HOSTNAME=clinic-b\n"
			     "MESSAGE=idle_reset\n\n");
	text = events_of(buf, n, &c);
	assert_string_equal(text, "room-2|2026-11-30|open\thip|1\n"
				  "clinic-b||idle_reset|13\n");
	assert_int_equal(c.other_programs, 1);
	assert_int_equal(c.truncated, 0);
	free(text);
}

static void test_logread_counts_export_records_cut_off_anywhere(void **state)
{
	char whole[512];
	size_t len = 0;
	(void)state;

	len += (size_t)sprintf(whole, "SYSLOG_IDENTIFIER=kiosk\n");
	len += binary_field(whole + len, "MESSAGE", "kiosk_name=a open\tx", 19);
	whole[len++] = '\n';
	len += (size_t)sprintf(whole + len, "SYSLOG_IDENTIFIER=kiosk\nMESSAGE=kiosk_name=a open\ty\n");
	/* Every cut of the second record, and of the first, is safe. */
	for (size_t cut = 0; cut <= len; cut++) {
		struct logread_counts c;
		char *text = events_of(whole, cut, &c);

		/* The first record ends at byte 60, before its empty line. */
		if (cut == len)
			assert_string_equal(text, "a||open\tx|1\na||open\ty|5\n");
		else if (cut >= 60)
			assert_string_equal(text, "a||open\tx|1\n");
		else
			assert_string_equal(text, "");
		assert_true(c.truncated <= 1);
		free(text);
	}
}

static void test_logread_reads_past_a_huge_64_bit_length_without_holding_it(void **state)
{
	char buf[256];
	size_t n = (size_t)sprintf(buf, "SYSLOG_IDENTIFIER=kiosk\nMESSAGE\n");
	struct logread_counts c;
	char *text;
	(void)state;

	memset(buf + n, 0xFF, 8);
	n += 8;
	n += (size_t)sprintf(buf + n, "kiosk_name=a open\tx\n\n");
	text = events_of(buf, n, &c);
	assert_string_equal(text, "");
	assert_int_equal(c.truncated, 1);
	free(text);
}

static void test_logread_refuses_a_message_with_a_nul_and_resyncs_after_a_bad_field(void **state)
{
	char buf[512];
	size_t n = (size_t)sprintf(buf, "SYSLOG_IDENTIFIER=kiosk\n");
	struct logread_counts c;
	char *text;
	(void)state;

	n += binary_field(buf + n, "MESSAGE", "kiosk_name=a open\0x", 19);
	buf[n++] = '\n';
	/* A field name with small letters is not export: read on to the
	 * next record. */
	n += (size_t)sprintf(buf + n, "bad name=1\nMESSAGE=x\n\n"
			     "SYSLOG_IDENTIFIER=kiosk\nMESSAGE=kiosk_name=a open\tz\n\n");
	text = events_of(buf, n, &c);
	assert_string_equal(text, "a||open\tz|8\n");
	assert_int_equal(c.not_understood, 2);
	free(text);
}

static void test_logread_skips_huge_lines_and_messages_in_bounded_memory(void **state)
{
	size_t big = 1 << 20;
	char *buf = malloc(big + 200);
	struct logread_counts c;
	char *text;
	size_t n;
	(void)state;

	assert_non_null(buf);
	memset(buf, 'a', big);
	n = big + (size_t)sprintf(buf + big, "\n2026-11-02T08:00:00Z\topen\thip\n");
	text = events_of(buf, n, &c);
	assert_string_equal(text, "|2026-11-02|open\thip|2\n");
	assert_int_equal(c.too_long, 1);
	free(text);

	n = (size_t)sprintf(buf, "SYSLOG_IDENTIFIER=kiosk\nMESSAGE=");
	memset(buf + n, 'a', big);
	n += big;
	n += (size_t)sprintf(buf + n, "\n\nSYSLOG_IDENTIFIER=kiosk\nMESSAGE=kiosk_name=a open\tx\n\n");
	text = events_of(buf, n, &c);
	assert_string_equal(text, "a||open\tx|4\n");
	assert_int_equal(c.too_long, 1);
	free(text);
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_logread_reads_the_kiosks_own_log_file),
		cmocka_unit_test(test_logread_reads_traditional_syslog_lines_with_rsyslogs_tab_escape),
		cmocka_unit_test(test_logread_reads_rfc3339_and_rfc5424_lines),
		cmocka_unit_test(test_logread_counts_malformed_syslog_lines),
		cmocka_unit_test(test_logread_never_takes_a_date_of_raw_bytes),
		cmocka_unit_test(test_logread_reads_journal_export_with_text_and_binary_fields),
		cmocka_unit_test(test_logread_counts_export_records_cut_off_anywhere),
		cmocka_unit_test(test_logread_reads_past_a_huge_64_bit_length_without_holding_it),
		cmocka_unit_test(test_logread_refuses_a_message_with_a_nul_and_resyncs_after_a_bad_field),
		cmocka_unit_test(test_logread_skips_huge_lines_and_messages_in_bounded_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
