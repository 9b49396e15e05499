#include "stats.h"

#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { STATS_MAX_STEPS = 64, STATS_LINE_MAX = 4096, STATS_MAX_QUIZ = 5 };

struct step_figures {
	char kind[32];
	unsigned long views;
	double seconds;
};

struct topic_figures {
	char id[72];
	unsigned long opens, leaves;
	unsigned long stops[STATS_MAX_STEPS + 1];	/* by step, 1-based */
	size_t steps;				/* the topic's step count */
	struct step_figures step[STATS_MAX_STEPS + 1];
	/* Quiz answers by item (1-based), and how many were right. */
	unsigned long quiz_answers[STATS_MAX_QUIZ + 1], quiz_right[STATS_MAX_QUIZ + 1];
};

struct figures {
	struct topic_figures *topics;
	size_t count, cap;
	unsigned long idle_resets, errors, skipped, lines;
	char first[32], last[32];
};

static struct topic_figures *topic(struct figures *f, const char *id)
{
	for (size_t i = 0; i < f->count; i++)
		if (strcmp(f->topics[i].id, id) == 0)
			return &f->topics[i];
	xgrow((void **)&f->topics, &f->cap, f->count + 1, sizeof *f->topics);
	struct topic_figures *t = &f->topics[f->count++];
	memset(t, 0, sizeof *t);
	snprintf(t->id, sizeof t->id, "%s", id);
	return t;
}

/* A step number from the log, or 0 when it is not one. */
static size_t step_number(const char *s)
{
	char *end;
	long n = s ? strtol(s, &end, 10) : 0;

	return s && *end == '\0' && n >= 1 && n <= STATS_MAX_STEPS ? (size_t)n : 0;
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
	t = topic(f, field[2]);
	t->quiz_answers[item]++;
	t->quiz_right[item] += strcmp(field[5], "yes") == 0;
	return true;
}

static bool read_line(struct figures *f, char *line)
{
	char *field[8] = { 0 };
	size_t n = 0;
	struct topic_figures *t;
	size_t step;

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
		topic(f, field[2])->opens++;
	} else if (!strcmp(field[1], "leave") && n >= 5 &&
		   (step = step_number(field[3])) && step_number(field[4])) {
		t = topic(f, field[2]);
		t->leaves++;
		t->stops[step]++;
		t->steps = step_number(field[4]);
	} else if (!strcmp(field[1], "section") && n >= 6 &&
		   (step = step_number(field[3]))) {
		t = topic(f, field[2]);
		snprintf(t->step[step].kind, sizeof t->step[step].kind, "%s", field[4]);
		t->step[step].views++;
		t->step[step].seconds += strtod(field[5], NULL);
		if (step > t->steps)
			t->steps = step;
	} else if (!strcmp(field[1], "quiz")) {
		return read_quiz_answer(f, field, n);
	} else if (!strcmp(field[1], "idle_reset")) {
		f->idle_resets++;
	} else if (!strcmp(field[1], "error")) {
		f->errors++;
	} else if (strcmp(field[1], "start") && strcmp(field[1], "stop") &&
		   strcmp(field[1], "reload") && strcmp(field[1], "warning")) {
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

static void print_figures(struct figures *f, const char *name, FILE *out)
{
	char safe[128];

	if (f->count)
		qsort(f->topics, f->count, sizeof *f->topics, by_opens);
	fprintf(out, "Usage figures from %s", utf8_escape(name, strlen(name), safe, sizeof safe));
	if (f->first[0])
		fprintf(out, ", %s to %s", f->first, f->last);
	fprintf(out, "\n%lu idle resets, %lu errors logged", f->idle_resets, f->errors);
	if (f->skipped)
		fprintf(out, ", %lu lines not understood", f->skipped);
	fputs("\n\nMost viewed topics\n  opens  topic\n", out);
	for (size_t i = 0; i < f->count; i++)
		fprintf(out, "  %5lu  %s\n", f->topics[i].opens,
			utf8_escape(f->topics[i].id, strlen(f->topics[i].id), safe, sizeof safe));
	fputs("\nWhere people stop (the step on screen when they left a topic)\n", out);
	for (size_t i = 0; i < f->count; i++) {
		const struct topic_figures *t = &f->topics[i];

		if (!t->leaves)
			continue;
		fprintf(out, "  %s (%lu visits)\n",
			utf8_escape(t->id, strlen(t->id), safe, sizeof safe), t->leaves);
		for (size_t s = 1; s <= t->steps; s++) {
			unsigned long bar = t->stops[s] * 40 / t->leaves;
			fprintf(out, "    step %2zu of %zu: %5lu %3lu%%  ", s, t->steps,
				t->stops[s], t->stops[s] * 100 / t->leaves);
			while (bar--)
				fputc('#', out);
			fputc('\n', out);
		}
	}
	fputs("\nAverage time per step\n  step  kind                  views  average\n", out);
	for (size_t i = 0; i < f->count; i++) {
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

	for (size_t i = 0; i < f->count; i++) {
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
	free(f.topics);
	return 0;
}
