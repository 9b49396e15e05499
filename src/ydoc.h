/* ydoc: one YAML document read into a small tree of nodes, with positions.
 *
 * Built from libyaml's event API with hard limits, so no file can make it use
 * unbounded memory or time.  Anchors, aliases, tags and multi-document files
 * are refused: content needs none of them, and aliases are how "billion
 * laughs" files explode.  Every refusal is a positioned error in the diag. */
#ifndef KIOSK_YDOC_H
#define KIOSK_YDOC_H

#include "arena.h"
#include "diag.h"

#include <stdbool.h>
#include <stddef.h>

enum {
	YDOC_MAX_DEPTH = 32,		/* nesting of lists and maps */
	YDOC_MAX_SCALAR = 64 * 1024,	/* bytes in one text value */
	YDOC_MAX_NODES = 200000,	/* values in one file */
};

enum ynode_kind { YNODE_SCALAR, YNODE_SEQ, YNODE_MAP };

/* How a scalar was written: plain, 'single' or "double" quoted, or a
 * block (| literal, > folded). */
enum ynode_style { YSTYLE_PLAIN, YSTYLE_SINGLE, YSTYLE_DOUBLE, YSTYLE_LITERAL,
		   YSTYLE_FOLDED };

struct ynode {
	enum ynode_kind kind;
	unsigned line, col;		/* 1-based, columns in characters */
	bool plain;			/* scalar written without quotes */
	enum ynode_style style;		/* scalar only */
	size_t start;			/* scalar: byte offset of (line, col) */
	size_t len;			/* scalar: bytes; seq: items; map: keys */
	const char *text;		/* scalar only, NUL-terminated */
	struct ynode *child;		/* first item; a map alternates key, value */
	struct ynode *next;		/* next sibling */
};

/* Parses bytes[0..len) from the file called path (used only in messages).
 * Returns the root node, allocated in arena, or NULL after adding at least one
 * error to diag.  An empty document is an error ("file is empty"). */
struct ynode *ydoc_parse(const char *path, const char *bytes, size_t len,
			 struct arena *arena, struct diag *diag);

/* True when a scalar means "no value": empty, "~" or "null" written plain. */
bool ynode_is_null(const struct ynode *n);

/* Word for a node's kind in messages: "text", "list" or "set of keys". */
const char *ynode_kind_name(const struct ynode *n);

#endif
