#include "ui.h"

#include "console.h"
#include "figdraw.h"
#include "finder.h"
#include "i18n.h"
#include "lockout.h"
#include "screen.h"
#include "nav.h"
#include "navpin.h"
#include "pin.h"
#include "reload.h"
#include "services.h"
#include "usage.h"
#include "view_figure.h"

#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { TICK_MS = 250, WHEEL_LINES = 3 };

static volatile sig_atomic_t stop_signal;
static bool curses_active, console_locked;

/* True when the terminal has gone away (a hang-up without a signal, as
 * when a terminal emulator closes): input then fails at once, for ever. */
static bool terminal_gone(void)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };

	return poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLERR | POLLNVAL));
}

static void on_stop_signal(int sig)
{
	stop_signal = sig;
}

/* One place restores the terminal, whatever way the kiosk ends. */
static void restore_terminal(void)
{
	if (curses_active) {
		curses_active = false;
		endwin();
	}
	if (console_locked) {
		console_locked = false;
		console_unlock_switching(STDIN_FILENO, NULL);
	}
}

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void install_signals(bool lock)
{
	struct sigaction stop, ignore;

	memset(&stop, 0, sizeof stop);
	sigemptyset(&stop.sa_mask);
	ignore = stop;
	/* No SA_RESTART: a signal must wake the wait for a key. */
	stop.sa_handler = on_stop_signal;
	ignore.sa_handler = SIG_IGN;
	sigaction(SIGTERM, &stop, NULL);
	sigaction(SIGHUP, &stop, NULL);
	sigaction(SIGINT, lock ? &ignore : &stop, NULL);
	sigaction(SIGPIPE, &ignore, NULL);
	/* Unlocked, SIGQUIT and SIGTSTP keep what they had (curses handles
	 * SIGTSTP so a suspended preview restores the terminal). */
	if (lock) {
		sigaction(SIGQUIT, &ignore, NULL);
		sigaction(SIGTSTP, &ignore, NULL);
	}
}

/* A locked kiosk on a virtual console keeps it: no switching away. */
static void lock_console(void)
{
	switch (console_lock_switching(STDIN_FILENO, NULL)) {
	case CONSOLE_LOCKED:
		console_locked = true;
		break;
	case CONSOLE_NOT_ALLOWED:
		fprintf(stderr, "kiosk: cannot stop switching to other consoles "
			"(%s); the service needs AmbientCapabilities="
			"CAP_SYS_TTY_CONFIG, as in deploy/kiosk.service\n",
			strerror(errno));
		break;
	case CONSOLE_NOT_A_VT:
		break;
	}
}

static bool start_curses(void)
{
	const char *term = getenv("TERM");

	/* newterm, unlike initscr, reports an unknown terminal instead of
	 * exiting; fall back to the plainest terminal that still works. */
	if (!newterm(NULL, stdout, stdin)) {
		fprintf(stderr, "kiosk: terminal type '%s' is unknown; trying vt100\n",
			term && *term ? term : "(TERM is not set)");
		if (!newterm("vt100", stdout, stdin)) {
			fputs("kiosk: cannot start the screen; set TERM, for example "
			      "TERM=linux on a console\n", stderr);
			return false;
		}
	}
	curses_active = true;
	atexit(restore_terminal);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	timeout(TICK_MS);
	mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED |
		  BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	/* Terminals disagree on what Home and End send; accept them all. */
	static const char *const home[] = { "\033[1~", "\033[H", "\033OH", "\033[7~" };
	static const char *const end[] = { "\033[4~", "\033[F", "\033OF", "\033[8~" };
	for (size_t i = 0; i < 4; i++) {
		define_key(home[i], KEY_HOME);
		define_key(end[i], KEY_END);
	}
	return true;
}

static int key_from_curses(int status, wint_t ch)
{
	if (status == KEY_CODE_YES) {
		switch (ch) {
		case KEY_UP: return KEYC_UP;
		case KEY_DOWN: return KEYC_DOWN;
		case KEY_LEFT: return KEYC_LEFT;
		case KEY_RIGHT: return KEYC_RIGHT;
		case KEY_PPAGE: return KEYC_PAGE_UP;
		case KEY_NPAGE: return KEYC_PAGE_DOWN;
		case KEY_HOME: return KEYC_HOME;
		case KEY_END: return KEYC_END;
		case KEY_ENTER: return KEYC_ENTER;
		case KEY_BACKSPACE: return KEYC_BACKSPACE;
		case KEY_BTAB: return KEYC_BACK_TAB;
		default:
			if (ch >= KEY_F(1) && ch <= KEY_F(12))
				return KEYC_F1 + (int)(ch - KEY_F(1));
			return KEYC_OTHER;
		}
	}
	switch (ch) {
	case '\r': case '\n': return KEYC_ENTER;
	case '\t': return KEYC_TAB;
	case 27: return KEYC_ESCAPE;
	case 8: case 127: return KEYC_BACKSPACE;
	default: return ch > 0x10FFFF ? KEYC_OTHER : (int)ch;
	}
}

static void handle_mouse(struct nav *nav)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return;
	/* Act on release (or a click), never on the press, so a slow touch
	 * still counts and a press that slides off does not. */
	if (ev.bstate & (BUTTON1_RELEASED | BUTTON1_CLICKED))
		nav_click(nav, ev.y, ev.x, now_ms());
	else if (ev.bstate & BUTTON4_PRESSED)
		for (int i = 0; i < WHEEL_LINES; i++)
			nav_key(nav, KEYC_UP, now_ms());
	else if (ev.bstate & BUTTON5_PRESSED)
		for (int i = 0; i < WHEEL_LINES; i++)
			nav_key(nav, KEYC_DOWN, now_ms());
}

static bool check_pin(void *ctx, const char *pin)
{
	return pin_verify(ctx, pin);
}

/* What a tick can change on screen; drawing only when it changes keeps an
 * idle kiosk from writing to the terminal four times a second. */
static long tick_signature(const struct nav *nav)
{
	return (long)navcore_search_ready(nav) * 100000000 +
	       (long)nav->screen * 1000000 + (long)nav->overlay * 100000 +
	       navcore_idle_seconds_left(nav) * 100 + navpin_lockout_seconds(nav);
}

/* Pictures as the theme and terminal allow: the page lays figures out as
 * pictures only when they can be drawn. */
static void start_figures(struct nav_config *cfg, struct draw_context *ctx)
{
	figdraw_init(ctx->figures, ctx->theme.colour);
	cfg->pictures = figdraw_can_draw(ctx->figures);
}

/* Points the navigation and drawing at the settings in force. */
static void apply_conf(struct nav_config *cfg, struct draw_context *ctx,
		       const struct conf *conf)
{
	cfg->idle_timeout_ms = (long)conf->idle_timeout * 1000;
	cfg->idle_countdown_ms = (long)conf->idle_countdown * 1000;
	cfg->lock = conf->lock;
	cfg->language = conf->language;
	cfg->languages = conf->languages;
	cfg->language_count = conf->language_count;
	cfg->verify_pin = conf->staff_pin_hash[0] ? check_pin : NULL;
	cfg->pin_ctx = conf->staff_pin_hash;
	cfg->clinic_phone = conf->clinic_phone[0] ? conf->clinic_phone : NULL;
	ctx->clinic_name = conf->clinic_name;
	ctx->content_dir = conf->content_dir;
	ctx->clinic_phone = conf->clinic_phone;
	if (curses_active && ctx->theme.name != conf->theme) {
		theme_init(&ctx->theme, conf->theme);
		cfg->term_look = theme_term_look(&ctx->theme);
		start_figures(cfg, ctx);
	}
	install_signals(conf->lock);
}

/* Switches the screens' words to the patient's language when it changed
 * (a choice on the welcome screen, the idle reset); shown holds the one
 * in force. */
static void follow_language(const struct nav *nav, char shown[NAV_LANGUAGE_SIZE])
{
	if (strcmp(nav->language, shown) == 0)
		return;
	i18n_set_language(nav->language);
	memcpy(shown, nav->language, NAV_LANGUAGE_SIZE);
}

/* Takes saved changes; returns true when the screen may need redrawing. */
static bool take_changes(struct reloader *r, struct nav *nav, struct services *sv,
			 struct finder *finder, struct draw_context *ctx,
			 struct kiosk_log *log)
{
	unsigned changed = reload_poll(r, now_ms());

	/* What is being read points into the old content. */
	if (changed)
		services_forget(sv);
	if (changed & RELOAD_CONF) {
		const struct content_topic *topic = nav->topic;

		apply_conf(&nav->cfg, ctx, r->conf);
		if (log_differs(log, r->conf)) {
			log_close(log);
			log_open_conf(log, r->conf);
		}
		services_update(sv, r->conf, &nav->cfg, log, now_ms());
		/* The leaflet address may have a new template. */
		navcore_set_topic(nav, NULL);
		navcore_set_topic(nav, topic);
	}
	if (changed) {
		/* nav still points into the old content: move it over
		 * before the old content is freed. */
		nav_set_library(nav, r->lib);
		/* The index's worker lets go of the old content here. */
		if (finder)
			finder_follow(finder, r->lib);
		reload_release(r);
	}
	return changed != 0;
}

/* Takes up a PIN lockout (and wrong PINs) from before a restart. */
static struct lockout restore_lockout(struct nav *nav, const struct conf *conf)
{
	char *path = lockout_path(conf->log_file);
	struct lockout st = { 0, 0 };

	if (path)
		st = lockout_read(path, time(NULL));
	free(path);
	nav->pin_failures = st.failures;
	nav->pin_locked_until_ms = st.remaining_ms ? now_ms() + st.remaining_ms : 0;
	return st;
}

/* Writes the lockout state when a wrong PIN changed it: a new failure, or
 * a new lockout (the only time the remaining time grows). */
static void keep_lockout(const struct nav *nav, const struct conf *conf,
			 struct lockout *saved)
{
	struct lockout st = { nav->pin_failures, navpin_lockout_seconds(nav) * 1000 };
	char *path;

	if (st.failures != saved->failures || st.remaining_ms > saved->remaining_ms) {
		path = lockout_path(conf->log_file);
		if (path)
			lockout_write(path, time(NULL), &st);
		free(path);
	}
	*saved = st;
}

/* Loads the content folder, sending its problems to the log, to kept (for
 * the staff screen) and to stderr:
 * now when stderr is not the screen (a service's journal, a file), into
 * *later otherwise, to be printed once the screen is given back. */
static struct content_library *load_content(const struct conf *conf,
					    struct kiosk_log *log, struct diag *later,
					    struct diag *kept)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load(conf->content_dir, &diag);

	log_diag(log, now_ms(), conf->content_dir, &diag);
	diag_copy(kept, &diag);
	if (diag.count) {
		if (isatty(STDERR_FILENO)) {
			diag_move(later, &diag);
		} else {
			diag_print(&diag, stderr);
			fprintf(stderr, "kiosk: running with %zu topic%s; run "
				"'kiosk --check' for details\n", lib->topic_count,
				lib->topic_count == 1 ? "" : "s");
		}
	}
	diag_clear(&diag);
	return lib;
}

int ui_run(struct conf *conf, const char *conf_path,
	   struct content_library **lib, struct kiosk_log *log,
	   const char *start_topic)
{
	static const struct content_library no_content;
	struct diag later = DIAG_INIT, first_problems = DIAG_INIT;
	struct staff_report staff = { 0 };
	struct nav_config cfg = { 0 };
	struct draw_context ctx = { 0 };
	struct figdraw figures = FIGDRAW_INIT;
	struct reloader reloader;
	struct services services;
	struct usage usage;
	struct nav nav;
	struct finder *finder;
	struct finder_engine engine;
	struct lockout lockout;
	char language[NAV_LANGUAGE_SIZE] = "";
	long signature;

	apply_conf(&cfg, &ctx, conf);
	if (conf->lock)
		lock_console();
	if (!start_curses()) {
		restore_terminal();
		return 1;
	}
	ctx.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	theme_init(&ctx.theme, conf->theme);
	cfg.term_look = theme_term_look(&ctx.theme);
	ctx.figures = &figures;
	start_figures(&cfg, &ctx);
	cfg.bullet = ctx.utf8 ? "\xE2\x80\xA2" : "*";
	services_open(&services, conf, &cfg, log, now_ms());
	nav_init(&nav, &cfg, &no_content, LINES, COLS, now_ms());
	lockout = restore_lockout(&nav, conf);
	follow_language(&nav, language);
	screen_draw(&nav, &ctx);
	refresh();	/* the first frame, before any content is read */
	content_library_stop_on(&stop_signal);
	*lib = load_content(conf, log, &later, &first_problems);
	/* The index is built on its own thread: the menu never waits. */
	finder = finder_open();
	if (finder) {
		engine = finder_engine(finder);
		nav.cfg.search = &engine;
		finder_follow(finder, *lib);
	}
	nav_set_library(&nav, *lib);
	if (start_topic)
		nav_open_topic(&nav, start_topic);
	/* With the content come the topics, and the Search button.  The
	 * signature is taken before drawing: the index may become ready
	 * meanwhile, and the next tick must then draw again. */
	signature = tick_signature(&nav);
	screen_draw(&nav, &ctx);
	refresh();
	view_figure_ahead(&nav, &ctx);
	reload_init(&reloader, conf_path, conf, *lib, log, now_ms());
	reload_note_problems(&reloader, &first_problems);
	diag_clear(&first_problems);
	usage_init(&usage, log, &nav, now_ms());
	while (!nav.quit && !stop_signal) {
		wint_t ch;
		int status = get_wch(&ch);

		if (status == ERR) {
			if (terminal_gone())
				break;
			bool changed = take_changes(&reloader, &nav, &services, finder, &ctx, log);

			nav_tick(&nav, now_ms());
			changed |= services_after_event(&services, &nav, reloader.lib, now_ms());
			changed |= services_tick(&services, &nav, now_ms());
			usage_observe(&usage, &nav, now_ms());
			if (!changed && tick_signature(&nav) == signature)
				continue;
		} else if (status == KEY_CODE_YES && ch == KEY_RESIZE) {
			nav_resize(&nav, LINES, COLS);
		} else if (status == KEY_CODE_YES && ch == KEY_MOUSE) {
			handle_mouse(&nav);
		} else {
			nav_key(&nav, key_from_curses(status, ch), now_ms());
		}
		services_after_event(&services, &nav, reloader.lib, now_ms());
		services_draw_state(&services, &ctx);
		usage_observe(&usage, &nav, now_ms());
		keep_lockout(&nav, conf, &lockout);
		if (nav.overlay == OVERLAY_STAFF) {
			staff_report_build(&staff, reloader.lib, &reloader.problems,
					   reloader.last_reload);
			ctx.staff = &staff;
		}
		follow_language(&nav, language);
		signature = tick_signature(&nav);
		screen_draw(&nav, &ctx);
		refresh();	/* the one doupdate for this input */
		view_figure_ahead(&nav, &ctx);
	}
	content_library_stop_on(NULL);
	nav.screen = NAV_WELCOME;
	usage_observe(&usage, &nav, now_ms());
	log_event(log, now_ms(), "stop", "%s", stop_signal ? "signal" :
		  nav.quit ? "staff" : "hangup");
	services_close(&services);
	nav_free(&nav);
	finder_close(finder);
	figdraw_free(&figures);
	staff_report_free(&staff);
	reload_close(&reloader);
	*lib = reloader.lib;
	restore_terminal();
	diag_print(&later, stderr);
	diag_clear(&later);
	return 0;
}
