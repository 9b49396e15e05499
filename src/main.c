/* kiosk: patient-information kiosk.  main() reads the command line and
 * either runs one of the staff commands or starts the browser. */
#include "check.h"

#include <stdio.h>
#include <string.h>

#ifndef KIOSK_VERSION
#define KIOSK_VERSION "0.1"
#endif

static void usage(FILE *out)
{
	fputs("usage: kiosk [-c FILE]              run the kiosk\n"
	      "       kiosk [-c FILE] --check [DIR] check settings and content\n"
	      "       kiosk --help | --version\n"
	      "\n"
	      "  -c FILE   settings file (default: kiosk.conf in this folder)\n"
	      "  --check   print every problem as file:line:col: error: ...\n"
	      "            and exit 1 if there are errors\n"
	      "\n"
	      "Limits: a content file may be at most 2 MB, a text 64 KB, lists\n"
	      "and keys nested 32 deep, 200,000 values a file, 20,000 files.\n", out);
}

int main(int argc, char **argv)
{
	const char *conf_path = NULL;
	const char *check_dir = NULL;
	int check = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-c") && i + 1 < argc) {
			conf_path = argv[++i];
		} else if (!strcmp(argv[i], "--check")) {
			check = 1;
			if (i + 1 < argc && argv[i + 1][0] != '-')
				check_dir = argv[++i];
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(argv[i], "--version")) {
			puts("kiosk " KIOSK_VERSION);
			return 0;
		} else {
			fprintf(stderr, "kiosk: unknown option '%s'\n", argv[i]);
			usage(stderr);
			return 2;
		}
	}
	if (check)
		return check_run(conf_path, check_dir, stdout);
	fputs("kiosk: the browser is not built yet\n", stderr);
	return 1;
}
