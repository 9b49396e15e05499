/* libFuzzer target: any bytes as one line of text for the screen, in a
 * right-to-left paragraph when the first byte is odd, drawn as FriBidi's
 * whole algorithm (fribidi_log2vis) draws it; then the same bytes as a
 * paragraph laid out and put in right-to-left drawing order, whose spans
 * must stay inside the width. */
#include "bidi.h"
#include "layoutrtl.h"

#include <fribidi.h>
#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts unless line, drawn from the len bytes at text, is what
 * fribidi_log2vis gives with its ligatures' fillers dropped: the
 * right-to-left shortcut may not drift from it. */
static void expect_as_fribidi(const char *text, size_t len, bool rtl,
			      const struct bidi_line *line)
{
	FriBidiChar *chars = malloc((len + 1) * sizeof *chars);
	FriBidiChar *visual = malloc((len + 1) * sizeof *visual);
	char *expected = malloc(4 * len + 1);
	FriBidiParType dir = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	FriBidiStrIndex n, kept = 0;
	size_t bytes;

	if (!chars || !visual || !expected)
		abort();
	n = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, text, (FriBidiStrIndex)len,
				       chars);
	if (n > 0 && !fribidi_log2vis(chars, n, &dir, visual, NULL, NULL, NULL))
		abort();
	for (FriBidiStrIndex i = 0; i < n; i++)
		if (visual[i] != FRIBIDI_CHAR_FILL)
			visual[kept++] = visual[i];
	bytes = (size_t)fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, visual,
						   kept, expected);
	if (bytes != line->bytes || memcmp(expected, line->text, bytes) != 0)
		abort();
	free(chars);
	free(visual);
	free(expected);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct layout_options opt = { .bullet = "*" };
	/* Kept across inputs, so lines repeat and the cache fills up. */
	static struct layoutrtl_cache cache;
	struct bidi_line line;
	struct layout l = { 0 };
	static int ready;
	char *text;

	if (!ready) {
		setlocale(LC_CTYPE, "C.UTF-8");
		ready = 1;
	}
	if (size == 0)
		return 0;
	if (bidi_line_visual((const char *)data + 1, size - 1, data[0] & 1, &line)) {
		expect_as_fribidi((const char *)data + 1, size - 1, data[0] & 1, &line);
		bidi_line_free(&line);
	}
	text = malloc(size);
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	layout_text(&l, text, 10 + data[0] % 64, &opt);
	layoutrtl_visual(&l, data[0] & 2 ? &cache : NULL);
	for (size_t i = 0; i < l.span_count; i++)
		if (l.spans[i].col < 0 || l.spans[i].col + l.spans[i].cols > l.width)
			abort();
	layout_free(&l);
	free(text);
	return 0;
}
