/* readfile: reading a whole settings or content file, safely.
 *
 * Only regular files are read (a fifo or device named like a content file
 * must not hang or flood the kiosk), and never more than a limit. */
#ifndef KIOSK_READFILE_H
#define KIOSK_READFILE_H

#include "diag.h"

#include <stddef.h>

/* Reads path whole.  Returns a malloc'd buffer with a NUL after the len
 * bytes (the caller frees it), or NULL after adding an error to diag: the
 * file cannot be opened or read, is not a regular file, or is larger than
 * max bytes (then the message ends with too_big_hint). */
char *readfile(const char *path, size_t max, size_t *len, struct diag *diag,
	       const char *too_big_hint);

#endif
