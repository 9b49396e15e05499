/* sentences: a page's texts cut into the sentences that are read aloud,
 * each tied to its place in the page's text so the screen can highlight
 * the sentence being read and scroll to it.
 *
 * A sentence ends at '.', '!' or '?' (with any closing brackets or quotes)
 * before a space and a word that does not start with a small letter,
 * unless the word before is a short form such as "Dr." or "e.g.".  Every
 * text of a page (its title, a heading, a bullet) ends a sentence too.
 * Marks ("[[word|term]]") never split: a sentence holds whole marks. */
#ifndef KIOSK_SENTENCES_H
#define KIOSK_SENTENCES_H

#include "content.h"
#include "layout.h"

#include <stdbool.h>
#include <stddef.h>

struct sentence {
	const char *start;	/* into the text it comes from, marks kept */
	size_t len;		/* bytes of that text */
	size_t text;		/* which text: the order content_page_texts
				 * gives (0 = the page's title) */
	size_t offset;		/* bytes from the start of that text */
	char *spoken;		/* what is said: marks and control characters
				 * removed, spaces squeezed; owned */
};

struct sentences {
	struct sentence *items;
	size_t count, cap;
	size_t texts;		/* texts added so far */
};

#define SENTENCES_INIT { NULL, 0, 0, 0 }

/* Adds the sentences of one text (with marks) as the next text.  The
 * sentences point into text: it must outlive them. */
void sentences_add_text(struct sentences *s, const char *text);

/* Clears s and adds every text of page, in the order it is shown. */
void sentences_of_page(struct sentences *s, const struct content_page *page);

/* Clears s and adds what a glossary popup reads: the term, said by its
 * `say` spelling (see sentences_say_term) and tied to term->term so the
 * word is highlighted, then the sentences of its plain explanation. */
void sentences_of_term(struct sentences *s, const struct content_term *term);

/* Frees what s owns and empties it (it can be used again). */
void sentences_free(struct sentences *s);

/* The index of the sentence whose text holds the byte at p, or -1.  p is
 * any pointer into a text, such as a layout span's text (layout spans of a
 * page point into the page's texts); generated text such as a list's
 * numbers belongs to no sentence. */
long sentences_find(const struct sentences *s, const char *p);

/* The part of text[0..len) (a layout span: spans may join the end of one
 * sentence and the start of the next) inside sentence i: sets *skip and
 * *count to its bytes, for drawing that part highlighted.  Returns false
 * when no byte of it is in sentence i. */
bool sentences_part(const struct sentences *s, size_t i, const char *text,
		    size_t len, size_t *skip, size_t *count);

/* The first and last line of layout l that show part of sentence i, for
 * highlighting it and keeping it on screen.  Returns false when l shows
 * none of it. */
bool sentences_lines(const struct sentences *s, size_t i, const struct layout *l,
		     size_t *first, size_t *last);

/* How a glossary term is said: its `say` spelling ("bur-SY-tis") as
 * syllables a synthesizer reads as one word would be ("bur sy tis"), or
 * the term itself when it has none.  The caller frees the result. */
char *sentences_say_term(const struct content_term *term);

#endif
