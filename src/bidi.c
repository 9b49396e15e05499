#include "bidi.h"

#include "utf8.h"
#include "xalloc.h"

#include <fribidi.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* The line decoded, with each character's byte offset. */
struct decoded {
	FriBidiChar *chars;
	size_t *offsets;
	size_t count;
};

static bool decode(const char *text, size_t len, struct decoded *d)
{
	d->chars = xcalloc(len + 1, sizeof *d->chars);
	d->offsets = xcalloc(len + 1, sizeof *d->offsets);
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
	free(d->chars);
	free(d->offsets);
}

bool bidi_has_rtl(const char *text, size_t len)
{
	struct decoded d;
	bool rtl = false;

	if (decode(text, len, &d))
		for (size_t i = 0; i < d.count && !rtl; i++)
			rtl = FRIBIDI_IS_RTL(fribidi_get_bidi_type(d.chars[i]));
	decoded_free(&d);
	return rtl;
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

/* Shapes and reorders d in place; map[i] gets the logical index of the
 * character now at visual position i. */
static bool reorder(struct decoded *d, bool rtl, FriBidiStrIndex *map)
{
	FriBidiStrIndex n = (FriBidiStrIndex)d->count;
	size_t each = sizeof(FriBidiCharType) + sizeof(FriBidiBracketType) +
		      sizeof(FriBidiLevel) + sizeof(FriBidiArabicProp);
	char *scratch = xmalloc(each * (d->count + 1));
	FriBidiCharType *types = (FriBidiCharType *)scratch;
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
	free(scratch);
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
	FriBidiStrIndex *map;
	bool ok;

	memset(out, 0, sizeof *out);
	ok = decode(text, len, &d);
	map = xcalloc(d.count + 1, sizeof *map);
	ok = ok && reorder(&d, rtl, map);
	if (ok) {
		out->text = xmalloc(d.count * 4 + 1);
		out->logical = xcalloc(d.count + 1, sizeof *out->logical);
		for (size_t i = 0; i < d.count; i++) {
			/* The second half of a ligature is left as a filler. */
			if (d.chars[i] == FRIBIDI_CHAR_FILL)
				continue;
			out->bytes += utf8_encode(d.chars[i], out->text + out->bytes);
			out->logical[out->count++] = d.offsets[map[i]];
			out->width += char_width(d.chars[i]);
		}
		out->text[out->bytes] = '\0';
	}
	free(map);
	decoded_free(&d);
	return ok;
}

void bidi_line_free(struct bidi_line *line)
{
	free(line->text);
	free(line->logical);
	memset(line, 0, sizeof *line);
}
