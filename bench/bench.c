/* bench: speed and memory figures for one content library.
 *
 * Usage: bench DIR [RUNS]
 * Prints, for the library in DIR: its size; the time to load and validate
 * it and the time libyaml alone takes to parse the same files (the floor),
 * with their ratio; the peak resident memory of a process that loads it,
 * with its ratio to the files' size; the median and 99th-percentile time to
 * handle a navigation key and draw the screen at 80x24 and 200x60, and at
 * 80x24 while the page is read aloud (eSpeak NG working in its thread,
 * its sentence highlighted); and the time to reload one changed file.  Figures, not pass or fail. */
#include "benchutil.h"
#include "content.h"
#include "screen.h"
#include "nav.h"
#include "readfile.h"
#include "speech.h"

#include <curses.h>
#include <dirent.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

/* The floor: libyaml's event parse of every file, and nothing else. */
static double raw_parse_us(const char *dir, size_t *bytes)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	double start = now_us();

	*bytes = 0;
	while (d && (de = readdir(d))) {
		char path[4096];
		struct diag diag = DIAG_INIT;
		size_t len;
		char *text;
		yaml_parser_t parser;
		yaml_event_t ev;

		if (!content_is_content_file_name(de->d_name))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		text = readfile(path, CONTENT_MAX_FILE_BYTES, &len, &diag, "");
		diag_clear(&diag);
		if (!text)
			continue;
		*bytes += len;
		yaml_parser_initialize(&parser);
		yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
		while (yaml_parser_parse(&parser, &ev)) {
			int done = ev.type == YAML_STREAM_END_EVENT;
			yaml_event_delete(&ev);
			if (done)
				break;
		}
		yaml_parser_delete(&parser);
		free(text);
	}
	if (d)
		closedir(d);
	return now_us() - start;
}

static double load_us(const char *dir, size_t *topics)
{
	struct diag diag = DIAG_INIT;
	double start = now_us();
	struct content_library *lib = content_library_load(dir, &diag);
	double took = now_us() - start;

	*topics = lib->topic_count;
	content_library_free(lib);
	diag_clear(&diag);
	return took;
}

/* Peak memory of a fresh process that loads the library and keeps it. */
static long load_peak_kb(const char *dir)
{
	int fds[2];
	long kb = -1;
	pid_t pid;

	if (pipe(fds) != 0)
		return -1;
	pid = fork();
	if (pid == 0) {
		struct diag diag = DIAG_INIT;
		struct content_library *lib = content_library_load(dir, &diag);
		struct rusage ru;

		getrusage(RUSAGE_SELF, &ru);
		kb = ru.ru_maxrss;
		if (write(fds[1], &kb, sizeof kb) != sizeof kb)
			_exit(1);
		content_library_free(lib);
		diag_clear(&diag);
		_exit(0);
	}
	close(fds[1]);
	if (read(fds[0], &kb, sizeof kb) != sizeof kb)
		kb = -1;
	close(fds[0]);
	waitpid(pid, NULL, 0);
	return kb;
}

/* Keeps the page being read aloud, as a kiosk with a speaker would (a
 * paced WAV file in a scratch folder), and shows its sentence highlighted,
 * as the kiosk does every tick. */
static void keep_reading(struct speech *sp, const struct nav *nav,
			 struct sentences *s, struct draw_context *ctx)
{
	struct speech_status st;

	speech_status(sp, &st);
	if (st.state != SPEECH_SPEAKING) {
		sentences_of_page(s, navcore_current_page(nav));
		speech_start(sp, "en", s);
		st.sentence = 0;
	}
	ctx->reading = s;
	ctx->reading_sentence = (long)st.sentence;
}

/* Keys a patient presses while reading, drawn at rows x cols; with sp, while
 * the page is read aloud. */
static void key_latency(const struct content_library *lib, int rows, int cols,
			struct speech *sp, double *median, double *p99)
{
	struct sentences reading = SENTENCES_INIT;
	enum { KEYS = 20000 };
	static const int keys[] = { KEYC_DOWN, KEYC_DOWN, KEYC_RIGHT, KEYC_UP,
				    KEYC_TAB, KEYC_PAGE_DOWN, KEYC_LEFT, KEYC_RIGHT };
	struct draw_context ctx = { .clinic_name = "Bench Clinic", .utf8 = true };
	struct nav_config cfg = { .idle_timeout_ms = 1L << 40, .idle_countdown_ms = 1000,
				  .lock = true, .language = "en", .bullet = "*" };
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *screen = newterm("xterm-256color", out, in);
	double *t = malloc(KEYS * sizeof *t);
	struct nav nav;

	resizeterm(rows, cols);
	theme_init(&ctx.theme, THEME_STANDARD);
	nav_init(&nav, &cfg, lib, LINES, COLS, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	nav_key(&nav, '1', 0);
	for (int i = 0; i < KEYS; i++) {
		double start = now_us();

		nav_key(&nav, keys[i % (int)(sizeof keys / sizeof keys[0])], 0);
		if (nav.screen != NAV_PAGE)
			nav_key(&nav, '1', 0);
		if (sp)
			keep_reading(sp, &nav, &reading, &ctx);
		screen_draw(&nav, &ctx);
		doupdate();
		t[i] = now_us() - start;
	}
	*median = percentile(t, KEYS, 0.5);
	*p99 = percentile(t, KEYS, 0.99);
	if (sp)
		speech_stop(sp);
	sentences_free(&reading);
	nav_free(&nav);
	endwin();
	delscreen(screen);
	fclose(out);
	fclose(in);
	free(t);
}

/* Rewrites one topic file unchanged and reloads it: only it is parsed. */
static double reload_us(const char *dir)
{
	enum { RUNS = 30 };
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load(dir, &diag);
	const char *name = "hip-steroid-injection.yaml";
	double t[RUNS];

	for (int i = 0; i < RUNS; i++) {
		double start = now_us();
		content_library_reload_file(lib, name, &diag);
		content_library_release_retired(lib);
		t[i] = now_us() - start;
	}
	content_library_free(lib);
	diag_clear(&diag);
	return percentile(t, RUNS, 0.5);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "content";
	int runs = argc > 2 ? atoi(argv[2]) : 5;
	double loads[16], raws[16], med80, p80, med200, p200, med_aloud, p_aloud;
	char scratch[] = "/tmp/kiosk-bench-XXXXXX", wav[64];
	struct speech *sp;
	size_t bytes = 0, topics = 0;
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	long peak;

	setlocale(LC_ALL, "C.UTF-8");
	if (runs < 1 || runs > 16)
		runs = 5;
	/* First, so the child starts from a fresh process's memory, not from
	 * the heap the timing runs below leave behind. */
	peak = load_peak_kb(dir);
	for (int i = 0; i < runs; i++) {
		raws[i] = raw_parse_us(dir, &bytes);
		loads[i] = load_us(dir, &topics);
	}
	double load = percentile(loads, (size_t)runs, 0.5);
	double raw = percentile(raws, (size_t)runs, 0.5);
	lib = content_library_load(dir, &diag);
	diag_clear(&diag);
	key_latency(lib, 24, 80, NULL, &med80, &p80);
	key_latency(lib, 60, 200, NULL, &med200, &p200);
	if (!mkdtemp(scratch)) {
		perror("bench: a scratch folder");
		return 1;
	}
	snprintf(wav, sizeof wav, "%s/page.wav", scratch);
	sp = speech_open(&(struct speech_options){ .output = wav, .rate = 150,
						   .volume = 100, .paced = true });
	key_latency(lib, 24, 80, sp, &med_aloud, &p_aloud);
	speech_close(sp);
	unlink(wav);
	rmdir(scratch);
	content_library_free(lib);

	printf("topics %zu, files %.1f MB\n", topics, (double)bytes / 1e6);
	printf("  load and validate      %9.1f ms  (median of %d)\n", load / 1e3, runs);
	printf("  libyaml parse alone    %9.1f ms  ratio %.2f (goal: at most 1.5)\n",
	       raw / 1e3, load / raw);
	printf("  peak memory            %9.1f MB  ratio to files %.2f; goal under "
	       "%.1f MB (2 x files + 8 MB)\n", (double)peak / 1024,
	       (double)peak * 1024 / (double)bytes, 2.0 * (double)bytes / 1e6 + 8.39);
	printf("  key and redraw 80x24   %9.1f us median, %.1f us 99th percentile\n",
	       med80, p80);
	printf("  key and redraw 200x60  %9.1f us median, %.1f us 99th percentile "
	       "(goal: median under 100)\n", med200, p200);
	printf("  key and redraw 80x24, reading aloud %.1f us median, %.1f us 99th "
	       "percentile (goal: as without)\n", med_aloud, p_aloud);
	printf("  reload one file        %9.1f us  (median of 30)\n", reload_us(dir));
	return 0;
}
