#include "aids.h"

#include "readability.h"
#include "suggest.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

void aids_parse_faq(struct schema *s, const struct ynode *node,
		    struct content_option *o)
{
	static const struct schema_key keys[] = {
		{ "question", true }, { "answer", true },
	};
	void *items;
	size_t i = 0;

	if (!node)
		return;
	if (!schema_list(s, node, "faq", "questions with this option's answer",
			 &items, sizeof *o->faq, &o->faq_count))
		return;
	o->faq = items;
	for (const struct ynode *n = node->child; n; n = n->next, i++) {
		const struct ynode *v[COUNT(keys)];

		if (!schema_map(s, n, "a 'faq' row", keys, COUNT(keys), v))
			continue;
		o->faq[i].question = schema_text(s, v[0], "question");
		o->faq[i].answer = schema_text(s, v[1], "answer");
	}
}

static const struct content_option *first_with_faq(const struct content_block *b)
{
	for (size_t i = 0; i < b->u.options.count; i++)
		if (b->u.options.items[i].faq_count)
			return &b->u.options.items[i];
	return NULL;
}

static bool same_text(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

void aids_check_faq_rows(struct schema *s, const struct ynode *node,
			 const struct content_block *b)
{
	const struct content_option *model = first_with_faq(b);
	const struct ynode *n = node->child;

	if (!model)
		return;
	for (size_t i = 0; i < b->u.options.count && n; i++, n = n->next) {
		const struct content_option *o = &b->u.options.items[i];
		size_t r;

		if (o == model || !o->name || !model->name)
			continue;
		for (r = 0; r < model->faq_count && r < o->faq_count; r++)
			if (!same_text(model->faq[r].question, o->faq[r].question))
				break;
		if (r < model->faq_count && model->faq[r].question)
			schema_error(s, n, "option '%s' does not answer '%s' "
				     "(row %zu of the faq of '%s'); give every "
				     "option the same faq questions in the same "
				     "order, and answer '" AIDS_NOT_KNOWN "' "
				     "where nobody knows", o->name,
				     model->faq[r].question, r + 1, model->name);
		else if (r < o->faq_count && o->faq[r].question)
			schema_error(s, n, "option '%s' has the faq question "
				     "'%s' that '%s' does not answer; add it "
				     "to every option, or remove it", o->name,
				     o->faq[r].question, model->name);
	}
}

void aids_parse_questions(struct schema *s, const struct ynode *node,
			  struct content_topic *t)
{
	if (!node)
		return;
	t->questions_line = node->line;
	t->questions_col = node->col;
	schema_text_list(s, node, "questions", &t->questions);
}

/* A whole number from 1 to max, or 0 after reporting. */
static size_t parse_answer_number(struct schema *s, const struct ynode *node,
				  size_t max)
{
	char *end;
	unsigned long n;

	if (!node || max == 0)
		return 0;
	if (node->kind != YNODE_SCALAR || node->len == 0 || node->len > 3 ||
	    strspn(node->text, "0123456789") != node->len) {
		schema_error(s, node, "'right' should be the number of the right "
			     "answer, from 1 to %zu", max);
		return 0;
	}
	n = strtoul(node->text, &end, 10);
	if (n < 1 || n > max) {
		schema_error(s, node, "'right' is %lu but there %s %zu answer%s; "
			     "give the number of the right answer, from 1 to %zu",
			     n, max == 1 ? "is" : "are", max, max == 1 ? "" : "s",
			     max);
		return 0;
	}
	return (size_t)n;
}

static void check_answers(struct schema *s, const struct ynode *node,
			  const struct content_list *answers)
{
	if (answers->count < CONTENT_QUIZ_ANSWERS_MIN ||
	    answers->count > CONTENT_QUIZ_ANSWERS_MAX)
		schema_error(s, node, "a quiz question has %d to %d answers; "
			     "this one has %zu", CONTENT_QUIZ_ANSWERS_MIN,
			     CONTENT_QUIZ_ANSWERS_MAX, answers->count);
	for (size_t i = 0; i < answers->count; i++)
		for (size_t j = i + 1; j < answers->count; j++)
			if (answers->items[i] && answers->items[j] &&
			    strcasecmp(answers->items[i], answers->items[j]) == 0)
				schema_error(s, node, "answers %zu and %zu are the "
					     "same ('%s'); make each answer "
					     "different", i + 1, j + 1,
					     answers->items[i]);
}

static bool find_page(const struct content_topic *t, const char *title,
		      struct content_quiz_item *item)
{
	for (size_t sec = 0; sec < t->section_count; sec++)
		for (size_t p = 0; p < t->sections[sec].page_count; p++)
			if (same_text(t->sections[sec].pages[p].title, title)) {
				item->section = sec;
				item->page = p;
				return true;
			}
	return false;
}

static void report_unknown_page(struct schema *s, const struct ynode *node,
				const struct content_topic *t)
{
	size_t count = 0, used = 0;
	const char **titles;
	const char *best;

	for (size_t sec = 0; sec < t->section_count; sec++)
		count += t->sections[sec].page_count;
	titles = xcalloc(count ? count : 1, sizeof *titles);
	for (size_t sec = 0; sec < t->section_count; sec++)
		for (size_t p = 0; p < t->sections[sec].page_count; p++)
			if (t->sections[sec].pages[p].title)
				titles[used++] = t->sections[sec].pages[p].title;
	best = suggest_closest(node->text, node->len, titles, used);
	if (best)
		schema_error(s, node, "'page' names a page this topic does not "
			     "have; did you mean '%s'?", best);
	else
		schema_error(s, node, "'page' names a page this topic does not "
			     "have; copy the 'title' of the page that explains "
			     "the answer");
	free(titles);
}

static void parse_quiz_item(struct schema *s, const struct ynode *node,
			    const struct content_topic *t,
			    struct content_quiz_item *item)
{
	static const struct schema_key keys[] = {
		{ "question", true }, { "answers", true }, { "right", true },
		{ "why", true }, { "page", true },
	};
	const struct ynode *v[COUNT(keys)];
	const char *page;

	item->line = node->line;
	item->col = node->col;
	if (!schema_map(s, node, "a quiz item", keys, COUNT(keys), v))
		return;
	item->question = schema_text(s, v[0], "question");
	if (v[1] && schema_text_list(s, v[1], "answers", &item->answers))
		check_answers(s, v[1], &item->answers);
	item->right = parse_answer_number(s, v[2], item->answers.count);
	if (item->right)
		item->right--;
	item->why = schema_text(s, v[3], "why");
	page = schema_text(s, v[4], "page");
	if (page && !find_page(t, page, item))
		report_unknown_page(s, v[4], t);
}

void aids_parse_quiz(struct schema *s, const struct ynode *node,
		     struct content_topic *t)
{
	void *items;
	size_t i = 0;

	if (!node)
		return;
	if (!schema_list(s, node, "quiz", "quiz items", &items, sizeof *t->quiz,
			 &t->quiz_count))
		return;
	t->quiz = items;
	if (t->quiz_count < CONTENT_QUIZ_MIN || t->quiz_count > CONTENT_QUIZ_MAX)
		schema_error(s, node, "a quiz has %d to %d items; this one has "
			     "%zu", CONTENT_QUIZ_MIN, CONTENT_QUIZ_MAX,
			     t->quiz_count);
	for (const struct ynode *n = node->child; n; n = n->next)
		parse_quiz_item(s, n, t, &t->quiz[i++]);
}

void content_topic_extra_texts(const struct content_topic *topic,
			       void (*fn)(void *ctx, const char *text), void *ctx)
{
	for (size_t i = 0; i < topic->questions.count; i++)
		fn(ctx, topic->questions.items[i]);
	for (size_t i = 0; i < topic->quiz_count; i++) {
		const struct content_quiz_item *q = &topic->quiz[i];

		fn(ctx, q->question);
		for (size_t a = 0; a < q->answers.count; a++)
			fn(ctx, q->answers.items[a]);
		fn(ctx, q->why);
	}
}

static size_t warn_if_hard(const struct content_topic *t,
			   const struct readability_counts *c, unsigned line,
			   unsigned col, const char *what, double target,
			   struct diag *diag)
{
	double fk = readability_fk_grade(c), smog = readability_smog(c);

	if (fk <= target && smog <= target)
		return 0;
	diag_add(diag, DIAG_WARNING, t->path, line, col, "%s reads at US grade "
		 "%.1f (Flesch-Kincaid) and %.1f (SMOG); aim for %.0f or below: "
		 "shorter sentences, everyday words", what, fk, smog, target);
	return 1;
}

size_t aids_check_reading(const struct content_topic *t, double target_grade,
			  struct diag *diag)
{
	struct readability_counts c = { 0 };
	size_t warnings = 0;

	for (size_t i = 0; i < t->questions.count; i++)
		readability_add_text(&c, t->questions.items[i]);
	warnings += warn_if_hard(t, &c, t->questions_line, t->questions_col,
				 "the 'questions' list", target_grade, diag);
	for (size_t i = 0; i < t->quiz_count; i++) {
		const struct content_quiz_item *q = &t->quiz[i];
		char what[32];

		memset(&c, 0, sizeof c);
		readability_add_text(&c, q->question);
		for (size_t a = 0; a < q->answers.count; a++)
			readability_add_text(&c, q->answers.items[a]);
		readability_add_text(&c, q->why);
		snprintf(what, sizeof what, "quiz item %zu", i + 1);
		warnings += warn_if_hard(t, &c, q->line, q->col, what,
					 target_grade, diag);
	}
	return warnings;
}
