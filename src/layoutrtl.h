/* layoutrtl: a layout of right-to-left text (Arabic, Hebrew, Urdu) put in
 * the order a terminal draws it.
 *
 * layout wraps a paragraph in reading order; this then takes each line
 * through bidi_line_visual once (reordering by the Unicode bidirectional
 * algorithm, Arabic shaping, mirrored brackets), so drawing a frame does
 * no bidi work.  Lines end at the right: an indent becomes a right margin,
 * so bullets, numbers and headings stand on the right.  An English word or
 * a number inside the text keeps its own order.  No curses here. */
#ifndef KIOSK_LAYOUTRTL_H
#define KIOSK_LAYOUTRTL_H

#include "layout.h"

/* Lines already put in drawing order, by their text in reading order, so
 * laying a page out again (Back, the next patient, a resize and back)
 * costs no bidi work: FriBidi takes a few microseconds a line, more than
 * wrapping it.  It holds a few thousand lines at most, then starts again.
 * Zeroed, it is empty; release it with layoutrtl_cache_free. */
struct layoutrtl_cached;
struct layoutrtl_cache {
	struct layoutrtl_cached *slots;
	size_t slot_count;	/* a power of two, or 0 */
	size_t count;		/* lines held */
	struct arena lines;	/* their text and drawing order */
};

/* Frees what the cache holds; it is empty and reusable afterwards. */
void layoutrtl_cache_free(struct layoutrtl_cache *cache);

/* Replaces every line of l (just laid out at l->width) with its drawing
 * order in a paragraph that runs right to left.  Each span then holds one
 * word (a marked word of several words stays one span) with the style and
 * item of the text it came from, its drawn form in l's arena as text and
 * the word in the content as source; items and their lines are unchanged,
 * so focus, touches (layout_span_at) and the reading highlight work on
 * the drawn columns.  A line that is not valid UTF-8 keeps its spans,
 * moved to the right.  Call it once per layout, not per frame.  cache
 * (may be NULL, for a layout made once) remembers the lines' forms. */
void layoutrtl_visual(struct layout *l, struct layoutrtl_cache *cache);

/* layout_text, then layoutrtl_visual when text starts with a right-to-left
 * letter (bidi_starts_rtl): for a text whose language is not known, such
 * as a title, a summary or a box's words. */
void layoutrtl_text(struct layout *l, const char *text, int width,
		    const struct layout_options *opt);

#endif
