/* kiosk: patient-information kiosk.  main() reads the command line and
 * either runs one of the staff commands or starts the browser. */
#include "check.h"
#include "conf.h"
#include "content.h"
#include "log.h"
#include "pin.h"
#include "ui.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifndef KIOSK_VERSION
#define KIOSK_VERSION "0.1"
#endif

static void usage(FILE *out)
{
	fputs("usage: kiosk [-c FILE]              run the kiosk\n"
	      "       kiosk [-c FILE] --check [DIR] [--strict]\n"
	      "                                      check settings and content\n"
	      "       kiosk --hash-pin               make a staff_pin_hash line\n"
	      "       kiosk --help | --version\n"
	      "\n"
	      "  -c FILE   settings file (default: kiosk.conf in this folder)\n"
	      "  --check   print every problem as file:line:col: error: ...\n"
	      "            and exit 1 if there are errors\n"
	      "  --strict  with --check: warnings count as errors\n"
	      "\n"
	      "\n"
	      "Keys: arrows, Enter, Space, Backspace, PgUp/PgDn, Home, Tab,\n"
	      "digits, ? for help.  Staff leave a locked kiosk with F10 and the PIN.\n"
	      "\n"
	      "Limits: a content file may be at most 2 MB, a text 64 KB, lists\n"
	      "and keys nested 32 deep, 200,000 values a file, 20,000 files.\n", out);
}

static struct content_date today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	return (struct content_date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
}

/* Starts the browser on what loads.  Problems with the settings or content
 * are printed before the screen starts, and the kiosk runs on whatever is
 * good: a clinic is better served by some topics than by none. */
static int run(const char *conf_path)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib;
	struct kiosk_log log;
	int status;

	conf_defaults(&conf);
	if (conf_path)
		conf_load(&conf, conf_path, &diag);
	log_open(&log, conf.log_file);
	lib = content_library_load(conf.content_dir, &diag);
	if (diag.count) {
		diag_print(&diag, stderr);
		log_diag(&log, 0, &diag);
		fprintf(stderr, "kiosk: starting with %zu topic%s; run 'kiosk --check' "
			"for details\n", lib->topic_count, lib->topic_count == 1 ? "" : "s");
	}
	diag_clear(&diag);
	status = ui_run(&conf, conf_path, &lib, &log);
	content_library_free(lib);
	log_close(&log);
	conf_free(&conf);
	return status;
}

int main(int argc, char **argv)
{
	const char *conf_path = NULL;
	const char *check_dir = NULL;
	int check = 0, hash_pin = 0, strict = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-c") && i + 1 < argc) {
			conf_path = argv[++i];
		} else if (!strcmp(argv[i], "--check")) {
			check = 1;
			if (i + 1 < argc && argv[i + 1][0] != '-')
				check_dir = argv[++i];
		} else if (!strcmp(argv[i], "--strict")) {
			strict = 1;
		} else if (!strcmp(argv[i], "--hash-pin")) {
			hash_pin = 1;
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
	setlocale(LC_ALL, "");
	if (!conf_path && access("kiosk.conf", F_OK) == 0)
		conf_path = "kiosk.conf";
	if (hash_pin)
		return pin_hash_command(stdin, stdout, stderr);
	if (check) {
		struct check_options opt = {
			.conf_path = conf_path, .dir = check_dir, .strict = strict,
			.today = today(),
		};
		return check_run(&opt, stdout);
	}
	return run(conf_path);
}
