#include "navquiz.h"

struct nav_quiz_rows navquiz_rows(const struct nav *nav)
{
	struct nav_geometry g = navcore_geometry(nav);
	bool roomy = g.body_rows >= 8;
	struct nav_quiz_rows r;

	r.question = g.body_top;
	r.first_answer = g.body_top + (roomy ? 2 : 1);
	r.feedback = r.first_answer;
	r.why = r.feedback + (roomy ? 2 : 1);
	r.link = g.indicator_row - 1;
	r.why_rows = r.link - r.why - (roomy ? 1 : 0);
	if (r.why_rows < 1)
		r.why_rows = 1;
	return r;
}

const struct content_quiz_item *navquiz_item(const struct nav *nav)
{
	if (!nav->topic || !nav->quiz_started || nav->quiz_item >= nav->topic->quiz_count)
		return NULL;
	return &nav->topic->quiz[nav->quiz_item];
}

static void pick(struct nav *nav, size_t answer)
{
	const struct content_quiz_item *q = navquiz_item(nav);

	if (!q || nav->quiz_answer >= 0 || answer >= q->answers.count)
		return;
	nav->quiz_answer = (int)answer;
	nav->quiz_right += answer == q->right;
	nav->quiz_answers++;
	nav->focus = -1;
}

static void read_on(struct nav *nav)
{
	const struct content_quiz_item *q = navquiz_item(nav);

	if (!nav->quiz_started) {
		nav->quiz_started = true;
	} else if (q) {
		nav->quiz_item++;
		nav->quiz_answer = -1;
		nav->focus = -1;
	} else {
		navcore_go_menu(nav);
	}
}

/* Back from the offer goes to what came before it; within the quiz, to
 * the offer, so the patient can start again. */
static void go_back(struct nav *nav)
{
	if (nav->quiz_started)
		navcore_show_quiz(nav);
	else if (nav->topic->questions.count)
		navcore_show_questions(nav);
	else
		navcore_show_last_page(nav);
}

static void move_focus(struct nav *nav, int step)
{
	const struct content_quiz_item *q = navquiz_item(nav);
	int n;

	if (!q || nav->quiz_answer >= 0)
		return;
	n = (int)q->answers.count;
	nav->focus = nav->focus < 0 ? (step > 0 ? 0 : n - 1) : (nav->focus + step + n) % n;
}

void navquiz_action(struct nav *nav, enum nav_action action, int digit)
{
	const struct content_quiz_item *q = navquiz_item(nav);

	switch (action) {
	case ACT_CHOOSE:
		if (digit >= 1)
			pick(nav, (size_t)digit - 1);
		break;
	case ACT_SELECT:
		if (q && nav->quiz_answer < 0 && nav->focus >= 0)
			pick(nav, (size_t)nav->focus);
		else if (!q || nav->quiz_answer >= 0)
			read_on(nav);
		break;
	case ACT_NEXT:
		read_on(nav);
		break;
	case ACT_SCROLL_DOWN: case ACT_FOCUS_NEXT:
		move_focus(nav, 1);
		break;
	case ACT_SCROLL_UP: case ACT_FOCUS_PREV:
		move_focus(nav, -1);
		break;
	case ACT_BACK:
		go_back(nav);
		break;
	default:
		break;
	}
}

void navquiz_click(struct nav *nav, int row)
{
	const struct content_quiz_item *q = navquiz_item(nav);
	struct nav_quiz_rows r = navquiz_rows(nav);

	if (!q)
		return;
	if (nav->quiz_answer < 0 && row >= r.first_answer)
		pick(nav, (size_t)(row - r.first_answer));
	else if (nav->quiz_answer >= 0 && row == r.link)
		navcore_show_page(nav, q->section, q->page);
}
