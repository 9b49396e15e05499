/* wav: 16-bit mono PCM samples written as a RIFF/WAVE file.
 *
 * The samples go to "PATH.part", which becomes PATH only when it is
 * complete, so a reader never sees half a file. */
#ifndef KIOSK_WAV_H
#define KIOSK_WAV_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum { WAV_HEADER_BYTES = 44, WAV_STREAM_SAMPLES = 0x7ffff000 };

struct wav {
	FILE *f;
	char *path, *part;	/* owned */
	uint32_t samples;
	int rate;
};

/* Fills h with the header of samples samples at rate (WAV_STREAM_SAMPLES
 * for a stream of unknown length, as a sound player takes it). */
void wav_header(unsigned char h[WAV_HEADER_BYTES], int rate, uint32_t samples);

/* Writes n samples as little-endian bytes into out (2 * n bytes). */
void wav_pcm(unsigned char *out, const int16_t *samples, size_t n);

/* Starts a file for path at rate samples a second.  Returns 0, or an errno
 * value with nothing to clean up. */
int wav_open(struct wav *w, const char *path, int rate);

/* Appends n samples.  Returns 0 or an errno value (EFBIG past 4 GB). */
int wav_write(struct wav *w, const int16_t *samples, size_t n);

/* Completes the header and puts the file in place.  Returns 0 or an errno
 * value; either way w is released. */
int wav_close(struct wav *w);

#endif
