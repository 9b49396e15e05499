/* pin: the staff PIN, kept in kiosk.conf only as a crypt(3) hash. */
#ifndef KIOSK_PIN_H
#define KIOSK_PIN_H

#include <stdbool.h>
#include <stdio.h>

enum { PIN_MIN_DIGITS = 4, PIN_MAX_DIGITS = 12 };

/* True when pin matches hash (a crypt(3) string).  False for an empty or
 * malformed hash. */
bool pin_verify(const char *hash, const char *pin);

/* NULL when hash is a crypt(3) string this system can check a PIN
 * against with a strong method; otherwise what is wrong with it, as a
 * phrase for a message ("uses MD5 ($1$), which is easy to crack"). */
const char *pin_hash_problem(const char *hash);

/* `kiosk --hash-pin`: reads a PIN line from in (without echo when it is a
 * terminal), then the same PIN again, prompting on err, refuses two that
 * differ, and prints "staff_pin_hash = HASH" to out.
 * Returns the exit status: 0, or 1 with a message on err. */
int pin_hash_command(FILE *in, FILE *out, FILE *err);

#endif
