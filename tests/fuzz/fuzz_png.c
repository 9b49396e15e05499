/* libFuzzer target: any bytes as a figure's PNG.  Decoding must end in a
 * picture or a message, never a crash, a leak, a hang or a huge
 * allocation; a decoded picture is turned into cells for every terminal
 * mode and its markers placed. */
#include "figure.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct content_figure_label labels[] = {
		{ .number = 1, .x = 0, .y = 0 }, { .number = 12, .x = 1, .y = 1 },
		{ .number = 3, .x = 0.5, .y = 0.5 },
	};
	const struct content_figure f = { .labels = (struct content_figure_label *)labels,
					  .label_count = 3 };
	struct image img;
	char why[IMAGE_WHY_MAX];

	if (!image_decode(data, size, &img, why, sizeof why))
		return 0;
	for (int mode = FIGURE_CONSOLE; mode <= FIGURE_DIRECT; mode++) {
		struct figure_picture pic;
		struct figure_marker markers[CONTENT_FIGURE_MAX_LABELS];

		if (figure_picture_make(&img, (enum figure_mode)mode, 24, 12, &pic))
			figure_markers(&f, &pic, markers);
		figure_picture_free(&pic);
	}
	image_free(&img);
	return 0;
}
