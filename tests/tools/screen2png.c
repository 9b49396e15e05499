/* screen2png: a screen capture (tmux capture-pane -p) on standard input,
 * drawn with half blocks, written as a PNG a QR decoder can read.
 * Usage: screen2png OUT.png < capture */
#include "pngfile.h"

#include "../unit/halfblock.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	char *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);
	unsigned char *pixels;
	int c, width, height, err;

	if (argc != 2 || !f) {
		fputs("usage: screen2png OUT.png < capture\n", stderr);
		return 2;
	}
	while ((c = getchar()) != EOF)
		fputc(c, f);
	fclose(f);
	pixels = halfblock_render(text, 4, &width, &height);
	err = pngfile_write_gray(argv[1], pixels, width, height);
	if (err)
		fprintf(stderr, "screen2png: %s: %s\n", argv[1], strerror(err));
	free(pixels);
	free(text);
	return err ? 1 : 0;
}
