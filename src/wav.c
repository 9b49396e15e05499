#include "wav.h"

#include "xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void put16(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
}

static void put32(unsigned char *p, uint32_t v)
{
	put16(p, v);
	put16(p + 2, v >> 16);
}

/* The canonical 44-byte header: RIFF, a PCM "fmt " chunk, then "data". */
void wav_header(unsigned char h[WAV_HEADER_BYTES], int rate, uint32_t samples)
{
	uint32_t data = samples * 2;

	memcpy(h, "RIFF", 4);
	put32(h + 4, 36 + data);
	memcpy(h + 8, "WAVEfmt ", 8);
	put32(h + 16, 16);
	put16(h + 20, 1);		/* PCM */
	put16(h + 22, 1);		/* mono */
	put32(h + 24, (uint32_t)rate);
	put32(h + 28, (uint32_t)rate * 2);
	put16(h + 32, 2);		/* bytes a frame */
	put16(h + 34, 16);		/* bits a sample */
	memcpy(h + 36, "data", 4);
	put32(h + 40, data);
}

static void release(struct wav *w)
{
	free(w->path);
	free(w->part);
	*w = (struct wav){ 0 };
}

int wav_open(struct wav *w, const char *path, int rate)
{
	unsigned char h[WAV_HEADER_BYTES];
	size_t n = strlen(path);

	*w = (struct wav){ .path = xstrdup(path), .part = xmalloc(n + 6), .rate = rate };
	memcpy(w->part, path, n);
	memcpy(w->part + n, ".part", 6);
	w->f = fopen(w->part, "wb");
	if (!w->f) {
		int err = errno;

		release(w);
		return err;
	}
	wav_header(h, rate, 0);
	fwrite(h, 1, sizeof h, w->f);
	return 0;
}

void wav_pcm(unsigned char *out, const int16_t *samples, size_t n)
{
	for (size_t i = 0; i < n; i++)
		put16(out + 2 * i, (uint16_t)samples[i]);
}

int wav_write(struct wav *w, const int16_t *samples, size_t n)
{
	unsigned char buf[512];

	if ((uint64_t)w->samples + n > (UINT32_MAX - 36) / 2)
		return EFBIG;
	while (n) {
		size_t k = n < sizeof buf / 2 ? n : sizeof buf / 2;

		wav_pcm(buf, samples, k);
		errno = 0;
		if (fwrite(buf, 2, k, w->f) != k)
			return errno ? errno : EIO;
		w->samples += (uint32_t)k;
		samples += k;
		n -= k;
	}
	return 0;
}

int wav_close(struct wav *w)
{
	unsigned char h[WAV_HEADER_BYTES];
	int err = 0;

	wav_header(h, w->rate, w->samples);
	if (fseek(w->f, 0, SEEK_SET) || fwrite(h, 1, sizeof h, w->f) != sizeof h)
		err = errno ? errno : EIO;
	if (fclose(w->f) && !err)
		err = errno ? errno : EIO;
	if (!err && rename(w->part, w->path))
		err = errno;
	if (err)
		remove(w->part);
	release(w);
	return err;
}
