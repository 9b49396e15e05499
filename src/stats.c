#include "stats.h"

#include "strset.h"
#include "utf8.h"
#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
	STATS_MAX_STEPS = 64, STATS_LINE_MAX = 4096, STATS_ID_MAX = 71,
	STATS_MAX_TOPICS = 20000, STATS_MAX_QUIZ = 5,
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
	unsigned long idle_resets, errors, skipped, lines, other_topics;
	unsigned long bad_durations;	/* lines with one, not counted */
	unsigned long bad_line;		/* the first of them */
	char bad[32];			/* its duration, escaped */
	char first[32], last[32];
};

/* The figures for topic id, or NULL past STATS_MAX_TOPICS topics (their
 * lines are counted, not kept, so memory stays bounded). */
static struct topic_figures *topic(struct figures *f, const char *id)
{
	size_t len = strlen(id), i;
	bool added;

	if (len > STATS_ID_MAX)
		len = STATS_ID_MAX;
	if (f->ids.count >= STATS_MAX_TOPICS && !strset_find(&f->ids, id, len, NULL)) {
		f->other_topics++;
		return NULL;
	}
	i = strset_add(&f->ids, id, len, &added);
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

static bool read_line(struct figures *f, char *line)
{
	char *field[8] = { 0 };
	size_t n = 0, at;
	struct topic_figures *t;
	double seconds;

	line[strcspn(line, "\r\n")] = '\0';
	for (char *p = line; p && n < 8; n++) {
		field[n] = p;
		p = strchr(p, '\t');
		if (p)
			*p++ = '\0';
	}
	if (n < 2 || strlen(field[0]) != 20)
		return false;
	if (!f->first[0])
		snprintf(f->first, sizeof f->first, "%.10s", field[0]);
	snprintf(f->last, sizeof f->last, "%.10s", field[0]);
	if (!strcmp(field[1], "open") && n >= 3) {
		if ((t = topic(f, field[2])))
			t->opens++;
	} else if (!strcmp(field[1], "leave") && n >= 5) {
		add_leave(f, field, n);
	} else if (!strcmp(field[1], "section") && n >= 6 &&
		   (at = step_number(field[3]))) {
		if ((seconds = duration(field[5])) < 0) {
			if (!f->bad_durations++) {
				f->bad_line = f->lines;
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
	if (f->other_topics)
		fprintf(out, ", %lu lines about topics past the first %d not counted",
			f->other_topics, STATS_MAX_TOPICS);
	if (f->bad_durations)
		fprintf(out, "\n%s:%lu: error: the step time '%s' is not a number of "
			"seconds from 0 to 86400; %lu such line%s not counted",
			utf8_escape(name, strlen(name), safe, sizeof safe), f->bad_line,
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

int stats_run(FILE *in, const char *name, FILE *out)
{
	struct figures f = { 0 };
	char line[STATS_LINE_MAX];

	while (fgets(line, sizeof line, in)) {
		bool whole = strchr(line, '\n') || feof(in);

		f.lines++;
		if (!whole) {
			/* Skip the rest of an overlong line. */
			int c;
			while ((c = fgetc(in)) != EOF && c != '\n')
				;
			f.skipped++;
			continue;
		}
		if (!read_line(&f, line))
			f.skipped++;
	}
	print_figures(&f, name, out);
	print_quiz(&f, out);
	for (size_t i = 0; i < f.ids.count; i++)
		free(f.topics[i].step);
	free(f.topics);
	strset_free(&f.ids);
	return 0;
}
