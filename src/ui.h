/* ui: the kiosk on a terminal.  Owns curses, signals and the main loop:
 * turns terminal input into nav events and draws after each one. */
#ifndef KIOSK_UI_H
#define KIOSK_UI_H

#include "conf.h"
#include "content.h"
#include "log.h"

/* Runs the browser until staff leave (or, when not locked, someone quits)
 * or SIGTERM/SIGHUP arrives, taking changes to the content folder and to
 * conf_path (may be NULL) as they are saved.  The content is loaded into
 * *lib (which must be NULL) after the first frame is shown, so the kiosk
 * starts at once however large the library; *conf and *lib are replaced by
 * reloads and the caller frees them.  Usage figures and problems go to log,
 * and content problems to stderr too (at once when it is not the screen,
 * at the end when it is).  start_topic (may be NULL) is the id of a topic
 * to open at once, for previews.  The terminal is always restored.
 * Returns the exit status. */
int ui_run(struct conf *conf, const char *conf_path,
	   struct content_library **lib, struct kiosk_log *log,
	   const char *start_topic);

#endif
