#include "logread.h"

#include "xalloc.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum form { FORM_UNKNOWN, FORM_LINES, FORM_EXPORT };

enum { READ_BUF = 64 * 1024, DATE_MAX = 16 };

struct logread {
	FILE *in;
	unsigned char buf[READ_BUF];
	size_t pos, len;
	unsigned long newlines;		/* consumed so far */
	enum form form;
	struct logread_counts counts;
	/* The event handed out, and what it was read from. */
	char line[LOGREAD_LINE_MAX];
	char kiosk[LOGREAD_NAME_MAX + 1];
	char host[LOGREAD_NAME_MAX + 1];
	char ident[LOGREAD_NAME_MAX + 1];
	char date[DATE_MAX];
	char stamp[32];			/* __REALTIME_TIMESTAMP, microseconds */
};

struct logread *logread_open(FILE *in)
{
	/* Not zeroed: the 64 KB buffer is filled before it is read. */
	struct logread *r = xmalloc(sizeof *r);

	r->in = in;
	r->pos = r->len = 0;
	r->newlines = 0;
	r->form = FORM_UNKNOWN;
	memset(&r->counts, 0, sizeof r->counts);
	r->line[0] = r->kiosk[0] = r->host[0] = r->ident[0] = '\0';
	r->date[0] = r->stamp[0] = '\0';
	return r;
}

void logread_close(struct logread *r)
{
	free(r);
}

const struct logread_counts *logread_counts(const struct logread *r)
{
	return &r->counts;
}

static bool fill(struct logread *r)
{
	if (r->pos < r->len)
		return true;
	r->pos = 0;
	r->len = fread(r->buf, 1, sizeof r->buf, r->in);
	return r->len > 0;
}

static int next_byte(struct logread *r)
{
	int c;

	if (!fill(r))
		return EOF;
	c = r->buf[r->pos++];
	r->newlines += c == '\n';
	return c;
}

/* Reads to the end of the line into dst (cap bytes with the NUL), without
 * the line break.  Returns the bytes in the line, or -1 at the end of the
 * input; *cut says the line did not fit (the rest was read past), *ended
 * that a line break ended it. */
static long read_line(struct logread *r, char *dst, size_t cap, bool *cut,
		      bool *ended)
{
	size_t n = 0;

	*cut = false;
	*ended = false;
	/* A buffer's worth at a time: memchr finds the line break many times
	 * faster than a look at every byte. */
	while (!*ended && fill(r)) {
		const unsigned char *start = r->buf + r->pos;
		const unsigned char *lf = memchr(start, '\n', r->len - r->pos);
		size_t take = lf ? (size_t)(lf - start) : r->len - r->pos;
		size_t room = n < cap - 1 ? cap - 1 - n : 0;

		if (room)
			memcpy(dst + n, start, take < room ? take : room);
		*cut |= take > room;
		n += take;
		r->pos += take;
		if (lf) {
			r->pos++;
			r->newlines++;
			*ended = true;
		}
	}
	if (!*ended && n == 0)
		return -1;
	dst[n < cap ? n : cap - 1] = '\0';
	return (long)n;
}

static bool is_field_name_char(int c, bool first)
{
	return c == '_' || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

/* Export records open with a field name, NAME= or NAME and a line break;
 * no log line does (they start with a digit, '<' or a month). */
static enum form detect(struct logread *r)
{
	if (!fill(r))
		return FORM_LINES;
	for (size_t i = r->pos; i < r->len && i - r->pos <= LOGREAD_NAME_MAX; i++) {
		int c = r->buf[i];

		if (i > r->pos && (c == '=' || c == '\n'))
			return FORM_EXPORT;
		if (!is_field_name_char(c, i == r->pos))
			return FORM_LINES;
	}
	return FORM_LINES;
}

static void copy_name(char *dst, const char *s, size_t len)
{
	if (len > LOGREAD_NAME_MAX)
		len = LOGREAD_NAME_MAX;
	memcpy(dst, s, len);
	dst[len] = '\0';
}

/* The next space-separated token of *p, ended with a NUL; NULL when none. */
static char *token(char **p)
{
	char *start = *p, *space;

	if (!*start || *start == ' ')
		return NULL;
	space = strchr(start, ' ');
	if (space) {
		*space = '\0';
		*p = space + 1;
	} else {
		*p = start + strlen(start);
	}
	return start;
}

/* "2026-11-29" at the start of s: dates are shown, so never raw bytes. */
static bool iso_date(const char *s)
{
	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char)s[i]))
			return false;
	return true;
}

/* RFC 5424 after "<PRI>1 ": TIME HOST APP PROCID MSGID SD [MSG]. */
static char *rfc5424(struct logread *r, char *p, const char **app)
{
	char *time = token(&p), *host = token(&p);

	*app = token(&p);
	if (!time || !host || !*app || !token(&p) || !token(&p))
		return NULL;
	if (*p == '-') {
		p++;
	} else {
		while (*p == '[') {
			for (p++; *p && *p != ']'; p++)
				if (*p == '\\' && p[1])
					p++;
			if (!*p)
				return NULL;
			p++;
		}
	}
	if (*p == ' ')
		p++;
	else if (*p)
		return NULL;
	if (!strncmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	snprintf(r->date, sizeof r->date, "%.10s", iso_date(time) ? time : "");
	copy_name(r->host, host, strlen(host));
	return p;
}

/* "Nov 29 10:00:01 " or "Nov  9 10:00:01 ": its date is "Nov 29". */
static char *bsd_time(struct logread *r, char *p)
{
	int day;

	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	bool month = false;

	for (int m = 0; m < 12 && !month; m++)
		month = !strncmp(p, months + 3 * m, 3);
	if (!month || strlen(p) < 16 || p[3] != ' ' || p[6] != ' ' || p[9] != ':' ||
	    p[12] != ':' || p[15] != ' ')
		return NULL;
	day = (p[4] == ' ' ? 0 : p[4] - '0') * 10 + (p[5] - '0');
	if (!isdigit((unsigned char)p[5]) || day < 1 || day > 31)
		return NULL;
	snprintf(r->date, sizeof r->date, "%.3s %d", p, day);
	return p + 16;
}

/* A traditional line after its time: "HOST TAG: MSG", the tag being
 * "APP[PID]:" or "APP:". */
static char *host_and_tag(struct logread *r, char *p, const char **app)
{
	char *host = token(&p), *tag = token(&p);
	size_t len;

	if (!host || !tag || (len = strlen(tag)) < 2 || tag[len - 1] != ':')
		return NULL;
	tag[len - 1] = '\0';
	tag[strcspn(tag, "[")] = '\0';
	*app = tag;
	copy_name(r->host, host, strlen(host));
	return p;
}

/* rsyslog's RFC 3339 lines: "2026-11-29T10:00:01.123456+00:00 HOST TAG: MSG". */
static char *iso_time(struct logread *r, char *p, const char **app)
{
	char *time = token(&p);

	if (!time)
		return NULL;
	snprintf(r->date, sizeof r->date, "%.10s", time);
	return host_and_tag(r, p, app);
}

/* Takes "kiosk_name=NAME EVENT..." (or, from an older or other sender,
 * "EVENT..." named by its host) into the entry.  False when it is not an
 * event. */
static bool take_message(struct logread *r, const char *message, struct logread_entry *e)
{
	const char *rest = message;
	size_t len;

	if (!strncmp(message, "kiosk_name=", 11)) {
		len = strcspn(message + 11, " ");
		if (!len || len > LOGREAD_NAME_MAX || !message[11 + len])
			return false;
		copy_name(r->kiosk, message + 11, len);
		rest = message + 11 + len + 1;
	} else {
		snprintf(r->kiosk, sizeof r->kiosk, "%s", r->host);
	}
	if (!*rest || !*r->kiosk)
		return false;
	/* rsyslog writes a tab as "#011" unless told otherwise: one pass,
	 * copying down over the message's own bytes. */
	bool escaped = !strchr(rest, '\t');
	char *to = r->line;

	for (const char *from = rest; *from;) {
		if (escaped && !strncmp(from, "#011", 4)) {
			*to++ = '\t';
			from += 4;
		} else {
			*to++ = *from++;
		}
	}
	*to = '\0';
	e->kiosk = r->kiosk;
	e->date = r->date;
	e->line = r->line;
	return true;
}

/* One line of text: the kiosk's own, or the system log's. */
static bool take_line(struct logread *r, struct logread_entry *e)
{
	char *p = r->line, *message = NULL;
	const char *app = NULL;
	size_t len = strlen(p);

	if (len && p[len - 1] == '\r')
		p[--len] = '\0';
	if (len > 20 && p[20] == '\t' && iso_date(p)) {
		snprintf(r->date, sizeof r->date, "%.10s", p);
		e->kiosk = "";
		e->date = r->date;
		e->line = p + 21;
		return true;
	}
	r->host[0] = '\0';
	if (*p == '<') {
		size_t digits = strspn(p + 1, "0123456789");
		if (digits < 1 || digits > 3 || p[1 + digits] != '>')
			return false;
		p += digits + 2;
	}
	if (p[0] == '1' && p[1] == ' ')
		message = rfc5424(r, p + 2, &app);
	else if (iso_date(p) && p[10] == 'T')
		message = iso_time(r, p, &app);
	else if ((p = bsd_time(r, p)))
		message = host_and_tag(r, p, &app);
	if (!message)
		return false;
	if (strcmp(app, "kiosk")) {
		r->counts.other_programs++;
		return false;
	}
	if (!take_message(r, message, e)) {
		r->counts.not_understood++;
		return false;
	}
	return true;
}

static bool next_line(struct logread *r, struct logread_entry *e)
{
	bool cut, ended;

	for (;;) {
		unsigned long start = r->newlines + 1;
		unsigned long other = r->counts.other_programs;
		unsigned long unclear = r->counts.not_understood;

		if (read_line(r, r->line, sizeof r->line, &cut, &ended) < 0)
			return false;
		e->line_no = start;
		if (cut) {
			r->counts.too_long++;
			continue;
		}
		if (take_line(r, e))
			return true;
		if (other == r->counts.other_programs && unclear == r->counts.not_understood)
			r->counts.not_understood++;
	}
}

/* A field of an export record, by name: where its value is kept. */
static char *field_store(struct logread *r, const char *name, size_t *cap)
{
	static const char *const names[] = {
		"MESSAGE", "SYSLOG_IDENTIFIER", "_HOSTNAME", "__REALTIME_TIMESTAMP",
	};
	char *stores[] = { r->line, r->ident, r->host, r->stamp };
	size_t caps[] = { sizeof r->line, sizeof r->ident, sizeof r->host, sizeof r->stamp };

	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcmp(name, names[i])) {
			*cap = caps[i];
			return stores[i];
		}
	*cap = 0;
	return NULL;
}

enum field_result { FIELD_OK, FIELD_END_OF_RECORD, FIELD_END_OF_INPUT, FIELD_CUT_OFF, FIELD_BAD };

/* Reads len bytes of a binary field into store (when it fits: *too_long
 * otherwise), never holding more than the store. */
static enum field_result read_binary(struct logread *r, char *store, size_t cap,
				     bool *too_long)
{
	unsigned char size[8];
	uint64_t len = 0;
	int c;

	for (int i = 0; i < 8; i++) {
		if ((c = next_byte(r)) == EOF)
			return FIELD_CUT_OFF;
		size[i] = (unsigned char)c;
	}
	for (int i = 7; i >= 0; i--)
		len = len << 8 | size[i];
	if (store && len >= cap)
		*too_long = true;
	for (uint64_t i = 0; i < len; i++) {
		if ((c = next_byte(r)) == EOF)
			return FIELD_CUT_OFF;
		if (store && len < cap)
			store[i] = c ? (char)c : '\n';	/* NUL: not a message */
	}
	if (store && len < cap)
		store[len] = '\0';
	return next_byte(r) == '\n' ? FIELD_OK : FIELD_BAD;
}

static enum field_result read_field(struct logread *r, bool *too_long)
{
	char name[LOGREAD_NAME_MAX + 2];
	size_t n = 0, cap;
	char *store;
	int c;

	while ((c = next_byte(r)) != EOF && c != '=' && c != '\n') {
		if (n > LOGREAD_NAME_MAX || !is_field_name_char(c, n == 0))
			return FIELD_BAD;
		name[n++] = (char)c;
	}
	name[n] = '\0';
	if (c == EOF)
		return n ? FIELD_CUT_OFF : FIELD_END_OF_INPUT;
	if (!n)
		return c == '\n' ? FIELD_END_OF_RECORD : FIELD_BAD;
	store = field_store(r, name, &cap);
	if (c == '\n')
		return read_binary(r, store, cap, too_long);
	char scratch[256];
	bool cut, ended;

	read_line(r, store ? store : scratch, store ? cap : sizeof scratch,
		  &cut, &ended);
	if (!ended)
		return FIELD_CUT_OFF;
	*too_long |= store && cut;
	return FIELD_OK;
}

/* The event of a finished record, if it is one. */
static bool take_record(struct logread *r, bool too_long, struct logread_entry *e)
{
	struct tm tm;
	time_t t;

	if (too_long) {
		r->counts.too_long++;
		return false;
	}
	if (strcmp(r->ident, "kiosk")) {
		r->counts.other_programs++;
		return false;
	}
	t = (time_t)(strtoull(r->stamp, NULL, 10) / 1000000u);
	if (*r->stamp && gmtime_r(&t, &tm))
		strftime(r->date, sizeof r->date, "%Y-%m-%d", &tm);
	else
		r->date[0] = '\0';
	if (strchr(r->line, '\n') || !take_message(r, r->line, e)) {
		r->counts.not_understood++;
		return false;
	}
	return true;
}

static bool next_record(struct logread *r, struct logread_entry *e)
{
	for (;;) {
		bool too_long = false, any = false;
		enum field_result got;

		r->line[0] = r->ident[0] = r->host[0] = r->stamp[0] = '\0';
		e->line_no = r->newlines + 1;
		while ((got = read_field(r, &too_long)) == FIELD_OK)
			any = true;
		if (got == FIELD_CUT_OFF) {
			r->counts.truncated++;
			return false;
		}
		if (got == FIELD_BAD) {
			/* Out of step: read on to the next empty line. */
			int c, last = '\n';
			r->counts.not_understood++;
			while ((c = next_byte(r)) != EOF && !(c == '\n' && last == '\n'))
				last = c;
			continue;
		}
		if (any && take_record(r, too_long, e))
			return true;
		if (got == FIELD_END_OF_INPUT)
			return false;
	}
}

char *logread_kiosk_shown(const struct logread_entry *e, const char *input,
			  char *buf, size_t size)
{
	if (*e->kiosk)
		snprintf(buf, size, "kiosk %s", e->kiosk);
	else
		snprintf(buf, size, "%s", input);
	return buf;
}

bool logread_next(struct logread *r, struct logread_entry *e)
{
	if (r->form == FORM_UNKNOWN)
		r->form = detect(r);
	return r->form == FORM_EXPORT ? next_record(r, e) : next_line(r, e);
}
