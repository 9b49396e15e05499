#include "utf8.h"

#include <stdio.h>
#include <string.h>

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n;
	uint32_t c, min;

	if (len == 0)
		return 0;
	c = u[0];
	*cp = c;
	if (c < 0x80)
		return 1;
	if ((c & 0xE0) == 0xC0) {
		n = 2; c &= 0x1F; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3; c &= 0x0F; min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4; c &= 0x07; min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

static bool is_c0_or_c1(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

static bool is_direction_control(uint32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

static bool is_variation_selector(uint32_t cp)
{
	return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

static bool is_noncharacter(uint32_t cp)
{
	return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
}

/* Invisible characters that join, split or tag others (U+200B..U+200D,
 * U+2060..U+2064, U+FEFF, interlinear marks, tags): terminals disagree on
 * the width of what they make. */
static bool is_invisible_format(uint32_t cp)
{
	return (cp >= 0x200B && cp <= 0x200D) || (cp >= 0x2060 && cp <= 0x2064) ||
	       cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) ||
	       (cp >= 0xE0000 && cp <= 0xE007F);
}

bool utf8_is_control(uint32_t cp)
{
	/* Most text is below the first refused character past C1. */
	if (cp < 0xA0)
		return is_c0_or_c1(cp);
	if (cp < 0x061C)
		return false;
	return cp == 0x2028 || cp == 0x2029 ||
	       is_direction_control(cp) || is_variation_selector(cp) ||
	       is_noncharacter(cp) || is_invisible_format(cp);
}

bool utf8_find_bad(const char *s, size_t len, bool allow_newline,
		   size_t *at, uint32_t *cp)
{
	size_t i = 0;

	while (i < len) {
		uint32_t c;
		size_t n;

		/* ASCII fast path: most content is plain text. */
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) {
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &c);
		if (n == 0 || (utf8_is_control(c) && !(allow_newline && c == '\n'))) {
			*at = i;
			*cp = c;
			return true;
		}
		i += n;
	}
	return false;
}

char *utf8_escape(const char *s, size_t len, char *out, size_t outsz)
{
	size_t o = 0, i = 0;

	/* Room for "..." and the NUL is kept back so a cut is always marked. */
	if (outsz < 4) {
		if (outsz)
			out[0] = '\0';
		return out;
	}
	while (i < len) {
		char piece[16];
		size_t plen;
		uint32_t c;
		size_t n;

		/* ASCII fast path: most messages are plain text. */
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) {
			if (o + 1 > outsz - 4) {
				memcpy(out + o, "...", 3);
				o += 3;
				break;
			}
			out[o++] = s[i++];
			continue;
		}
		n = utf8_decode(s + i, len - i, &c);
		if (n == 0) {
			plen = (size_t)snprintf(piece, sizeof piece, "\\x%02X",
						(unsigned char)s[i]);
			n = 1;
		} else if (utf8_is_control(c)) {
			plen = (size_t)snprintf(piece, sizeof piece,
						c < 0x100 ? "\\x%02X" : "\\u{%04X}",
						(unsigned)c);
		} else {
			memcpy(piece, s + i, n);
			plen = n;
		}
		if (o + plen > outsz - 4) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		memcpy(out + o, piece, plen);
		o += plen;
		i += n;
	}
	out[o] = '\0';
	return out;
}

const char *utf8_control_name(uint32_t cp)
{
	switch (cp) {
	case 0x00: return "a NUL byte";
	case 0x09: return "a tab";
	case 0x0A: return "a line break";
	case 0x0D: return "a carriage return";
	case 0x1B: return "an escape character (ESC, which starts terminal codes)";
	case 0x7F: return "a delete character (DEL)";
	case 0x2028: return "a line separator (U+2028), which terminals draw as "
			    "nothing";
	case 0x2029: return "a paragraph separator (U+2029), which terminals "
			    "draw as nothing";
	case 0x200D: return "a zero-width joiner (U+200D), which joins emoji "
			    "differently on each terminal";
	default: break;
	}
	if (is_direction_control(cp))
		return "a text-direction control (U+200E, U+200F, U+202A to "
		       "U+202E or U+2066 to U+2069), which can reverse text";
	if (is_variation_selector(cp))
		return "a variation selector (U+FE00 to U+FE0F, as after an "
		       "emoji), which terminals draw at different widths";
	if (is_noncharacter(cp))
		return "a noncharacter (such as U+FFFE or U+FFFF), which is not "
		       "text";
	if (is_invisible_format(cp))
		return "an invisible formatting character (such as U+200B or "
		       "U+FEFF)";
	return cp >= 0x80 ? "a C1 control character" : "a control character";
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}
