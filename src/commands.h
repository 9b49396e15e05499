/* commands: the staff commands that run instead of the kiosk: --print,
 * --stats, --new and --preview.  Each reads the settings from conf_path
 * (NULL: the defaults), prints to stdout and stderr, and returns the exit
 * status: 0, or 1 after a message saying what is wrong and what to do. */
#ifndef KIOSK_COMMANDS_H
#define KIOSK_COMMANDS_H

#include "content.h"
#include "print.h"

enum commands_format { FORMAT_TEXT, FORMAT_HTML };

/* `kiosk --print TOPIC`: the topic as a handout (popt's clinic and date are
 * filled from the settings and today).  A topic whose file has errors is
 * not printed: its errors are. */
int commands_print(const char *conf_path, const char *id,
		   struct print_options popt, enum commands_format format);

/* `kiosk --stats [LOG]`: usage figures from log_path or the settings'
 * log_file. */
int commands_stats(const char *conf_path, const char *log_path);

/* `kiosk --new ID [--kind KIND]`: writes ID.yaml into the content folder
 * from the template (template.h); never overwrites a file. */
int commands_new(const char *conf_path, const char *id, const char *kind,
		 struct content_date today);

/* `kiosk --preview FILE`: the browser, unlocked, opened on the topic in
 * FILE (a path or an id), for reading it through before it goes live. */
int commands_preview(const char *conf_path, const char *file);

/* Today's date on this machine's clock. */
struct content_date commands_today(void);

#endif
