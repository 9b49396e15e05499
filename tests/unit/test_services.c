/* What Listen and Print ask the kiosk for: the reading follows the page
 * and stops when the patient leaves it; the printer's news is shown until
 * Home. */
#include "testutil.h"

#include "nav.h"
#include "services.h"
#include "xalloc.h"

static struct content_library *lib;
static char dir[64];

static int setup(void **state)
{
	(void)state;
	lib = test_load_bundled();
	return !lib ? -1 : test_make_dir(dir, sizeof dir, "services");
}

static int teardown(void **state)
{
	(void)state;
	content_library_free(lib);
	return test_remove_dir(dir);
}

/* A kiosk on the first page of the first topic, with speech reading into
 * a file when speech is true and print_command set to command. */
static void start(struct conf *conf, struct services *s, struct nav *nav,
		  struct kiosk_log *log, bool speech, const char *command)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
		.lock = true, .language = "en", .bullet = "*",
	};
	char wav[128];

	conf_defaults(conf);
	snprintf(wav, sizeof wav, "%s/page.wav", dir);
	conf->speech = speech;
	conf->speech_rate = CONF_SPEECH_RATE_MAX;
	free(conf->speech_output);
	conf->speech_output = xstrdup(wav);
	free(conf->print_command);
	conf->print_command = xstrdup(command);
	services_open(s, conf, &cfg, log, test_now_ms());
	nav_init(nav, &cfg, lib, 24, 80, 0);
	nav_key(nav, KEYC_ENTER, 0);
	nav_key(nav, '1', 0);
	assert_int_equal(nav->screen, NAV_PAGE);
}

static void stop(struct conf *conf, struct services *s, struct nav *nav)
{
	services_close(s);
	nav_free(nav);
	conf_free(conf);
}

/* A key, then what the kiosk's loop does after it. */
static void press(struct services *s, struct nav *nav, int key)
{
	nav_key(nav, key, test_now_ms());
	services_after_event(s, nav, lib, test_now_ms());
}

static void test_services_highlight_the_sentence_read_until_the_patient_leaves(void **state)
{
	struct kiosk_log log = { 0 };
	struct draw_context ctx = { 0 };
	struct services s;
	struct conf conf;
	struct nav nav;
	long deadline = test_now_ms() + 10000;
	(void)state;

	start(&conf, &s, &nav, &log, true, "");
	assert_true(nav.cfg.can_listen);
	press(&s, &nav, 'L');
	assert_int_not_equal(s.reading_job, 0);
	while (s.sentence < 0 && test_now_ms() < deadline) {
		usleep(5000);
		services_tick(&s, &nav, test_now_ms());
	}
	assert_true(s.sentence >= 0);
	services_draw_state(&s, &ctx);
	assert_ptr_equal(ctx.reading, &s.reading);
	assert_int_equal(ctx.reading_sentence, s.sentence);
	assert_null(ctx.notice);

	press(&s, &nav, 'L');	/* again: stop */
	assert_int_equal(s.reading_job, 0);
	press(&s, &nav, 'L');
	assert_int_not_equal(s.reading_job, 0);
	press(&s, &nav, KEYC_ESCAPE);
	assert_int_equal(s.reading_job, 0);
	press(&s, &nav, 'L');
	press(&s, &nav, '2');	/* another step */
	assert_int_equal(s.reading_job, 0);
	press(&s, &nav, 'L');
	press(&s, &nav, KEYC_HOME);
	assert_int_equal(s.reading_job, 0);
	services_draw_state(&s, &ctx);
	assert_null(ctx.reading);
	stop(&conf, &s, &nav);
}

static void test_services_print_tells_the_patient_until_home(void **state)
{
	struct kiosk_log log = { 0 };
	struct draw_context ctx = { 0 };
	struct services s;
	struct conf conf;
	struct nav nav;
	long deadline = test_now_ms() + 10000;
	(void)state;

	start(&conf, &s, &nav, &log, false, "cat");
	assert_false(nav.cfg.can_listen);
	assert_true(nav.cfg.can_print);
	press(&s, &nav, 'P');
	while (s.printer.state == PRINTJOB_PRINTING && test_now_ms() < deadline) {
		usleep(5000);
		services_tick(&s, &nav, test_now_ms());
	}
	assert_int_equal(s.printer.state, PRINTJOB_DONE);
	services_draw_state(&s, &ctx);
	assert_string_equal(ctx.notice, printjob_message(PRINTJOB_DONE));
	press(&s, &nav, KEYC_DOWN);
	services_draw_state(&s, &ctx);
	assert_non_null(ctx.notice);
	press(&s, &nav, KEYC_HOME);
	services_draw_state(&s, &ctx);
	assert_null(ctx.notice);
	stop(&conf, &s, &nav);
}

static void test_services_start_again_only_when_their_settings_change(void **state)
{
	struct kiosk_log log = { 0 };
	struct services s;
	struct conf conf;
	struct nav nav;
	(void)state;

	start(&conf, &s, &nav, &log, false, "cat");
	press(&s, &nav, 'P');
	free(conf.clinic_name);
	conf.clinic_name = xstrdup("Another Clinic");
	services_update(&s, &conf, &nav.cfg, &log, test_now_ms());
	assert_int_not_equal(s.printer.state, PRINTJOB_IDLE);	/* kept */
	assert_non_null(strstr(s.heading, "Another Clinic"));
	conf.print_limit = 3;
	services_update(&s, &conf, &nav.cfg, &log, test_now_ms());
	assert_int_equal(s.printer.state, PRINTJOB_IDLE);	/* opened again */
	assert_int_equal(s.printer.limit, 3);
	assert_true(nav.cfg.can_print);
	stop(&conf, &s, &nav);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_services_highlight_the_sentence_read_until_the_patient_leaves),
		cmocka_unit_test(test_services_print_tells_the_patient_until_home),
		cmocka_unit_test(test_services_start_again_only_when_their_settings_change),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, setup, teardown);
}
