/* kiosk: patient-information kiosk.  main() reads the command line and
 * either runs one of the staff commands or starts the browser. */
#include "check.h"
#include "conf.h"
#include "content.h"
#include "handout.h"
#include "log.h"
#include "pin.h"
#include "print.h"
#include "qr.h"
#include "stats.h"
#include "ui.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
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
	      "       kiosk [-c FILE] --print TOPIC [--width N]\n"
	      "                                      a topic as a plain-text handout\n"
	      "       kiosk [-c FILE] --stats [LOG]  usage figures from the log\n"
	      "       kiosk [-c FILE] --qr TOPIC -o FILE.png\n"
	      "                                      the Take home QR code as a PNG\n"
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

/* `kiosk --print TOPIC`: the topic as a plain-text handout on stdout. */
static int print_command(const char *conf_path, const char *id, long width)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib;
	const struct content_topic *t;
	int status = 0;

	conf_defaults(&conf);
	if (conf_path)
		conf_load(&conf, conf_path, &diag);
	lib = content_library_load(conf.content_dir, &diag);
	t = content_find_topic(lib, id, conf.language);
	if (t) {
		print_topic(lib, t, (int)width, stdout);
	} else {
		char shown[80];
		fprintf(stderr, "kiosk: there is no topic '%s' in %s; the topics are:\n",
			diag_quote(id, strlen(id), shown, sizeof shown), conf.content_dir);
		for (size_t i = 0; i < lib->topic_count; i++)
			if (!strcmp(lib->topics[i]->language, conf.language))
				fprintf(stderr, "  %s\n", lib->topics[i]->id);
		status = 1;
	}
	content_library_free(lib);
	diag_clear(&diag);
	conf_free(&conf);
	return status;
}

/* `kiosk --qr TOPIC -o FILE.png`: the topic's Take home code as a PNG,
 * and its address on stdout. */
static int qr_command(const char *conf_path, const char *id, const char *png_path)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib;
	const struct content_topic *t;
	struct qr_code code;
	char *address = NULL;
	char shown[80];
	int status = 1, err;

	conf_defaults(&conf);
	if (conf_path)
		conf_load(&conf, conf_path, &diag);
	lib = content_library_load(conf.content_dir, &diag);
	t = content_find_topic(lib, id, conf.language);
	diag_quote(id, strlen(id), shown, sizeof shown);
	if (!t)
		fprintf(stderr, "kiosk: there is no topic '%s' in %s; run "
			"kiosk --check to see the topics\n", shown, conf.content_dir);
	else if (!(address = handout_address(conf.handout_url, t)))
		fprintf(stderr, "kiosk: topic '%s' has no leaflet address; set "
			"handout_url in kiosk.conf or give it a source url\n", shown);
	else if (!qr_encode(address, 0, &code))
		fprintf(stderr, "kiosk: the address of '%s' is too long for a QR "
			"code\n", shown);
	else if ((err = qr_write_png(&code, QR_PNG_SCALE, png_path)) != 0)
		fprintf(stderr, "kiosk: cannot write %s: %s\n", png_path, strerror(err));
	else
		status = 0;
	if (address && status == 0) {
		if (qr_rows(&code) > QR_ROWS_80X24)
			fprintf(stderr, "kiosk: this code is too big for an 80x24 "
				"screen; kiosk --check says how to shorten it\n");
		printf("%s\n", address);
	}
	if (address && code.dark)
		qr_free(&code);
	free(address);
	content_library_free(lib);
	diag_clear(&diag);
	conf_free(&conf);
	return status;
}

/* `kiosk --stats [LOG]`: usage figures from LOG or the settings' log_file. */
static int stats_command(const char *conf_path, const char *log_path)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	FILE *in;
	int status;

	conf_defaults(&conf);
	if (!log_path && conf_path)
		conf_load(&conf, conf_path, &diag);
	diag_clear(&diag);
	if (!log_path)
		log_path = conf.log_file;
	if (!*log_path) {
		fputs("kiosk: no log to read: give its name, or set log_file in "
		      "kiosk.conf\n", stderr);
		conf_free(&conf);
		return 1;
	}
	in = fopen(log_path, "r");
	if (!in) {
		fprintf(stderr, "kiosk: cannot read %s: %s\n", log_path, strerror(errno));
		conf_free(&conf);
		return 1;
	}
	status = stats_run(in, log_path, stdout);
	fclose(in);
	conf_free(&conf);
	return status;
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
	log_open(&log, conf.log_file);
	if (diag.count) {
		diag_print(&diag, stderr);
		log_diag(&log, 0, &diag);
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
	const char *print_id = NULL, *stats_log = NULL;
	const char *qr_id = NULL, *out_path = NULL;
	int stats = 0;
	long width = PRINT_DEFAULT_WIDTH;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-c") && i + 1 < argc) {
			conf_path = argv[++i];
		} else if (!strcmp(argv[i], "--check")) {
			check = 1;
			if (i + 1 < argc && argv[i + 1][0] != '-')
				check_dir = argv[++i];
		} else if (!strcmp(argv[i], "--print") && i + 1 < argc) {
			print_id = argv[++i];
		} else if (!strcmp(argv[i], "--qr") && i + 1 < argc) {
			qr_id = argv[++i];
		} else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			out_path = argv[++i];
		} else if (!strcmp(argv[i], "--width") && i + 1 < argc) {
			char *end;
			width = strtol(argv[++i], &end, 10);
			if (*end || width < PRINT_MIN_WIDTH || width > PRINT_MAX_WIDTH) {
				fprintf(stderr, "kiosk: --width takes a number from "
					"%d to %d\n", PRINT_MIN_WIDTH, PRINT_MAX_WIDTH);
				return 2;
			}
		} else if (!strcmp(argv[i], "--stats")) {
			stats = 1;
			if (i + 1 < argc && argv[i + 1][0] != '-')
				stats_log = argv[++i];
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
	if (print_id)
		return print_command(conf_path, print_id, width);
	if (qr_id && !out_path) {
		fputs("kiosk: --qr needs -o FILE.png\n", stderr);
		return 2;
	}
	if (qr_id)
		return qr_command(conf_path, qr_id, out_path);
	if (stats)
		return stats_command(conf_path, stats_log);
	if (check) {
		struct check_options opt = {
			.conf_path = conf_path, .dir = check_dir, .strict = strict,
			.today = today(),
		};
		return check_run(&opt, stdout);
	}
	return run(conf_path);
}
