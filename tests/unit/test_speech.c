/* Reading aloud: a WAV file that is right, progress sentence by sentence,
 * stopping at once, and a sound player that is missing or fails. */
#include "testutil.h"

#include "speech.h"
#include "wav.h"


static char dir[64];

static int setup(void **state)
{
	(void)state;
	return test_make_dir(dir, sizeof dir, "speech");
}

static int teardown(void **state)
{
	(void)state;
	return test_remove_dir(dir);
}

static const char *const three[] = {
	"The injection takes a few minutes.",
	"You can go home the same day.",
	"Rest your hip for two days.",
};

static void add_texts(struct sentences *s, const char *const *texts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sentences_add_text(s, texts[i]);
}

/* Polls the status like the kiosk's tick until it leaves SPEAKING; notes
 * every sentence seen on the way; fails after 30 s. */
static void wait_while_speaking(struct speech *sp, struct speech_status *st,
				size_t *seen, size_t seen_max, size_t *seen_count)
{
	long deadline = test_now_ms() + 30000;

	for (;;) {
		speech_status(sp, st);
		if (st->state != SPEECH_SPEAKING)
			return;
		if (seen && (!*seen_count || seen[*seen_count - 1] != st->sentence) &&
		    *seen_count < seen_max)
			seen[(*seen_count)++] = st->sentence;
		if (test_now_ms() > deadline)
			fail_msg("speech did not end");
		usleep(1000);
	}
}

static unsigned get16(const unsigned char *p)
{
	return p[0] | p[1] << 8;
}

static unsigned long get32(const unsigned char *p)
{
	return get16(p) | (unsigned long)get16(p + 2) << 16;
}

/* Checks a WAV file's header and returns its length in seconds; fails
 * on silence. */
static double check_wav(const char *path)
{
	size_t len;
	unsigned char *w = (unsigned char *)test_read_file(path, &len);
	unsigned long data;
	int loudest = 0;

	assert_true(len > WAV_HEADER_BYTES);
	assert_memory_equal(w, "RIFF", 4);
	assert_int_equal(get32(w + 4), len - 8);
	assert_memory_equal(w + 8, "WAVEfmt ", 8);
	assert_int_equal(get32(w + 16), 16);
	assert_int_equal(get16(w + 20), 1);
	assert_int_equal(get16(w + 22), 1);
	assert_int_equal(get32(w + 24), 22050);
	assert_int_equal(get32(w + 28), 44100);
	assert_int_equal(get16(w + 32), 2);
	assert_int_equal(get16(w + 34), 16);
	assert_memory_equal(w + 36, "data", 4);
	data = get32(w + 40);
	assert_int_equal(data, len - WAV_HEADER_BYTES);
	for (size_t i = WAV_HEADER_BYTES; i + 1 < len; i += 2) {
		int v = (int16_t)get16(w + i);

		if (abs(v) > loudest)
			loudest = abs(v);
	}
	assert_true(loudest > 2000);
	free(w);
	return data / 2 / 22050.0;
}

static void test_speech_writes_a_wav_file_that_fits_the_text(void **state)
{
	struct speech_options opt = { .rate = 175, .volume = 100 };
	struct sentences s = SENTENCES_INIT;
	struct speech_status st;
	struct speech *sp;
	char path[128];
	double seconds;
	unsigned job;
	(void)state;

	snprintf(path, sizeof path, "%s/page.wav", dir);
	opt.output = path;
	add_texts(&s, three, 3);
	sp = speech_open(&opt);
	assert_non_null(sp);
	job = speech_start(sp, "en", &s);
	wait_while_speaking(sp, &st, NULL, 0, NULL);
	assert_int_equal(st.state, SPEECH_DONE);
	assert_int_equal(st.job, job);
	assert_int_equal(st.sentence, 2);
	seconds = check_wav(path);
	/* 20 words at 175 words a minute: about 7 s with the pauses. */
	assert_true(seconds > 3.0 && seconds < 14.0);
	speech_close(sp);
	sentences_free(&s);
}

static void test_speech_reports_each_sentence_in_turn_and_stops_at_once(void **state)
{
	struct speech_options opt = { .rate = 450, .volume = 100, .paced = true };
	struct sentences s = SENTENCES_INIT;
	struct speech_status st;
	struct speech *sp;
	size_t seen[8], seen_count = 0;
	char path[128];
	unsigned first;
	long deadline;
	double full;
	(void)state;

	snprintf(path, sizeof path, "%s/paced.wav", dir);
	opt.output = path;
	add_texts(&s, three, 3);
	sp = speech_open(&opt);
	first = speech_start(sp, "en", &s);
	wait_while_speaking(sp, &st, seen, 8, &seen_count);
	assert_int_equal(st.state, SPEECH_DONE);
	assert_int_equal(seen_count, 3);
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(seen[i], i);
	full = check_wav(path);

	unlink(path);
	assert_int_equal(speech_start(sp, "en", &s), first + 1);
	deadline = test_now_ms() + 10000;
	do {
		speech_status(sp, &st);
		assert_true(test_now_ms() < deadline);
		usleep(1000);
	} while (st.sentence < 1);
	speech_stop(sp);
	speech_status(sp, &st);
	assert_int_equal(st.state, SPEECH_IDLE);
	/* What was read before the stop is kept: a sentence or so. */
	deadline = test_now_ms() + 10000;
	while (access(path, R_OK) != 0) {
		assert_true(test_now_ms() < deadline);
		usleep(1000);
	}
	assert_true(check_wav(path) < full * 0.8);
	speech_status(sp, &st);
	assert_int_equal(st.state, SPEECH_IDLE);
	speech_close(sp);
	sentences_free(&s);
}

static void test_speech_feeds_the_sound_player_a_wav_stream(void **state)
{
	char path[128];
	const char *player[] = { "sh", "-c", "cat > \"$0\"", path, NULL };
	struct speech_options opt = { .rate = 300, .volume = 100, .player = player };
	struct sentences s = SENTENCES_INIT;
	struct speech_status st;
	struct speech *sp;
	size_t len;
	char *got;
	(void)state;

	snprintf(path, sizeof path, "%s/played.raw", dir);
	add_texts(&s, three, 1);
	sp = speech_open(&opt);
	speech_start(sp, "en", &s);
	wait_while_speaking(sp, &st, NULL, 0, NULL);
	assert_int_equal(st.state, SPEECH_DONE);
	got = test_read_file(path, &len);
	assert_true(len > 22050);
	assert_memory_equal(got, "RIFF", 4);
	assert_memory_equal(got + 8, "WAVEfmt ", 8);
	free(got);
	speech_close(sp);
	sentences_free(&s);
}

static void test_speech_says_why_it_cannot_speak(void **state)
{
	const char *failing[] = { "false", NULL };
	const char *missing[] = { "/nonexistent/aplay", NULL };
	struct speech_options opt = { .rate = 300, .volume = 100, .player = failing };
	struct sentences s = SENTENCES_INIT;
	struct speech_status st;
	struct speech *sp;
	(void)state;

	add_texts(&s, three, 3);
	sp = speech_open(&opt);
	speech_start(sp, "en", &s);
	wait_while_speaking(sp, &st, NULL, 0, NULL);
	assert_int_equal(st.state, SPEECH_FAILED);
	assert_non_null(strstr(st.problem, "sound card"));
	speech_start(sp, "zz", &s);
	wait_while_speaking(sp, &st, NULL, 0, NULL);
	assert_int_equal(st.state, SPEECH_FAILED);
	assert_non_null(strstr(st.problem, "no voice for the language 'zz'"));
	speech_close(sp);

	opt.player = missing;
	sp = speech_open(&opt);
	speech_start(sp, "en", &s);
	wait_while_speaking(sp, &st, NULL, 0, NULL);
	assert_int_equal(st.state, SPEECH_FAILED);
	/* Said when starting it fails, or when it ends at once (valgrind
	 * starts programs in a way that cannot tell the two apart). */
	assert_non_null(strstr(st.problem, "sound player /nonexistent/aplay"));
	speech_close(sp);

	opt.output = "/nonexistent/page.wav";
	sp = speech_open(&opt);
	speech_start(sp, "en", &s);
	wait_while_speaking(sp, &st, NULL, 0, NULL);
	assert_int_equal(st.state, SPEECH_FAILED);
	assert_string_equal(st.problem, "cannot write /nonexistent/page.wav: "
			    "No such file or directory");
	speech_close(sp);
	sentences_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_speech_writes_a_wav_file_that_fits_the_text),
		cmocka_unit_test(test_speech_reports_each_sentence_in_turn_and_stops_at_once),
		cmocka_unit_test(test_speech_feeds_the_sound_player_a_wav_stream),
		cmocka_unit_test(test_speech_says_why_it_cannot_speak),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
