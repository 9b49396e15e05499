/* Pixels become cells through libchafa's canvas: it picks, for each cell,
 * the symbol and the two colours that best match the pixels under it.
 * This file only chooses chafa's settings for the terminal, copies the
 * cells out, and places the label markers. */
#include "figure.h"

#include "xalloc.h"

#include <chafa.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#define FIGURE_WORK_FACTOR 0.1f

/* The Linux console's colours (the VGA palette), and xterm's first 16. */
static const uint32_t console_palette[16] = {
	0x000000, 0xAA0000, 0x00AA00, 0xAA5500, 0x0000AA, 0xAA00AA, 0x00AAAA,
	0xAAAAAA, 0x555555, 0xFF5555, 0x55FF55, 0xFFFF55, 0x5555FF, 0xFF55FF,
	0x55FFFF, 0xFFFFFF,
};
static const uint32_t xterm_palette[16] = {
	0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD,
	0xE5E5E5, 0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF,
	0x00FFFF, 0xFFFFFF,
};

uint32_t figure_rgb(enum figure_mode mode, figure_color c)
{
	static const uint8_t cube[6] = { 0, 95, 135, 175, 215, 255 };

	if (mode == FIGURE_DIRECT)
		return (uint32_t)c & 0xFFFFFF;
	if (c < 0 || c > 255)
		return 0xFFFFFF;
	if (mode == FIGURE_CONSOLE)
		return console_palette[c & 15];
	if (c < 16)
		return xterm_palette[c];
	if (c >= 232) {
		uint32_t g = 8 + 10 * (uint32_t)(c - 232);
		return g << 16 | g << 8 | g;
	}
	c -= 16;
	return (uint32_t)cube[c / 36] << 16 | (uint32_t)cube[c / 6 % 6] << 8 |
	       cube[c % 6];
}

static double luminance(uint32_t rgb)
{
	double channel[3];

	for (int i = 0; i < 3; i++) {
		double v = (double)((rgb >> (16 - 8 * i)) & 0xFF) / 255.0;
		channel[i] = v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
	}
	return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

static double ratio(double la, double lb)
{
	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

double figure_contrast(uint32_t a, uint32_t b)
{
	return ratio(luminance(a), luminance(b));
}

/* White in a mode's own terms (the console's light grey as a background). */
static figure_color figure_white(enum figure_mode mode)
{
	return mode == FIGURE_DIRECT ? 0xFFFFFF : mode == FIGURE_256 ? 231 : 7;
}

enum figure_mode figure_mode_for(const char *term, int colors, bool utf8,
				 bool no_color)
{
	if (no_color || !utf8 || colors < 8 || !term)
		return FIGURE_NONE;
	if (strncmp(term, "linux", 5) == 0 || colors < 256)
		return FIGURE_CONSOLE;
	return colors >= 0x1000000 ? FIGURE_DIRECT : FIGURE_256;
}

bool figure_fit(unsigned width, unsigned height, int max_cols, int max_rows,
		int *cols, int *rows)
{
	long long c, r;

	*cols = *rows = 0;
	if (width == 0 || height == 0)
		return false;
	if (max_cols > FIGURE_MAX_COLS)
		max_cols = FIGURE_MAX_COLS;
	if (max_rows > FIGURE_MAX_ROWS)
		max_rows = FIGURE_MAX_ROWS;
	if (max_cols < FIGURE_MIN_COLS || max_rows < FIGURE_MIN_ROWS)
		return false;
	/* A cell is about twice as tall as wide: rows = cols * h / w / 2. */
	c = max_cols;
	r = (c * height + width) / (2LL * width);
	if (r > max_rows) {
		r = max_rows;
		c = (r * 2 * width + height / 2) / height;
		if (c > max_cols)
			c = max_cols;
	}
	if (c < FIGURE_MIN_COLS || r < FIGURE_MIN_ROWS)
		return false;
	*cols = (int)c;
	*rows = (int)r;
	return true;
}

/* The symbols a mode may use.  The Linux console's font has the half and
 * full blocks but no quadrants or sextants. */
static ChafaSymbolMap *symbols_for(enum figure_mode mode)
{
	ChafaSymbolMap *map = chafa_symbol_map_new();

	if (mode == FIGURE_CONSOLE) {
		static const gunichar console_glyphs[] = {
			' ', 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
		};
		for (size_t i = 0; i < sizeof console_glyphs / sizeof *console_glyphs; i++)
			chafa_symbol_map_add_by_range(map, console_glyphs[i],
						      console_glyphs[i]);
	} else {
		chafa_symbol_map_add_by_tags(map, CHAFA_SYMBOL_TAG_SPACE |
					     CHAFA_SYMBOL_TAG_BLOCK |
					     CHAFA_SYMBOL_TAG_SEXTANT);
		chafa_symbol_map_remove_by_tags(map, CHAFA_SYMBOL_TAG_WIDE);
	}
	return map;
}

static ChafaCanvasMode canvas_mode_for(enum figure_mode mode)
{
	switch (mode) {
	case FIGURE_DIRECT:
		return CHAFA_CANVAS_MODE_TRUECOLOR;
	case FIGURE_256:
		/* 240: leave out the 16 base colours, which themes change. */
		return CHAFA_CANVAS_MODE_INDEXED_240;
	default:
		return CHAFA_CANVAS_MODE_INDEXED_16_8;
	}
}

/* libchafa spreads the pixel work over a thread per processor, started on
 * its first use.  They start with every signal blocked (a thread inherits
 * its creator's mask), so a stop or resize signal always reaches the
 * kiosk's own thread and wakes its wait for a key. */
static void draw_pixels(ChafaCanvas *canvas, const struct image *img)
{
	sigset_t all, before;

	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &before);
	chafa_canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED,
				     img->rgba, (gint)img->width, (gint)img->height,
				     (gint)img->width * 4);
	pthread_sigmask(SIG_SETMASK, &before, NULL);
}

bool figure_picture_make(const struct image *img, enum figure_mode mode,
			 int max_cols, int max_rows, struct figure_picture *out)
{
	ChafaSymbolMap *map;
	ChafaCanvasConfig *config;
	ChafaCanvas *canvas;
	int cols, rows;

	memset(out, 0, sizeof *out);
	if (mode == FIGURE_NONE || !img->rgba ||
	    !figure_fit(img->width, img->height, max_cols, max_rows, &cols, &rows))
		return false;
	map = symbols_for(mode);
	config = chafa_canvas_config_new();
	chafa_canvas_config_set_geometry(config, cols, rows);
	chafa_canvas_config_set_canvas_mode(config, canvas_mode_for(mode));
	chafa_canvas_config_set_symbol_map(config, map);
	chafa_canvas_config_set_dither_mode(config, CHAFA_DITHER_MODE_NONE);
	/* The median keeps a drawing's flat colours; the average mixes an
	 * outline into the fill as muddy in-between colours. */
	chafa_canvas_config_set_color_extractor(config, CHAFA_COLOR_EXTRACTOR_MEDIAN);
	/* Flat drawings need little search for the best symbol: this keeps a
	 * 200x60 render near 20 ms on a small machine (see make bench). */
	chafa_canvas_config_set_work_factor(config, FIGURE_WORK_FACTOR);
	/* Nothing is see-through: transparent pixels show on white. */
	chafa_canvas_config_set_bg_color(config, 0xFFFFFF);
	chafa_canvas_config_set_transparency_threshold(config, 1.0f);
	canvas = chafa_canvas_new(config);
	draw_pixels(canvas, img);
	out->mode = mode;
	out->cols = cols;
	out->rows = rows;
	out->cells = xcalloc((size_t)cols * (size_t)rows, sizeof *out->cells);
	for (int y = 0; y < rows; y++)
		for (int x = 0; x < cols; x++) {
			struct figure_cell *c = &out->cells[(size_t)y * cols + x];
			gint fg, bg;

			c->cp = chafa_canvas_get_char_at(canvas, x, y);
			chafa_canvas_get_raw_colors_at(canvas, x, y, &fg, &bg);
			c->fg = fg < 0 ? figure_white(mode) : fg;
			c->bg = bg < 0 ? figure_white(mode) : bg;
		}
	chafa_canvas_unref(canvas);
	chafa_canvas_config_unref(config);
	chafa_symbol_map_unref(map);
	return true;
}

bool figure_picture_load(const char *path, enum figure_mode mode,
			 int max_cols, int max_rows, struct figure_picture *out)
{
	struct image img;
	char why[IMAGE_WHY_MAX];
	bool made;

	memset(out, 0, sizeof *out);
	if (!image_load(path, &img, why, sizeof why))
		return false;
	made = figure_picture_make(&img, mode, max_cols, max_rows, out);
	image_free(&img);
	return made;
}

void figure_picture_free(struct figure_picture *pic)
{
	free(pic->cells);
	memset(pic, 0, sizeof *pic);
}

size_t figure_picture_bytes(const struct figure_picture *pic)
{
	return sizeof *pic + (size_t)pic->cols * (size_t)pic->rows * sizeof *pic->cells;
}

static int digits(unsigned n)
{
	return n >= 10 ? 2 : 1;
}

static bool overlaps(const struct figure_marker *placed, size_t count, int row,
		     int col, int width)
{
	for (size_t i = 0; i < count; i++)
		if (placed[i].row == row && col < placed[i].col + placed[i].width &&
		    placed[i].col < col + width)
			return true;
	return false;
}

/* Moves tried, nearest first, when a marker's own place is taken. */
static const int nudges[][2] = {
	{ 0, 0 }, { 0, 1 }, { 0, -1 }, { 1, 0 }, { -1, 0 }, { 0, 2 }, { 0, -2 },
	{ 1, 1 }, { 1, -1 }, { -1, 1 }, { -1, -1 }, { 0, 3 }, { 0, -3 },
	{ 2, 0 }, { -2, 0 },
};

size_t figure_place_markers(const struct content_figure *f, int cols, int rows,
			    struct figure_marker *out)
{
	size_t count = 0;

	for (size_t i = 0; i < f->label_count && count < CONTENT_FIGURE_MAX_LABELS; i++) {
		struct figure_marker *m = &out[count];
		int width = digits(f->labels[i].number);
		int row = (int)(f->labels[i].y * rows);
		int col = (int)(f->labels[i].x * cols) - (width - 1) / 2;

		if (width > cols || rows < 1)
			break;
		memset(m, 0, sizeof *m);
		m->number = f->labels[i].number;
		m->label = i;
		m->width = width;
		m->row = row < rows ? row : rows - 1;
		m->col = col < 0 ? 0 : col + width > cols ? cols - width : col;
		for (size_t k = 0; k < sizeof nudges / sizeof *nudges; k++) {
			int r = m->row + nudges[k][0], c = m->col + nudges[k][1];

			if (r >= 0 && r < rows && c >= 0 && c + width <= cols &&
			    !overlaps(out, count, r, c, width)) {
				m->row = r;
				m->col = c;
				break;
			}
		}
		count++;
	}
	return count;
}

/* Marker colour pairs for each mode, every one 4.5:1 or better. */
struct marker_pair {
	figure_color fg, bg;
};

static const struct marker_pair direct_pairs[] = {
	{ 0x000000, 0xFFE000 }, { 0xFFFFFF, 0x000000 }, { 0x000000, 0xFFFFFF },
	{ 0xFFFFFF, 0x1A237E },
};
static const struct marker_pair xterm_pairs[] = {
	{ 16, 226 }, { 231, 16 }, { 16, 231 }, { 231, 18 },
};
static const struct marker_pair console_pairs[] = {
	{ 11, 4 }, { 15, 0 }, { 0, 7 }, { 0, 6 },
};

static const struct marker_pair *pairs_for(enum figure_mode mode, size_t *count)
{
	*count = 4;
	return mode == FIGURE_DIRECT ? direct_pairs :
	       mode == FIGURE_256 ? xterm_pairs : console_pairs;
}

/* The luminances of the different colours under and around a marker
 * (pictures are flat, so there are few).  Returns how many. */
static size_t around(const struct figure_picture *pic,
		     const struct figure_marker *m, double *lum, size_t max)
{
	uint32_t seen[64];
	size_t count = 0;

	for (int r = m->row - 1; r <= m->row + 1; r++)
		for (int c = m->col - 1; c <= m->col + m->width; c++) {
			const struct figure_cell *cell;

			if (r < 0 || r >= pic->rows || c < 0 || c >= pic->cols)
				continue;
			cell = &pic->cells[(size_t)r * pic->cols + c];
			for (int k = 0; k < 2; k++) {
				uint32_t rgb = figure_rgb(pic->mode, k ? cell->bg : cell->fg);
				size_t i = 0;

				while (i < count && seen[i] != rgb)
					i++;
				if (i == count && count < max && count < 64) {
					seen[count] = rgb;
					lum[count++] = luminance(rgb);
				}
			}
		}
	return count;
}

size_t figure_markers(const struct content_figure *f,
		      const struct figure_picture *pic, struct figure_marker *out)
{
	size_t count = figure_place_markers(f, pic->cols, pic->rows, out), n;
	const struct marker_pair *pairs = pairs_for(pic->mode, &n);
	double lum[32];

	for (size_t i = 0; i < count; i++) {
		size_t colours = around(pic, &out[i], lum, 32);
		double best = -1;

		/* The pair whose background differs most from the least
		 * different colour around: the marker stands out. */
		for (size_t p = 0; p < n; p++) {
			double bg = luminance(figure_rgb(pic->mode, pairs[p].bg));
			double worst = 21;

			for (size_t k = 0; k < colours; k++)
				if (ratio(bg, lum[k]) < worst)
					worst = ratio(bg, lum[k]);
			if (worst > best) {
				best = worst;
				out[i].fg = pairs[p].fg;
				out[i].bg = pairs[p].bg;
			}
		}
		out[i].contrast = figure_contrast(figure_rgb(pic->mode, out[i].fg),
						  figure_rgb(pic->mode, out[i].bg));
	}
	return count;
}
