#include "usage.h"

#include <stdio.h>
#include <string.h>

void usage_init(struct usage *u, struct kiosk_log *log, const struct nav *nav,
		long now_ms)
{
	memset(u, 0, sizeof *u);
	u->log = log;
	u->idle_resets = nav->idle_resets;
	u->since_ms = now_ms;
	log_event(log, now_ms, "start", "%s", "");
}

static void end_section(struct usage *u, long now_ms)
{
	long ms = now_ms - u->since_ms;

	log_event(u->log, now_ms, "section", "%s\t%zu\t%s\t%ld.%ld", u->topic,
		  u->section + 1, u->kind, ms / 1000, (ms % 1000) / 100);
}

/* Logs the quiz answer the patient has just picked, if any: which answer,
 * never who picked it. */
static void log_quiz_answer(struct usage *u, const struct nav *nav, long now_ms)
{
	const struct content_quiz_item *q;

	if (nav->quiz_answers == u->quiz_answers)
		return;
	u->quiz_answers = nav->quiz_answers;
	if (nav->screen != NAV_QUIZ || !nav->topic || nav->quiz_answer < 0 ||
	    nav->quiz_item >= nav->topic->quiz_count)
		return;
	q = &nav->topic->quiz[nav->quiz_item];
	log_event(u->log, now_ms, "quiz", "%s\t%zu\t%d\t%s", nav->topic->id,
		  nav->quiz_item + 1, nav->quiz_answer + 1,
		  (size_t)nav->quiz_answer == q->right ? "yes" : "no");
}

void usage_observe(struct usage *u, const struct nav *nav, long now_ms)
{
	const struct content_topic *t = nav->screen == NAV_PAGE || nav->screen == NAV_STEPS ? nav->topic : NULL;
	bool same_topic = t && strcmp(u->topic, t->id) == 0;
	/* After an idle reset nobody was reading for the idle time: the
	 * section ended at the last touch. */
	long ended = nav->idle_resets != u->idle_resets && nav->last_input_ms >= u->since_ms
		     ? nav->last_input_ms : now_ms;

	if (u->topic[0] && (!same_topic || nav->section != u->section)) {
		end_section(u, ended);
		if (!same_topic)
			log_event(u->log, now_ms, "leave", "%s\t%zu\t%zu%s", u->topic,
				  u->section + 1, u->section_count,
				  u->on_last_page ? "\tend" : "");
	}
	if (nav->idle_resets != u->idle_resets) {
		u->idle_resets = nav->idle_resets;
		log_event(u->log, now_ms, "idle_reset", "%s", "");
	}
	if (t && !same_topic)
		log_event(u->log, now_ms, "open", "%s", t->id);
	if (t && (!same_topic || nav->section != u->section)) {
		snprintf(u->topic, sizeof u->topic, "%s", t->id);
		u->section = nav->section;
		u->section_count = t->section_count;
		u->kind = content_section_kind_name(t->sections[nav->section].kind);
		u->since_ms = now_ms;
	} else if (!t) {
		u->topic[0] = '\0';
	}
	log_quiz_answer(u, nav, now_ms);
	u->on_last_page = t && navcore_on_last_page(nav);
}
