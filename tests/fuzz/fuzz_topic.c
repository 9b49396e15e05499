/* libFuzzer target: any bytes as a topic file and as a glossary file.
 * Both must end in a model or in errors, never in a crash, a leak or a
 * hang. */
#include "content.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag diag = DIAG_INIT;
	struct content_topic *t;
	struct content_glossary *g;

	t = content_topic_parse("fuzz.yaml", (const char *)data, size, NULL, &diag);
	content_topic_free(t);
	g = content_glossary_parse("glossary.yaml", (const char *)data, size, &diag);
	content_glossary_free(g);
	diag_clear(&diag);
	return 0;
}
