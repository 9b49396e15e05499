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

int pin_hash_command(FILE *in, FILE *out, FILE *err)
{
	char line[64] = "";
	struct termios saved, quiet;
	bool tty = isatty(fileno(in)) && tcgetattr(fileno(in), &saved) == 0;
	struct crypt_data *data;
	const char *setting, *hash;
	size_t n;

	if (tty) {
		fprintf(err, "Type the staff PIN (%d to %d digits) and press Enter: ",
			PIN_MIN_DIGITS, PIN_MAX_DIGITS);
		fflush(err);
		quiet = saved;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(fileno(in), TCSAFLUSH, &quiet);
	}
	if (!fgets(line, sizeof line, in))
		line[0] = '\0';
	if (tty) {
		tcsetattr(fileno(in), TCSAFLUSH, &saved);
		fputc('\n', err);
	}
	n = strcspn(line, "\r\n");
	line[n] = '\0';
	if (!valid_pin(line)) {
		fprintf(err, "kiosk: a staff PIN is %d to %d digits (0-9) and "
			"nothing else\n", PIN_MIN_DIGITS, PIN_MAX_DIGITS);
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
