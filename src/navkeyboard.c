#include "navkeyboard.h"

#include "i18n.h"

#include <string.h>

enum { KEY_MAX_WIDTH = 11, GAP_COLS = 1 };

/* A way to lay the keys out: letters a row, key height, rows between. */
struct shape {
	int per_row, key_rows, gap_rows;
};

/* Biggest first.  The search keyboard keeps nine letters a row for as
 * long as it can (wider keys); the A to Z strip prefers fewer rows, to
 * leave room for the list. */
static const struct shape editing_shapes[] = {
	{ 9, 3, 1 }, { 9, 2, 1 }, { 9, 1, 1 }, { 9, 1, 0 }, { 13, 1, 0 },
};
static const struct shape letter_shapes[] = {
	{ 13, 2, 1 }, { 13, 1, 1 }, { 13, 1, 0 },
};

static const char *const letter_labels[NAVKEYBOARD_LETTERS] = {
	"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
	"N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z",
};

static int key_rows_of(const struct shape *s, bool editing)
{
	return (NAVKEYBOARD_LETTERS + s->per_row - 1) / s->per_row + (editing ? 1 : 0);
}

static int height_of(const struct shape *s, bool editing)
{
	int n = key_rows_of(s, editing);

	return n * s->key_rows + (n - 1) * s->gap_rows;
}

static void add_key(struct navkeyboard *kb, int code, const char *label, int row,
		    int col, int width, int rows)
{
	kb->keys[kb->count++] = (struct navkeyboard_key){
		.code = code, .label = label, .row = row, .col = col,
		.width = width, .rows = rows,
	};
}

void navkeyboard_layout(struct navkeyboard *kb, int top, int left, int width,
			int max_rows, bool editing)
{
	const struct shape *shapes = editing ? editing_shapes : letter_shapes;
	size_t shape_count = editing ? sizeof editing_shapes / sizeof editing_shapes[0]
				     : sizeof letter_shapes / sizeof letter_shapes[0];
	const struct shape *s = NULL;
	int key_width = 0, used, row_step;

	memset(kb, 0, sizeof *kb);
	for (size_t i = 0; i < shape_count && !s; i++) {
		key_width = (width + GAP_COLS) / shapes[i].per_row - GAP_COLS;
		if (height_of(&shapes[i], editing) <= max_rows && key_width >= 2)
			s = &shapes[i];
	}
	if (!s)
		return;
	if (key_width > KEY_MAX_WIDTH)
		key_width = KEY_MAX_WIDTH;
	used = s->per_row * (key_width + GAP_COLS) - GAP_COLS;
	kb->top = top;
	kb->left = left + (width - used) / 2;
	kb->width = used;
	kb->rows = height_of(s, editing);
	row_step = s->key_rows + s->gap_rows;
	for (int i = 0; i < NAVKEYBOARD_LETTERS; i++)
		add_key(kb, 'a' + i, letter_labels[i], top + i / s->per_row * row_step,
			kb->left + i % s->per_row * (key_width + GAP_COLS), key_width,
			s->key_rows);
	if (editing) {
		/* Space, Delete and Clear share the last row: 3, 3, 3 key
		 * widths of a nine-key row, 5, 4, 4 of a thirteen-key one. */
		int spans[3] = { s->per_row - 2 * (s->per_row / 3), s->per_row / 3,
				 s->per_row / 3 };
		static const int codes[3] = { ' ', NAVKEYBOARD_DELETE, NAVKEYBOARD_CLEAR };
		static const char *const labels[3] = { N_("Space"), N_("Delete"), N_("Clear") };
		int row = top + (key_rows_of(s, editing) - 1) * row_step, col = kb->left;

		for (int i = 0; i < 3; i++) {
			int w = spans[i] * (key_width + GAP_COLS) - GAP_COLS;

			add_key(kb, codes[i], labels[i], row, col, w, s->key_rows);
			col += w + GAP_COLS;
		}
	}
}

/* Distance in cells from (row, col) to a key, 0 inside it. */
static int distance(const struct navkeyboard_key *k, int row, int col)
{
	int dr = row < k->row ? k->row - row : row >= k->row + k->rows ? row - (k->row + k->rows - 1) : 0;
	int dc = col < k->col ? k->col - col : col >= k->col + k->width ? col - (k->col + k->width - 1) : 0;

	/* Rows are about twice as tall as columns are wide. */
	return 2 * dr + dc;
}

const struct navkeyboard_key *navkeyboard_key_at(const struct navkeyboard *kb,
						 int row, int col)
{
	const struct navkeyboard_key *best = NULL;
	int best_distance = 0;

	if (kb->count == 0 || row < kb->top || row >= kb->top + kb->rows ||
	    col < kb->left || col >= kb->left + kb->width)
		return NULL;
	for (size_t i = 0; i < kb->count; i++) {
		int d = distance(&kb->keys[i], row, col);

		if (!best || d < best_distance) {
			best = &kb->keys[i];
			best_distance = d;
		}
	}
	return best;
}
