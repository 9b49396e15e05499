#include "bidi.h"

#include "utf8.h"
#include "xalloc.h"

#include <fribidi.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

bool bidi_has_rtl(const char *text, size_t len)
{
	for (size_t at = 0; at < len;) {
		uint32_t cp;
		size_t n = utf8_decode(text + at, len - at, &cp);

		if (n == 0)
			return false;
		/* Right-to-left scripts start at U+0590. */
		if (cp >= 0x590 && FRIBIDI_IS_RTL(fribidi_get_bidi_type(cp)))
			return true;
		at += n;
	}
	return false;
}

bool bidi_starts_rtl(const char *text, size_t len)
{
	for (size_t at = 0; at < len;) {
		uint32_t cp;
		size_t n = utf8_decode(text + at, len - at, &cp);
		FriBidiCharType type;

		if (n == 0)
			return false;
		type = fribidi_get_bidi_type(cp);
		if (FRIBIDI_IS_LETTER(type))
			return FRIBIDI_IS_RTL(type);
		at += n;
	}
	return false;
}

/* The arrays of one line, carved from work->block (see carve): the output
 * first, so the block can be handed to a bidi_line as its logical. */
struct line_arrays {
	size_t *logical, *offsets;
	FriBidiChar *chars;
	FriBidiStrIndex *map;
	FriBidiCharType *types;
	FriBidiBracketType *brackets;
	FriBidiArabicProp *joining;
	FriBidiLevel *levels;
	unsigned char *widths;
	char *text;
};

/* Bytes of the arrays for up to n characters; the largest element types
 * come first, so each stays aligned. */
static size_t block_size(size_t n)
{
	return (n + 1) * (2 * sizeof(size_t) + sizeof(FriBidiChar) +
			  sizeof(FriBidiStrIndex) + sizeof(FriBidiCharType) +
			  sizeof(FriBidiBracketType) + sizeof(FriBidiArabicProp) +
			  sizeof(FriBidiLevel) + 1) + 4 * n + 1;
}

/* Points a's arrays into work's block, grown for n characters. */
static void carve(struct bidi_work *work, size_t n, struct line_arrays *a)
{
	size_t need = block_size(n);

	if (work->cap < need) {
		free(work->block);
		work->block = xmalloc(need);
		work->cap = need;
	}
	a->logical = (size_t *)work->block;
	a->offsets = a->logical + n + 1;
	a->chars = (FriBidiChar *)(a->offsets + n + 1);
	a->map = (FriBidiStrIndex *)(a->chars + n + 1);
	a->types = (FriBidiCharType *)(a->map + n + 1);
	a->brackets = (FriBidiBracketType *)(a->types + n + 1);
	a->joining = (FriBidiArabicProp *)(a->brackets + n + 1);
	a->levels = (FriBidiLevel *)(a->joining + n + 1);
	a->widths = (unsigned char *)(a->levels + n + 1);
	a->text = (char *)(a->widths + n + 1);
}

/* True when a character of this type leaves a right-to-left line at level
 * 1: a right-to-left letter or a neutral.  Left-to-right letters, digits
 * (level 2), explicit embeddings and separators (FriBidi starts afresh
 * after a paragraph separator) need the full level resolution. */
static bool stays_right_to_left(FriBidiCharType t)
{
	return FRIBIDI_IS_LETTER(t) ? FRIBIDI_IS_RTL(t) :
	       !(FRIBIDI_IS_NUMBER(t) || FRIBIDI_IS_EXPLICIT_OR_BN(t) ||
		 FRIBIDI_IS_ISOLATE(t) || FRIBIDI_IS_SEPARATOR(t));
}

/* Decodes the len bytes at text into a's chars, offsets and bidi types;
 * sets *count and *pure_rtl (every character stays_right_to_left).
 * Returns false for malformed UTF-8. */
static bool decode(const char *text, size_t len, struct line_arrays *a,
		   size_t *count, bool *pure_rtl)
{
	size_t n = 0, *offsets = a->offsets;
	FriBidiChar *chars = a->chars;
	bool pure = true;

	for (size_t at = 0; at < len; n++) {
		const unsigned char *u = (const unsigned char *)text + at;
		uint32_t cp = u[0];
		size_t bytes = 1;

		/* ASCII and two-byte characters (Arabic, Hebrew) inline. */
		if (cp >= 0xC2 && cp < 0xE0 && at + 1 < len && (u[1] & 0xC0) == 0x80) {
			cp = (cp & 0x1F) << 6 | (u[1] & 0x3F);
			bytes = 2;
		} else if (cp >= 0x80 &&
			   (bytes = utf8_decode(text + at, len - at, &cp)) == 0) {
			return false;
		}
		offsets[n] = at;
		chars[n] = cp;
		at += bytes;
	}
	fribidi_get_bidi_types(chars, (FriBidiStrIndex)n, a->types);
	for (size_t i = 0; i < n && pure; i++)
		pure = stays_right_to_left(a->types[i]);
	*count = n;
	*pure_rtl = pure;
	return true;
}

/* The full algorithm, for any line: levels, joining, shaping, mirroring
 * and reordering all by FriBidi.  a->map[v] gets the logical index of the
 * character drawn at visual position v; chars stay in logical order. */
static bool reorder(struct line_arrays *a, FriBidiStrIndex n, bool rtl)
{
	FriBidiParType dir = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	FriBidiFlags flags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;

	for (FriBidiStrIndex i = 0; i < n; i++)
		a->map[i] = i;
	fribidi_get_bracket_types(a->chars, n, a->types, a->brackets);
	if (!fribidi_get_par_embedding_levels_ex(a->types, a->brackets, n, &dir,
						 a->levels))
		return false;
	/* Shaping works on logical order: joining looks at neighbours. */
	fribidi_get_joining_types(a->chars, n, a->joining);
	fribidi_join_arabic(a->types, n, a->levels, a->joining);
	fribidi_shape(flags, a->levels, n, a->joining, a->chars);
	return fribidi_reorder_line(flags, a->types, n, 0, dir, a->levels, NULL,
				    a->map) != 0;
}

/* True when FriBidi may give c a mirrored form.  Of ASCII only brackets
 * have one; no letter or mark of the Hebrew and Arabic blocks does
 * (U+0590..U+08FF, checked against FriBidi in the tests), so a wholly
 * Arabic line asks FriBidi about its punctuation only. */
static bool may_mirror(FriBidiChar c)
{
	if (c < 0x80)
		return c == '(' || c == ')' || c == '<' || c == '>' ||
		       c == '[' || c == ']' || c == '{' || c == '}';
	return c < 0x590 || c > 0x8FF;
}

/* What a line whose every character stays at level 1 needs: FriBidi's
 * joining, mirroring and shaping at that level, and the order it would
 * give, which is the line reversed with each letter's marks kept after it
 * (rules L2 and L3, as fribidi_reorder_line applies them).  Mirroring
 * comes before shaping here, while letters are still in the Arabic block
 * that may_mirror skips; the two touch different characters. */
static void reorder_right_to_left(struct line_arrays *a, FriBidiStrIndex n)
{
	FriBidiStrIndex v = 0;

	memset(a->levels, 1, (size_t)n * sizeof *a->levels);
	fribidi_get_joining_types(a->chars, n, a->joining);
	fribidi_join_arabic(a->types, n, a->levels, a->joining);
	for (FriBidiStrIndex i = 0; i < n; i++) {
		FriBidiChar mirrored;

		if (may_mirror(a->chars[i]) &&
		    fribidi_get_mirror_char(a->chars[i], &mirrored))
			a->chars[i] = mirrored;
	}
	fribidi_shape_arabic(FRIBIDI_FLAGS_ARABIC, a->levels, n, a->joining, a->chars);
	for (FriBidiStrIndex end = n - 1; end >= 0;) {
		FriBidiStrIndex start = end;

		while (start > 0 && a->types[start] == FRIBIDI_TYPE_NSM)
			start--;
		for (FriBidiStrIndex i = start; i <= end; i++)
			a->map[v++] = i;
		end = start - 1;
	}
}

/* Terminal columns of one character past ASCII.  Shaped Arabic is nearly
 * all presentation forms, which are one column: answering them here
 * spares glibc's slower general look-up. */
static int char_width(FriBidiChar c)
{
	int w;

	if ((c >= 0xFE70 && c <= 0xFEFC) || (c >= 0xFB50 && c <= 0xFDFF))
		return 1;
	w = wcwidth((wchar_t)c);
	return w > 0 ? w : 0;
}

/* Fills out from a, its characters in the visual order of a->map.  The
 * counts stay in locals: stores through out's arrays would make the
 * compiler reload them every character. */
static void output(const struct line_arrays *a, size_t n, struct bidi_line *out)
{
	char *text = a->text;
	unsigned char *widths = a->widths;
	size_t *logical = a->logical, bytes = 0, count = 0;
	int width = 0;

	for (size_t v = 0; v < n; v++) {
		FriBidiStrIndex i = a->map[v];
		FriBidiChar c = a->chars[i];
		int w;

		/* The second half of a ligature is left as a filler. */
		if (c == FRIBIDI_CHAR_FILL)
			continue;
		if (c < 0x80) {
			text[bytes++] = (char)c;
			w = c >= 0x20 && c < 0x7F ? 1 : 0;
		} else {
			bytes += utf8_encode(c, text + bytes);
			w = char_width(c);
		}
		widths[count] = (unsigned char)w;
		width += w;
		logical[count++] = a->offsets[i];
	}
	text[bytes] = '\0';
	*out = (struct bidi_line){ .text = text, .bytes = bytes, .logical = logical,
				   .widths = widths, .count = count, .width = width };
}

bool bidi_line_visual_in(struct bidi_work *work, const char *text, size_t len,
			 bool rtl, struct bidi_line *out)
{
	struct line_arrays a;
	size_t n;
	bool pure;

	memset(out, 0, sizeof *out);
	carve(work, len, &a);
	if (!decode(text, len, &a, &n, &pure))
		return false;
	if (rtl && pure)
		reorder_right_to_left(&a, (FriBidiStrIndex)n);
	else if (!reorder(&a, (FriBidiStrIndex)n, rtl))
		return false;
	output(&a, n, out);
	return true;
}

bool bidi_line_visual(const char *text, size_t len, bool rtl,
		      struct bidi_line *out)
{
	struct bidi_work work = { 0 };

	if (bidi_line_visual_in(&work, text, len, rtl, out))
		return true;	/* out->logical starts work's block: out owns it */
	bidi_work_free(&work);
	return false;
}

void bidi_work_free(struct bidi_work *work)
{
	free(work->block);
	work->block = NULL;
	work->cap = 0;
}

void bidi_line_free(struct bidi_line *line)
{
	free(line->logical);
	memset(line, 0, sizeof *line);
}
