/* draw: paints the navigation state on the curses screen.
 *
 * Drawing only reads the nav state; it never changes it.  Every string goes
 * through one function that drops control characters and cuts text to the
 * columns it may use, so nothing from a file can reach the terminal raw. */
#ifndef KIOSK_DRAW_H
#define KIOSK_DRAW_H

#include "nav.h"
#include "theme.h"

#include <stdbool.h>

struct draw_context {
	const char *clinic_name;
	struct theme theme;	/* set up with theme_init */
	bool utf8;		/* the terminal takes UTF-8 */
};

/* Paints the whole screen into stdscr (erase first, no refresh). */
void draw_screen(const struct nav *nav, const struct draw_context *ctx);

#endif
