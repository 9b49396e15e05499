/* lockout: the staff-PIN lockout kept across restarts, so turning the
 * kiosk off and on again does not give three more guesses.
 *
 * The state is a small text file beside the log (lockout_path), written
 * whole or not at all: a temporary file, then rename(2).  Times in the file
 * are wall-clock seconds; a lockout read back never lasts longer than it
 * did when it was written, whatever the clock has done since. */
#ifndef KIOSK_LOCKOUT_H
#define KIOSK_LOCKOUT_H

#include <stdbool.h>
#include <time.h>

struct lockout {
	int failures;		/* wrong PINs since the last lockout */
	long remaining_ms;	/* of the lockout in force, 0 when none */
};

/* The state file for a kiosk logging to log_file: "lockout" in the same
 * folder, as a malloc'd string the caller frees; NULL when log_file is
 * empty (no log, so nowhere to keep it). */
char *lockout_path(const char *log_file);

/* Reads the state at path as of now.  A missing, unreadable or malformed
 * file (or anything but a regular file) reads as no failures and no
 * lockout. */
struct lockout lockout_read(const char *path, time_t now);

/* Writes the state at path as of now.  Returns false when it could not be
 * written (the old file, if any, is then left whole). */
bool lockout_write(const char *path, time_t now, const struct lockout *state);

#endif
