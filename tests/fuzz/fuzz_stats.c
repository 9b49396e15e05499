/* libFuzzer target: any bytes as a usage log (the log file, system log lines
 * or journal export: logread.h), read by `kiosk --stats` and
 * `kiosk --errors` from memory.  Output goes to /dev/null through one
 * buffer opened once. */
#include "errors.h"
#include "stats.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *out;
	FILE *in;

	if (size == 0)
		return 0;
	if (!out && !(out = fopen("/dev/null", "w")))
		abort();
	in = fmemopen((void *)data, size, "r");
	if (!in)
		abort();
	stats_run(&(struct logread_input){ in, "fuzz.log" }, 1, out);
	rewind(in);
	errors_run(&(struct logread_input){ in, "fuzz.log" }, 1, out);
	fclose(in);
	return 0;
}
