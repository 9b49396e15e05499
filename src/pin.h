/* pin: the staff PIN, kept in kiosk.conf only as a crypt(3) hash. */
#ifndef KIOSK_PIN_H
#define KIOSK_PIN_H

#include <stdbool.h>
#include <stdio.h>

enum { PIN_MIN_DIGITS = 4, PIN_MAX_DIGITS = 12 };

/* True when pin matches hash (a crypt(3) string).  False for an empty or
 * malformed hash. */
bool pin_verify(const char *hash, const char *pin);

/* `kiosk --hash-pin`: reads a PIN line from in (without echo when it is a
 * terminal), prompts on err, and prints "staff_pin_hash = HASH" to out.
 * Returns the exit status: 0, or 1 with a message on err. */
int pin_hash_command(FILE *in, FILE *out, FILE *err);

#endif
