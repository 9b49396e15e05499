/* libFuzzer target: any bytes as one line of text for the screen, in a
 * right-to-left paragraph when the first byte is odd. */
#include "bidi.h"

#include <locale.h>
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bidi_line line;
	static int ready;

	if (!ready) {
		setlocale(LC_CTYPE, "C.UTF-8");
		ready = 1;
	}
	if (size == 0)
		return 0;
	if (bidi_line_visual((const char *)data + 1, size - 1, data[0] & 1, &line))
		bidi_line_free(&line);
	return 0;
}
