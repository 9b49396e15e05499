/* usage: anonymous usage figures, taken by watching the navigation state
 * after each event and logging what changed.
 *
 * Events (fields after the event name, tab-separated):
 *   open     TOPIC                          a topic was opened
 *   section  TOPIC STEP KIND SECONDS        time spent on one step
 *   leave    TOPIC STEP STEPS [end]         the step shown when the patient
 *                                           left the topic, of how many;
 *                                           "end" when they left from its
 *                                           last page (by Finish, or having
 *                                           read to the end)
 *   idle_reset                              the kiosk cleared the trail
 *   quiz     TOPIC ITEM ANSWER RIGHT        an answer picked in a topic's
 *                                           quiz: item and answer from 1,
 *                                           RIGHT is yes or no
 * Nothing identifies a person, and nothing typed is recorded. */
#ifndef KIOSK_USAGE_H
#define KIOSK_USAGE_H

#include "log.h"
#include "nav.h"

struct usage {
	struct kiosk_log *log;
	char topic[72];			/* "" when no topic is open */
	size_t section, section_count;
	const char *kind;		/* static section kind name */
	long since_ms;			/* when the section was entered */
	bool on_last_page;		/* of the topic, at the last look */
	unsigned long idle_resets;
	unsigned long quiz_answers;	/* answers already logged */
};

void usage_init(struct usage *u, struct kiosk_log *log, const struct nav *nav,
		long now_ms);

/* Logs what changed since the last call. */
void usage_observe(struct usage *u, const struct nav *nav, long now_ms);

#endif
