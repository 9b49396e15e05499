/* conf: kiosk.conf, the clinic's settings.
 *
 * The file is "key = value" lines; '#' starts a comment line or, after a
 * space, a comment at the end of a line.  A value may be put in double
 * quotes to keep a '#' or spaces at its ends.  Every key has a default, so
 * an empty file is a working configuration.  kiosk.conf(5) and the shipped
 * kiosk.conf describe every key. */
#ifndef KIOSK_CONF_H
#define KIOSK_CONF_H

#include "diag.h"

#include <stdbool.h>

enum conf_theme { THEME_STANDARD, THEME_HIGH_CONTRAST, THEME_MONO };

enum conf_reload { RELOAD_AUTO, RELOAD_POLL, RELOAD_OFF };

/* Where usage events and problems go: log_file, or the system log. */
enum conf_log { CONF_LOG_FILE, CONF_LOG_SYSLOG };

enum {
	CONF_MAX_FILE_BYTES = 64 * 1024,
	CONF_MAX_VALUE = 1024,		/* characters, not bytes */
	CONF_MAX_NAME_COLUMNS = 1024,	/* clinic_name, in display columns */
	CONF_SPEECH_RATE_MIN = 80, CONF_SPEECH_RATE_MAX = 450,
	CONF_SPEECH_VOLUME_MIN = 10, CONF_SPEECH_VOLUME_MAX = 200,
	CONF_PRINT_LIMIT_MAX = 1000,
	CONF_MAX_PHONE = 20,
	CONF_MAX_LANGUAGES = 32,
	CONF_MAX_KIOSK_NAME = 64,	/* bytes of letters, digits, . _ - */
};

struct conf {
	char *path;			/* the file read, or NULL for defaults */
	char *clinic_name;
	char *content_dir;		/* resolved against the file's folder */
	int idle_timeout;		/* seconds without input before asking */
	int idle_countdown;		/* seconds the "still there?" question shows */
	bool lock;
	char *staff_pin_hash;		/* crypt(3) hash, "" when not set */
	enum conf_theme theme;
	char *log_file;			/* resolved like content_dir; "" = off */
	unsigned log_file_line;		/* where it was set, for messages */
	enum conf_log log;
	/* This kiosk's name in the system log, so figures from many kiosks
	 * can be told apart: "" = the host name. */
	char *kiosk_name;
	char *language;			/* the default, after each idle reset */
	/* 'languages': the codes offered to patients, in the order shown;
	 * the default is among them.  None given: every language that has
	 * content. */
	char **languages;
	size_t language_count;
	enum conf_reload reload;	/* how saved changes are noticed */
	int reading_grade_target;	/* for `kiosk --check` */
	/* Read aloud, the leaflet's QR code and printed handouts. */
	bool speech;			/* the Listen button */
	int speech_rate;		/* words a minute */
	int speech_volume;		/* percent of eSpeak's normal loudness */
	char *speech_output;		/* a WAV file instead of the sound card;
					 * resolved like content_dir; "" = card */
	char *handout_url;		/* leaflet address with {id} and
					 * {language}; "" = the first source */
	char *print_command;		/* "" = no Print button; see cmdline.h */
	int print_limit;		/* handouts an hour */
	char *clinic_phone;		/* shown to patients and on handouts; "" = none */
};

/* Fills conf with defaults (content_dir "content" in the current folder). */
void conf_defaults(struct conf *conf);

/* Reads path over the defaults.  Every problem goes to diag as
 * "path:line: error: ..." and loading continues; a bad value keeps its
 * default.  A log_file that names something other than a regular file (a
 * FIFO, a device) is an error, and so is a log_file set beside
 * 'log = syslog'.  Returns false when the file could not be
 * read or had errors.
 * conf owns its strings: release them with conf_free. */
bool conf_load(struct conf *conf, const char *path, struct diag *diag);

/* The same for a settings file already in memory, touching no files (so
 * log_file is not looked at); path is used for messages and to resolve
 * relative paths. */
bool conf_parse(struct conf *conf, const char *path, const char *bytes,
		size_t len, struct diag *diag);

void conf_free(struct conf *conf);

#endif
