#include "services.h"

#include "navbox.h"
#include "navquestions.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The settings services_open acts on, as one string to compare. */
static void settings_of(const struct conf *conf, char *out, size_t size)
{
	snprintf(out, size, "%d %d %d %s\n%s\n%d", conf->speech, conf->speech_rate,
		 conf->speech_volume, conf->speech_output, conf->print_command,
		 conf->print_limit);
}

/* What the rest of the settings give: the clinic atop a handout and the
 * leaflet address template. */
static void take_rest(struct services *s, const struct conf *conf,
		      struct nav_config *cfg)
{
	if (s->can_print)
		printjob_set_clinic(&s->printer, conf->clinic_name, conf->clinic_phone);
	cfg->handout_url = conf->handout_url;
}

void services_open(struct services *s, const struct conf *conf,
		   struct nav_config *cfg, struct kiosk_log *log, long now_ms)
{
	memset(s, 0, sizeof *s);
	s->reading = (struct sentences)SENTENCES_INIT;
	s->sentence = -1;
	s->log = log;
	if (conf->speech)
		s->speech = speech_open(&(struct speech_options){
			.output = conf->speech_output, .rate = conf->speech_rate,
			.volume = conf->speech_volume, .paced = true });
	if (conf->speech && !s->speech)
		log_event(log, now_ms, "speech_failed", "%s", "no thread for speech");
	s->can_print = printjob_init(&s->printer, conf->print_command,
				     conf->print_limit, PRINTJOB_TIMEOUT_MS,
				     &(const struct print_options){
					     .width = PRINT_DEFAULT_WIDTH,
					     .page_lines = PRINT_DEFAULT_PAGE_LINES,
				     }, log);
	settings_of(conf, s->settings, sizeof s->settings);
	take_rest(s, conf, cfg);
	cfg->can_listen = s->speech != NULL;
	cfg->can_print = s->can_print;
}

void services_update(struct services *s, const struct conf *conf,
		     struct nav_config *cfg, struct kiosk_log *log, long now_ms)
{
	char settings[sizeof s->settings];

	settings_of(conf, settings, sizeof settings);
	if (strcmp(settings, s->settings) == 0) {
		take_rest(s, conf, cfg);
		return;
	}
	services_close(s);
	services_open(s, conf, cfg, log, now_ms);
}

void services_forget(struct services *s)
{
	if (s->speech)
		speech_stop(s->speech);
	sentences_free(&s->reading);
	s->reading_job = 0;
	s->sentence = -1;
}

void services_close(struct services *s)
{
	services_forget(s);
	speech_close(s->speech);
	s->speech = NULL;
	if (s->can_print)
		printjob_free(&s->printer);
	s->can_print = false;
}

static bool speaking(const struct services *s)
{
	struct speech_status st;

	if (!s->speech || !s->reading_job)
		return false;
	speech_status(s->speech, &st);
	return st.job == s->reading_job && st.state == SPEECH_SPEAKING;
}

/* The glossary word open over the page, if any: what Listen reads there. */
static const struct content_term *open_term(const struct nav *nav)
{
	return nav->overlay == OVERLAY_GLOSSARY ? nav->term : NULL;
}

static bool at_place(const struct services *s, const struct nav *nav)
{
	return s->place.screen == nav->screen && s->place.topic == nav->topic &&
	       s->place.section == nav->section && s->place.page == nav->page &&
	       s->place.term == open_term(nav);
}

static void listen(struct services *s, struct nav *nav)
{
	const struct content_page *page = navcore_current_page(nav);
	const struct content_term *term = open_term(nav);

	if (speaking(s)) {	/* touching Listen again stops it */
		services_forget(s);
		return;
	}
	if (!s->speech || !nav->topic || (!term && !page))
		return;
	if (term)
		sentences_of_term(&s->reading, term);
	else
		sentences_of_page(&s->reading, page);
	s->place.screen = nav->screen;
	s->place.topic = nav->topic;
	s->place.section = nav->section;
	s->place.page = nav->page;
	s->place.term = term;
	s->sentence = -1;
	s->reading_job = speech_start(s->speech, nav->topic->language, &s->reading);
}

struct ticked {
	const char **questions;
	size_t count;
};

static void add_ticked(void *ctx, const char *question)
{
	struct ticked *t = ctx;

	t->questions[t->count++] = question;
}

/* Prints the topic's handout with the questions the patient ticked in "My
 * questions" (if any) listed near its top. */
static void print_with_questions(struct services *s, const struct nav *nav,
				 const struct content_library *lib, long now_ms)
{
	struct ticked ticked = {
		xcalloc(nav->question_count + 1, sizeof *ticked.questions), 0,
	};

	navquestions_ticked(nav, add_ticked, &ticked);
	printjob_start(&s->printer, lib, nav->topic, ticked.questions, ticked.count,
		       now_ms);
	free(ticked.questions);
}

bool services_after_event(struct services *s, struct nav *nav,
			  const struct content_library *lib, long now_ms)
{
	enum nav_action request = nav->request;
	bool changed = false;

	nav->request = ACT_NONE;
	if (s->reading_job && (request == ACT_CLOSE || !at_place(s, nav))) {
		services_forget(s);
		changed = true;
	}
	if (request == ACT_LISTEN) {
		listen(s, nav);
		changed = true;
	}
	if (!s->can_print)
		return changed;
	if (request == ACT_PRINT && nav->topic) {
		print_with_questions(s, nav, lib, now_ms);
		changed = true;
	}
	if (nav->screen != NAV_PAGE && nav->screen != NAV_STEPS &&
	    nav->screen != NAV_QUESTIONS &&
	    s->printer.state != PRINTJOB_IDLE && s->printer.state != PRINTJOB_PRINTING) {
		printjob_dismiss(&s->printer);
		changed = true;
	}
	return changed;
}

/* Scrolls the page, or the glossary box being read, so the lines of the
 * sentence being read are in view. */
static void keep_in_view(const struct services *s, struct nav *nav)
{
	size_t first, last;
	int rows = navcore_geometry(nav).body_rows;

	if (open_term(nav)) {
		if (sentences_lines(&s->reading, (size_t)s->sentence, &nav->box,
				    &first, &last))
			navbox_show_lines(nav, first, last);
		return;
	}
	if (nav->screen != NAV_PAGE ||
	    !sentences_lines(&s->reading, (size_t)s->sentence, &nav->layout, &first, &last))
		return;
	if ((int)first < nav->scroll || (int)last >= nav->scroll + rows)
		navcore_scroll_by(nav, (int)first - nav->scroll);
}

static bool follow_reading(struct services *s, struct nav *nav, long now_ms)
{
	struct speech_status st;
	long sentence = -1;

	if (!s->speech || !s->reading_job)
		return false;
	speech_status(s->speech, &st);
	if (st.job != s->reading_job)
		return false;
	if (st.state == SPEECH_SPEAKING)
		sentence = (long)st.sentence;
	if (st.state == SPEECH_FAILED && s->failure_logged != st.job) {
		s->failure_logged = st.job;
		log_event(s->log, now_ms, "speech_failed", "%s", st.problem);
	}
	if (sentence == s->sentence)
		return false;
	s->sentence = sentence;
	if (sentence >= 0)
		keep_in_view(s, nav);
	return true;
}

bool services_tick(struct services *s, struct nav *nav, long now_ms)
{
	bool changed = follow_reading(s, nav, now_ms);

	if (s->can_print && s->printer.state == PRINTJOB_PRINTING) {
		printjob_tick(&s->printer, now_ms);
		changed |= s->printer.state != PRINTJOB_PRINTING;
	}
	return changed;
}

void services_draw_state(const struct services *s, struct draw_context *ctx)
{
	ctx->reading = s->sentence >= 0 ? &s->reading : NULL;
	ctx->reading_sentence = s->sentence;
	ctx->notice = s->can_print ? printjob_message(s->printer.state) : NULL;
}
