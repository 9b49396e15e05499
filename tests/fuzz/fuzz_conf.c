/* libFuzzer target: any bytes as kiosk.conf. */
#include "conf.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;

	conf_defaults(&conf);
	conf_parse(&conf, "/etc/kiosk.conf", (const char *)data, size, &diag);
	conf_free(&conf);
	diag_clear(&diag);
	return 0;
}
