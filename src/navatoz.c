#include "navatoz.h"

#include "markup.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { TALL_ROWS = 40 };	/* from here the letters are two rows tall */

void navatoz_geometry(const struct nav *nav, struct navatoz_geometry *out)
{
	struct nav_geometry g = navcore_geometry(nav);
	bool roomy = nav->rows >= NAV_ROOMY_ROWS;
	int width = nav->cols - 2, top = NAV_STEP_ROW + 1;

	if (width > NAV_MAX_TEXT_WIDTH)
		width = NAV_MAX_TEXT_WIDTH;
	navkeyboard_layout(&out->letters, top, (nav->cols - width) / 2, width,
			   nav->rows >= TALL_ROWS ? 5 : roomy ? 3 : 2, false);
	out->list_top = top + out->letters.rows + (roomy ? 1 : 0);
	out->list_rows = g.indicator_row - out->list_top;
	if (out->list_rows < 1)
		out->list_rows = 1;
}

/* Latin-1 letters with accents, U+00C0 to U+00FF, as the letter a patient
 * looks under; '-' for the few that are not letters. */
static const char latin1_letters[] = "aaaaaaaceeeeiiiidnooooo-ouuuuyts"
				     "aaaaaaaceeeeiiiidnooooo-ouuuuyty";

int navatoz_letter(const char *name)
{
	uint32_t cp;

	if (!utf8_decode(name, strlen(name), &cp))
		return 0;
	if (cp >= 'A' && cp <= 'Z')
		return (int)(cp - 'A' + 'a');
	if (cp >= 'a' && cp <= 'z')
		return (int)cp;
	if (cp >= 0xC0 && cp <= 0xFF && latin1_letters[cp - 0xC0] != '-')
		return latin1_letters[cp - 0xC0];
	return 0;
}

/* Names that start with no letter of A to Z go last. */
static int sort_letter(const char *name)
{
	int letter = navatoz_letter(name);
	return letter ? letter : 'z' + 1;
}

static int by_name(const void *a, const void *b)
{
	const struct nav_a_to_z_entry *x = a, *y = b;
	int d = sort_letter(x->name) - sort_letter(y->name);

	return d ? d : strcasecmp(x->name, y->name);
}

static void add_entry(struct nav *nav, size_t *cap, const char *name,
		      const struct content_topic *t, bool other_name)
{
	struct nav_search *s = &nav->search;
	size_t size = strlen(name) + 1;
	char *plain = xmalloc(size);

	markup_strip(name, plain, size);
	xgrow((void **)&s->a_to_z, cap, s->a_to_z_count + 1, sizeof *s->a_to_z);
	s->a_to_z[s->a_to_z_count++] = (struct nav_a_to_z_entry){
		.name = plain, .topic = t, .other_name = other_name,
	};
}

void navatoz_free(struct nav *nav)
{
	struct nav_search *s = &nav->search;

	for (size_t i = 0; i < s->a_to_z_count; i++)
		free(s->a_to_z[i].name);
	free(s->a_to_z);
	s->a_to_z = NULL;
	s->a_to_z_count = 0;
}

/* The list of every title and other name of the menu's topics. */
static void build(struct nav *nav)
{
	struct nav_search *s = &nav->search;
	size_t cap = 0;

	navatoz_free(nav);
	for (size_t i = 0; i < nav->menu_count; i++) {
		const struct content_topic *t = nav->menu[i];

		add_entry(nav, &cap, t->title, t, false);
		for (size_t n = 0; n < t->other_names.count; n++)
			add_entry(nav, &cap, t->other_names.items[n], t, true);
	}
	if (s->a_to_z_count)
		qsort(s->a_to_z, s->a_to_z_count, sizeof *s->a_to_z, by_name);
}

static long visible(const struct nav *nav)
{
	struct navatoz_geometry ag;

	navatoz_geometry(nav, &ag);
	return ag.list_rows;
}

void navatoz_rebuild(struct nav *nav)
{
	struct nav_search *s = &nav->search;

	if (!s->a_to_z)
		return;
	build(nav);
	navcore_select(&s->a_to_z_selected, &s->a_to_z_top, (long)s->a_to_z_selected,
		       s->a_to_z_count, visible(nav));
}

void navatoz_open(struct nav *nav)
{
	struct nav_search *s = &nav->search;

	s->a_to_z_from = nav->screen;
	nav->screen = NAV_A_TO_Z;
	nav->focus = -1;
	build(nav);
	s->a_to_z_selected = s->a_to_z_top = 0;
}

bool navatoz_has_letter(const struct nav *nav, int letter)
{
	for (size_t i = 0; i < nav->search.a_to_z_count; i++)
		if (navatoz_letter(nav->search.a_to_z[i].name) == letter)
			return true;
	return false;
}

/* Highlights the first name under letter, or under the next letter that
 * has names, and puts it at the top of the list shown. */
static void jump(struct nav *nav, int letter)
{
	struct nav_search *s = &nav->search;
	size_t i = 0;

	while (i < s->a_to_z_count && sort_letter(s->a_to_z[i].name) < letter)
		i++;
	if (i < s->a_to_z_count)
		s->a_to_z_selected = s->a_to_z_top = i;
}

bool navatoz_key(struct nav *nav, int key)
{
	if (key >= 'A' && key <= 'Z')
		key += 'a' - 'A';
	if (key < 'a' || key > 'z')
		return false;
	jump(nav, key);
	return true;
}

static void open_entry(struct nav *nav, size_t i)
{
	if (i >= nav->search.a_to_z_count)
		return;
	navcore_open_topic(nav, nav->search.a_to_z[i].topic);
	nav->search.topic_from = NAV_A_TO_Z;
}

void navatoz_action(struct nav *nav, enum nav_action action)
{
	struct nav_search *s = &nav->search;

	if (navcore_list_action(action, &s->a_to_z_selected, &s->a_to_z_top,
				s->a_to_z_count, visible(nav)))
		return;
	switch (action) {
	case ACT_SELECT:
	case ACT_NEXT:
		open_entry(nav, s->a_to_z_selected);
		break;
	case ACT_BACK:
	case ACT_CLOSE:
		nav->screen = s->a_to_z_from;
		break;
	default:
		break;
	}
}

void navatoz_click(struct nav *nav, int row, int col)
{
	struct nav_search *s = &nav->search;
	struct navatoz_geometry ag;
	const struct navkeyboard_key *key;

	navatoz_geometry(nav, &ag);
	key = navkeyboard_key_at(&ag.letters, row, col);
	if (key) {
		jump(nav, key->code);
		return;
	}
	if (row >= ag.list_top && row < ag.list_top + ag.list_rows)
		open_entry(nav, s->a_to_z_top + (size_t)(row - ag.list_top));
}
