/* libFuzzer target: any bytes as the menu's groups (library.yaml).  It
 * must end in groups or in errors, never in a crash, a leak or a hang. */
#include "groups.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag diag = DIAG_INIT;

	groups_free(groups_parse("library.yaml", (const char *)data, size, &diag));
	diag_clear(&diag);
	return 0;
}
