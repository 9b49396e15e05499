/* cmdline: a command line from kiosk.conf (print_command) split into the
 * words of a program's argv, without a shell.
 *
 * The rules, as kiosk.conf(5) gives them to staff:
 *  - words are separated by spaces or tabs;
 *  - 'single quotes' keep everything inside as it is, spaces included;
 *  - "double quotes" keep spaces too; inside them \" is a quote and \\ a
 *    backslash;
 *  - outside quotes a backslash keeps the next character as it is;
 *  - nothing else is special: | > < ; & $ * ~ and ` are passed to the
 *    program as they are, because no shell is run;
 *  - the first word is the program: a path, or a name looked up in PATH. */
#ifndef KIOSK_CMDLINE_H
#define KIOSK_CMDLINE_H

enum { CMDLINE_MAX_WORDS = 64 };

/* Splits line into words.  On success returns NULL and sets *argv to a
 * NULL-terminated array owned by the caller (one block: free it with
 * cmdline_free).  On a mistake (no words, a quote not closed, a backslash
 * at the end, more than CMDLINE_MAX_WORDS words) returns a static message
 * saying how to fix it and sets *argv to NULL. */
const char *cmdline_split(const char *line, char ***argv);

void cmdline_free(char **argv);

#endif
