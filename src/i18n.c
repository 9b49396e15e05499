#include "i18n.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Set by the Makefile from PREFIX; this default is for tools that compile
 * the file alone. */
#ifndef KIOSK_LOCALEDIR
#define KIOSK_LOCALEDIR "/usr/local/share/locale"
#endif

static const char domain[] = "kiosk";

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* build/locale beside the running program, written into buf; false when
 * the program is not run from a source tree. */
static bool source_tree_dir(char *buf, size_t size)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash;

	if (n <= 0)
		return false;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return false;
	*slash = '\0';
	return snprintf(buf, size, "%s/build/locale", exe) < (int)size && is_dir(buf);
}

bool i18n_init(const char *localedir)
{
	char found[PATH_MAX];
	const char *env = getenv("KIOSK_LOCALEDIR");

	if (!localedir)
		localedir = env && *env ? env :
			    source_tree_dir(found, sizeof found) ? found :
			    KIOSK_LOCALEDIR;
	return bindtextdomain(domain, localedir) &&
	       bind_textdomain_codeset(domain, "UTF-8") && textdomain(domain);
}

bool i18n_set_language(const char *code)
{
	const char *now;

	if (setenv("LANGUAGE", code, 1) != 0)
		return false;
	/* Setting the locale again also empties gettext's cache of looked-up
	 * messages, so the next _() reads the new language's catalogue. */
	now = setlocale(LC_MESSAGES, "");
	if (!now || strcmp(now, "C") == 0 || strcmp(now, "POSIX") == 0)
		now = setlocale(LC_MESSAGES, "C.UTF-8");
	return now != NULL;
}
