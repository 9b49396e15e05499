/* navpin: the staff PIN prompt and the staff screen behind it, as the
 * navigation core sees them.
 *
 * Digits typed into struct nav's PIN buffer (wiped after every try and
 * on cancel), checked through nav_config's verify_pin; three wrong tries
 * lock the prompt for a minute.  No curses. */
#ifndef KIOSK_NAVPIN_H
#define KIOSK_NAVPIN_H

#include "navcore.h"

/* Opens the prompt (with a message when no PIN is set). */
void navpin_open(struct nav *nav);

/* A key while the prompt is open: digits, Backspace, Enter to try the
 * PIN (opening the staff screen when it is right), Esc to cancel. */
void navpin_key(struct nav *nav, int key);

/* A key on the staff screen: L leaves the kiosk (nav->quit), Up and Down
 * scroll the report, anything else (S, Esc) closes it and stays. */
void navpin_staff_key(struct nav *nav, int key);

/* Wipes the typed PIN. */
void navpin_clear(struct nav *nav);

/* Seconds left of a lockout after wrong PINs, or 0. */
long navpin_lockout_seconds(const struct nav *nav);

#endif
