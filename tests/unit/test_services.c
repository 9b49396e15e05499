/* What Listen and Print ask the kiosk for: the reading follows the page
 * and stops when the patient leaves it; the printer's news is shown until
 * Home. */
#include "testutil.h"

#include "nav.h"
#include "navbox.h"
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

/* A kiosk: its settings, services and navigation, and what it draws. */
struct kiosk {
	struct kiosk_log log;
	struct conf conf;
	struct services s;
	struct nav nav;
	struct draw_context ctx;
};

/* A kiosk on the first page of the first topic, with speech reading into
 * a file when speech is true and print_command set to command. */
static void start(struct kiosk *k, bool speech, const char *command)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
		.lock = true, .language = "en", .bullet = "*",
	};
	char wav[128];

	memset(k, 0, sizeof *k);
	conf_defaults(&k->conf);
	snprintf(wav, sizeof wav, "%s/page.wav", dir);
	k->conf.speech = speech;
	k->conf.speech_rate = CONF_SPEECH_RATE_MAX;
	free(k->conf.speech_output);
	k->conf.speech_output = xstrdup(wav);
	free(k->conf.print_command);
	k->conf.print_command = xstrdup(command);
	services_open(&k->s, &k->conf, &cfg, &k->log, test_now_ms());
	nav_init(&k->nav, &cfg, lib, 24, 80, 0);
	nav_key(&k->nav, KEYC_ENTER, 0);
	nav_key(&k->nav, '1', 0);
	assert_int_equal(k->nav.screen, NAV_PAGE);
}

static void stop(struct kiosk *k)
{
	services_close(&k->s);
	nav_free(&k->nav);
	conf_free(&k->conf);
}

/* A key, then what the kiosk's loop does after it and draws. */
static void press(struct kiosk *k, int key)
{
	nav_key(&k->nav, key, test_now_ms());
	services_after_event(&k->s, &k->nav, lib, test_now_ms());
	services_draw_state(&k->s, &k->ctx);
}

/* Ticks the way the kiosk does while done(k) is false; fails after 10 s. */
static void tick_until(struct kiosk *k, bool (*done)(const struct kiosk *k))
{
	long deadline = test_now_ms() + 10000;

	while (!done(k)) {
		if (test_now_ms() > deadline)
			fail_msg("the services did not get there");
		usleep(5000);
		services_tick(&k->s, &k->nav, test_now_ms());
	}
	services_draw_state(&k->s, &k->ctx);
}

static bool reading_a_sentence(const struct kiosk *k)
{
	return k->s.sentence >= 0;
}

static bool printed(const struct kiosk *k)
{
	return k->s.printer.state != PRINTJOB_PRINTING;
}

static void test_services_highlight_the_sentence_read_until_the_patient_leaves(void **state)
{
	struct kiosk k;
	(void)state;

	start(&k, true, "");
	assert_true(k.nav.cfg.can_listen);
	press(&k, 'L');
	assert_int_not_equal(k.s.reading_job, 0);
	tick_until(&k, reading_a_sentence);
	assert_ptr_equal(k.ctx.reading, &k.s.reading);
	assert_int_equal(k.ctx.reading_sentence, k.s.sentence);
	assert_null(k.ctx.notice);

	press(&k, 'L');	/* again: stop */
	assert_int_equal(k.s.reading_job, 0);
	press(&k, 'L');
	assert_int_not_equal(k.s.reading_job, 0);
	press(&k, KEYC_ESCAPE);
	assert_int_equal(k.s.reading_job, 0);
	press(&k, 'L');
	press(&k, '2');	/* another step */
	assert_int_equal(k.s.reading_job, 0);
	press(&k, 'L');
	press(&k, KEYC_HOME);
	assert_int_equal(k.s.reading_job, 0);
	assert_null(k.ctx.reading);
	stop(&k);
}

static bool reading_far_down(const struct kiosk *k)
{
	return k->s.sentence >= 12;
}

static void test_services_a_glossary_box_read_aloud_follows_the_sentence(void **state)
{
	char plain[2000] = "";
	struct content_term term = { .term = "bursa", .say = "BER-sa", .plain = plain };
	int rows;
	struct kiosk k;
	size_t first, last;
	(void)state;

	for (int i = 0; i < 30; i++)
		strcat(plain, "Some more words here. ");
	start(&k, true, "");
	nav_resize(&k.nav, 12, 40);
	navbox_open_term(&k.nav, &term);
	rows = navbox_geometry(&k.nav).text_rows;
	assert_true((int)k.nav.box.line_count > rows);
	press(&k, 'L');
	assert_int_equal(k.nav.overlay, OVERLAY_GLOSSARY);
	/* The word itself comes first, then its explanation, sentence by
	 * sentence, each found in the box (under "Say it"). */
	tick_until(&k, reading_a_sentence);
	tick_until(&k, reading_far_down);
	assert_true(sentences_lines(&k.s.reading, (size_t)k.s.sentence, &k.nav.box,
				    &first, &last));
	assert_true(k.nav.box_scroll > 0);
	assert_true((int)first >= k.nav.box_scroll);
	assert_true((int)last < k.nav.box_scroll + rows);
	press(&k, KEYC_ESCAPE);
	assert_int_equal(k.s.reading_job, 0);
	stop(&k);
}

static void test_services_print_tells_the_patient_until_home(void **state)
{
	struct kiosk k;
	(void)state;

	start(&k, false, "cat");
	assert_false(k.nav.cfg.can_listen);
	assert_true(k.nav.cfg.can_print);
	press(&k, 'P');
	tick_until(&k, printed);
	assert_int_equal(k.s.printer.state, PRINTJOB_DONE);
	assert_string_equal(k.ctx.notice, printjob_message(PRINTJOB_DONE));
	press(&k, KEYC_DOWN);
	assert_non_null(k.ctx.notice);
	press(&k, KEYC_HOME);
	assert_null(k.ctx.notice);
	stop(&k);
}

static void test_services_print_from_my_questions_lists_the_ticked_ones(void **state)
{
	struct kiosk k;
	char command[256], out[128];
	const struct content_list *questions;
	char *got;
	(void)state;

	snprintf(out, sizeof out, "%s/questions.txt", dir);
	snprintf(command, sizeof command, "sh -c 'cat > \"$0\"' %s", out);
	start(&k, false, command);
	navcore_show_questions(&k.nav);
	assert_int_equal(k.nav.screen, NAV_QUESTIONS);
	questions = &k.nav.topic->questions;
	assert_true(questions->count >= 3);
	press(&k, '1');
	press(&k, '3');
	press(&k, 'P');
	tick_until(&k, printed);
	assert_int_equal(k.s.printer.state, PRINTJOB_DONE);
	assert_non_null(k.ctx.notice);	/* shown on My questions too */
	got = test_read_file(out, NULL);
	assert_non_null(strstr(got, "My questions to ask"));
	assert_non_null(strstr(got, questions->items[0]));
	assert_non_null(strstr(got, questions->items[2]));
	free(got);
	press(&k, KEYC_HOME);
	assert_null(k.ctx.notice);
	stop(&k);
}

static void test_services_start_again_only_when_their_settings_change(void **state)
{
	struct kiosk k;
	(void)state;

	start(&k, false, "cat");
	press(&k, 'P');
	free(k.conf.clinic_name);
	k.conf.clinic_name = xstrdup("Another Clinic");
	services_update(&k.s, &k.conf, &k.nav.cfg, &k.log, test_now_ms());
	assert_int_not_equal(k.s.printer.state, PRINTJOB_IDLE);	/* kept */
	assert_string_equal(k.s.printer.clinic_name, "Another Clinic");
	k.conf.print_limit = 3;
	services_update(&k.s, &k.conf, &k.nav.cfg, &k.log, test_now_ms());
	assert_int_equal(k.s.printer.state, PRINTJOB_IDLE);	/* opened again */
	assert_int_equal(k.s.printer.limit, 3);
	assert_true(k.nav.cfg.can_print);
	stop(&k);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_services_highlight_the_sentence_read_until_the_patient_leaves),
		cmocka_unit_test(test_services_a_glossary_box_read_aloud_follows_the_sentence),
		cmocka_unit_test(test_services_print_tells_the_patient_until_home),
		cmocka_unit_test(test_services_print_from_my_questions_lists_the_ticked_ones),
		cmocka_unit_test(test_services_start_again_only_when_their_settings_change),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, setup, teardown);
}
