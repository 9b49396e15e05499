/* services: what the kiosk does beyond the screen when a patient asks:
 * reading aloud (speech.h) and printing a handout at reception
 * (printjob.h).
 *
 * The navigation core only records a request (nav->request); after each
 * event the loop hands it here, and every tick this follows the reading
 * (the sentence being read, kept on screen) and the printer.  Reading
 * stops whenever the patient leaves the page or glossary word it is for
 * (Next, Back, a step, a link, Home, Esc, the idle reset).  Nothing here
 * waits or draws: drawing reads services_draw_state's answer. */
#ifndef KIOSK_SERVICES_H
#define KIOSK_SERVICES_H

#include "conf.h"
#include "draw.h"
#include "log.h"
#include "nav.h"
#include "printjob.h"
#include "speech.h"

struct services {
	struct speech *speech;		/* NULL when speech is off */
	struct sentences reading;	/* what is being read; points into
					 * the topic or glossary term */
	unsigned reading_job;		/* 0: none */
	long sentence;			/* being read and highlighted, or -1 */
	unsigned failure_logged;	/* the job whose failure is logged */
	struct {			/* where the reading belongs */
		enum nav_screen screen;
		const struct content_topic *topic;
		size_t section, page;
		const struct content_term *term;
	} place;
	struct printjob printer;
	bool can_print;
	/* The speech and print settings s was opened with, as one string. */
	char settings[2 * CONF_MAX_VALUE + 64];
	struct kiosk_log *log;		/* not owned */
};

/* Sets s up for conf's speech and print settings (speech only when
 * speech = on), logging to log (now_ms is the time, for it).  Tells the navigation what is available
 * through cfg (can_listen, can_print, handout_url). */
void services_open(struct services *s, const struct conf *conf,
		   struct nav_config *cfg, struct kiosk_log *log, long now_ms);

/* Takes new settings: when the speech or print settings changed, closes s
 * and opens it again (a reading or print under way stops); otherwise only
 * the rest (the clinic atop a handout, handout_url in cfg) is taken, so
 * a handout being printed is not cut off. */
void services_update(struct services *s, const struct conf *conf,
		     struct nav_config *cfg, struct kiosk_log *log, long now_ms);

/* Stops reading, kills a running print command and frees everything s
 * owns. */
void services_close(struct services *s);

/* Stops reading and forgets the sentences, which point into content: call
 * before the content they came from is freed. */
void services_forget(struct services *s);

/* After every event: does what the patient asked (nav->request, which is
 * cleared), stops reading when the patient has left its page or word, and
 * clears the printer's message at Home and the idle reset.  lib is the
 * library the handout comes from.  Returns true when the screen may need
 * redrawing. */
bool services_after_event(struct services *s, struct nav *nav,
			  const struct content_library *lib, long now_ms);

/* Every tick: follows the reading (scrolling the page so the sentence
 * being read is in view), logs a reading that failed, and feeds the print
 * command.  Returns true when the screen needs redrawing. */
bool services_tick(struct services *s, struct nav *nav, long now_ms);

/* Points ctx at what drawing shows: the highlighted sentence and the
 * printer's message. */
void services_draw_state(const struct services *s, struct draw_context *ctx);

#endif
