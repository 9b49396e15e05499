/* libFuzzer target: any bytes as a topic, printed as a handout (`kiosk
 * --print`) at a width taken from the first byte.  Output goes to
 * /dev/null through one buffer opened once. */
#include "fuzzlib.h"
#include "print.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *out;
	struct diag diag = DIAG_INIT;
	struct content_topic *t;
	struct content_library lib;
	struct print_options opt = {
		.clinic_name = "Clinic", .clinic_phone = "01234 567890",
		.date = { 2026, 11, 29 },
	};

	if (size < 1)
		return 0;
	fuzz_library_init();
	if (!out && !(out = fopen("/dev/null", "w")))
		abort();
	opt.width = PRINT_MIN_WIDTH + data[0] % (PRINT_MAX_WIDTH - PRINT_MIN_WIDTH + 1);
	opt.page_lines = data[0] % 2 ? PRINT_DEFAULT_PAGE_LINES : 0;
	t = content_topic_parse("fuzz.yaml", (const char *)data + 1, size - 1, NULL, &diag);
	lib = fuzz_library(&t);
	if (t)
		print_topic(&lib, t, &opt, out);
	content_topic_free(t);
	diag_clear(&diag);
	return 0;
}
