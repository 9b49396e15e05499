/* libFuzzer target: any bytes as a glossary file.  It must end in a model
 * or in errors, never in a crash, a leak or a hang. */
#include "content.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag diag = DIAG_INIT;

	content_glossary_free(content_glossary_parse("glossary.yaml", (const char *)data,
						     size, &diag));
	diag_clear(&diag);
	return 0;
}
