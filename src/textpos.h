/* textpos: where in its file each character of a text was written, so a
 * warning about one word or sentence can point at it (file:line:col)
 * rather than at the start of its page.
 *
 * A text in the content model is the value YAML made of a scalar: lines
 * joined (folded) and indentation dropped, quotes and escapes undone.  The
 * mapping back is kept as runs: from each run's start in the text, the
 * characters follow one another on one line of the file.  Plain, block
 * and single-quoted scalars map exactly; where a double-quoted escape
 * ("\u00e9", "\n") makes a character that is not in the file, the rest of
 * that text maps to the scalar's start. */
#ifndef KIOSK_TEXTPOS_H
#define KIOSK_TEXTPOS_H

#include "arena.h"
#include "ydoc.h"

#include <stdbool.h>
#include <stddef.h>

struct textpos_run {
	size_t offset;		/* in the text, where the run starts */
	unsigned line, col;	/* 1-based, of that character in the file */
	bool exact;		/* false: later characters are not counted on */
};

struct textpos_text {
	const char *text;	/* the model's copy of the scalar */
	size_t len;
	const struct textpos_run *runs;
	size_t run_count;
};

/* The texts of one file, with their runs; empty is { 0 }. */
struct textpos_table {
	struct textpos_text *texts;	/* owned; sorted by textpos_finish */
	size_t count, cap;
};

/* Notes where text (len bytes: the model's copy of node's value, which
 * came from source[0..source_len)) was written.  The runs go in arena;
 * the table grows (free it with textpos_free). */
void textpos_add(struct textpos_table *table, struct arena *arena,
		 const char *text, size_t len, const struct ynode *node,
		 const char *source, size_t source_len);

/* Sorts the table for textpos_find; call once every text is added. */
void textpos_finish(struct textpos_table *table);

/* The 1-based line and column in the file of the character at `at`, a
 * pointer into one of the table's texts.  Returns false, leaving line and
 * col alone, when at is in none of them. */
bool textpos_find(const struct textpos_table *table, const char *at,
		  unsigned *line, unsigned *col);

/* The line and column of byte offset (within node->text) of scalar node
 * read from source[0..source_len), worked out on the spot: for an error
 * found while the file is read, about one place in a text. */
void textpos_locate(const struct ynode *node, const char *source,
		    size_t source_len, size_t offset, unsigned *line, unsigned *col);

void textpos_free(struct textpos_table *table);

#endif
