#include "printjob.h"

#include "cmdline.h"
#include "i18n.h"
#include "print.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void printjob_set_clinic(struct printjob *p, const char *name, const char *phone)
{
	free(p->clinic_name);
	free(p->clinic_phone);
	p->clinic_name = xstrdup(name ? name : "");
	p->clinic_phone = xstrdup(phone ? phone : "");
	p->handout.clinic_name = p->clinic_name;
	p->handout.clinic_phone = p->clinic_phone;
}

bool printjob_init(struct printjob *p, const char *command, int limit,
		   long timeout_ms, const struct print_options *handout,
		   struct kiosk_log *log)
{
	char **argv;

	*p = (struct printjob){ .child = { .pid = -1, .in = -1 } };
	if (!command || !*command || cmdline_split(command, &argv))
		return false;
	p->argv = argv;
	p->limit = limit > 0 ? limit : 1;
	p->timeout_ms = timeout_ms;
	p->log = log;
	p->handout = *handout;
	printjob_set_clinic(p, handout->clinic_name, handout->clinic_phone);
	p->started = xmalloc((size_t)p->limit * sizeof *p->started);
	return true;
}

/* Frees the handout's text, wiped first: it may hold a patient's own
 * questions. */
static void drop_text(struct printjob *p)
{
	/* volatile: the compiler must not drop a wipe before a free. */
	volatile char *text = p->text;

	for (size_t i = 0; text && i < p->len; i++)
		text[i] = '\0';
	free(p->text);
	p->text = NULL;
}

void printjob_free(struct printjob *p)
{
	child_kill(&p->child);
	cmdline_free(p->argv);
	drop_text(p);
	free(p->started);
	free(p->clinic_name);
	free(p->clinic_phone);
	*p = (struct printjob){ .child = { .pid = -1, .in = -1 } };
}

/* True when `limit` handouts were started within the last hour.  The ring
 * holds the newest `limit` start times; the oldest is the next to go. */
static bool over_limit(const struct printjob *p, long now_ms)
{
	return p->started_count == (size_t)p->limit &&
	       now_ms - p->started[p->started_next] < PRINTJOB_HOUR_MS;
}

static void remember_start(struct printjob *p, long now_ms)
{
	p->started[p->started_next] = now_ms;
	p->started_next = (p->started_next + 1) % (size_t)p->limit;
	if (p->started_count < (size_t)p->limit)
		p->started_count++;
}

static void finish(struct printjob *p, long now_ms, const char *failure)
{
	drop_text(p);
	p->state = failure ? PRINTJOB_FAILED : PRINTJOB_DONE;
	if (!p->log)
		return;
	if (failure)
		log_event(p->log, now_ms, "print_failed", "%s\t%s", p->topic, failure);
	else
		log_event(p->log, now_ms, "printed", "%s", p->topic);
}

enum printjob_state printjob_start(struct printjob *p,
				   const struct content_library *lib,
				   const struct content_topic *t,
				   const char *const *questions, size_t question_count,
				   long now_ms)
{
	FILE *out;
	int err;

	if (p->state == PRINTJOB_PRINTING)
		return p->state;
	if (over_limit(p, now_ms)) {
		p->state = PRINTJOB_LIMITED;
		return p->state;
	}
	remember_start(p, now_ms);
	snprintf(p->topic, sizeof p->topic, "%s", t->key);
	drop_text(p);
	p->len = p->sent = 0;
	out = open_memstream(&p->text, &p->len);
	if (!out) {
		finish(p, now_ms, "out of memory");
		return p->state;
	}
	p->handout.date = print_today();
	p->handout.questions = questions;
	p->handout.question_count = question_count;
	print_topic(lib, t, &p->handout, out);
	p->handout.questions = NULL;
	p->handout.question_count = 0;
	fclose(out);
	err = child_start(&p->child, p->argv, true);
	if (err) {
		char why[160];

		snprintf(why, sizeof why, "cannot run %s: %s", p->argv[0],
			 strerror(err));
		finish(p, now_ms, why);
		return p->state;
	}
	p->started_ms = now_ms;
	p->state = PRINTJOB_PRINTING;
	printjob_tick(p, now_ms);
	return p->state;
}

/* Sends what the command's input takes now.  A command that stops
 * reading early is left to end by itself. */
static void feed(struct printjob *p)
{
	while (p->child.in >= 0 && p->sent < p->len) {
		ssize_t n = child_write(&p->child, p->text + p->sent,
					p->len - p->sent);

		if (n < 0 && errno == EAGAIN)
			return;
		if (n < 0) {
			child_close_input(&p->child);
			return;
		}
		p->sent += (size_t)n;
	}
	child_close_input(&p->child);
}

void printjob_tick(struct printjob *p, long now_ms)
{
	int status;
	char why[64];

	if (p->state != PRINTJOB_PRINTING)
		return;
	feed(p);
	if (child_ended(&p->child, &status)) {
		if (status == 0) {
			finish(p, now_ms, NULL);
			return;
		}
		if (status > 128)
			snprintf(why, sizeof why, "ended by signal %d", status - 128);
		else
			snprintf(why, sizeof why, "exit status %d", status);
		finish(p, now_ms, why);
		return;
	}
	if (now_ms - p->started_ms >= p->timeout_ms) {
		child_kill(&p->child);
		snprintf(why, sizeof why, "no answer after %ld s; stopped",
			 p->timeout_ms / 1000);
		finish(p, now_ms, why);
	}
}

void printjob_dismiss(struct printjob *p)
{
	if (p->state != PRINTJOB_PRINTING)
		p->state = PRINTJOB_IDLE;
}

const char *printjob_message(enum printjob_state state)
{
	switch (state) {
	case PRINTJOB_PRINTING:
	case PRINTJOB_DONE:
		return _("Your handout is being printed: please collect it at "
			 "reception.");
	case PRINTJOB_FAILED:
		return _("The printer is not working: please ask at reception.");
	case PRINTJOB_LIMITED:
		return _("The printer is busy: please ask at reception for a "
			 "copy.");
	case PRINTJOB_IDLE:
		break;
	}
	return NULL;
}
