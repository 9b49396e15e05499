/* libFuzzer target: any bytes as a topic file.  It must end in a model or
 * in errors, never in a crash, a leak or a hang. */
#include "content.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag diag = DIAG_INIT;

	content_topic_free(content_topic_parse("fuzz.yaml", (const char *)data, size,
					       NULL, &diag));
	diag_clear(&diag);
	return 0;
}
