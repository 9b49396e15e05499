/* contrast: the contrast a patient sees on a captured screen.
 *
 * Reads what `tmux capture-pane -e -p` prints (text with SGR colour and
 * attribute sequences) on standard input, resolves every cell's colours
 * with a real terminal's palette, and reports the lowest WCAG 2 contrast
 * ratio of any run of text (non-blank cells of one look; the cells of a
 * picture are not text).
 *
 *     contrast PALETTE [--min RATIO] [--look TEXT]
 *
 * PALETTE is "linux" (the Linux console: VGA colours, light grey on black,
 * bold brightens the foreground after reverse swaps the colours, as the
 * kernel does, underline not shown) or "xterm" (xterm's colours, black on
 * white, bold and underline as drawn) or "xterm-dark" (the same, light
 * grey on black).  Prints "min RATIO" and each run
 * under --min (default 4.5).  With --look it prints instead how the first
 * cell of the first occurrence of TEXT looks: "fg=RRGGBB bg=RRGGBB bold=B
 * underline=U" (underline 0 where the palette cannot show it).
 * Exit status: 0 when every run meets --min, 1 when one does not or TEXT
 * is not on screen, 2 on bad use. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ROWS 300
#define MAX_COLS 400

struct palette {
	const char *name;
	unsigned colours[16];
	unsigned fg, bg;	/* the terminal's own colours */
	bool console;		/* bold brightens; no underline */
};

static const struct palette palettes[] = {
	{ "linux", { 0x000000, 0xaa0000, 0x00aa00, 0xaa5500, 0x0000aa, 0xaa00aa,
		     0x00aaaa, 0xaaaaaa, 0x555555, 0xff5555, 0x55ff55, 0xffff55,
		     0x5555ff, 0xff55ff, 0x55ffff, 0xffffff },
	  0xaaaaaa, 0x000000, true },
	{ "xterm", { 0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd,
		     0x00cdcd, 0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00,
		     0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff },
	  0x000000, 0xffffff, false },
	{ "xterm-dark", { 0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd,
			  0x00cdcd, 0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00,
			  0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff },
	  0xe5e5e5, 0x000000, false },
};

/* A colour as captured: -1 the terminal's own, 0-255 an index, or an RGB
 * value with bit 24 set. */
#define RGB_FLAG 0x1000000
struct style {
	long fg, bg;
	bool bold, underline, reverse;
};

struct cell {
	char text[5];
	struct style style;
};

static struct cell screen[MAX_ROWS][MAX_COLS];
static int widths[MAX_ROWS];
static int rows;

static void apply_sgr(struct style *st, const long *codes, int n)
{
	for (int i = 0; i < n; i++) {
		long c = codes[i];

		if (c == 0)
			*st = (struct style){ -1, -1, false, false, false };
		else if (c == 1)
			st->bold = true;
		else if (c == 22)
			st->bold = false;
		else if (c == 4)
			st->underline = true;
		else if (c == 24)
			st->underline = false;
		else if (c == 7)
			st->reverse = true;
		else if (c == 27)
			st->reverse = false;
		else if (c >= 30 && c <= 37)
			st->fg = c - 30;
		else if (c >= 90 && c <= 97)
			st->fg = c - 90 + 8;
		else if (c == 39)
			st->fg = -1;
		else if (c >= 40 && c <= 47)
			st->bg = c - 40;
		else if (c >= 100 && c <= 107)
			st->bg = c - 100 + 8;
		else if (c == 49)
			st->bg = -1;
		else if ((c == 38 || c == 48) && i + 2 < n && codes[i + 1] == 5) {
			*(c == 38 ? &st->fg : &st->bg) = codes[i + 2] & 255;
			i += 2;
		} else if ((c == 38 || c == 48) && i + 4 < n && codes[i + 1] == 2) {
			*(c == 38 ? &st->fg : &st->bg) = RGB_FLAG |
				(codes[i + 2] & 255) << 16 | (codes[i + 3] & 255) << 8 |
				(codes[i + 4] & 255);
			i += 4;
		}
	}
}

/* Reads the capture into screen[]; the style carries across lines, as
 * capture-pane writes it. */
static void read_capture(FILE *in)
{
	static char line[16384];
	struct style st = { -1, -1, false, false, false };

	while (rows < MAX_ROWS && fgets(line, sizeof line, in)) {
		int col = 0;

		for (char *p = line; *p && *p != '\n' && col < MAX_COLS;) {
			if (*p == '\033' && p[1] == '[') {
				long codes[32];
				int n = 0;
				char *q = p + 2;

				codes[0] = 0;
				while (*q && (*q == ';' || *q == ':' || (*q >= '0' && *q <= '9'))) {
					if (*q == ';' || *q == ':') {
						if (n < 31)
							codes[++n] = 0;
					} else {
						codes[n] = codes[n] * 10 + (*q - '0');
					}
					q++;
				}
				if (*q == 'm')
					apply_sgr(&st, codes, n + 1);
				p = *q ? q + 1 : q;
				continue;
			}
			if (*p == '\033') {
				p += p[1] ? 2 : 1;
				continue;
			}
			if ((unsigned char)*p < ' ') {	/* SO/SI switch to line drawing */
				p++;
				continue;
			}
			int len = 1;
			unsigned char b = (unsigned char)*p;

			if (b >= 0xf0)
				len = 4;
			else if (b >= 0xe0)
				len = 3;
			else if (b >= 0xc0)
				len = 2;
			for (int k = 0; k < len && p[k] && p[k] != '\n'; k++)
				screen[rows][col].text[k] = p[k];
			screen[rows][col].style = st;
			p += strlen(screen[rows][col].text);
			col++;
		}
		widths[rows++] = col;
	}
}

static unsigned index_colour(const struct palette *pal, long n)
{
	static const unsigned levels[6] = { 0, 95, 135, 175, 215, 255 };

	if (n < 16)
		return pal->colours[n];
	if (n < 232) {
		n -= 16;
		return levels[n / 36] << 16 | levels[n / 6 % 6] << 8 | levels[n % 6];
	}
	unsigned g = (unsigned)(8 + 10 * (n - 232));
	return g << 16 | g << 8 | g;
}

/* The foreground and background a cell is shown in. */
static void resolve(const struct palette *pal, const struct style *st,
		    unsigned *fg, unsigned *bg)
{
	if (pal->console) {
		/* The console works on colour numbers: reverse swaps the
		 * low three bits, then bold sets the foreground's bright bit. */
		long f = st->fg < 0 ? 7 : st->fg, b = st->bg < 0 ? 0 : st->bg;

		if (f < 16 && b < 16) {
			if (st->reverse) {
				long swapped_f = (f & 8) | (b & 7);

				b = (b & 8) | (f & 7);
				f = swapped_f;
			}
			if (st->bold)
				f |= 8;
			*fg = pal->colours[f];
			*bg = pal->colours[b];
			return;
		}
	}
	*fg = st->fg < 0 ? pal->fg : st->fg & RGB_FLAG ? st->fg & 0xffffff
				   : index_colour(pal, st->fg);
	*bg = st->bg < 0 ? pal->bg : st->bg & RGB_FLAG ? st->bg & 0xffffff
				   : index_colour(pal, st->bg);
	if (st->reverse) {
		unsigned t = *fg;

		*fg = *bg;
		*bg = t;
	}
}

static double channel(unsigned v)
{
	double c = v / 255.0;

	return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(unsigned rgb)
{
	return 0.2126 * channel(rgb >> 16 & 255) + 0.7152 * channel(rgb >> 8 & 255) +
	       0.0722 * channel(rgb & 255);
}

static double ratio(unsigned a, unsigned b)
{
	double la = luminance(a), lb = luminance(b);

	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* A cell of a picture: a block element (U+2580 to U+259F) or a sextant
 * (U+1FB00 to U+1FB3B) is a few pixels, not a letter to read; the
 * picture's numbered markers are digits and are judged as text. */
static bool picture_cell(const struct cell *c)
{
	const unsigned char *t = (const unsigned char *)c->text;

	return (t[0] == 0xE2 && t[1] == 0x96 && t[2] >= 0x80 && t[2] <= 0x9F) ||
	       (t[0] == 0xF0 && t[1] == 0x9F && t[2] == 0xAC && t[3] >= 0x80 &&
		t[3] <= 0xBB);
}

static bool blank(const struct cell *c)
{
	return c->text[0] == '\0' || c->text[0] == ' ' || picture_cell(c);
}

static int report_runs(const struct palette *pal, double min)
{
	double lowest = 21.0;
	int low = 0;

	for (int y = 0; y < rows; y++) {
		for (int x = 0; x < widths[y];) {
			unsigned fg, bg, f2, b2;
			char word[64] = "";
			int start = x;

			if (blank(&screen[y][x])) {
				x++;
				continue;
			}
			resolve(pal, &screen[y][x].style, &fg, &bg);
			do {
				if (strlen(word) + 5 < sizeof word)
					strcat(word, screen[y][x].text);
				if (++x >= widths[y] || blank(&screen[y][x]))
					break;
				resolve(pal, &screen[y][x].style, &f2, &b2);
			} while (f2 == fg && b2 == bg);
			double r = ratio(fg, bg);

			if (r < lowest)
				lowest = r;
			if (r < min) {
				printf("row %d col %d: %.1f:1 '%s' #%06x on #%06x\n",
				       y + 1, start + 1, r, word, fg, bg);
				low++;
			}
		}
	}
	printf("min %.1f\n", lowest);
	return low ? 1 : 0;
}

static int report_look(const struct palette *pal, const char *text)
{
	size_t len = strlen(text);

	for (int y = 0; y < rows; y++) {
		char line[MAX_COLS * 4 + 1] = "";
		int at[MAX_COLS * 4 + 1];

		for (int x = 0; x < widths[y]; x++) {
			size_t from = strlen(line);

			strcat(line, screen[y][x].text[0] ? screen[y][x].text : " ");
			for (size_t k = from; k < strlen(line); k++)
				at[k] = x;
		}
		char *hit = strstr(line, text);

		if (hit && len) {
			const struct style *st = &screen[y][at[hit - line]].style;
			unsigned fg, bg;

			resolve(pal, st, &fg, &bg);
			printf("fg=%06x bg=%06x bold=%d underline=%d\n", fg, bg, st->bold,
			       st->underline && !pal->console);
			return 0;
		}
	}
	fprintf(stderr, "contrast: '%s' is not on the screen\n", text);
	return 1;
}

int main(int argc, char **argv)
{
	const struct palette *pal = NULL;
	const char *look = NULL;
	double min = 4.5;

	for (size_t i = 0; argc > 1 && i < sizeof palettes / sizeof palettes[0]; i++)
		if (strcmp(argv[1], palettes[i].name) == 0)
			pal = &palettes[i];
	for (int i = 2; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--min") == 0)
			min = atof(argv[i + 1]);
		else if (strcmp(argv[i], "--look") == 0)
			look = argv[i + 1];
		else
			pal = NULL;
	}
	if (!pal || argc % 2 != 0) {
		fprintf(stderr, "usage: contrast linux|xterm|xterm-dark [--min RATIO] [--look TEXT] <capture\n");
		return 2;
	}
	read_capture(stdin);
	return look ? report_look(pal, look) : report_runs(pal, min);
}
