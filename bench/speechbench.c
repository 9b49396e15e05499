/* speechbench: what reading aloud costs the kiosk's own thread.
 *
 * Usage: speechbench [ROUNDS]
 * Reads a page of the bundled content into a WAV file at the pace of
 * speech, as a kiosk with a speaker would, and measures, from the caller's
 * side, speech_start, speech_stop and the status poll made every tick.
 * Figures, not pass or fail: the goal is well under a millisecond. */
#include "benchutil.h"
#include "content.h"
#include "sentences.h"
#include "speech.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void report(const char *what, double *v, size_t n)
{
	double median = percentile(v, n, 0.5), p99 = percentile(v, n, 0.99);

	printf("  %-28s %8.1f us median, %8.1f us 99th percentile, %8.1f us most\n",
	       what, median, p99, v[n - 1]);
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 300;
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	struct sentences s = SENTENCES_INIT;
	char path[] = "/tmp/kiosk-speechbench-XXXXXX", wav[64];
	struct speech_options opt = { .rate = 150, .volume = 100, .paced = true };
	struct speech_status st;
	struct speech *sp;
	double *start, *stop, *poll;

	if (rounds < 10)
		rounds = 10;
	setlocale(LC_ALL, "C.UTF-8");
	lib = content_library_load("content", &diag);
	if (!lib->topic_count || !mkdtemp(path)) {
		fputs("speechbench: run it from the project folder\n", stderr);
		return 1;
	}
	snprintf(wav, sizeof wav, "%s/page.wav", path);
	opt.output = wav;
	sentences_of_page(&s, &lib->topics[0]->sections[0].pages[0]);
	sp = speech_open(&opt);
	start = malloc(sizeof *start * (size_t)rounds);
	stop = malloc(sizeof *stop * (size_t)rounds);
	poll = malloc(sizeof *poll * (size_t)rounds);
	/* eSpeak NG loads on the first reading: let that happen first. */
	speech_start(sp, "en", &s);
	do {
		usleep(1000);
		speech_status(sp, &st);
	} while (st.state == SPEECH_SPEAKING && st.sentence == 0);
	for (int i = 0; i < rounds; i++) {
		double t0 = now_us(), t1, t2, t3;

		speech_start(sp, "en", &s);
		t1 = now_us();
		usleep(3000);	/* a tick or so of speaking */
		t2 = now_us();
		speech_status(sp, &st);
		t3 = now_us();
		speech_stop(sp);
		stop[i] = now_us() - t3;
		start[i] = t1 - t0;
		poll[i] = t3 - t2;
	}
	printf("== reading aloud, %d starts and stops of a %zu-sentence page\n",
	       rounds, s.count);
	report("speech_start", start, (size_t)rounds);
	report("speech_status (each tick)", poll, (size_t)rounds);
	report("speech_stop", stop, (size_t)rounds);
	speech_close(sp);
	free(start);
	free(stop);
	free(poll);
	sentences_free(&s);
	content_library_free(lib);
	diag_clear(&diag);
	unlink(wav);
	rmdir(path);
	return 0;
}
