/* errors: `kiosk --errors`, the settings and content problems in force in
 * a running kiosk, or in many, read back from their logs (see log.h): each file's
 * problems from the last time it, or its folder, was read. */
#ifndef KIOSK_ERRORS_H
#define KIOSK_ERRORS_H

#include "logread.h"

#include <stdio.h>

/* Reads the logs (in any form logread.h takes) and prints the problems in
 * force to out, one "file:line:col: error: message" a line, oldest reading
 * first, then a count; with several kiosks (a log file counts as one,
 * system log events by their kiosk_name), under each kiosk's name.
 * Memory stays proportional to the problems in force and the files named,
 * however long the logs.  Returns the exit status: 0 when no error is in
 * force, 1 when one is. */
int errors_run(const struct logread_input *inputs, size_t count, FILE *out);

#endif
