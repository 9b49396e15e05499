#include "optgrid.h"

enum { LABEL_MIN_COLS = 14, LABEL_MAX_COLS = 24 };

bool optgrid_shape(int width, size_t options, struct optgrid_shape *shape)
{
	int label, each;

	if (width < OPTGRID_MIN_WIDTH || options < 2 ||
	    options > OPTGRID_MAX_OPTIONS)
		return false;
	/* Row headings take a sixth of the width, within bounds: enough for
	 * "How soon does it help?" in two lines, no more. */
	label = width / 6;
	label = label < LABEL_MIN_COLS ? LABEL_MIN_COLS :
		label > LABEL_MAX_COLS ? LABEL_MAX_COLS : label;
	each = (width - label) / (int)options - OPTGRID_GAP;
	if (each < OPTGRID_MIN_OPTION_COLS)
		return false;
	shape->label_cols = label;
	shape->option_cols = each;
	shape->options = options;
	for (size_t i = 0; i < options; i++)
		shape->option_col[i] = label + (int)i * (each + OPTGRID_GAP) +
				       OPTGRID_GAP;
	return true;
}

int optgrid_column_at(const struct optgrid_shape *shape, int col)
{
	for (size_t i = shape->options; i-- > 0; )
		if (col >= shape->option_col[i] - OPTGRID_GAP)
			return col < shape->option_col[i] + shape->option_cols ?
			       (int)i : -1;
	return -1;
}
