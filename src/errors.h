/* errors: `kiosk --errors`, the settings and content problems in force in
 * a running kiosk, read back from its log (see log.h): each file's
 * problems from the last time it, or its folder, was read. */
#ifndef KIOSK_ERRORS_H
#define KIOSK_ERRORS_H

#include <stdio.h>

/* Reads the log from in and prints the problems in force to out, one
 * "file:line:col: error: message" a line, oldest reading first, then a
 * count.  Memory stays proportional to the problems in force and the
 * files named, however long the log.  Returns the exit status: 0 when no
 * error is in force, 1 when one is. */
int errors_run(FILE *in, FILE *out);

#endif
