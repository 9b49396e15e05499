/* navcore: the navigation state and what every screen of it shares.
 *
 * The bottom of the navigation core: the state (which screen, which page,
 * how far scrolled), the screen geometry and buttons, and the moves between
 * pages.  The screen modules (navmenu, navpage, navsteps, navbox, navpin)
 * build on it and nav dispatches events to them.  No curses here: every
 * behaviour can be tested without a terminal.  Times are milliseconds on
 * any steady clock. */
#ifndef KIOSK_NAVCORE_H
#define KIOSK_NAVCORE_H

#include "content.h"
#include "groups.h"
#include "keys.h"
#include "finder.h"
#include "layout.h"
#include "layoutrtl.h"

#include <stdbool.h>

enum {
	NAV_MIN_ROWS = 12,
	NAV_MIN_COLS = 40,
	NAV_MAX_TEXT_WIDTH = 100,	/* long lines are hard to follow */
	NAV_MAX_BUTTONS = 7,	/* four to move about, three optional */
	NAV_MENU_ITEM_ROWS = 4,	/* title, two lines of summary, gap */
	NAV_GROUP_ITEM_ROWS = 2,	/* a group's title, its count of topics */
	NAV_PIN_MAX = 12,
	NAV_PIN_TRIES = 3,
	NAV_PIN_LOCKOUT_MS = 60 * 1000,
	NAV_RETURN_DEPTH = 8,
	NAV_ROOMY_ROWS = 16,	/* from here: a hint line and taller buttons */
	NAV_STEP_ROW = 1,	/* "Step 2 of 9: ...": touch it for every step */
	NAV_LANGUAGE_SIZE = 8,	/* a language code (2 or 3 letters) and NUL */
	NAV_SEARCH_TEXT_MAX = 64,	/* bytes a patient can type */
	NAV_SEARCH_HITS_MAX = 20,
};

/* NAV_QUESTIONS and NAV_QUIZ come after a topic's last page, when the
 * topic has questions or a quiz: "My questions" and "Check what you
 * learned".  NAV_GROUPS is the list of the menu's groups, shown before
 * the topics when they do not fit one screen (navgroups.h). */
enum nav_screen { NAV_WELCOME, NAV_MENU, NAV_PAGE, NAV_STEPS, NAV_QUESTIONS,
		  NAV_QUIZ, NAV_BODYMAP, NAV_SEARCH, NAV_A_TO_Z, NAV_GROUPS };

enum nav_overlay {
	OVERLAY_NONE, OVERLAY_GLOSSARY, OVERLAY_HELP, OVERLAY_IDLE, OVERLAY_PIN,
	OVERLAY_TAKE_HOME,	/* the topic's leaflet address as a QR code */
	OVERLAY_OPTION,		/* one treatment choice on its own */
	OVERLAY_STAFF,		/* after the PIN: the state, and leave or stay */
	OVERLAY_MORE,		/* Listen, Take home, Print, the steps: a list */
	OVERLAY_ROW,		/* one row of treatment choices across them */
};

/* One line of the A to Z list: a topic's title or one of its other
 * names (name owned, marks taken out), and the topic it opens. */
struct nav_a_to_z_entry {
	char *name;
	const struct content_topic *topic;
	bool other_name;
};

/* The search screen and the A to Z list (navsearch.h). */
struct nav_search {
	char text[NAV_SEARCH_TEXT_MAX + 1];	/* typed; never logged */
	size_t len;
	struct search_hit hits[NAV_SEARCH_HITS_MAX];
	size_t hit_count, selected, top;
	char suggestion[NAV_SEARCH_TEXT_MAX + 1];	/* "" or the mended words */
	bool asked_ready;		/* the last query was made with the index ready */
	enum nav_screen from;		/* where Back goes from the search */
	enum nav_screen a_to_z_from;	/* where Back goes from A to Z */
	/* Where Back from the first page of the topic open goes: the search
	 * or A to Z it was opened from, else NAV_MENU. */
	enum nav_screen topic_from;
	struct nav_a_to_z_entry *a_to_z;	/* owned, sorted by name */
	size_t a_to_z_count, a_to_z_selected, a_to_z_top;
};

struct nav_config {
	long idle_timeout_ms;	/* quiet time before "Are you still there?" */
	long idle_countdown_ms;	/* how long that question waits */
	bool lock;		/* patients cannot quit */
	/* The default language: every visit starts in it and goes back to
	 * it at the idle reset; topics not translated into the patient's
	 * language are shown in it. */
	const char *language;
	/* 'languages' in kiosk.conf: the codes offered, in order (none:
	 * every language with topics).  See languages_offered. */
	char *const *languages;
	size_t language_count;
	const char *bullet;	/* see layout_options */
	const char *clinic_phone;	/* see layout_options; NULL for none */
	/* The terminal draws figures as pictures: the page reserves rows
	 * for them; otherwise it shows them in words. */
	bool pictures;
	/* How glossary words look, for the help text: "underlined" or
	 * "highlighted"; NULL means "underlined". */
	const char *term_look;
	/* Checks a staff PIN (NUL-terminated digits); NULL when no PIN is
	 * set, so staff cannot leave a locked kiosk from the keyboard. */
	bool (*verify_pin)(void *ctx, const char *pin);
	void *pin_ctx;
	/* What this kiosk is set up for: reading aloud (speech = on), a
	 * printer at reception (print_command), and the leaflet address
	 * template (handout_url; NULL or "" to use a topic's first source). */
	bool can_listen, can_print;
	const char *handout_url;
	/* The search index as the navigation asks it (finder_engine, or a
	 * test's own functions); NULL: no search (no Search button). */
	const struct finder_engine *search;
};

struct nav_button {
	enum nav_action action;
	const char *label;
	int row, col, width;	/* width includes the brackets or padding */
	int rows;		/* rows from row down, all of them touchable */
};

struct nav_geometry {
	int body_top, body_rows;	/* rows of scrolling text */
	int text_left, text_width;	/* columns of text */
	int indicator_row;		/* "more below" */
	int button_row, button_rows;
	int hint_row;			/* -1 when there is no room for a hint */
};

struct nav_return {
	char topic_id[72];
	size_t section, page;
};

struct nav {
	struct nav_config cfg;
	const struct content_library *lib;
	const struct content_glossary *glossary;
	int rows, cols;
	enum nav_screen screen;
	enum nav_overlay overlay;
	long now_ms, last_input_ms, idle_since_ms;
	bool quit;			/* staff asked to leave */
	/* What the patient asked the kiosk to do beyond the screen:
	 * ACT_LISTEN (start or stop reading aloud), ACT_PRINT, or ACT_CLOSE
	 * (stop reading).  The caller does it and sets it back to ACT_NONE;
	 * nav only records it, so it stays free of sound and printers. */
	enum nav_action request;
	unsigned long idle_resets;	/* times the trail was cleared */
	/* The patient's language (navlang.h): the topics, glossary and
	 * screens shown.  The caller switches the screens' words to it. */
	char language[NAV_LANGUAGE_SIZE];

	/* The topics of the language in menu order (owned array, topics
	 * not owned), and the groups as runs of them (owned).  The menu
	 * shows menu_count topics from menu: the group chosen (menu_group),
	 * or all of them (menu_group -1). */
	const struct content_topic **menu_all;
	size_t menu_all_count;
	struct groups_range *groups;
	size_t group_count;
	long menu_group;
	size_t groups_selected, groups_top;
	const struct content_topic **menu;	/* points into menu_all */
	size_t menu_count, menu_selected, menu_top;

	const struct content_topic *topic;	/* set with navcore_set_topic */
	char *handout;			/* owned: the topic's leaflet address,
					 * or NULL when it has none */
	size_t section, page;
	int scroll;
	bool end_seen;			/* the page's last line has been shown */
	int focus;			/* -1, an item index, or items + button */
	struct layout layout;		/* of the current page */
	struct layoutrtl_cache rtl_lines;	/* its lines' drawing order */
	struct nav_return returns[NAV_RETURN_DEPTH];
	size_t return_count;
	bool *section_read;		/* owned; one per section of the topic */
	size_t section_read_count;
	char read_topic_id[72];		/* the topic section_read is for */
	size_t steps_selected, steps_top;	/* the steps screen */

	/* The body map (navbodymap.h): the spot highlighted (a row of the
	 * plain list without pictures), the region whose topics are listed
	 * and the topic highlighted there, and the region touched that has
	 * no topics, to say so.  -1: none. */
	int bodymap_spot, bodymap_region, bodymap_empty;
	size_t bodymap_topic;

	const struct content_term *term;	/* shown in the glossary box */
	const struct content_option *option;	/* shown in the option box */
	size_t option_number;		/* its place in its block, from 1 */
	/* The row box: the options block and the row read across it (see
	 * layout_option_row). */
	const struct content_block *row_block;
	size_t row;
	size_t more_selected;		/* the row highlighted in the More box */
	char *box_text;			/* owned: the help box's text */
	struct layout box;		/* the help or glossary box, laid out */
	int box_scroll;

	/* "My questions": which of the topic's questions the patient ticked.
	 * Never logged or written anywhere; forgotten when the patient
	 * leaves the topic, goes Home or the kiosk resets. */
	bool *question_ticked;		/* owned; one per question */
	size_t question_count;
	size_t questions_selected, questions_top;

	/* The quiz: started (false: the offer is shown), the item shown
	 * (quiz_count of the topic: the result), the answer picked for it
	 * (-1: none yet), how many first answers were right, and a count of
	 * answers given, so the usage log sees each new one. */
	bool quiz_started;
	size_t quiz_item;
	int quiz_answer;
	size_t quiz_right;
	unsigned long quiz_answers;

	struct nav_search search;

	char pin[NAV_PIN_MAX + 1];
	size_t pin_len;
	int pin_failures;
	long pin_locked_until_ms;
	const char *pin_message;	/* static English text, marked N_(); or NULL */
	int staff_scroll;		/* first line of the staff report shown */
};

/* Whether the patient's language (nav->language: the default, or the one
 * chosen on the welcome screen) is read right to left:
 * the button row is then mirrored, Next on the left and Back on the
 * right, and the arrow keys follow (Left moves on). */
bool navcore_rtl(const struct nav *nav);

/* Whether an optional action (ACT_LISTEN, ACT_TAKE_HOME, ACT_PRINT,
 * ACT_MORE for any of those) can be done on the screen the patient is on:
 * on a page as the kiosk is set up; on My questions, Print, and Take home
 * once a question is ticked.  Always true for the others. */
bool navcore_available(const struct nav *nav, enum nav_action action);

/* Whether the search index is there and ready to answer. */
bool navcore_search_ready(const struct nav *nav);

/* Makes t (or NULL) the current topic, works out its leaflet address and
 * takes the glossary of t's language (the patient's without a topic). */
void navcore_set_topic(struct nav *nav, const struct content_topic *t);

/* The topic with this id in the patient's language, or else in the
 * default language; NULL when neither has it. */
const struct content_topic *navcore_find_topic(const struct nav *nav,
					       const char *id);

/* Replaces each of count topics (of the default language) by its
 * translation into the patient's language, where there is one. */
void navcore_translate_topics(const struct nav *nav,
			      const struct content_topic **topics, size_t count);

/* Whether the screen is below the smallest size the kiosk lays out. */
bool navcore_too_small(const struct nav *nav);

/* Where the text, the indicator, the buttons and the hint go. */
struct nav_geometry navcore_geometry(const struct nav *nav);

/* A figure of the open topic and the cells its picture takes on its page
 * at the present screen size. */
struct navcore_figure {
	const struct content_figure *figure;
	int cols, rows;
};

/* Fills out with at most max of the open topic's figures that its pages
 * show as pictures at the present screen size (none without a topic or
 * when pictures are off), in the order of the pages, and returns how
 * many: what the screens will draw, to be made ahead. */
size_t navcore_topic_figures(const struct nav *nav,
			     struct navcore_figure *out, size_t max);

/* Fills out with at most max of the figures on the page topic t opens at
 * (its first page), as navcore_topic_figures does for the open topic: the
 * pictures a patient on a list of topics may ask for next. */
size_t navcore_opening_figures(const struct nav *nav,
			       const struct content_topic *t,
			       struct navcore_figure *out, size_t max);

/* The buttons of the current screen (none on the welcome screen), spread
 * across the button rows (from the right in a right-to-left language);
 * labels are static strings, without their arrows and marks when the full
 * ones do not fit.  A page has Listen, Take home and Print too (My
 * questions has Take home and Print), when available and when they fit
 * beside the four that move about; where they do not (40 columns) one
 * More button stands for them and opens a box listing them (navmore.h).
 * Returns the count. */
size_t navcore_buttons(const struct nav *nav, struct nav_button out[NAV_MAX_BUTTONS]);

/* How many columns col lies outside the span of width columns from left
 * (0 inside it): a touch in a gap goes to the nearest thing. */
int navcore_columns_away(int col, int left, int width);

/* The button a touch at (row, col) is meant for: the one under it, or on
 * the button rows the nearest one.  NULL when the touch is elsewhere. */
const struct nav_button *navcore_button_at(const struct nav *nav, int row, int col,
					   struct nav_button b[NAV_MAX_BUTTONS]);

/* The page being read (also under the steps screen), or NULL. */
const struct content_page *navcore_current_page(const struct nav *nav);

/* Whether the page is the topic's last, and whether the page screen has
 * text below or above what is shown. */
bool navcore_on_last_page(const struct nav *nav);
bool navcore_more_below(const struct nav *nav);
bool navcore_more_above(const struct nav *nav);

/* Seconds left before "Are you still there?" starts again for the next
 * person (0 when the time is up). */
long navcore_idle_seconds_left(const struct nav *nav);

/* Moves the highlight of a list of count entries (the topics, the steps)
 * to index, kept within the list, and scrolls *top so that it is among
 * the visible entries shown from there. */
void navcore_select(size_t *selected, size_t *top, long index, size_t count,
		    long visible);

/* The moves every list shares: Up/Down and Tab/Shift+Tab move the
 * highlight one entry, Page Up/Down a screenful (visible entries).
 * Returns false, changing nothing, for any other action. */
bool navcore_list_action(enum nav_action action, size_t *selected, size_t *top,
			 size_t count, long visible);

/* Scrolls the page by lines, kept within the page, and notes when its
 * end has been on screen (end_seen, and the step read on its last
 * page). */
void navcore_scroll_by(struct nav *nav, int lines);

/* Lays the current page out again for the screen size (after a resize or
 * new content), keeping the scroll within it. */
void navcore_relayout(struct nav *nav);

/* Moves: show a page of the current topic, open a topic at its start, go
 * to the topic list, follow a link to another topic (remembering where to
 * come back to), and step to the next or previous page. */
void navcore_show_page(struct nav *nav, size_t section, size_t page);
void navcore_open_topic(struct nav *nav, const struct content_topic *t);
void navcore_go_menu(struct nav *nav);

/* Whether the menu shows its groups first: library.yaml made two groups
 * or more in this language, fewer than the topics (a group a topic would
 * only add a touch), and the topics do not fit one screen. */
bool navcore_menu_grouped(const struct nav *nav);

/* Shows the topics of group (an index into nav->groups), or of every
 * group when group is -1, with the first highlighted when the group
 * changes.  Does not change the screen. */
void navcore_choose_group(struct nav *nav, long group);
void navcore_follow_link(struct nav *nav, const char *id, size_t len);
void navcore_next_page(struct nav *nav);
void navcore_previous_page(struct nav *nav);

/* Rebuilds the menu for the library and the patient's language (after
 * new content or a new language): the default language's topics, each in
 * the patient's language where it is translated, keeping the group chosen
 * when a group of that title is still there. */
void navcore_build_menu(struct nav *nav);

/* Whether the open topic goes on after its last page: to "My questions"
 * or the quiz. */
bool navcore_topic_goes_on(const struct nav *nav);

/* Moves after the last page: "My questions" (the ticks are kept while
 * the patient stays in the topic) and the quiz's offer.  Each does
 * nothing for a topic without questions or quiz. */
void navcore_show_questions(struct nav *nav);
void navcore_show_quiz(struct nav *nav);

/* Shows the open topic's last page (Back from what comes after it). */
void navcore_show_last_page(struct nav *nav);

/* Forgets the ticked questions and the quiz (for the next patient). */
void navcore_forget_questions(struct nav *nav);

/* Forgets which steps were read (for the next patient). */
void navcore_forget_read(struct nav *nav);

/* Frees what the state owns (the menu, layouts, the steps read). */
void navcore_free(struct nav *nav);

#endif
