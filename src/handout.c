#include "handout.h"

#include "qr.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool is_web_address(const char *s)
{
	return (starts_with(s, "https://") && s[8]) ||
	       (starts_with(s, "http://") && s[7]);
}

static bool is_unreserved(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
	       c == '~';
}

/* A growing string. */
struct text {
	char *s;
	size_t len, cap;
};

static void add_bytes(struct text *t, const char *s, size_t n)
{
	xgrow((void **)&t->s, &t->cap, t->len + n + 1, 1);
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void add_escaped_byte(struct text *t, unsigned char c)
{
	static const char hex[] = "0123456789ABCDEF";
	char esc[3] = { '%', hex[c >> 4], hex[c & 15] };

	add_bytes(t, esc, 3);
}

/* Every byte but the unreserved ones escaped, so a value can never end
 * the path or add a query. */
static void add_component(struct text *t, const char *s)
{
	for (; *s; s++) {
		if (is_unreserved((unsigned char)*s))
			add_bytes(t, s, 1);
		else
			add_escaped_byte(t, (unsigned char)*s);
	}
}

const char *handout_template_problem(const char *tmpl)
{
	if (!is_web_address(tmpl))
		return "'handout_url' should be a web address starting with "
		       "https://, like https://clinic.example.org/leaflets/"
		       "{language}/{id}";
	for (const char *p = tmpl; *p; p++) {
		unsigned char c = (unsigned char)*p;

		if (c <= ' ' || c >= 0x7f)
			return "'handout_url' has a space, a control character "
			       "or a letter outside ASCII; write them with "
			       "%-escapes, like %20 for a space";
		if (c == '}')
			return "'handout_url' has a '}' without its '{'; only "
			       "{id} and {language} may be used";
		if (c == '{') {
			if (starts_with(p, "{id}"))
				p += 3;
			else if (starts_with(p, "{language}"))
				p += 9;
			else
				return "'handout_url' may use only {id} and "
				       "{language} in braces";
		}
	}
	return NULL;
}

char *handout_address(const char *tmpl, const struct content_topic *t)
{
	struct text out = { 0 };
	const char *p;

	if (tmpl && *tmpl) {
		if (handout_template_problem(tmpl))
			return NULL;
		for (p = tmpl; *p; p++) {
			if (starts_with(p, "{id}")) {
				add_component(&out, t->id);
				p += 3;
			} else if (starts_with(p, "{language}")) {
				add_component(&out, t->language);
				p += 9;
			} else {
				add_bytes(&out, p, 1);
			}
		}
		return out.s;
	}
	if (!t->source_count || !t->sources[0].url ||
	    !is_web_address(t->sources[0].url))
		return NULL;
	for (p = t->sources[0].url; *p; p++) {
		unsigned char c = (unsigned char)*p;

		if (c <= ' ' || c == 0x7f) {
			free(out.s);
			return NULL;
		}
		if (c > 0x7f)
			add_escaped_byte(&out, c);
		else
			add_bytes(&out, p, 1);
	}
	return out.s;
}

void handout_check(const struct content_library *lib, const char *tmpl,
		   struct diag *diag)
{
	size_t longest = 0;

	for (size_t i = 0; i < lib->topic_count; i++) {
		const struct content_topic *t = lib->topics[i];
		char *address = handout_address(tmpl, t);
		struct qr_code code;

		if (address && !qr_encode(address, QR_ROWS_80X24, &code)) {
			if (!longest)
				longest = qr_longest_address(QR_ROWS_80X24);
			diag_add(diag, DIAG_ERROR, t->path, 0, 0, "the leaflet "
				 "address for the Take home code is %zu characters; "
				 "a QR code that fits an 80x24 screen holds at most "
				 "%zu; use a shorter %s", strlen(address), longest,
				 tmpl && *tmpl ? "handout_url in kiosk.conf, or a shorter id"
					       : "first source url, or set a short handout_url");
		} else if (address) {
			qr_free(&code);
		}
		free(address);
	}
}
