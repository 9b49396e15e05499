/* commands: the staff commands that run instead of the kiosk: --print,
 * --qr, --stats, --new and --preview.  Each reads the settings from conf_path
 * (NULL: the defaults), prints to stdout and stderr, and returns the exit
 * status: 0, or 1 after a message saying what is wrong and what to do. */
#ifndef KIOSK_COMMANDS_H
#define KIOSK_COMMANDS_H

#include "content.h"
#include "print.h"

#include <stdbool.h>

enum commands_format { FORMAT_TEXT, FORMAT_HTML };

/* `kiosk --print TOPIC`: the topic as a handout (popt's clinic and date are
 * filled from the settings and today).  A topic whose file has errors is
 * not printed: its errors are. */
int commands_print(const char *conf_path, const char *id,
		   struct print_options popt, enum commands_format format);

/* `kiosk --qr TOPIC -o FILE.png`: the topic's Take home code as a PNG,
 * and its address on stdout. */
int commands_qr(const char *conf_path, const char *id, const char *png_path);

/* `kiosk --stats [LOG...]` (usage figures) or, with errors, `kiosk
 * --errors [LOG...]` (the problems in force), from the count logs named
 * (a regular file each, or "-" for standard input: a pipe from journalctl
 * or a syslog file), or with none the settings' log_file. */
int commands_stats(const char *conf_path, const char *const *logs, size_t count,
		   bool errors);

/* `kiosk --new ID [--kind KIND]`: writes ID.yaml into the content folder
 * from the template (template.h); never overwrites a file. */
int commands_new(const char *conf_path, const char *id, const char *kind,
		 struct content_date today);

/* `kiosk --preview FILE`: the browser, unlocked, opened on the topic in
 * FILE (a path or an id), for reading it through before it goes live. */
int commands_preview(const char *conf_path, const char *file);

#endif
