#include "navpin.h"

#include "i18n.h"

long navpin_lockout_seconds(const struct nav *nav)
{
	long left = nav->pin_locked_until_ms - nav->now_ms;
	return left > 0 ? (left + 999) / 1000 : 0;
}

void navpin_clear(struct nav *nav)
{
	/* volatile: the compiler must not drop the wipe of a secret. */
	volatile char *p = nav->pin;
	for (size_t i = 0; i < sizeof nav->pin; i++)
		p[i] = 0;
	nav->pin_len = 0;
}

void navpin_open(struct nav *nav)
{
	nav->overlay = OVERLAY_PIN;
	nav->pin_message = nav->cfg.verify_pin ? NULL :
		N_("No staff PIN is set in kiosk.conf.");
}

static void submit_pin(struct nav *nav)
{
	bool ok;

	if (navpin_lockout_seconds(nav) > 0)
		return;
	ok = nav->cfg.verify_pin && nav->pin_len > 0 &&
	     nav->cfg.verify_pin(nav->cfg.pin_ctx, nav->pin);
	navpin_clear(nav);
	if (ok) {
		nav->overlay = OVERLAY_STAFF;
		nav->staff_scroll = 0;
		return;
	}
	if (++nav->pin_failures >= NAV_PIN_TRIES) {
		nav->pin_failures = 0;
		nav->pin_locked_until_ms = nav->now_ms + NAV_PIN_LOCKOUT_MS;
		nav->pin_message = N_("Too many wrong PINs. Please wait.");
	} else {
		nav->pin_message = N_("Wrong PIN. Try again.");
	}
}

void navpin_key(struct nav *nav, int key)
{
	if (key == KEYC_ESCAPE) {
		navpin_clear(nav);
		nav->pin_message = NULL;
		nav->overlay = OVERLAY_NONE;
	} else if (key == KEYC_BACKSPACE) {
		if (nav->pin_len)
			nav->pin[--nav->pin_len] = '\0';
	} else if (key == KEYC_ENTER) {
		submit_pin(nav);
	} else if (key >= '0' && key <= '9' && nav->pin_len < NAV_PIN_MAX &&
		   navpin_lockout_seconds(nav) == 0) {
		nav->pin[nav->pin_len++] = (char)key;
		nav->pin[nav->pin_len] = '\0';
	}
}

void navpin_staff_key(struct nav *nav, int key)
{
	if (key == 'l' || key == 'L')
		nav->quit = true;
	else if (key == KEYC_DOWN)
		nav->staff_scroll++;
	else if (key == KEYC_UP && nav->staff_scroll > 0)
		nav->staff_scroll--;
	else
		nav->overlay = OVERLAY_NONE;
}
