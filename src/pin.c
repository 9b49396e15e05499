#include "pin.h"

#include "xalloc.h"

#include <crypt.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static void wipe(char *s, size_t n)
{
	volatile char *p = s;
	while (n--)
		*p++ = 0;
}

static bool valid_pin(const char *pin)
{
	size_t n = strlen(pin);
	return n >= PIN_MIN_DIGITS && n <= PIN_MAX_DIGITS &&
	       strspn(pin, "0123456789") == n;
}

bool pin_verify(const char *hash, const char *pin)
{
	struct crypt_data *data;
	const char *out;
	unsigned char diff = 0;
	size_t n;
	bool ok;

	if (!hash || hash[0] != '$' || !valid_pin(pin))
		return false;
	data = xcalloc(1, sizeof *data);
	out = crypt_rn(pin, hash, data, (int)sizeof *data);
	ok = out && out[0] == '$' && (n = strlen(out)) == strlen(hash);
	if (ok) {
		/* Compare every byte, so timing says nothing about the hash. */
		for (size_t i = 0; i < n; i++)
			diff |= (unsigned char)(out[i] ^ hash[i]);
		ok = diff == 0;
	}
	wipe((char *)data, sizeof *data);
	free(data);
	return ok;
}

const char *pin_hash_problem(const char *hash)
{
	static const char *const weak[] = { "$1$", "$3$", "$md5", "$sha1$" };
	struct crypt_data *data;
	const char *out, *problem = NULL;
	const char *salt_end = strrchr(hash, '$');

	for (size_t i = 0; i < sizeof weak / sizeof *weak; i++)
		if (!strncmp(hash, weak[i], strlen(weak[i])))
			return "uses an old method that is easy to crack";
	data = xcalloc(1, sizeof *data);
	out = crypt_rn("0000", hash, data, (int)sizeof *data);
	/* A good hash gives back its own method and salt and is as long as
	 * what crypt makes; anything else can never match a PIN. */
	if (!out || out[0] != '$' || strlen(out) != strlen(hash) ||
	    strncmp(out, hash, (size_t)(salt_end - hash)))
		problem = "is not a complete hash this system can check, so no PIN "
			  "would ever match";
	wipe((char *)data, sizeof *data);
	free(data);
	return problem;
}

/* Reads one line from in into line (size n) with echo off when it is a
 * terminal, after prompting on err.  Returns false at end of input. */
static bool read_pin(FILE *in, FILE *err, bool tty, const char *prompt,
		     char *line, size_t n)
{
	struct termios saved, quiet;
	bool got;

	if (tty && tcgetattr(fileno(in), &saved) == 0) {
		fputs(prompt, err);
		fflush(err);
		quiet = saved;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(fileno(in), TCSAFLUSH, &quiet);
		got = fgets(line, (int)n, in) != NULL;
		tcsetattr(fileno(in), TCSAFLUSH, &saved);
		fputc('\n', err);
	} else {
		got = fgets(line, (int)n, in) != NULL;
	}
	if (!got)
		line[0] = '\0';
	line[strcspn(line, "\r\n")] = '\0';
	return got;
}

int pin_hash_command(FILE *in, FILE *out, FILE *err)
{
	char line[64] = "", again[64] = "", prompt[80];
	bool tty = isatty(fileno(in));
	struct crypt_data *data;
	const char *setting, *hash;
	bool same;

	snprintf(prompt, sizeof prompt, "Type the staff PIN (%d to %d digits) and "
		 "press Enter: ", PIN_MIN_DIGITS, PIN_MAX_DIGITS);
	read_pin(in, err, tty, prompt, line, sizeof line);
	if (!valid_pin(line)) {
		fprintf(err, "kiosk: a staff PIN is %d to %d digits (0-9) and "
			"nothing else\n", PIN_MIN_DIGITS, PIN_MAX_DIGITS);
		wipe(line, sizeof line);
		return 1;
	}
	read_pin(in, err, tty, "Type the same PIN again: ", again, sizeof again);
	same = strcmp(line, again) == 0;
	wipe(again, sizeof again);
	if (!same) {
		fputs("kiosk: the two PINs differ; nothing was made, run "
		      "'kiosk --hash-pin' again\n", err);
		wipe(line, sizeof line);
		return 1;
	}
	/* NULL prefix: libcrypt's strongest default method, with random salt
	 * from the operating system. */
	setting = crypt_gensalt(NULL, 0, NULL, 0);
	data = xcalloc(1, sizeof *data);
	hash = setting ? crypt_rn(line, setting, data, (int)sizeof *data) : NULL;
	wipe(line, sizeof line);
	if (!hash || hash[0] != '$') {
		fputs("kiosk: could not make a PIN hash (crypt failed)\n", err);
		free(data);
		return 1;
	}
	fprintf(out, "staff_pin_hash = %s\n", hash);
	wipe((char *)data, sizeof *data);
	free(data);
	return 0;
}
