#include "conf.h"

#include "cmdline.h"
#include "handout.h"
#include "layout.h"
#include "pin.h"
#include "readfile.h"
#include "suggest.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void replace(char **field, char *value)
{
	free(*field);
	*field = value;
}

void conf_defaults(struct conf *conf)
{
	*conf = (struct conf){
		.clinic_name = xstrdup("Patient information"),
		.content_dir = xstrdup("content"),
		.idle_timeout = 120,
		.idle_countdown = 20,
		.lock = true,
		.staff_pin_hash = xstrdup(""),
		.theme = THEME_STANDARD,
		.log_file = xstrdup(""),
		.log = CONF_LOG_FILE,
		.kiosk_name = xstrdup(""),
		.language = xstrdup("en"),
		.reading_grade_target = 8,
		.clinic_phone = xstrdup(""),
		.speech_rate = 150,
		.speech_volume = 100,
		.speech_output = xstrdup(""),
		.handout_url = xstrdup(""),
		.print_command = xstrdup(""),
		.print_limit = 20,
	};
}

static void free_languages(struct conf *conf)
{
	for (size_t i = 0; i < conf->language_count; i++)
		free(conf->languages[i]);
	free(conf->languages);
	conf->languages = NULL;
	conf->language_count = 0;
}

void conf_free(struct conf *conf)
{
	free(conf->path);
	free(conf->clinic_name);
	free(conf->content_dir);
	free(conf->staff_pin_hash);
	free(conf->log_file);
	free(conf->kiosk_name);
	free(conf->language);
	free(conf->clinic_phone);
	free(conf->speech_output);
	free(conf->handout_url);
	free(conf->print_command);
	free_languages(conf);
	*conf = (struct conf){ 0 };
}

struct reader {
	const char *path;
	const char *dir;		/* the file's folder, with '/' */
	size_t dir_len;
	unsigned line;
	struct diag *diag;
	bool failed;
};

static void conf_error(struct reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void conf_error(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(r->diag, DIAG_ERROR, r->path, r->line, 0, fmt, ap);
	va_end(ap);
	r->failed = true;
}

static bool set_text(struct reader *r, char **field, const char *key,
		     const char *value)
{
	if (!*value && strcmp(key, "staff_pin_hash") && strcmp(key, "log_file") &&
	    strcmp(key, "clinic_phone")) {
		conf_error(r, "'%s' is empty; give a value or remove the line", key);
		return false;
	}
	replace(field, xstrdup(value));
	return true;
}

/* Paths in kiosk.conf are relative to the file, not to wherever the kiosk
 * was started, so a service and a person at a shell agree. */
static bool set_path(struct reader *r, char **field, const char *key,
		     const char *value)
{
	size_t n;
	char *path;

	if (!*value || value[0] == '/')
		return set_text(r, field, key, value);
	n = r->dir_len + strlen(value) + 1;
	path = xmalloc(n);
	memcpy(path, r->dir, r->dir_len);
	strcpy(path + r->dir_len, value);
	replace(field, path);
	return true;
}

/* Characters, not bytes, of valid UTF-8 text. */
static size_t characters(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* A log file that does not exist yet is made by the kiosk. */
static bool log_file_usable(const char *path)
{
	struct stat st;

	return !*path || stat(path, &st) != 0 || S_ISREG(st.st_mode);
}

static bool set_int(struct reader *r, int *field, const char *key,
		    const char *value, long min, long max, const char *unit)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(value, &end, 10);
	if (!*value || *end || errno) {
		conf_error(r, "'%s' should be a whole number of %s, like %d; "
			   "not '%s'", key, unit, *field, value);
		return false;
	}
	if (n < min || n > max) {
		conf_error(r, "'%s' is %ld %s; it must be from %ld to %ld", key,
			   n, unit, min, max);
		return false;
	}
	*field = (int)n;
	return true;
}

static bool set_bool(struct reader *r, bool *field, const char *key,
		     const char *value)
{
	if (!strcmp(value, "yes") || !strcmp(value, "true") || !strcmp(value, "on")) {
		*field = true;
		return true;
	}
	if (!strcmp(value, "no") || !strcmp(value, "false") || !strcmp(value, "off")) {
		*field = false;
		return true;
	}
	conf_error(r, "'%s' should be yes or no, not '%s'", key, value);
	return false;
}

static const char *const conf_keys[] = {
	"clinic_name", "content_dir", "idle_timeout", "idle_countdown", "lock",
	"staff_pin_hash", "theme", "log_file", "language", "reload",
	"reading_grade_target", "clinic_phone",
	"speech", "speech_rate", "speech_volume", "speech_output",
	"handout_url", "print_command", "print_limit", "languages",
	"log", "kiosk_name",
};

enum { KEY_LANGUAGES = 19, KEY_LOG = 20, KEY_KIOSK_NAME = 21 };

/* The settings of read aloud, the QR code and printed handouts, in the
 * order of conf_keys from "speech" on.  An empty speech_output,
 * handout_url or print_command turns that feature back to its default. */
static void apply_speech_or_handout(struct reader *r, struct conf *conf, size_t which,
			    const char *value)
{
	const char *problem = NULL;
	char **argv;

	switch (which) {
	case 0:
		set_bool(r, &conf->speech, "speech", value);
		break;
	case 1:
		set_int(r, &conf->speech_rate, "speech_rate", value,
			CONF_SPEECH_RATE_MIN, CONF_SPEECH_RATE_MAX,
			"words a minute");
		break;
	case 2:
		set_int(r, &conf->speech_volume, "speech_volume", value,
			CONF_SPEECH_VOLUME_MIN, CONF_SPEECH_VOLUME_MAX, "percent");
		break;
	case 3:
		if (*value && (strlen(value) < 5 ||
			       strcmp(value + strlen(value) - 4, ".wav")))
			conf_error(r, "'speech_output' should be a file name "
				   "ending in .wav, or empty for the sound card");
		else if (*value)
			set_path(r, &conf->speech_output, "speech_output", value);
		else
			replace(&conf->speech_output, xstrdup(""));
		break;
	case 4:
		if (*value && (problem = handout_template_problem(value)))
			conf_error(r, "%s", problem);
		else
			replace(&conf->handout_url, xstrdup(value));
		break;
	case 5:
		if (*value && (problem = cmdline_split(value, &argv)))
			conf_error(r, "'print_command': %s", problem);
		else
			replace(&conf->print_command, xstrdup(value));
		if (*value && !problem)
			cmdline_free(argv);
		break;
	case 6:
		set_int(r, &conf->print_limit, "print_limit", value, 1,
			CONF_PRINT_LIMIT_MAX, "handouts an hour");
		break;
	}
}

static bool is_language_code(const char *s, size_t n)
{
	return n >= 2 && n <= 3 && strspn(s, "abcdefghijklmnopqrstuvwxyz") >= n;
}

static char *copy_code(const char *s, size_t n)
{
	char *code = xmalloc(n + 1);

	memcpy(code, s, n);
	code[n] = '\0';
	return code;
}

/* "en, es, ar" (commas or spaces between codes).  A bad list keeps the
 * default: every language with content. */
static void set_languages(struct reader *r, struct conf *conf, const char *value)
{
	char **codes = xcalloc(CONF_MAX_LANGUAGES, sizeof *codes);
	size_t count = 0;
	bool ok = true;

	for (const char *p = value; *p && ok;) {
		size_t n = strcspn(p, ", ");

		if (n == 0) {
			p++;
			continue;
		}
		if (!is_language_code(p, n)) {
			conf_error(r, "'languages' holds '%.*s'; give language codes "
				   "of 2 or 3 small letters, like: languages = en, "
				   "es, ar", (int)(n > 40 ? 40 : n), p);
			ok = false;
		} else if (count == CONF_MAX_LANGUAGES) {
			conf_error(r, "'languages' names more than %d languages",
				   CONF_MAX_LANGUAGES);
			ok = false;
		} else {
			for (size_t i = 0; i < count && ok; i++)
				if (strlen(codes[i]) == n && !strncmp(codes[i], p, n)) {
					conf_error(r, "'languages' names '%s' twice; "
						   "keep one", codes[i]);
					ok = false;
				}
			if (ok)
				codes[count++] = copy_code(p, n);
		}
		p += n;
	}
	if (ok && count == 0) {
		conf_error(r, "'languages' is empty; list the language codes to "
			   "offer, or remove the line to offer every language");
		ok = false;
	}
	free_languages(conf);
	if (ok) {
		conf->languages = codes;
		conf->language_count = count;
		return;
	}
	for (size_t i = 0; i < count; i++)
		free(codes[i]);
	free(codes);
}

static const char *const reload_names[] = { "auto", "poll", "off" };

static const char *const log_names[] = { "file", "syslog" };

/* The place of value among names, or -1. */
static int name_index(const char *value, const char *const *names, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (!strcmp(value, names[i]))
			return (int)i;
	return -1;
}

/* The name goes into every system-log message as kiosk_name=NAME, read
 * back by `kiosk --stats`: no spaces, tabs or '='. */
static void set_kiosk_name(struct reader *r, struct conf *conf, const char *value)
{
	size_t len = strlen(value);

	if (!len || len > CONF_MAX_KIOSK_NAME ||
	    strspn(value, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		   "0123456789._-") != len)
		conf_error(r, "'kiosk_name' should be 1 to %d letters, digits, "
			   "'.', '_' or '-', like waiting-room-2; leave it out for "
			   "the host name", CONF_MAX_KIOSK_NAME);
	else
		replace(&conf->kiosk_name, xstrdup(value));
}

static const char *const theme_names[] = { "standard", "high-contrast", "mono" };

static void apply(struct reader *r, struct conf *conf, const char *key,
		  const char *value)
{
	const char *problem;
	size_t i;
	int which;

	for (i = 0; i < COUNT(conf_keys); i++)
		if (!strcmp(key, conf_keys[i]))
			break;
	switch (i) {
	case 0:
		if (layout_columns(value, strlen(value)) > CONF_MAX_NAME_COLUMNS)
			conf_error(r, "'clinic_name' is %d columns wide; keep it "
				   "to %d (a Chinese or Japanese character takes "
				   "two; the title bar shows what fits)",
				   layout_columns(value, strlen(value)),
				   CONF_MAX_NAME_COLUMNS);
		else
			set_text(r, &conf->clinic_name, key, value);
		break;
	case 1:
		set_path(r, &conf->content_dir, key, value);
		break;
	case 2:
		set_int(r, &conf->idle_timeout, key, value, 5, 86400, "seconds");
		break;
	case 3:
		set_int(r, &conf->idle_countdown, key, value, 3, 600, "seconds");
		break;
	case 4:
		set_bool(r, &conf->lock, key, value);
		break;
	case 5:
		if (*value && (value[0] != '$' || strchr(value, ' ')))
			conf_error(r, "'staff_pin_hash' should be the line that "
				   "'kiosk --hash-pin' prints (it starts with "
				   "'$'); run it and paste its output");
		else if (*value && (problem = pin_hash_problem(value)))
			conf_error(r, "'staff_pin_hash' %s; run 'kiosk --hash-pin' "
				   "and paste its output", problem);
		else
			set_text(r, &conf->staff_pin_hash, key, value);
		break;
	case 6:
		if ((which = name_index(value, theme_names, COUNT(theme_names))) >= 0)
			conf->theme = (enum conf_theme)which;
		else
			conf_error(r, "'theme' cannot be '%s'; choose standard, "
				   "high-contrast or mono", value);
		break;
	case 7:
		if (set_path(r, &conf->log_file, key, value))
			conf->log_file_line = r->line;
		break;
	case 8:
		if (strlen(value) < 2 || strlen(value) > 3 ||
		    strspn(value, "abcdefghijklmnopqrstuvwxyz") != strlen(value))
			conf_error(r, "'language' should be a language code of 2 "
				   "or 3 small letters, like en");
		else
			set_text(r, &conf->language, key, value);
		break;
	case 9:
		if ((which = name_index(value, reload_names, COUNT(reload_names))) >= 0)
			conf->reload = (enum conf_reload)which;
		else
			conf_error(r, "'reload' cannot be '%s'; choose auto, poll or off",
				   value);
		break;
	case 10:
		set_int(r, &conf->reading_grade_target, key, value, 1, 18, "grades");
		break;
	case 11:
		/* Shown to patients on small screens: digits and the usual
		 * separators only, short enough for one line at 40 columns. */
		if (strspn(value, "0123456789 +-().") != strlen(value) ||
		    strlen(value) > CONF_MAX_PHONE)
			conf_error(r, "'clinic_phone' should be a phone number of at "
				   "most %d digits, spaces and + - ( ) . signs, like "
				   "01234 567890", CONF_MAX_PHONE);
		else
			set_text(r, &conf->clinic_phone, key, value);
		break;
	case 12: case 13: case 14: case 15: case 16: case 17: case 18:
		apply_speech_or_handout(r, conf, i - 12, value);
		break;
	case KEY_LANGUAGES:
		set_languages(r, conf, value);
		break;
	case KEY_LOG:
		if ((which = name_index(value, log_names, COUNT(log_names))) >= 0)
			conf->log = (enum conf_log)which;
		else
			conf_error(r, "'log' cannot be '%s'; choose file (log_file) or "
				   "syslog (the system log)", value);
		break;
	case KEY_KIOSK_NAME:
		set_kiosk_name(r, conf, value);
		break;
	default: {
		const char *best = suggest_closest(key, strlen(key), conf_keys,
						   COUNT(conf_keys));
		if (best)
			conf_error(r, "unknown key '%s'; did you mean '%s'?", key, best);
		else
			conf_error(r, "unknown key '%s'; see kiosk.conf(5) for the "
				   "keys", key);
	}
	}
}

static char *trim(char *s)
{
	char *end;

	while (*s == ' ')
		s++;
	end = s + strlen(s);
	while (end > s && end[-1] == ' ')
		*--end = '\0';
	return s;
}

/* Splits one line into key and value in place.  Returns false (reported)
 * when the line is not "key = value". */
static bool split_line(struct reader *r, char *line, char **key, char **value)
{
	char *eq = strchr(line, '=');
	char *v, *hash;

	if (!eq) {
		conf_error(r, "expected 'key = value'; this line has no '='");
		return false;
	}
	*eq = '\0';
	*key = trim(line);
	if (!**key || strspn(*key, "abcdefghijklmnopqrstuvwxyz_") != strlen(*key)) {
		conf_error(r, "'%s' is not a key; keys are small letters and '_', "
			   "like clinic_name", *key);
		return false;
	}
	v = trim(eq + 1);
	if (*v == '"') {
		char *close = strchr(v + 1, '"');
		char *rest;

		if (!close) {
			conf_error(r, "the quoted value is not closed; add a '\"' "
				   "at its end");
			return false;
		}
		*close = '\0';
		rest = trim(close + 1);
		if (*rest && *rest != '#') {
			conf_error(r, "unexpected text after the closing quote");
			return false;
		}
		*value = v + 1;
		return true;
	}
	for (hash = strchr(v, '#'); hash; hash = strchr(hash + 1, '#'))
		if (hash > v && hash[-1] == ' ') {
			*hash = '\0';
			break;
		}
	*value = trim(v);
	return true;
}

static void parse_line(struct reader *r, struct conf *conf, char *line,
		       size_t len, unsigned first_seen[])
{
	char *key, *value, *s;
	size_t at;
	uint32_t cp;

	if (len && line[len - 1] == '\r')
		line[--len] = '\0';
	for (size_t i = 0; i < len; i++)
		if (line[i] == '\t')
			line[i] = ' ';
	if (utf8_find_bad(line, len, false, &at, &cp)) {
		if (utf8_decode(line + at, len - at, &cp))
			conf_error(r, "the line contains %s at column %zu; "
				   "remove it", utf8_control_name(cp), at + 1);
		else
			conf_error(r, "the line is not valid UTF-8 text (column "
				   "%zu); save the file as UTF-8", at + 1);
		return;
	}
	s = trim(line);
	if (!*s || *s == '#')
		return;
	if (!split_line(r, s, &key, &value))
		return;
	if (characters(value) > CONF_MAX_VALUE) {
		conf_error(r, "the value of '%s' is longer than %d characters",
			   key, CONF_MAX_VALUE);
		return;
	}
	for (size_t i = 0; i < COUNT(conf_keys); i++)
		if (!strcmp(key, conf_keys[i])) {
			if (first_seen[i]) {
				conf_error(r, "'%s' is set twice (first on line "
					   "%u); keep one", key, first_seen[i]);
				return;
			}
			first_seen[i] = r->line;
		}
	apply(r, conf, key, value);
}

/* The kiosk goes back to 'language' after each visit, so patients must be
 * able to pick it. */
static void check_default_offered(struct reader *r, struct conf *conf,
				  unsigned languages_line)
{
	for (size_t i = 0; i < conf->language_count; i++)
		if (!strcmp(conf->languages[i], conf->language))
			return;
	if (!conf->language_count)
		return;
	r->line = languages_line;
	conf_error(r, "'languages' does not include '%s', the default "
		   "'language'; add it to the list", conf->language);
	free_languages(conf);
}

bool conf_parse(struct conf *conf, const char *path, const char *bytes,
		size_t len, struct diag *diag)
{
	struct reader r = { .path = path, .diag = diag };
	unsigned first_seen[COUNT(conf_keys)] = { 0 };
	const char *slash = strrchr(path, '/');
	char *buf = xmalloc(len + 1);

	memcpy(buf, bytes, len);
	buf[len] = '\0';
	replace(&conf->path, xstrdup(path));
	r.dir = path;
	r.dir_len = slash ? (size_t)(slash - path) + 1 : 0;
	for (char *line = buf; line < buf + len; ) {
		char *nl = memchr(line, '\n', (size_t)(buf + len - line));
		size_t n = nl ? (size_t)(nl - line) : (size_t)(buf + len - line);

		line[n] = '\0';
		r.line++;
		parse_line(&r, conf, line, n, first_seen);
		line += n + 1;
	}
	free(buf);
	check_default_offered(&r, conf, first_seen[KEY_LANGUAGES]);
	if (conf->log == CONF_LOG_SYSLOG && *conf->log_file) {
		r.line = first_seen[KEY_LOG];
		conf_error(&r, "'log = syslog' sends the log to the system log, "
			   "but log_file is set too (line %u); remove log_file, "
			   "or set log = file", conf->log_file_line);
	}
	return !r.failed;
}

bool conf_load(struct conf *conf, const char *path, struct diag *diag)
{
	size_t len;
	char *bytes = readfile(path, CONF_MAX_FILE_BYTES, &len, diag,
			       "is it the right file?");
	bool ok;

	if (!bytes)
		return false;
	ok = conf_parse(conf, path, bytes, len, diag);
	free(bytes);
	/* Here, not in conf_parse, which touches no files. */
	if (!log_file_usable(conf->log_file)) {
		char shown[80];
		diag_add(diag, DIAG_ERROR, path, conf->log_file_line, 0,
			 "log_file '%s' is not a regular file (a pipe or a device "
			 "could stop the kiosk); name a plain file, or leave it "
			 "empty", diag_quote(conf->log_file, strlen(conf->log_file),
					      shown, sizeof shown));
		ok = false;
	}
	return ok;
}
