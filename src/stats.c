#include "stats.h"

#include "logread.h"
#include "strset.h"
#include "utf8.h"
#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
	STATS_MAX_STEPS = 64, STATS_LINE_MAX = 4096, STATS_ID_MAX = 71,
	STATS_MAX_TOPICS = 20000, STATS_MAX_QUIZ = 5, STATS_MAX_KIOSKS = 100,
};

struct step_figures {
	char kind[24];
	unsigned long views, stops;
	double seconds;
};

/* Steps are grown to the highest one seen, so a topic costs what it uses. */
struct topic_figures {
	const char *id;			/* owned by figures.ids */
	unsigned long opens, leaves, finished;
	size_t steps;			/* the topic's step count */
	struct step_figures *step;	/* [steps_cap], by step, 1-based */
	size_t steps_cap;
	/* Quiz answers by item (1-based), and how many were right. */
	unsigned long quiz_answers[STATS_MAX_QUIZ + 1], quiz_right[STATS_MAX_QUIZ + 1];
};

struct figures {
	struct strset ids;		/* topic ids, numbering topics */
	struct topic_figures *topics;
	size_t cap;
	size_t *topics_left;		/* shared by every kiosk's figures */
	unsigned long idle_resets, errors, skipped, other_topics;
	unsigned long too_long, truncated, other_programs;	/* in the total */
	unsigned long bad_durations;	/* lines with one, not counted */
	unsigned long bad_line;		/* the first of them */
	const char *bad_input;		/* and its input */
	char bad[32];			/* its duration, escaped */
	char first[32], last[32];
};

/* One kiosk: its log file, or its kiosk_name in the system log. */
struct kiosk {
	char *shown;			/* "usage.log" or "kiosk NAME" */
	struct figures f;
};

struct run {
	struct figures total;
	struct kiosk *kiosks;
	size_t count, cap, last;	/* last: the kiosk of the last line */
	size_t total_left, kiosks_left;
	unsigned long other_kiosks;	/* lines past STATS_MAX_KIOSKS kiosks */
};

/* The figures for topic id, or NULL once the figures it shares a budget
 * with hold STATS_MAX_TOPICS topics (their lines are counted, not kept, so
 * memory stays bounded). */
static struct topic_figures *topic(struct figures *f, const char *id)
{
	size_t len = strlen(id), i;
	bool added;

	if (len > STATS_ID_MAX)
		len = STATS_ID_MAX;
	if (!*f->topics_left && !strset_find(&f->ids, id, len, NULL)) {
		f->other_topics++;
		return NULL;
	}
	i = strset_add(&f->ids, id, len, &added);
	*f->topics_left -= added;
	if (added) {
		xgrow((void **)&f->topics, &f->cap, i + 1, sizeof *f->topics);
		memset(&f->topics[i], 0, sizeof f->topics[i]);
		f->topics[i].id = f->ids.keys[i];
	}
	return &f->topics[i];
}

/* The figures of step n of t, growing t's steps to hold it. */
static struct step_figures *step(struct topic_figures *t, size_t n)
{
	if (n >= t->steps_cap) {
		size_t old = t->steps_cap;
		xgrow((void **)&t->step, &t->steps_cap, n + 1, sizeof *t->step);
		memset(t->step + old, 0, (t->steps_cap - old) * sizeof *t->step);
	}
	return &t->step[n];
}

/* A step number from the log, or 0 when it is not one. */
static size_t step_number(const char *s)
{
	char *end;
	long n = s ? strtol(s, &end, 10) : 0;

	return s && *end == '\0' && n >= 1 && n <= STATS_MAX_STEPS ? (size_t)n : 0;
}

/* Seconds on a step: a finite number from 0 to a day, or -1. */
static double duration(const char *s)
{
	char *end;
	double d = strtod(s, &end);

	return end != s && *end == '\0' && isfinite(d) && d >= 0 && d <= 86400 ? d : -1;
}

static void add_leave(struct figures *f, char **field, size_t n)
{
	size_t at = step_number(field[3]), steps = step_number(field[4]);
	struct topic_figures *t;

	if (!at || !steps || !(t = topic(f, field[2])))
		return;
	t->leaves++;
	step(t, at)->stops++;
	t->steps = steps;
	step(t, steps);
	if (n >= 6 && !strcmp(field[5], "end"))
		t->finished++;
}

/* One "quiz" line: TOPIC ITEM ANSWER RIGHT.  Returns false when it is
 * not one. */
static bool read_quiz_answer(struct figures *f, char **field, size_t n)
{
	char *end;
	long item = n >= 6 ? strtol(field[3], &end, 10) : 0;
	struct topic_figures *t;

	if (item < 1 || item > STATS_MAX_QUIZ || *end ||
	    (strcmp(field[5], "yes") && strcmp(field[5], "no")))
		return false;
	if (!(t = topic(f, field[2])))
		return true;
	t->quiz_answers[item]++;
	t->quiz_right[item] += strcmp(field[5], "yes") == 0;
	return true;
}

/* One event from the log (see logread.h) into f.  Returns false when it
 * is not understood. */
static bool read_event(struct figures *f, const char *input,
		       const struct logread_entry *e)
{
	char *field[8] = { 0 };
	size_t n = 1, at;
	struct topic_figures *t;
	double seconds;

	for (char *p = e->line; p && n < 8; n++) {
		field[n] = p;
		p = strchr(p, '\t');
		if (p)
			*p++ = '\0';
	}
	if (*e->date) {
		if (!f->first[0])
			snprintf(f->first, sizeof f->first, "%s", e->date);
		snprintf(f->last, sizeof f->last, "%s", e->date);
	}
	if (!strcmp(field[1], "open") && n >= 3) {
		if ((t = topic(f, field[2])))
			t->opens++;
	} else if (!strcmp(field[1], "leave") && n >= 5) {
		add_leave(f, field, n);
	} else if (!strcmp(field[1], "section") && n >= 6 &&
		   (at = step_number(field[3]))) {
		if ((seconds = duration(field[5])) < 0) {
			if (!f->bad_durations++) {
				f->bad_line = e->line_no;
				f->bad_input = input;
				utf8_escape(field[5], strlen(field[5]), f->bad, sizeof f->bad);
			}
			return true;
		}
		if (!(t = topic(f, field[2])))
			return true;
		snprintf(step(t, at)->kind, sizeof t->step[at].kind, "%s", field[4]);
		t->step[at].views++;
		t->step[at].seconds += seconds;
		if (at > t->steps)
			t->steps = at;
	} else if (!strcmp(field[1], "quiz")) {
		return read_quiz_answer(f, field, n);
	} else if (!strcmp(field[1], "idle_reset")) {
		f->idle_resets++;
	} else if (!strcmp(field[1], "error")) {
		f->errors++;
	} else if (strcmp(field[1], "start") && strcmp(field[1], "stop") &&
		   strcmp(field[1], "reload") && strcmp(field[1], "warning") &&
		   strcmp(field[1], "checked")) {
		return false;
	}
	return true;
}

static int by_opens(const void *a, const void *b)
{
	const struct topic_figures *x = a, *y = b;

	if (x->opens != y->opens)
		return x->opens > y->opens ? -1 : 1;
	return strcmp(x->id, y->id);
}

static void print_stops(const struct topic_figures *t, FILE *out)
{
	for (size_t s = 1; s <= t->steps; s++) {
		unsigned long stops = t->step[s].stops, bar = stops * 40 / t->leaves;

		fprintf(out, "    step %2zu of %zu: %5lu %3lu%%  ", s, t->steps,
			stops, stops * 100 / t->leaves);
		while (bar--)
			fputc('#', out);
		fputc('\n', out);
	}
	fprintf(out, "    finished (left from the last page): %lu, left before "
		"the end: %lu\n", t->finished, t->leaves - t->finished);
}

static void print_figures(struct figures *f, const char *name, FILE *out)
{
	size_t count = f->ids.count;
	char safe[128];

	if (count)
		qsort(f->topics, count, sizeof *f->topics, by_opens);
	fprintf(out, "Usage figures from %s", utf8_escape(name, strlen(name), safe, sizeof safe));
	if (f->first[0])
		fprintf(out, ", %s to %s", f->first, f->last);
	fprintf(out, "\n%lu idle resets, %lu errors logged", f->idle_resets, f->errors);
	if (f->skipped)
		fprintf(out, ", %lu lines not understood", f->skipped);
	if (f->too_long)
		fprintf(out, ", %lu lines or records longer than %d bytes skipped",
			f->too_long, LOGREAD_LINE_MAX);
	if (f->truncated)
		fprintf(out, ", %lu export record%s cut off at the end", f->truncated,
			f->truncated == 1 ? "" : "s");
	if (f->other_programs)
		fprintf(out, ", %lu lines of other programs skipped", f->other_programs);
	if (f->other_topics)
		fprintf(out, ", %lu lines about topics past the first %d not counted",
			f->other_topics, STATS_MAX_TOPICS);
	if (f->bad_durations)
		fprintf(out, "\n%s:%lu: error: the step time '%s' is not a number of "
			"seconds from 0 to 86400; %lu such line%s not counted",
			utf8_escape(f->bad_input, strlen(f->bad_input), safe, sizeof safe),
			f->bad_line,
			f->bad, f->bad_durations, f->bad_durations == 1 ? "" : "s");
	fputs("\n\nMost viewed topics\n  opens  topic\n", out);
	for (size_t i = 0; i < count; i++)
		fprintf(out, "  %5lu  %s\n", f->topics[i].opens,
			utf8_escape(f->topics[i].id, strlen(f->topics[i].id), safe, sizeof safe));
	fputs("\nWhere people stop (the step on screen when they left a topic)\n", out);
	for (size_t i = 0; i < count; i++) {
		const struct topic_figures *t = &f->topics[i];

		if (!t->leaves)
			continue;
		fprintf(out, "  %s (%lu visits)\n",
			utf8_escape(t->id, strlen(t->id), safe, sizeof safe), t->leaves);
		print_stops(t, out);
	}
	fputs("\nAverage time per step\n  step  kind                  views  average\n", out);
	for (size_t i = 0; i < count; i++) {
		const struct topic_figures *t = &f->topics[i];

		fprintf(out, "  %s\n", utf8_escape(t->id, strlen(t->id), safe, sizeof safe));
		for (size_t s = 1; s <= t->steps; s++)
			if (t->step[s].views)
				fprintf(out, "  %4zu  %-20s %6lu  %6.1f s\n", s,
					utf8_escape(t->step[s].kind, strlen(t->step[s].kind),
						    safe, sizeof safe),
					t->step[s].views, t->step[s].seconds / (double)t->step[s].views);
	}
}

/* Per quiz item, the share of answers that were right: a low one points
 * staff at a fact patients misunderstand, and the page to rewrite. */
static void print_quiz(const struct figures *f, FILE *out)
{
	char safe[128];
	bool any = false;

	for (size_t i = 0; i < f->ids.count; i++) {
		const struct topic_figures *t = &f->topics[i];
		bool header = false;

		for (size_t q = 1; q <= STATS_MAX_QUIZ; q++) {
			if (!t->quiz_answers[q])
				continue;
			if (!any)
				fputs("\nQuiz: the share of first answers that were right, per question\n", out);
			if (!header)
				fprintf(out, "  %s\n", utf8_escape(t->id, strlen(t->id),
								safe, sizeof safe));
			any = header = true;
			fprintf(out, "    question %zu: %5lu of %5lu right %3lu%%\n", q,
				t->quiz_right[q], t->quiz_answers[q],
				t->quiz_right[q] * 100 / t->quiz_answers[q]);
		}
	}
}

static void free_figures(struct figures *f)
{
	for (size_t i = 0; i < f->ids.count; i++)
		free(f->topics[i].step);
	free(f->topics);
	strset_free(&f->ids);
}

/* The kiosk an event is from, or NULL past STATS_MAX_KIOSKS kiosks. */
static struct kiosk *kiosk_of(struct run *run, const char *input,
			      const struct logread_entry *e)
{
	char shown[LOGREAD_SHOWN_MAX];
	struct kiosk *k;

	logread_kiosk_shown(e, input, shown, sizeof shown);
	/* Lines come in runs from one kiosk: try the last one first. */
	if (run->count && !strcmp(run->kiosks[run->last].shown, shown))
		return &run->kiosks[run->last];
	for (size_t i = 0; i < run->count; i++)
		if (!strcmp(run->kiosks[i].shown, shown)) {
			run->last = i;
			return &run->kiosks[i];
		}
	if (run->count == STATS_MAX_KIOSKS) {
		run->other_kiosks++;
		return NULL;
	}
	xgrow((void **)&run->kiosks, &run->cap, run->count + 1, sizeof *run->kiosks);
	k = &run->kiosks[run->count];
	memset(k, 0, sizeof *k);
	k->shown = xstrdup(shown);
	k->f.topics_left = &run->kiosks_left;
	run->last = run->count++;
	return k;
}

static void read_input(struct run *run, const struct logread_input *input)
{
	struct logread *r = logread_open(input->in);
	const struct logread_counts *counts = logread_counts(r);
	struct logread_entry e;

	while (logread_next(r, &e)) {
		struct kiosk *k = kiosk_of(run, input->name, &e);
		/* The event is split in place: the kiosk's figures get a copy. */
		char copy[LOGREAD_LINE_MAX];
		struct logread_entry mine = e;

		snprintf(copy, sizeof copy, "%s", e.line);
		mine.line = copy;
		if (k && !read_event(&k->f, input->name, &mine))
			k->f.skipped++;
		if (!read_event(&run->total, input->name, &e))
			run->total.skipped++;
	}
	run->total.skipped += counts->not_understood;
	run->total.too_long += counts->too_long;
	run->total.truncated += counts->truncated;
	run->total.other_programs += counts->other_programs;
	logread_close(r);
}

/* With several kiosks, one line each first, to compare them at a glance. */
static void print_kiosks(const struct run *run, FILE *out)
{
	char safe[128];

	fprintf(out, "Usage figures from %zu kiosks\n  %-30s %6s %6s %8s %6s %6s  %-10s  %s\n",
		run->count, "kiosk", "opens", "visits", "finished", "idle", "errors",
		"from", "to");
	for (size_t i = 0; i < run->count; i++) {
		const struct figures *f = &run->kiosks[i].f;
		unsigned long opens = 0, leaves = 0, finished = 0;

		for (size_t t = 0; t < f->ids.count; t++) {
			opens += f->topics[t].opens;
			leaves += f->topics[t].leaves;
			finished += f->topics[t].finished;
		}
		fprintf(out, "  %-30s %6lu %6lu %8lu %6lu %6lu  %-10s  %s\n",
			utf8_escape(run->kiosks[i].shown, strlen(run->kiosks[i].shown),
				    safe, sizeof safe),
			opens, leaves, finished, f->idle_resets, f->errors, f->first, f->last);
	}
	fputs("(visits: topics left; finished: left from their last page; idle: "
	      "idle resets)\n\n", out);
}

int stats_run(const struct logread_input *inputs, size_t count, FILE *out)
{
	struct run run = { .total_left = STATS_MAX_TOPICS, .kiosks_left = STATS_MAX_TOPICS };
	char all[64];

	run.total.topics_left = &run.total_left;
	for (size_t i = 0; i < count; i++)
		read_input(&run, &inputs[i]);
	if (run.count <= 1) {
		print_figures(&run.total, run.count ? run.kiosks[0].shown :
			      count ? inputs[0].name : "no log", out);
		print_quiz(&run.total, out);
	} else {
		print_kiosks(&run, out);
		for (size_t i = 0; i < run.count; i++) {
			print_figures(&run.kiosks[i].f, run.kiosks[i].shown, out);
			print_quiz(&run.kiosks[i].f, out);
			fputs("\n", out);
		}
		snprintf(all, sizeof all, "all %zu kiosks", run.count);
		print_figures(&run.total, all, out);
		print_quiz(&run.total, out);
		if (run.other_kiosks)
			fprintf(out, "\n%lu lines from kiosks past the first %d are "
				"counted in the total only\n", run.other_kiosks,
				STATS_MAX_KIOSKS);
	}
	for (size_t i = 0; i < run.count; i++) {
		free_figures(&run.kiosks[i].f);
		free(run.kiosks[i].shown);
	}
	free(run.kiosks);
	free_figures(&run.total);
	return 0;
}
