/* libFuzzer target: any bytes as a stream of patient events (keys, clicks
 * anywhere, resizes, clock ticks, new content) for the navigation core on
 * the bundled content.  Every state it reaches must stay consistent. */
#include "nav.h"

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct content_library *bundled;
static struct content_library empty;

static bool any_pin(void *ctx, const char *pin)
{
	(void)ctx;
	return pin[0] == '7';
}

/* A search engine without an index: text starting with h finds the
 * injection topic, with x finds it only mended (so "Did you mean"), and
 * it is ready only every other tenth of a second of the stream. */
static long fuzz_now;

static bool fake_ready(void *ctx)
{
	(void)ctx;
	return fuzz_now / 100 % 2 == 0;
}

static size_t fake_query(void *ctx, const char *language, const char *text,
			 struct search_hit *hits, size_t max)
{
	(void)ctx;
	(void)language;
	if (max == 0 || (text[0] != 'h' && text[0] != 'x'))
		return 0;
	snprintf(hits[0].key, sizeof hits[0].key, "en/hip-steroid-injection");
	snprintf(hits[0].snippet, sizeof hits[0].snippet, "a [hip] jab");
	hits[0].mended = text[0] == 'x';
	return 1;
}

static bool fake_suggest(void *ctx, const char *text, char *out, size_t outsz)
{
	(void)ctx;
	snprintf(out, outsz, "%s", text[0] ? "hip" : "");
	return text[0] != '\0';
}

static const struct finder_engine engine = {
	.ready = fake_ready, .query = fake_query, .suggest = fake_suggest,
};

static void load_once(void)
{
	const char *dir = getenv("KIOSK_FUZZ_CONTENT") ? getenv("KIOSK_FUZZ_CONTENT") :
			  "content";
	struct diag diag = DIAG_INIT;

	if (bundled)
		return;
	setlocale(LC_ALL, "C.UTF-8");
	bundled = content_library_load(dir, &diag);
	diag_clear(&diag);
	/* Fuzzing an empty library would reach a fraction of the screens. */
	if (!bundled || bundled->topic_count == 0) {
		fprintf(stderr, "fuzz_nav: no topics in %s (set KIOSK_FUZZ_CONTENT)\n", dir);
		exit(1);
	}
}

static void check_invariants(const struct nav *nav)
{
	if (nav->screen == NAV_PAGE &&
	    (!nav->topic || nav->section >= nav->topic->section_count ||
	     nav->page >= nav->topic->sections[nav->section].page_count ||
	     nav->scroll < 0))
		abort();
	if (nav->menu_count && nav->menu_selected >= nav->menu_count)
		abort();
	if ((nav->search.hit_count && nav->search.selected >= nav->search.hit_count) ||
	    nav->search.len > NAV_SEARCH_TEXT_MAX ||
	    (nav->search.a_to_z_count &&
	     nav->search.a_to_z_selected >= nav->search.a_to_z_count))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int keys[] = {
		KEYC_UP, KEYC_DOWN, KEYC_LEFT, KEYC_RIGHT, KEYC_PAGE_UP,
		KEYC_PAGE_DOWN, KEYC_HOME, KEYC_END, KEYC_ENTER, KEYC_BACKSPACE,
		KEYC_TAB, KEYC_BACK_TAB, KEYC_ESCAPE, KEYC_F1, KEYC_F1 + 1, KEYC_F10,
		KEYC_OTHER,
	};
	struct nav_config cfg = {
		.idle_timeout_ms = 5000, .idle_countdown_ms = 2000, .lock = true,
		.language = "en", .bullet = "*", .verify_pin = any_pin,
		.search = &engine,
	};
	struct nav nav;
	long now = 0;

	load_once();
	nav_init(&nav, &cfg, bundled, 24, 80, 0);
	for (size_t i = 0; i + 2 < size; i += 3) {
		uint8_t op = data[i], a = data[i + 1], b = data[i + 2];

		now += a * 37;
		fuzz_now = now;
		switch (op % 8) {
		case 0:
			nav_key(&nav, keys[a % (sizeof keys / sizeof keys[0])], now);
			break;
		case 1:
			nav_key(&nav, a, now);	/* any character */
			break;
		case 2:
			nav_click(&nav, a % 120, b, now);
			break;
		case 3:
			nav_resize(&nav, 1 + a % 100, 1 + (a * 3 + b) % 300);
			break;
		case 4:
			nav_tick(&nav, now + b * 100);
			break;
		case 5:
			nav_set_library(&nav, a & 1 ? bundled : &empty);
			break;
		default:
			nav_key(&nav, '0' + b % 10, now);
			break;
		}
		check_invariants(&nav);
	}
	nav_free(&nav);
	return 0;
}
