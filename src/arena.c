#include "arena.h"

#include "xalloc.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK_MIN = 16 * 1024 };

struct arena_block {
	struct arena_block *next;
	size_t size, used;
	alignas(max_align_t) unsigned char data[];
};

void *arena_alloc(struct arena *arena, size_t size)
{
	const size_t align = alignof(max_align_t);
	size_t need = (size + align - 1) & ~(align - 1);
	struct arena_block *b = arena->head;

	if (need < size) {
		fputs("kiosk: allocation too large\n", stderr);
		abort();
	}
	if (!b || b->size - b->used < need) {
		size_t cap = need > ARENA_BLOCK_MIN ? need : ARENA_BLOCK_MIN;
		if (cap > SIZE_MAX - sizeof *b) {
			fputs("kiosk: allocation too large\n", stderr);
			abort();
		}
		b = xmalloc(sizeof *b + cap);
		b->size = cap;
		b->used = 0;
		b->next = arena->head;
		arena->head = b;
	}
	void *p = b->data + b->used;
	b->used += need;
	arena->used += need;
	memset(p, 0, size);
	return p;
}

char *arena_strndup(struct arena *arena, const char *s, size_t len)
{
	char *copy = arena_alloc(arena, len + 1);
	memcpy(copy, s, len);
	copy[len] = '\0';
	return copy;
}

void arena_free(struct arena *arena)
{
	struct arena_block *b = arena->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	arena->head = NULL;
	arena->used = 0;
}
