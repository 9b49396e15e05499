/* optgrid: where the columns of a treatment-choices grid go (an Option
 * Grid: the options as columns, the questions patients ask as rows), and
 * whether the grid fits at all.  Plain arithmetic on display columns, no
 * curses, shared by the screen layout and the printed handout. */
#ifndef KIOSK_OPTGRID_H
#define KIOSK_OPTGRID_H

#include <stdbool.h>
#include <stddef.h>

enum {
	OPTGRID_MIN_WIDTH = 96,	/* a 100-column screen's text; narrower:
				 * one choice at a time */
	OPTGRID_MIN_OPTION_COLS = 18,	/* fits "Anti-inflammatory" and a space */
	OPTGRID_GAP = 2,		/* blank columns left of each option */
	OPTGRID_MAX_OPTIONS = 8,
};

struct optgrid_shape {
	int label_cols;			/* the row headings' column */
	int option_cols;		/* each option's column */
	int option_col[OPTGRID_MAX_OPTIONS];	/* where each option's column starts */
	size_t options;
};

/* Decides the columns for options side by side in width columns.  Returns
 * true and fills *shape when the screen is at least OPTGRID_MIN_WIDTH wide
 * and every option gets OPTGRID_MIN_OPTION_COLS or more; false (shape
 * untouched) when the options should be shown one at a time. */
bool optgrid_shape(int width, size_t options, struct optgrid_shape *shape);

/* The column (0-based) that col falls in: 0 to options-1 for an option's
 * column (its gap included), or -1 for the row headings. */
int optgrid_column_at(const struct optgrid_shape *shape, int col);

#endif
