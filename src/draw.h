/* draw: paints the navigation state on the curses screen.
 *
 * Drawing only reads the nav state; it never changes it.  Every string goes
 * through one function that drops control characters and cuts text to the
 * columns it may use, so nothing from a file can reach the terminal raw. */
#ifndef KIOSK_DRAW_H
#define KIOSK_DRAW_H

#include "conf.h"
#include "nav.h"
#include "staff.h"

#include <stdbool.h>

struct draw_context {
	const char *clinic_name;
	enum conf_theme theme;
	bool colour;		/* colours were set up */
	bool utf8;		/* the terminal takes UTF-8 */
	const struct staff_report *staff;	/* for the staff screen, or NULL */
};

/* Sets up colour pairs for the theme; returns false when the terminal has
 * no colour (or NO_COLOR is set), so attributes alone are used. */
bool draw_init_colours(enum conf_theme theme);

/* Paints the whole screen into stdscr (erase first, no refresh). */
void draw_screen(const struct nav *nav, const struct draw_context *ctx);

#endif
