/* Helpers shared by the unit tests: reading fixtures and turning
 * diagnostics into text to compare. */
#ifndef KIOSK_TESTUTIL_H
#define KIOSK_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "content.h"
#include "diag.h"
#include "layout.h"

#include <fcntl.h>
#include <locale.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The whole of a file as a malloc'd, NUL-terminated string; fails the test
 * when it cannot be read. */
static inline char *test_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		fail_msg("cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	if (len)
		*len = (size_t)n;
	return buf;
}

/* Every diagnostic, one per line, in a malloc'd string. */
static inline char *test_diag_text(struct diag *d)
{
	char *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);

	assert_non_null(f);
	diag_print(d, f);
	fclose(f);
	return text;
}

/* Asserts that some diagnostic contains needle. */
static inline void test_assert_diag_contains(struct diag *d, const char *needle)
{
	char *text = test_diag_text(d);

	if (!strstr(text, needle)) {
		print_error("expected a message containing \"%s\"; got:\n%s",
			    needle, text);
		free(text);
		fail();
	}
	free(text);
}

/* Writes text to dir/name, failing the test when it cannot. */
static inline void test_write_file(const char *dir, const char *name,
				   const char *text)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* Copies the file from to the file to and sets its modification time to
 * mtime, so a change is seen even within one clock tick. */
static inline void test_copy_file(const char *from, const char *to, time_t mtime)
{
	size_t len;
	char *bytes = test_read_file(from, &len);
	FILE *f = fopen(to, "wb");
	struct timespec times[2] = { { mtime, 0 }, { mtime, 0 } };

	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, len, f), len);
	fclose(f);
	free(bytes);
	assert_int_equal(utimensat(AT_FDCWD, to, times, 0), 0);
}

/* The bundled content, in a UTF-8 locale as the kiosk runs; NULL unless
 * it loads cleanly with its two topics. */
static inline struct content_library *test_load_bundled(void)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;

	setlocale(LC_ALL, "C.UTF-8");
	lib = content_library_load("content", &diag);
	/* Two English topics, and their translations. */
	if (diag.count || lib->topic_count != 5) {
		content_library_free(lib);
		lib = NULL;
	}
	diag_clear(&diag);
	return lib;
}

/* Makes a new empty folder /tmp/kiosk-NAME-XXXXXX into dir (size at
 * least 64); returns 0, or -1 for a cmocka setup to fail. */
static inline int test_make_dir(char *dir, size_t size, const char *name)
{
	snprintf(dir, size, "/tmp/kiosk-%s-XXXXXX", name);
	return mkdtemp(dir) ? 0 : -1;
}

/* Removes a folder made by test_make_dir with everything in it. */
static inline int test_remove_dir(const char *dir)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd);
}

/* Milliseconds on the monotonic clock, for deadlines while polling. */
static inline long test_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000;
}

/* The text of one line of a layout as drawn: each span's text at its
 * column, spaces between. */
static inline void test_line_text(const struct layout *l, size_t line, char *out,
				  size_t size)
{
	const struct layout_line *ln = &l->lines[line];
	size_t o = 0;
	int col = 0;

	for (size_t i = 0; i < ln->span_count; i++) {
		const struct layout_span *s = &l->spans[ln->first_span + i];

		assert_true(s->col >= col);
		for (; col < s->col && o + 1 < size; col++)
			out[o++] = ' ';
		for (size_t k = 0; k < s->len && o + 1 < size; k++)
			out[o++] = s->text[k];
		col += s->cols;
	}
	out[o] = '\0';
}

#endif
