/* stats: `kiosk --stats`, a summary of the usage log that staff can read:
 * the most viewed topics, where people stop in the walk, and the average
 * time spent on each step, and the share of quiz answers that were right.
 * See usage.h for the events it reads, from one kiosk or many. */
#ifndef KIOSK_STATS_H
#define KIOSK_STATS_H

#include "logread.h"

#include <stdio.h>

/* Reads every input (a kiosk's log file, system log lines or journal
 * export: logread.h) and prints the summary to out: with one kiosk, its
 * figures; with several, each kiosk's (a log file counts as one kiosk,
 * system log events by their kiosk_name) and then the total.  Lines it
 * does not understand are counted and skipped.  Memory stays bounded (at
 * most 20,000 topics in the total and 20,000 among the kiosks, 100
 * kiosks) and time linear, however long the logs.  Returns the exit
 * status. */
int stats_run(const struct logread_input *inputs, size_t count, FILE *out);

#endif
