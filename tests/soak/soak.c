/* Soak: the whole kiosk minus the terminal, run headless on curses writing
 * to /dev/null, fed random events: keys, clicks anywhere, resizes from 1x1
 * to 300x100, clock ticks through idle resets, and content reloads that
 * alternate good, broken and missing files.  Every event is drawn.
 *
 * Usage: soak [EVENTS] (default 20,000; `make soak` runs 1,000,000).
 * Prints TAP lines and the resident memory at 10% and at 100% of the run;
 * outside sanitizer builds it fails if memory grew. */
#include "content.h"
#include "finder.h"
#include "screen.h"
#include "nav.h"

#include <curses.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define MEASURING_MEMORY 0	/* ASan keeps freed memory in quarantine */
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEASURING_MEMORY 0
#endif
#endif
#ifndef MEASURING_MEMORY
#define MEASURING_MEMORY 1
#endif

static uint64_t rng = 88172645463325252ULL;

static uint32_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

static long resident_kb(void)
{
	long pages = 0, resident = 0;
	FILE *f = fopen("/proc/self/statm", "r");

	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static long peak_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static char dir[64];

static void copy_content(void)
{
	char cmd[256];

	strcpy(dir, "/tmp/kiosk-soak-XXXXXX");
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		exit(1);
	}
	snprintf(cmd, sizeof cmd, "cp content/*.yaml '%s'/", dir);
	if (system(cmd) != 0)
		exit(1);
}

/* The search index on its worker, as the kiosk has it: typing and reloads
 * while it works. */
static struct finder *finder;

/* Rewrites one topic file as good, broken or missing, and reloads it. */
static void reload_event(struct content_library *lib, struct nav *nav,
			 const char *good, size_t good_len)
{
	static const char *const name = "hip-steroid-injection.yaml";
	char path[128];
	struct diag diag = DIAG_INIT;
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	switch (next_random() % 3) {
	case 0:
		f = fopen(path, "w");
		fwrite(good, 1, good_len, f);
		fclose(f);
		break;
	case 1:
		f = fopen(path, "w");
		fwrite(good, 1, good_len / 2, f);	/* cut off mid-file */
		fputs("\n\t- broken: [\n", f);
		fclose(f);
		break;
	default:
		unlink(path);
		break;
	}
	if (content_library_reload_file(lib, name, &diag))
		nav_set_library(nav, lib);
	finder_follow(finder, lib);
	content_library_release_retired(lib);
	diag_clear(&diag);
}

int main(int argc, char **argv)
{
	static const int keys[] = {
		KEYC_UP, KEYC_DOWN, KEYC_LEFT, KEYC_RIGHT, KEYC_PAGE_UP,
		KEYC_PAGE_DOWN, KEYC_HOME, KEYC_ENTER, KEYC_BACKSPACE, KEYC_TAB,
		KEYC_BACK_TAB, KEYC_ESCAPE, KEYC_F1, KEYC_F10, '?', ' ', 'q', '1',
		'2', '5', '9', 3, 26, '/', KEYC_F1 + 1, 'x', 0xE9,
	};
	struct finder_engine engine;
	long events = argc > 1 ? atol(argv[1]) : 20000;
	struct draw_context ctx = { .clinic_name = "Soak Clinic", .utf8 = true };
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000, .lock = true,
		.language = "en", .bullet = "\xE2\x80\xA2",
	};
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	char *good;
	size_t good_len;
	long now = 0, rss_tenth = 0, peak_tenth = 0, resets = 0;
	struct nav nav;
	SCREEN *screen;

	setlocale(LC_ALL, "C.UTF-8");
	copy_content();
	lib = content_library_load(dir, &diag);
	diag_clear(&diag);
	{
		char path[128];
		FILE *f;
		snprintf(path, sizeof path, "%s/hip-steroid-injection.yaml", dir);
		f = fopen(path, "rb");
		fseek(f, 0, SEEK_END);
		good_len = (size_t)ftell(f);
		fseek(f, 0, SEEK_SET);
		good = malloc(good_len);
		if (fread(good, 1, good_len, f) != good_len)
			return 1;
		fclose(f);
	}
	screen = newterm("xterm-256color", out, in);
	if (!screen) {
		puts("not ok 1 - cannot start curses headless");
		return 1;
	}
	theme_init(&ctx.theme, THEME_STANDARD);
	finder = finder_open();
	if (!finder) {
		puts("not ok 1 - cannot start the search index");
		return 1;
	}
	engine = finder_engine(finder);
	cfg.search = &engine;
	finder_follow(finder, lib);
	nav_init(&nav, &cfg, lib, LINES, COLS, 0);
	for (long i = 0; i < events; i++) {
		uint32_t r = next_random();

		now += r % 3000;
		switch (r % 100) {
		case 0:
			resizeterm(1 + (int)(next_random() % 100), 1 + (int)(next_random() % 300));
			nav_resize(&nav, LINES, COLS);
			break;
		case 1:
			reload_event(lib, &nav, good, good_len);
			break;
		case 2:
			/* A long quiet spell: the idle question, then a reset. */
			now += 70000 + next_random() % 20000;
			nav_tick(&nav, now);
			break;
		default:
			if (r % 5 == 0)
				nav_click(&nav, (int)(next_random() % 110), (int)(next_random() % 310), now);
			else if (r % 5 == 1)
				nav_tick(&nav, now);
			else
				nav_key(&nav, keys[next_random() % (sizeof keys / sizeof keys[0])], now);
			break;
		}
		nav.quit = false;
		screen_draw(&nav, &ctx);
		doupdate();
		if (i + 1 == events / 10) {
			rss_tenth = resident_kb();
			peak_tenth = peak_kb();
		}
	}
	resets = (long)nav.idle_resets;
	long rss_end = resident_kb(), peak_end = peak_kb();
	nav_free(&nav);
	finder_close(finder);
	endwin();
	delscreen(screen);
	fclose(out);
	fclose(in);
	content_library_free(lib);
	free(good);
	{
		char cmd[128];
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			return 1;
	}
	printf("ok 1 - %ld random events drawn without a crash (%ld idle resets)\n",
	       events, resets);
	printf("# resident memory: %ld KB at 10%%, %ld KB at 100%%; peak %ld KB at "
	       "10%%, %ld KB at 100%%\n", rss_tenth, rss_end, peak_tenth, peak_end);
	if (MEASURING_MEMORY) {
		/* Flat: no more than 1 MB of growth after the first tenth. */
		bool flat = rss_end <= rss_tenth + 1024;
		printf("%sok 2 - memory stays flat\n", flat ? "" : "not ");
		puts("1..2");
		return flat ? 0 : 1;
	}
	puts("1..1");
	return 0;
}
