/* kiosk: patient-information kiosk.  main() reads the command line and
 * either runs one of the staff commands or starts the browser. */
#include "check.h"
#include "commands.h"
#include "conf.h"
#include "content.h"
#include "i18n.h"
#include "log.h"
#include "pin.h"
#include "ui.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef KIOSK_VERSION
#define KIOSK_VERSION "0.1"
#endif

static void usage(FILE *out)
{
	fputs("usage: kiosk [-c FILE]              run the kiosk\n"
	      "       kiosk [-c FILE] --check [DIR|FILE] [--strict]\n"
	      "                                      check settings and content, or\n"
	      "                                      one file against its folder\n"
	      "       kiosk [-c FILE] --print TOPIC [--width N] [--page-lines N]\n"
	      "                                     [--format text|html]\n"
	      "                                      a topic as a handout\n"
	      "       kiosk [-c FILE] --preview FILE read a topic through, unlocked\n"
	      "       kiosk [-c FILE] --new ID [--kind condition|procedure]\n"
	      "                                      start a topic from a template\n"
	      "       kiosk [-c FILE] --stats [LOG...]  usage figures from the logs\n"
	      "       kiosk [-c FILE] --errors [LOG...] problems in force, from the logs\n"
	      "       kiosk [-c FILE] --qr TOPIC -o FILE.png\n"
	      "                                      the Take home QR code as a PNG\n"
	      "       kiosk --hash-pin               make a staff_pin_hash line\n"
	      "       kiosk --help | --version\n"
	      "\n"
	      "  -c FILE   settings file (default: kiosk.conf in this folder)\n"
	      "  --check   print every problem as file:line:col: error: ...\n"
	      "            and exit 1 if there are errors\n"
	      "  --strict  with --check: warnings count as errors\n"
	      "  LOG       a log file, or - for standard input: system log lines\n"
	      "            or journalctl -o export; per kiosk and in total\n"
	      "\n"
	      "\n"
	      "Keys: arrows, Enter, Space, Backspace, PgUp/PgDn, Home, Tab,\n"
	      "digits, ? for help.  Staff leave a locked kiosk with F10 and the PIN.\n"
	      "\n"
	      "Limits: a content file may be at most 2 MB, a text 64 KB, lists\n"
	      "and keys nested 32 deep, 200,000 values a file, 20,000 files.\n", out);
}

/* Starts the browser.  Problems with the settings are printed before the
 * screen starts; the content is loaded by the browser once its first frame
 * is up.  The kiosk runs on whatever is good: a clinic is better served by
 * some topics than by none. */
static int run(const char *conf_path)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib = NULL;
	struct kiosk_log log;
	int status;

	conf_defaults(&conf);
	if (conf_path)
		conf_load(&conf, conf_path, &diag);
	if (!log_open_conf(&log, &conf)) {
		char shown[80];

		if (conf.log == CONF_LOG_SYSLOG)
			fputs("kiosk: no thread could be started for the system "
			      "log; nothing is logged\n", stderr);
		else
			fprintf(stderr, "kiosk: log_file %s is not a regular file; "
				"nothing is logged\n", diag_quote(conf.log_file,
				strlen(conf.log_file), shown, sizeof shown));
	}
	i18n_init(NULL);
	i18n_set_language(conf.language);
	if (conf_path)
		log_diag(&log, 0, conf_path, &diag);
	diag_print(&diag, stderr);
	diag_clear(&diag);
	status = ui_run(&conf, conf_path, &lib, &log, NULL);
	content_library_free(lib);
	log_close(&log);
	conf_free(&conf);
	return status;
}

/* Reads a number option's value into *value; false after a message when it
 * is not a number from min to max. */
static bool number_option(const char *name, const char *arg, long min, long max,
			  long *value)
{
	char *end;

	*value = strtol(arg, &end, 10);
	if (*arg && !*end && *value >= min && *value <= max)
		return true;
	fprintf(stderr, "kiosk: %s takes a number from %ld to %ld\n", name, min, max);
	return false;
}

int main(int argc, char **argv)
{
	const char *conf_path = NULL, *check_target = NULL, *print_id = NULL;
	const char *new_id = NULL, *kind = "condition";
	const char *const *stats_logs = NULL;
	size_t stats_count = 0;
	const char *preview = NULL, *qr_id = NULL, *out_path = NULL;
	int check = 0, hash_pin = 0, strict = 0, stats = 0, errors = 0;
	long width = PRINT_DEFAULT_WIDTH, page_lines = PRINT_DEFAULT_PAGE_LINES;
	enum commands_format format = FORMAT_TEXT;

	for (int i = 1; i < argc; i++) {
		const char *value = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(argv[i], "-c") && value) {
			conf_path = argv[++i];
		} else if (!strcmp(argv[i], "--check")) {
			check = 1;
			if (value && value[0] != '-')
				check_target = argv[++i];
		} else if (!strcmp(argv[i], "--print") && value) {
			print_id = argv[++i];
		} else if (!strcmp(argv[i], "--width") && value) {
			if (!number_option("--width", argv[++i], PRINT_MIN_WIDTH,
					   PRINT_MAX_WIDTH, &width))
				return 2;
		} else if (!strcmp(argv[i], "--page-lines") && value) {
			if (strcmp(argv[++i], "0") &&
			    !number_option("--page-lines (or 0 for no pages)", argv[i],
					   PRINT_MIN_PAGE_LINES, PRINT_MAX_PAGE_LINES,
					   &page_lines))
				return 2;
			page_lines = atol(argv[i]);
		} else if (!strcmp(argv[i], "--format") && value &&
			   (!strcmp(value, "text") || !strcmp(value, "html"))) {
			format = !strcmp(argv[++i], "html") ? FORMAT_HTML : FORMAT_TEXT;
		} else if (!strcmp(argv[i], "--qr") && value) {
			qr_id = argv[++i];
		} else if (!strcmp(argv[i], "-o") && value) {
			out_path = argv[++i];
		} else if (!strcmp(argv[i], "--new") && value) {
			new_id = argv[++i];
		} else if (!strcmp(argv[i], "--kind") && value) {
			kind = argv[++i];
		} else if (!strcmp(argv[i], "--preview") && value) {
			preview = argv[++i];
		} else if (!strcmp(argv[i], "--stats") || !strcmp(argv[i], "--errors")) {
			stats = 1;
			errors = !strcmp(argv[i], "--errors");
			/* Every log that follows; "-" is standard input. */
			stats_logs = (const char *const *)argv + i + 1;
			for (stats_count = 0; i + 1 < argc && (argv[i + 1][0] != '-' ||
							       !strcmp(argv[i + 1], "-"));
			     stats_count++)
				i++;
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
	if (print_id) {
		struct print_options popt = {
			.width = (int)width, .page_lines = (int)page_lines,
		};
		return commands_print(conf_path, print_id, popt, format);
	}
	if (qr_id && !out_path) {
		fputs("kiosk: --qr needs -o FILE.png\n", stderr);
		return 2;
	}
	if (qr_id)
		return commands_qr(conf_path, qr_id, out_path);
	if (stats)
		return commands_stats(conf_path, stats_logs, stats_count, errors);
	if (new_id)
		return commands_new(conf_path, new_id, kind, print_today());
	if (preview)
		return commands_preview(conf_path, preview);
	if (check) {
		struct check_options opt = {
			.conf_path = conf_path, .target = check_target,
			.strict = strict, .today = print_today(),
		};
		return check_run(&opt, stdout);
	}
	return run(conf_path);
}
