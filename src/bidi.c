#include "bidi.h"

#include "utf8.h"
#include "xalloc.h"

#include <fribidi.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* The line decoded, with each character's byte offset; one allocation
 * holds these and the working arrays of reorder, since a page makes one
 * call per line. */
struct decoded {
	FriBidiChar *chars;
	size_t *offsets;
	FriBidiStrIndex *map;
	char *scratch;		/* types, brackets, joining and levels */
	size_t count;
};

/* Bytes of reorder's working arrays for n characters. */
static size_t scratch_size(size_t n)
{
	return (sizeof(FriBidiCharType) + sizeof(FriBidiBracketType) +
		sizeof(FriBidiLevel) + sizeof(FriBidiArabicProp)) * (n + 1);
}

static bool decode(const char *text, size_t len, struct decoded *d)
{
	/* Every array is sized for len characters, the most len bytes hold;
	 * the largest element types come first, so each stays aligned. */
	char *block = xmalloc((sizeof *d->offsets + sizeof *d->chars +
			       sizeof *d->map) * (len + 1) + scratch_size(len));

	d->offsets = (size_t *)block;
	d->chars = (FriBidiChar *)(d->offsets + len + 1);
	d->map = (FriBidiStrIndex *)(d->chars + len + 1);
	d->scratch = (char *)(d->map + len + 1);
	d->count = 0;
	for (size_t at = 0; at < len;) {
		uint32_t cp;
		size_t n = utf8_decode(text + at, len - at, &cp);

		if (n == 0)
			return false;
		d->offsets[d->count] = at;
		d->chars[d->count++] = cp;
		at += n;
	}
	return true;
}

static void decoded_free(struct decoded *d)
{
	free(d->offsets);
}

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

/* True when every character of a right-to-left line resolves to level 1,
 * so the costly level resolution can be skipped: no left-to-right letters,
 * no digits (they sit at level 2) and no explicit embeddings.  Neutrals
 * between right-to-left letters and the line's ends take the line's
 * direction. */
static bool all_right_to_left(const FriBidiCharType *types, FriBidiStrIndex n)
{
	for (FriBidiStrIndex i = 0; i < n; i++) {
		FriBidiCharType t = types[i];
		if (FRIBIDI_IS_LETTER(t) ? !FRIBIDI_IS_RTL(t) :
		    FRIBIDI_IS_NUMBER(t) || FRIBIDI_IS_EXPLICIT_OR_BN(t) ||
		    FRIBIDI_IS_ISOLATE(t))
			return false;
	}
	return true;
}

/* Shapes and reorders d in place; d->map[i] gets the logical index of
 * the character now at visual position i. */
static bool reorder(struct decoded *d, bool rtl)
{
	FriBidiStrIndex n = (FriBidiStrIndex)d->count, *map = d->map;
	FriBidiCharType *types = (FriBidiCharType *)d->scratch;
	FriBidiBracketType *brackets = (FriBidiBracketType *)(types + n + 1);
	FriBidiArabicProp *joining = (FriBidiArabicProp *)(brackets + n + 1);
	FriBidiLevel *levels = (FriBidiLevel *)(joining + n + 1);
	FriBidiParType dir = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	FriBidiFlags flags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;
	bool ok = true;

	for (FriBidiStrIndex i = 0; i < n; i++)
		map[i] = i;
	fribidi_get_bidi_types(d->chars, n, types);
	if (rtl && all_right_to_left(types, n)) {
		memset(levels, 1, (size_t)n * sizeof *levels);
	} else {
		fribidi_get_bracket_types(d->chars, n, types, brackets);
		ok = fribidi_get_par_embedding_levels_ex(types, brackets, n, &dir,
							 levels) != 0;
	}
	if (ok) {
		/* Shaping works on logical order: joining looks at neighbours. */
		fribidi_get_joining_types(d->chars, n, joining);
		fribidi_join_arabic(types, n, levels, joining);
		fribidi_shape(flags, levels, n, joining, d->chars);
		ok = fribidi_reorder_line(flags, types, n, 0, dir, levels,
					  d->chars, map) != 0;
	}
	return ok;
}

/* Terminal columns of one character.  Shaped Arabic is nearly all
 * presentation forms, which are one column: answering them (and ASCII)
 * here spares glibc's slower general look-up. */
static int char_width(FriBidiChar c)
{
	int w;

	if ((c >= 0x20 && c < 0x7F) || (c >= 0xFE70 && c <= 0xFEFC) ||
	    (c >= 0xFB50 && c <= 0xFDFF))
		return 1;
	w = wcwidth((wchar_t)c);
	return w > 0 ? w : 0;
}

bool bidi_line_visual(const char *text, size_t len, bool rtl,
		      struct bidi_line *out)
{
	struct decoded d;
	bool ok;

	memset(out, 0, sizeof *out);
	ok = decode(text, len, &d) && reorder(&d, rtl);
	if (ok) {
		/* One block: logical, widths, then text (freed through
		 * logical). */
		out->logical = xmalloc((d.count + 1) * (sizeof *out->logical + 1) +
				       d.count * 4 + 1);
		out->widths = (unsigned char *)(out->logical + d.count + 1);
		out->text = (char *)(out->widths + d.count + 1);
		for (size_t i = 0; i < d.count; i++) {
			/* The second half of a ligature is left as a filler. */
			if (d.chars[i] == FRIBIDI_CHAR_FILL)
				continue;
			out->bytes += utf8_encode(d.chars[i], out->text + out->bytes);
			out->widths[out->count] = (unsigned char)char_width(d.chars[i]);
			out->width += out->widths[out->count];
			out->logical[out->count++] = d.offsets[d.map[i]];
		}
		out->text[out->bytes] = '\0';
	}
	decoded_free(&d);
	return ok;
}

void bidi_line_free(struct bidi_line *line)
{
	free(line->logical);
	memset(line, 0, sizeof *line);
}
