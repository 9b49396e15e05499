#include "navbodymap.h"

#include "bodymap.h"
#include "figure.h"
#include "navbox.h"

enum { TOPICS_MAX = 9 };	/* chosen by the digit keys */

void navbodymap_clear(struct nav *nav)
{
	nav->bodymap_spot = 0;
	nav->bodymap_region = -1;
	nav->bodymap_empty = -1;
	nav->bodymap_topic = 0;
}

void navbodymap_open(struct nav *nav)
{
	navbodymap_clear(nav);
	nav->screen = NAV_BODYMAP;
}

bool navbodymap_pictures(const struct nav *nav)
{
	int y, x, rows, cols;

	if (!nav->cfg.pictures)
		return false;
	navbodymap_picture_area(nav, &y, &x, &rows, &cols);
	return rows > 0;
}

/* The first row under the title line, where the picture or list starts. */
static int list_top(const struct nav *nav)
{
	return navcore_geometry(nav).body_top + 1;
}

void navbodymap_picture_area(const struct nav *nav, int *y, int *x, int *rows,
			     int *cols)
{
	struct nav_geometry g = navcore_geometry(nav);

	/* A line for the title above, one for the message below. */
	if (!figure_fit(NAVBODYMAP_PICTURE_WIDTH, NAVBODYMAP_PICTURE_HEIGHT,
			g.text_width, g.body_rows - 2, cols, rows))
		*rows = *cols = 0;
	*y = list_top(nav);
	*x = g.text_left + (g.text_width - *cols) / 2;
}

enum content_body_region navbodymap_highlighted(const struct nav *nav)
{
	size_t count;
	const struct bodymap_spot *spots = bodymap_spots(&count);

	if (navbodymap_pictures(nav))
		return spots[nav->bodymap_spot].region;
	return (enum content_body_region)nav->bodymap_spot;
}

int navbodymap_welcome_row(const struct nav *nav)
{
	return nav->rows - 3;
}

size_t navbodymap_topics(const struct nav *nav, const struct content_topic **out,
			 size_t max)
{
	size_t count;

	if (nav->bodymap_region < 0)
		return 0;
	/* The regions come from the default language's topics; the patient
	 * reads each in their language where it is translated. */
	count = bodymap_topics(nav->lib, nav->cfg.language,
			       (enum content_body_region)nav->bodymap_region, out, max);
	navcore_translate_topics(nav, out, count < max ? count : max);
	return count;
}

/* Lists the region's topics, or says it has none. */
static void choose_region(struct nav *nav, enum content_body_region region)
{
	nav->bodymap_empty = -1;
	if (bodymap_topics(nav->lib, nav->cfg.language, region, NULL, 0) == 0) {
		nav->bodymap_empty = (int)region;
		return;
	}
	nav->bodymap_region = (int)region;
	nav->bodymap_topic = 0;
}

static void open_topic(struct nav *nav, size_t index)
{
	const struct content_topic *topics[TOPICS_MAX];
	size_t count = navbodymap_topics(nav, topics, TOPICS_MAX);

	if (index < count && index < TOPICS_MAX)
		navcore_open_topic(nav, topics[index]);
}

/* Rows of the list shown: the region's topics, or the regions. */
static size_t list_count(const struct nav *nav)
{
	size_t count;

	if (nav->bodymap_region >= 0) {
		count = navbodymap_topics(nav, NULL, 0);
		return count < TOPICS_MAX ? count : TOPICS_MAX;
	}
	if (navbodymap_pictures(nav))
		bodymap_spots(&count);
	else
		count = REGION_COUNT;
	return count;
}

/* Moves the highlight by step, kept within the list. */
static void move(struct nav *nav, long step)
{
	size_t top = 0, spot = (size_t)nav->bodymap_spot;

	nav->bodymap_empty = -1;
	if (nav->bodymap_region >= 0) {
		navcore_select(&nav->bodymap_topic, &top,
			       (long)nav->bodymap_topic + step, list_count(nav),
			       (long)list_count(nav));
		return;
	}
	navcore_select(&spot, &top, (long)spot + step, list_count(nav),
		       (long)list_count(nav));
	nav->bodymap_spot = (int)spot;
}

bool navbodymap_key(struct nav *nav, int key)
{
	if (nav->bodymap_region >= 0 || !navbodymap_pictures(nav))
		return false;
	if (key == KEYC_LEFT || key == KEYC_UP)
		move(nav, -1);
	else if (key == KEYC_RIGHT || key == KEYC_DOWN)
		move(nav, 1);
	else
		return false;
	return true;
}

static void select_highlighted(struct nav *nav)
{
	if (nav->bodymap_region >= 0)
		open_topic(nav, nav->bodymap_topic);
	else
		choose_region(nav, navbodymap_highlighted(nav));
}

void navbodymap_action(struct nav *nav, enum nav_action action, int digit)
{
	switch (action) {
	case ACT_SCROLL_DOWN:
	case ACT_FOCUS_NEXT:
		move(nav, 1);
		break;
	case ACT_SCROLL_UP:
	case ACT_FOCUS_PREV:
		move(nav, -1);
		break;
	case ACT_SELECT:
	case ACT_NEXT:
		select_highlighted(nav);
		break;
	case ACT_CHOOSE:
		if (nav->bodymap_region >= 0)
			open_topic(nav, (size_t)digit - 1);
		else if (!navbodymap_pictures(nav) && digit >= 1 && digit <= REGION_COUNT)
			choose_region(nav, (enum content_body_region)(digit - 1));
		break;
	case ACT_HELP:
		navbox_open_help(nav);
		break;
	case ACT_BACK:
	case ACT_CLOSE:
		if (nav->bodymap_region >= 0)
			nav->bodymap_region = -1;
		else
			nav->screen = NAV_WELCOME;
		nav->bodymap_empty = -1;
		break;
	case ACT_HOME:
		navcore_go_menu(nav);
		break;
	default:
		break;
	}
}

/* The spot under (row, col) on the picture (the first of its region), or
 * -1. */
static int spot_at(const struct nav *nav, int row, int col)
{
	int y, x, rows, cols, region;
	size_t count;
	const struct bodymap_spot *spots = bodymap_spots(&count);

	navbodymap_picture_area(nav, &y, &x, &rows, &cols);
	if (rows == 0)
		return -1;
	region = bodymap_region_at((col - x + 0.5) / cols, (row - y + 0.5) / rows);
	for (size_t i = 0; region >= 0 && i < count; i++)
		if ((int)spots[i].region == region)
			return (int)i;
	return -1;
}

void navbodymap_click(struct nav *nav, int row, int col)
{
	int index = row - list_top(nav);

	if (nav->bodymap_region >= 0) {
		if (index >= 0)
			open_topic(nav, (size_t)index);
		return;
	}
	if (navbodymap_pictures(nav)) {
		int spot = spot_at(nav, row, col);

		if (spot < 0)
			return;
		nav->bodymap_spot = spot;
	} else if (index >= 0 && index < REGION_COUNT) {
		nav->bodymap_spot = index;
	} else {
		return;
	}
	choose_region(nav, navbodymap_highlighted(nav));
}
