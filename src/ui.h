/* ui: the kiosk on a terminal.  Owns curses, signals and the main loop:
 * turns terminal input into nav events and draws after each one. */
#ifndef KIOSK_UI_H
#define KIOSK_UI_H

#include "conf.h"
#include "content.h"

/* Runs the browser until staff leave (or, when not locked, someone quits)
 * or SIGTERM/SIGHUP arrives.  The terminal is always restored.  Returns the
 * process exit status. */
int ui_run(const struct conf *conf, const struct content_library *lib);

#endif
