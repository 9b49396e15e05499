#include "ydoc.h"

#include "utf8.h"

#include <string.h>
#include <yaml.h>

struct frame {
	struct ynode *node;
	struct ynode *last;
	size_t children;	/* a map's keys and values both count here */
};

/* A place in the file: byte offset, 0-based line and character column. */
struct cursor {
	size_t at, line, col;
};

struct builder {
	const char *path;
	const char *bytes;
	size_t len;
	struct arena *arena;
	struct diag *diag;
	struct frame stack[YDOC_MAX_DEPTH + 1];
	int depth;
	size_t nodes;
	int documents;
	struct ynode *root;
	bool failed;
	bool has_cr;		/* false: every line break is an LF */
	struct cursor scalars;	/* where the last scalar started */
};

static void fail(struct builder *b, unsigned line, unsigned col,
		 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void fail(struct builder *b, unsigned line, unsigned col,
		 const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(b->diag, DIAG_ERROR, b->path, line, col, fmt, ap);
	va_end(ap);
	b->failed = true;
}

/* Moves c forward to a 0-based line and character column (from the file's
 * start when that lies behind it).  Line breaks are LF, CRLF or a lone CR,
 * as in YAML; a byte-order mark takes no column. */
static void cursor_seek(const struct builder *b, struct cursor *c, size_t line,
			size_t col)
{
	if (c->at == 0 || line < c->line || (line == c->line && col < c->col)) {
		bool bom = b->len >= 3 && memcmp(b->bytes, "\xEF\xBB\xBF", 3) == 0;
		*c = (struct cursor) { bom ? 3 : 0, 0, 0 };
	}
	while (c->line < line && c->at < b->len) {
		/* Without CRs a line ends at the next LF, which memchr finds
		 * many times faster than a loop over every byte. */
		const char *lf = b->has_cr ? NULL :
				 memchr(b->bytes + c->at, '\n', b->len - c->at);
		char ch;

		if (!b->has_cr)
			c->at = lf ? (size_t)(lf - b->bytes) : b->len - 1;
		ch = b->bytes[c->at++];
		if (ch == '\n' || (ch == '\r' && (c->at >= b->len || b->bytes[c->at] != '\n'))) {
			c->line++;
			c->col = 0;
		}
	}
	while (c->col < col && c->at < b->len) {
		uint32_t cp;
		size_t n = (unsigned char)b->bytes[c->at] < 0x80 ? 1 :
			   utf8_decode(b->bytes + c->at, b->len - c->at, &cp);

		c->at += n ? n : 1;
		c->col++;
	}
}

/* Byte offset of a 0-based line and character column, for looking at what
 * libyaml stopped on. */
static size_t offset_of(const struct builder *b, size_t line, size_t col)
{
	struct cursor c = { 0 };

	cursor_seek(b, &c, line, col);
	return c.at;
}

/* 1-based line and column of a byte offset, counting characters. */
static void position_of(const struct builder *b, size_t offset,
			unsigned *line, unsigned *col)
{
	size_t i = 0;

	*line = 1;
	*col = 1;
	if (b->len >= 3 && memcmp(b->bytes, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < offset && i < b->len) {
		uint32_t cp;
		size_t n = utf8_decode(b->bytes + i, b->len - i, &cp);
		char c = b->bytes[i];

		if (c == '\n' || (c == '\r' && (i + 1 >= b->len || b->bytes[i + 1] != '\n'))) {
			(*line)++;
			*col = 1;
		} else if (c != '\r') {
			(*col)++;
		}
		i += n ? n : 1;
	}
}

static bool problem_is(const yaml_parser_t *p, const char *text)
{
	return p->problem && strstr(p->problem, text);
}

/* libyaml's terse problems, and what they mean to someone editing a file. */
static const struct {
	const char *problem;
	const char *message;
} explained[] = {
	{ "mapping values are not allowed",
	  "unexpected ': ' (colon and space) in text; put the whole text in "
	  "double quotes, or check the indentation" },
	{ "did not find expected key",
	  "this line does not line up with the lines above it; check the "
	  "spaces at the start of the line" },
	{ "could not find expected ':'",
	  "expected 'key: value' but found no ':'; add the colon, or indent "
	  "the line if it continues the text above" },
	{ "unknown escape",
	  "unknown escape after a backslash in double quotes; write \\\\ for "
	  "a backslash, or use single quotes" },
	{ "expected ',' or ']'", "a list in [square brackets] is not closed with ']'" },
	{ "expected ',' or '}'",
	  "a set of keys in {curly brackets} is not closed with '}'" },
	{ "block sequence entries are not allowed",
	  "a list item ('- ') cannot go here; start the list on the next line, "
	  "indented under its key" },
	{ "did not find expected node content",
	  "a value is missing or out of line here; check the indentation and "
	  "that each list item starts with '- '" },
	{ "did not find expected '-'",
	  "a value is missing or out of line here; check the indentation and "
	  "that each list item starts with '- '" },
};

/* Where 0-based line starts, its indent in spaces, and where the key of
 * the line starts (after a "- "). */
struct line_shape {
	size_t start;
	size_t indent;
	bool dash;		/* the line is a list item */
	bool blank;
};

static struct line_shape shape_at(const struct builder *b, size_t start)
{
	struct line_shape sh = { start, 0, false, false };
	size_t i = sh.start;

	while (i < b->len && b->bytes[i] == ' ')
		i++;
	sh.indent = i - sh.start;
	sh.blank = i >= b->len || b->bytes[i] == '\n' || b->bytes[i] == '\r' ||
		   b->bytes[i] == '#';
	sh.dash = i < b->len && b->bytes[i] == '-' &&
		  (i + 1 >= b->len || b->bytes[i + 1] == ' ' ||
		   b->bytes[i + 1] == '\n' || b->bytes[i + 1] == '\r');
	return sh;
}

static struct line_shape shape_of(const struct builder *b, size_t line)
{
	return shape_at(b, offset_of(b, line, 0));
}

/* The shape of 0-based line, the one above below: a step back from where
 * below starts rather than a count from the top of the file, so looking
 * up to 100 lines back costs those lines only. */
static struct line_shape shape_above(const struct builder *b,
				     const struct line_shape *below, size_t line)
{
	size_t i = below->start;

	if (b->has_cr || i == 0)
		return shape_of(b, line);
	i--;		/* the LF that ends line */
	while (i > 0 && b->bytes[i - 1] != '\n')
		i--;
	if (i == 0 && b->len >= 3 && memcmp(b->bytes, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	return shape_at(b, i);
}

/* True when line is not a list item but a nearby line at its indent is:
 * the "- " was forgotten. */
static bool missing_dash(const struct builder *b, size_t line)
{
	struct line_shape here = shape_of(b, line), above = here;

	if (here.dash || here.blank)
		return false;
	for (size_t k = line; k-- > 0 && line - k < 100;) {
		above = shape_above(b, &above, k);
		if (above.blank)
			continue;
		if (above.indent <= here.indent)
			return above.indent == here.indent && above.dash;
	}
	return false;
}

/* For "': ' not allowed": true when the line holding it starts at another
 * indent than its key siblings above, so the indent is the likely fault
 * rather than a colon inside text. */
static bool misindented_key(const struct builder *b, size_t line, size_t col)
{
	struct line_shape here = shape_of(b, line), above = here;

	for (size_t i = here.start; i < here.start + col && i + 1 < b->len; i++)
		if (b->bytes[i] == ':' && b->bytes[i + 1] == ' ')
			return false;	/* a second ': ' on a key's line */
	for (size_t k = line; k-- > 0 && line - k < 100;) {
		above = shape_above(b, &above, k);
		if (!above.blank)
			return above.indent + (above.dash ? 2 : 0) != here.indent;
	}
	return false;
}

/* Turns libyaml's terse problem into a message that says how to fix it. */
static void report_parser_error(struct builder *b, const yaml_parser_t *p)
{
	unsigned line = (unsigned)p->problem_mark.line + 1;
	unsigned col = (unsigned)p->problem_mark.column + 1;
	size_t at = offset_of(b, p->problem_mark.line, p->problem_mark.column);
	char here = at < b->len ? b->bytes[at] : '\0';

	if (p->error == YAML_READER_ERROR) {
		size_t offset = p->problem_offset;
		unsigned value = (unsigned)p->problem_value;

		/* libyaml points at the bad continuation byte; staff need the
		 * start of the broken character. */
		for (size_t k = 1; k <= 3 && k <= offset && offset < b->len &&
		     (problem_is(p, "trailing") || problem_is(p, "incomplete")); k++)
			if (((unsigned char)b->bytes[offset - k] & 0xC0) == 0xC0) {
				offset -= k;
				value = (unsigned char)b->bytes[offset];
				break;
			}
		position_of(b, offset, &line, &col);
		if (problem_is(p, "control characters"))
			fail(b, line, col, "the file contains %s; remove it "
			     "(save the file as plain UTF-8 text)",
			     utf8_control_name(value));
		else if (problem_is(p, "UTF-8") || problem_is(p, "UTF-16"))
			fail(b, line, col, "the file is not valid UTF-8 text "
			     "(bad byte 0x%02X); save it as UTF-8 in your editor",
			     value & 0xFF);
		else
			fail(b, line, col, "cannot read the file: %s", p->problem);
		return;
	}
	if (here == '\t' || problem_is(p, "tab character")) {
		fail(b, line, col, "a tab is used for indenting; YAML needs "
		     "spaces: replace the tab with spaces");
		return;
	}
	if (problem_is(p, "cannot start any token")) {
		fail(b, line, col, "text cannot begin with '%c' here; put the "
		     "whole text in double quotes", here ? here : '?');
		return;
	}
	if (problem_is(p, "end of stream") && p->context &&
	    strstr(p->context, "quoted")) {
		fail(b, (unsigned)p->context_mark.line + 1,
		     (unsigned)p->context_mark.column + 1,
		     "this quoted text is never closed; add the closing quote");
		return;
	}
	if (problem_is(p, "could not find expected ':'") &&
	    missing_dash(b, p->context_mark.line)) {
		fail(b, (unsigned)p->context_mark.line + 1,
		     (unsigned)shape_of(b, p->context_mark.line).indent + 1,
		     "this line is not a list item like the lines around it; "
		     "add '- ' before it");
		return;
	}
	if (problem_is(p, "mapping values are not allowed") &&
	    misindented_key(b, p->problem_mark.line, p->problem_mark.column)) {
		fail(b, line, (unsigned)shape_of(b, p->problem_mark.line).indent + 1,
		     "this line is indented differently from the line above; "
		     "line it up with the keys above it (if it is text with ': ' "
		     "in it, put the whole text in double quotes)");
		return;
	}
		for (size_t i = 0; i < sizeof explained / sizeof explained[0]; i++)
		if (problem_is(p, explained[i].problem)) {
			fail(b, line, col, "%s", explained[i].message);
			return;
		}
	fail(b, line, col, "YAML syntax error: %s%s%s", p->problem ?
	     p->problem : "unknown problem", p->context ? " " : "",
	     p->context ? p->context : "");
}

static bool refuse_anchor_and_tag(struct builder *b, const yaml_event_t *ev,
				  const yaml_char_t *anchor,
				  const yaml_char_t *tag, bool implicit)
{
	unsigned line = (unsigned)ev->start_mark.line + 1;
	unsigned col = (unsigned)ev->start_mark.column + 1;

	if (anchor) {
		fail(b, line, col, "anchors ('&') are not supported; write the "
		     "text out in full instead");
		return false;
	}
	if (tag && !implicit) {
		fail(b, line, col, "tags ('!') are not supported; remove the tag "
		     "(put text with a leading '!' in double quotes)");
		return false;
	}
	return true;
}

static struct ynode *new_node(struct builder *b, const yaml_event_t *ev,
			      enum ynode_kind kind)
{
	struct ynode *n;

	if (++b->nodes > YDOC_MAX_NODES) {
		fail(b, (unsigned)ev->start_mark.line + 1,
		     (unsigned)ev->start_mark.column + 1,
		     "too many values in one file (the limit is %d); split the "
		     "topic into smaller files", YDOC_MAX_NODES);
		return NULL;
	}
	n = arena_alloc(b->arena, sizeof *n);
	n->kind = kind;
	n->line = (unsigned)ev->start_mark.line + 1;
	n->col = (unsigned)ev->start_mark.column + 1;
	return n;
}

static void attach(struct builder *b, struct ynode *n)
{
	struct frame *f;

	if (b->depth == 0) {
		b->root = n;
		return;
	}
	f = &b->stack[b->depth - 1];
	if (f->last)
		f->last->next = n;
	else
		f->node->child = n;
	f->last = n;
	/* A map's len counts its keys, which are its even children. */
	if (f->node->kind == YNODE_SEQ || f->children % 2 == 0)
		f->node->len++;
	f->children++;
}

static void on_scalar(struct builder *b, const yaml_event_t *ev)
{
	const char *value = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	struct ynode *n;

	if (!refuse_anchor_and_tag(b, ev, ev->data.scalar.anchor,
				   ev->data.scalar.tag,
				   ev->data.scalar.plain_implicit ||
				   ev->data.scalar.quoted_implicit))
		return;
	if (len > YDOC_MAX_SCALAR) {
		fail(b, (unsigned)ev->start_mark.line + 1,
		     (unsigned)ev->start_mark.column + 1,
		     "this text is %zu bytes long; the limit is %d bytes: split "
		     "it into several paragraphs or pages", len, YDOC_MAX_SCALAR);
		return;
	}
	n = new_node(b, ev, YNODE_SCALAR);
	if (!n)
		return;
	n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	switch (ev->data.scalar.style) {
	case YAML_SINGLE_QUOTED_SCALAR_STYLE: n->style = YSTYLE_SINGLE; break;
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE: n->style = YSTYLE_DOUBLE; break;
	case YAML_LITERAL_SCALAR_STYLE: n->style = YSTYLE_LITERAL; break;
	case YAML_FOLDED_SCALAR_STYLE: n->style = YSTYLE_FOLDED; break;
	default: n->style = YSTYLE_PLAIN; break;
	}
	/* Scalars come in file order: one pass finds them all. */
	cursor_seek(b, &b->scalars, ev->start_mark.line, ev->start_mark.column);
	n->start = b->scalars.at;
	n->len = len;
	n->text = arena_strndup(b->arena, value, len);
	attach(b, n);
}

static void on_start(struct builder *b, const yaml_event_t *ev,
		     enum ynode_kind kind)
{
	const yaml_char_t *anchor, *tag;
	bool implicit;
	struct ynode *n;

	if (kind == YNODE_SEQ) {
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
		implicit = ev->data.sequence_start.implicit;
	} else {
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
		implicit = ev->data.mapping_start.implicit;
	}
	if (!refuse_anchor_and_tag(b, ev, anchor, tag, implicit))
		return;
	if (b->depth >= YDOC_MAX_DEPTH) {
		fail(b, (unsigned)ev->start_mark.line + 1,
		     (unsigned)ev->start_mark.column + 1,
		     "lists and keys are nested more than %d deep here; content "
		     "never needs this many levels, so check the indentation",
		     YDOC_MAX_DEPTH);
		return;
	}
	n = new_node(b, ev, kind);
	if (!n)
		return;
	attach(b, n);
	b->stack[b->depth].node = n;
	b->stack[b->depth].last = NULL;
	b->stack[b->depth].children = 0;
	b->depth++;
}

static bool on_event(struct builder *b, const yaml_event_t *ev)
{
	unsigned line = (unsigned)ev->start_mark.line + 1;
	unsigned col = (unsigned)ev->start_mark.column + 1;

	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++b->documents > 1)
			fail(b, line, col, "a second document starts here; a "
			     "file holds one topic: remove this '---' line and "
			     "move what follows into its own file");
		break;
	case YAML_ALIAS_EVENT:
		fail(b, line, col, "aliases ('*') are not supported; write the "
		     "text out in full instead");
		break;
	case YAML_SCALAR_EVENT:
		on_scalar(b, ev);
		break;
	case YAML_SEQUENCE_START_EVENT:
		on_start(b, ev, YNODE_SEQ);
		break;
	case YAML_MAPPING_START_EVENT:
		on_start(b, ev, YNODE_MAP);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		b->depth--;
		break;
	case YAML_STREAM_END_EVENT:
		return false;
	default:
		break;
	}
	return !b->failed;
}

/* libyaml would read UTF-16 (with a byte-order mark) without a word, but
 * staff are told files are UTF-8, and every message counts UTF-8
 * characters: such a file is refused.  A UTF-16 file without the mark
 * starts with a NUL byte beside an ASCII one. */
static bool is_utf16(const char *bytes, size_t len)
{
	const unsigned char *u = (const unsigned char *)bytes;

	return len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
			    (u[0] == 0xFE && u[1] == 0xFF) ||
			    (u[0] == 0 && u[1] != 0) || (u[0] != 0 && u[1] == 0));
}

struct ynode *ydoc_parse(const char *path, const char *bytes, size_t len,
			 struct arena *arena, struct diag *diag)
{
	struct builder b = {
		.path = path, .bytes = bytes, .len = len,
		.arena = arena, .diag = diag,
		.has_cr = memchr(bytes, '\r', len) != NULL,
	};
	yaml_parser_t parser;

	if (is_utf16(bytes, len)) {
		fail(&b, 1, 1, "the file is saved as UTF-16 (Notepad calls it "
		     "'Unicode'); save it as UTF-8 instead (in Notepad: Save As, "
		     "Encoding: UTF-8)");
		return NULL;
	}
	if (!yaml_parser_initialize(&parser)) {
		fail(&b, 0, 0, "out of memory while starting the YAML reader");
		return NULL;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)bytes, len);
	for (;;) {
		yaml_event_t ev;
		bool more;

		if (!yaml_parser_parse(&parser, &ev)) {
			report_parser_error(&b, &parser);
			break;
		}
		more = on_event(&b, &ev);
		yaml_event_delete(&ev);
		if (!more)
			break;
	}
	yaml_parser_delete(&parser);
	if (b.failed)
		return NULL;
	if (!b.root) {
		fail(&b, 1, 1, "the file is empty; docs/content.md shows what "
		     "a topic or glossary file holds");
		return NULL;
	}
	return b.root;
}

bool ynode_is_null(const struct ynode *n)
{
	return n->kind == YNODE_SCALAR && n->plain &&
	       (n->len == 0 || strcmp(n->text, "~") == 0 ||
		strcmp(n->text, "null") == 0 || strcmp(n->text, "Null") == 0 ||
		strcmp(n->text, "NULL") == 0);
}

const char *ynode_kind_name(const struct ynode *n)
{
	switch (n->kind) {
	case YNODE_SEQ: return "a list";
	case YNODE_MAP: return "a set of 'key: value' lines";
	default: return "text";
	}
}
