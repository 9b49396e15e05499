/* speech: reading sentences aloud with eSpeak NG, without ever making the
 * caller wait.
 *
 * A worker thread owns eSpeak NG (synchronous synthesis with a callback)
 * and the output: either a sound player run as a child (SPEECH_PLAYER,
 * i.e. aplay, fed through its standard input, so a missing or broken sound
 * card never prints on the patient's screen and stopping is immediate), or
 * a WAV file (22050 Hz, 16-bit, mono) that appears whole when the reading
 * ends.  The caller only hands over copies and reads a status: starting,
 * stopping and polling take microseconds (`make bench` measures them).
 * Progress follows eSpeak's sentence and word events, so the status names
 * the sentence whose sound is being made.
 *
 * eSpeak NG keeps global state: have one speech open at a time.  It is
 * loaded on the first reading and stays loaded until the process ends. */
#ifndef KIOSK_SPEECH_H
#define KIOSK_SPEECH_H

#include "sentences.h"

#include <stdbool.h>
#include <stddef.h>

/* The sound player: a WAV stream on its standard input, with little
 * buffering so the highlight keeps up with the voice. */
#define SPEECH_PLAYER { "aplay", "-q", "--buffer-time=200000", "-", NULL }

enum speech_state {
	SPEECH_IDLE,		/* nothing started, or stopped */
	SPEECH_SPEAKING,	/* `sentence` is being read */
	SPEECH_DONE,		/* the last sentence has been read */
	SPEECH_FAILED,		/* `problem` says why */
};

struct speech_status {
	enum speech_state state;
	unsigned job;		/* what speech_start returned */
	size_t sentence;	/* index into the sentences given */
	char problem[160];	/* for staff: the log, not the patient */
};

struct speech_options {
	const char *output;	/* a WAV file; NULL or "": the sound player */
	int rate;		/* words a minute (80 to 450) */
	int volume;		/* percent of eSpeak's normal loudness (0 to 200) */
	bool paced;		/* write a file no faster than it would be
				 * heard, so the screen behaves as with a
				 * speaker; off for tests that want speed */
	const char *const *player;	/* NULL: SPEECH_PLAYER */
};

struct speech;

/* Starts the worker (eSpeak NG is loaded there, on the first reading).
 * The strings in opt are copied.  Returns NULL only when no thread can be
 * started.  Free with speech_close. */
struct speech *speech_open(const struct speech_options *opt);

/* Stops any reading, ends the worker and frees sp (NULL is fine).  Waits
 * for the worker to notice, which takes at most one chunk of synthesis. */
void speech_close(struct speech *sp);

/* Reads every sentence of s (their `spoken` texts, copied) in language (a
 * code such as "en"; the eSpeak NG voice for it), stopping whatever was
 * being read.  Returns the job's number, which the status carries. */
unsigned speech_start(struct speech *sp, const char *language,
		      const struct sentences *s);

/* Stops reading at once; the status becomes IDLE straight away. */
void speech_stop(struct speech *sp);

/* Copies the current status into *out. */
void speech_status(struct speech *sp, struct speech_status *out);

/* True when eSpeak NG loads and has a voice for language, for
 * `kiosk --check`.  Loads eSpeak NG if needed; call it only while no
 * speech is reading. */
bool speech_has_voice(const char *language);

#endif
