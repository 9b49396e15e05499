/* check: `kiosk --check`, which reads the settings and a content folder the
 * way the kiosk would and prints every problem for staff to fix. */
#ifndef KIOSK_CHECK_H
#define KIOSK_CHECK_H

#include <stdio.h>

/* conf_path: the settings file, or NULL for the defaults.  dir: the content folder, or NULL for the one the
 * settings name.  Prints problems and a summary line to out.  Returns the
 * process exit status: 0 when clean, 1 when there are errors. */
int check_run(const char *conf_path, const char *dir, FILE *out);

#endif
