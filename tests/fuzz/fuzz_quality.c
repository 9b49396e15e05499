/* libFuzzer target: any bytes as a topic, then every quality check of
 * `kiosk --check` on it beside a small glossary, with the texts' places in
 * the file kept as --check keeps them (textpos).  Must end in warnings,
 * never in a crash, a leak or a long run (the checks are linear). */
#include "fuzzlib.h"
#include "quality.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct quality_options options = { 8, { 2026, 6, 1 } };
	struct diag diag = DIAG_INIT;
	struct content_topic *t;
	struct content_library lib;

	fuzz_library_init();
	content_keep_text_positions(true);
	t = content_topic_parse("fuzz.yaml", (const char *)data, size, NULL, &diag);
	lib = fuzz_library(&t);
	free(quality_check(&lib, &options, &diag));
	content_topic_free(t);
	diag_clear(&diag);
	return 0;
}
