#include "speech.h"

#include "child.h"
#include "wav.h"
#include "xalloc.h"

#include <espeak-ng/speak_lib.h>

#include <dlfcn.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum {
	SYNTH_CHUNK_MS = 100,	/* eSpeak's buffer: the longest a stop waits */
	PLAYER_POLL_MS = 50,
};

struct job {
	unsigned id;
	char *language;
	char **texts;
	size_t count;
};

struct speech {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;		/* a new job, a stop or the end */
	/* Shared with the caller, under lock. */
	struct job next;
	bool has_next, quit;
	unsigned current;		/* the job allowed to go on; 0 = none */
	unsigned last_id;
	struct speech_status status;
	/* Set at open, then read-only. */
	char *output;
	char **player;
	int rate, volume;
	bool paced;
	/* The worker's own. */
	unsigned running;		/* the job being read */
	int sample_rate;		/* of eSpeak's sound */
	struct wav wav;
	struct child child;
	uint64_t samples_out;
	struct timespec started;
	char failure[sizeof ((struct speech_status *)0)->problem];
};

/* eSpeak's callback has no context of its own; it runs on the worker. */
static _Thread_local struct speech *worker_speech;

/* eSpeak NG 1.51 hangs when it is started again after espeak_Terminate,
 * so it is started once for the whole process and left loaded. */
static pthread_once_t espeak_once = PTHREAD_ONCE_INIT;
static int espeak_rate;		/* samples a second, or -1 when it failed */

/* eSpeak NG is loaded on the first reading, not at start-up: it brings
 * about 30 sound libraries (PulseAudio, ALSA, libsndfile and its codecs)
 * that cost every kiosk 3 MB of memory, and most never read aloud. */
#define SPEECH_ESPEAK_LIBRARY "libespeak-ng.so.1"

static struct {
	__typeof__(espeak_Initialize) *initialize;
	__typeof__(espeak_SetSynthCallback) *set_synth_callback;
	__typeof__(espeak_SetVoiceByProperties) *set_voice_by_properties;
	__typeof__(espeak_SetParameter) *set_parameter;
	__typeof__(espeak_Synth) *synth;
} espeak;

/* Fills espeak from the library; false when it or a function is missing. */
static bool bind_espeak(void)
{
	void *lib = dlopen(SPEECH_ESPEAK_LIBRARY, RTLD_NOW | RTLD_LOCAL);

	if (!lib)
		return false;
	espeak.initialize = (__typeof__(espeak.initialize))dlsym(lib, "espeak_Initialize");
	espeak.set_synth_callback = (__typeof__(espeak.set_synth_callback))
		dlsym(lib, "espeak_SetSynthCallback");
	espeak.set_voice_by_properties = (__typeof__(espeak.set_voice_by_properties))
		dlsym(lib, "espeak_SetVoiceByProperties");
	espeak.set_parameter = (__typeof__(espeak.set_parameter))
		dlsym(lib, "espeak_SetParameter");
	espeak.synth = (__typeof__(espeak.synth))dlsym(lib, "espeak_Synth");
	return espeak.initialize && espeak.set_synth_callback &&
	       espeak.set_voice_by_properties && espeak.set_parameter && espeak.synth;
}

static void job_free(struct job *job)
{
	for (size_t i = 0; i < job->count; i++)
		free(job->texts[i]);
	free(job->texts);
	free(job->language);
	*job = (struct job){ 0 };
}

static bool cancelled(struct speech *sp)
{
	bool stop;

	pthread_mutex_lock(&sp->lock);
	stop = sp->quit || sp->current != sp->running;
	pthread_mutex_unlock(&sp->lock);
	return stop;
}

/* Publishes the running job's state, unless it has been replaced. */
static void report(struct speech *sp, enum speech_state state, size_t sentence,
		   const char *problem)
{
	pthread_mutex_lock(&sp->lock);
	if (sp->current == sp->running && sp->status.job == sp->running) {
		sp->status.state = state;
		sp->status.sentence = sentence;
		snprintf(sp->status.problem, sizeof sp->status.problem, "%s",
			 problem ? problem : "");
	}
	pthread_mutex_unlock(&sp->lock);
}

/* Waits until the monotonic time at, or until woken by a stop.  Returns
 * false when the job was stopped. */
static bool wait_until(struct speech *sp, const struct timespec *at)
{
	bool go_on;

	pthread_mutex_lock(&sp->lock);
	while ((go_on = !sp->quit && sp->current == sp->running) &&
	       pthread_cond_timedwait(&sp->wake, &sp->lock, at) != ETIMEDOUT)
		;
	go_on = !sp->quit && sp->current == sp->running;
	pthread_mutex_unlock(&sp->lock);
	return go_on;
}

static struct timespec after(const struct timespec *t, uint64_t ns)
{
	struct timespec r = *t;
	uint64_t total = (uint64_t)r.tv_nsec + ns;

	r.tv_sec += (time_t)(total / 1000000000u);
	r.tv_nsec = (long)(total % 1000000000u);
	return r;
}

/* Writes samples to the sound player, never blocking for long so a stop
 * is noticed. */
static bool play(struct speech *sp, const unsigned char *bytes, size_t len)
{
	while (len) {
		ssize_t n = child_write(&sp->child, bytes, len);
		struct pollfd pfd = { .fd = sp->child.in, .events = POLLOUT };

		if (n > 0) {
			bytes += n;
			len -= (size_t)n;
			continue;
		}
		if (errno != EAGAIN) {
			snprintf(sp->failure, sizeof sp->failure, "the sound "
				 "player %s stopped; is it installed, and is "
				 "there a sound card?", sp->player[0]);
			return false;
		}
		if (cancelled(sp))
			return false;
		poll(&pfd, 1, PLAYER_POLL_MS);
	}
	return true;
}

static bool write_samples(struct speech *sp, const short *samples, int n)
{
	int err;

	if (!sp->output) {
		unsigned char bytes[2 * 4096];
		size_t done = 0;

		while (done < (size_t)n) {
			size_t k = (size_t)n - done < 4096 ? (size_t)n - done : 4096;

			wav_pcm(bytes, samples + done, k);
			if (!play(sp, bytes, 2 * k))
				return false;
			done += k;
		}
		return true;
	}
	err = wav_write(&sp->wav, samples, (size_t)n);
	if (err) {
		snprintf(sp->failure, sizeof sp->failure, "cannot write %s: %s",
			 sp->output, strerror(err));
		return false;
	}
	sp->samples_out += (uint64_t)n;
	if (sp->paced) {
		struct timespec at = after(&sp->started, sp->samples_out *
					   1000000000u / (uint64_t)sp->sample_rate);
		return wait_until(sp, &at);
	}
	return true;
}

/* eSpeak hands over each chunk of sound with the events in it.  Returns 1
 * to stop the synthesis. */
static int synth_callback(short *samples, int n, espeak_EVENT *events)
{
	struct speech *sp = worker_speech;

	for (espeak_EVENT *e = events; e->type != espeakEVENT_LIST_TERMINATED; e++)
		if (e->type == espeakEVENT_SENTENCE || e->type == espeakEVENT_WORD)
			report(sp, SPEECH_SPEAKING, (size_t)(uintptr_t)e->user_data,
			       NULL);
	if (n > 0 && samples && !write_samples(sp, samples, n))
		return 1;
	return cancelled(sp);
}

static void start_espeak(void)
{
	int rate = bind_espeak() ? espeak.initialize(AUDIO_OUTPUT_SYNCHRONOUS,
						      SYNTH_CHUNK_MS, NULL,
						      espeakINITIALIZE_DONT_EXIT) : -1;

	espeak_rate = rate > 0 ? rate : -1;
	if (rate > 0)
		espeak.set_synth_callback(synth_callback);
}

static bool load_espeak(struct speech *sp)
{
	pthread_once(&espeak_once, start_espeak);
	sp->sample_rate = espeak_rate;
	return sp->sample_rate > 0;
}

static bool open_output(struct speech *sp)
{
	unsigned char h[WAV_HEADER_BYTES];
	int err;

	sp->failure[0] = '\0';
	sp->samples_out = 0;
	clock_gettime(CLOCK_MONOTONIC, &sp->started);
	if (sp->output) {
		err = wav_open(&sp->wav, sp->output, sp->sample_rate);
		if (err)
			snprintf(sp->failure, sizeof sp->failure, "cannot write "
				 "%s: %s", sp->output, strerror(err));
		return !err;
	}
	err = child_start(&sp->child, sp->player, true);
	if (err) {
		snprintf(sp->failure, sizeof sp->failure, "cannot run the sound "
			 "player %s: %s", sp->player[0], strerror(err));
		return false;
	}
	wav_header(h, sp->sample_rate, WAV_STREAM_SAMPLES);
	return play(sp, h, sizeof h);
}

/* Lets the player finish what it holds, unless the reading was stopped. */
static void close_output(struct speech *sp, bool stopped)
{
	int err, status;

	if (sp->output) {
		if (!sp->wav.f)
			return;
		err = wav_close(&sp->wav);
		if (err && !sp->failure[0])
			snprintf(sp->failure, sizeof sp->failure, "cannot write "
				 "%s: %s", sp->output, strerror(err));
		return;
	}
	if (stopped || sp->failure[0]) {
		child_kill(&sp->child);
		return;
	}
	child_close_input(&sp->child);
	while (!child_ended(&sp->child, &status)) {
		struct timespec now, at;

		clock_gettime(CLOCK_MONOTONIC, &now);
		at = after(&now, PLAYER_POLL_MS * 1000000u);
		if (!wait_until(sp, &at)) {
			child_kill(&sp->child);
			return;
		}
	}
	if (status)
		snprintf(sp->failure, sizeof sp->failure, "the sound player %s "
			 "failed (status %d); is there a sound card?",
			 sp->player[0], status);
}

static void read_job(struct speech *sp, struct job *job)
{
	espeak_VOICE voice = { .languages = job->language };
	size_t i;
	bool stopped = false;

	if (!load_espeak(sp)) {
		report(sp, SPEECH_FAILED, 0, "eSpeak NG could not start; are "
		       "libespeak-ng1 and espeak-ng-data installed?");
		return;
	}
	if (espeak.set_voice_by_properties(&voice) != EE_OK) {
		char problem[96];

		snprintf(problem, sizeof problem, "eSpeak NG has no voice for "
			 "the language '%.16s'", job->language);
		report(sp, SPEECH_FAILED, 0, problem);
		return;
	}
	espeak.set_parameter(espeakRATE, sp->rate, 0);
	espeak.set_parameter(espeakVOLUME, sp->volume, 0);
	if (!open_output(sp)) {
		close_output(sp, true);
		report(sp, SPEECH_FAILED, 0, sp->failure);
		return;
	}
	for (i = 0; i < job->count && !stopped; i++) {
		if (espeak.synth(job->texts[i], strlen(job->texts[i]) + 1, 0,
				 POS_CHARACTER, 0, espeakCHARS_UTF8, NULL,
				 (void *)(uintptr_t)i) != EE_OK && !sp->failure[0])
			snprintf(sp->failure, sizeof sp->failure, "eSpeak NG "
				 "could not read sentence %zu", i + 1);
		stopped = sp->failure[0] || cancelled(sp);
	}
	close_output(sp, stopped);
	if (sp->failure[0])
		report(sp, SPEECH_FAILED, i ? i - 1 : 0, sp->failure);
	else if (!stopped)
		report(sp, SPEECH_DONE, i ? i - 1 : 0, NULL);
}

static void *worker(void *arg)
{
	struct speech *sp = arg;

	worker_speech = sp;
	pthread_mutex_lock(&sp->lock);
	for (;;) {
		struct job job;

		while (!sp->has_next && !sp->quit)
			pthread_cond_wait(&sp->wake, &sp->lock);
		if (sp->quit)
			break;
		job = sp->next;
		sp->next = (struct job){ 0 };
		sp->has_next = false;
		sp->running = job.id;
		pthread_mutex_unlock(&sp->lock);
		read_job(sp, &job);
		job_free(&job);
		pthread_mutex_lock(&sp->lock);
	}
	pthread_mutex_unlock(&sp->lock);
	return NULL;
}

static char **copy_words(const char *const *words)
{
	size_t n = 0;
	char **copy;

	while (words[n])
		n++;
	copy = xmalloc((n + 1) * sizeof *copy);
	for (size_t i = 0; i < n; i++)
		copy[i] = xstrdup(words[i]);
	copy[n] = NULL;
	return copy;
}

static void free_words(char **words)
{
	for (size_t i = 0; words && words[i]; i++)
		free(words[i]);
	free(words);
}

struct speech *speech_open(const struct speech_options *opt)
{
	static const char *const default_player[] = SPEECH_PLAYER;
	struct speech *sp = xmalloc(sizeof *sp);
	pthread_condattr_t attr;

	*sp = (struct speech){
		.output = opt->output && *opt->output ? xstrdup(opt->output) : NULL,
		.player = copy_words(opt->player ? opt->player : default_player),
		.rate = opt->rate, .volume = opt->volume, .paced = opt->paced,
		.child = { .pid = -1, .in = -1 },
	};
	pthread_mutex_init(&sp->lock, NULL);
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&sp->wake, &attr);
	pthread_condattr_destroy(&attr);
	if (pthread_create(&sp->thread, NULL, worker, sp)) {
		pthread_cond_destroy(&sp->wake);
		pthread_mutex_destroy(&sp->lock);
		free_words(sp->player);
		free(sp->output);
		free(sp);
		return NULL;
	}
	return sp;
}

void speech_close(struct speech *sp)
{
	if (!sp)
		return;
	pthread_mutex_lock(&sp->lock);
	sp->quit = true;
	sp->current = 0;
	pthread_cond_broadcast(&sp->wake);
	pthread_mutex_unlock(&sp->lock);
	pthread_join(sp->thread, NULL);
	job_free(&sp->next);
	pthread_cond_destroy(&sp->wake);
	pthread_mutex_destroy(&sp->lock);
	free_words(sp->player);
	free(sp->output);
	free(sp);
}

unsigned speech_start(struct speech *sp, const char *language,
		      const struct sentences *s)
{
	struct job job = {
		.language = xstrdup(language),
		.texts = xmalloc((s->count ? s->count : 1) * sizeof *job.texts),
		.count = s->count,
	};

	for (size_t i = 0; i < s->count; i++)
		job.texts[i] = xstrdup(s->items[i].spoken);
	pthread_mutex_lock(&sp->lock);
	job_free(&sp->next);
	job.id = ++sp->last_id ? sp->last_id : ++sp->last_id;
	sp->next = job;
	sp->has_next = true;
	sp->current = job.id;
	sp->status = (struct speech_status){ .state = SPEECH_SPEAKING, .job = job.id };
	pthread_cond_broadcast(&sp->wake);
	pthread_mutex_unlock(&sp->lock);
	return job.id;
}

void speech_stop(struct speech *sp)
{
	pthread_mutex_lock(&sp->lock);
	job_free(&sp->next);
	sp->has_next = false;
	sp->current = 0;
	sp->status.state = SPEECH_IDLE;
	pthread_cond_broadcast(&sp->wake);
	pthread_mutex_unlock(&sp->lock);
}

void speech_status(struct speech *sp, struct speech_status *out)
{
	pthread_mutex_lock(&sp->lock);
	*out = sp->status;
	pthread_mutex_unlock(&sp->lock);
}

bool speech_has_voice(const char *language)
{
	espeak_VOICE voice = { .languages = language };

	pthread_once(&espeak_once, start_espeak);
	return espeak_rate > 0 && espeak.set_voice_by_properties(&voice) == EE_OK;
}
