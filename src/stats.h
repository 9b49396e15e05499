/* stats: `kiosk --stats`, a summary of the usage log that staff can read:
 * the most viewed topics, where people stop in the walk, and the average
 * time spent on each step, and the share of quiz answers that were right.
 * See usage.h for the events it reads. */
#ifndef KIOSK_STATS_H
#define KIOSK_STATS_H

#include <stdio.h>

/* Reads the log from in (named name in messages) and prints the summary to
 * out.  Lines it does not understand are counted and skipped.  Returns the
 * exit status. */
int stats_run(FILE *in, const char *name, FILE *out);

#endif
