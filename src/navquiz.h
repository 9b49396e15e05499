/* navquiz: "Check what you learned", as the navigation core sees it.
 *
 * After a topic's last page (and "My questions"), a topic with a quiz
 * offers it: "Would you like to check what you learned? 3 questions".
 * Each question shows its answers; the patient picks one by touch, number
 * or Enter, and sees plainly whether it was right, why, and a link back
 * to the page that explains it.  It ends with "You got 2 of 3", without
 * judgement.  Each answer given counts up nav->quiz_answers, so the usage
 * log can record it.  No curses; the state lives in struct nav. */
#ifndef KIOSK_NAVQUIZ_H
#define KIOSK_NAVQUIZ_H

#include "navcore.h"

/* Where the quiz screen's parts go: the question; the answers, one a row
 * from first_answer (before an answer is picked); then, after it, the
 * feedback line, the "why" text (why_rows rows from why) and the link
 * back to the page. */
struct nav_quiz_rows {
	int question, first_answer;
	int feedback, why, why_rows, link;
};

struct nav_quiz_rows navquiz_rows(const struct nav *nav);

/* The item shown, or NULL on the offer and the result. */
const struct content_quiz_item *navquiz_item(const struct nav *nav);

/* What an action does on the quiz (nav handles Help and Home); digit is
 * the key's digit for ACT_CHOOSE (picks that answer). */
void navquiz_action(struct nav *nav, enum nav_action action, int digit);

/* A touch at row, off the buttons: picks the answer drawn there, or
 * follows the link back to the page. */
void navquiz_click(struct nav *nav, int row);

#endif
