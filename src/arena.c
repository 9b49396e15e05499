#include "arena.h"

#include "xalloc.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
		size_t block = arena->next_block ? arena->next_block : ARENA_BLOCK_MAX;
		size_t cap = need > block ? need : block;
		if (cap > SIZE_MAX - sizeof *b) {
			fputs("kiosk: allocation too large\n", stderr);
			abort();
		}
		b = xmalloc(sizeof *b + cap);
		b->size = cap;
		arena->reserved += cap;
		b->used = 0;
		b->next = arena->head;
		arena->head = b;
		arena->next_block = block < ARENA_BLOCK_MAX / 2 ? block * 2 : ARENA_BLOCK_MAX;
	}
	void *p = b->data + b->used;
	b->used += need;
	arena->used += need;
	memset(p, 0, size);
	return p;
}

void arena_expect(struct arena *arena, size_t bytes)
{
	size_t align = alignof(max_align_t);

	if (bytes < ARENA_BLOCK_FIRST_MIN)
		bytes = ARENA_BLOCK_FIRST_MIN;
	if (bytes > ARENA_BLOCK_MAX)
		bytes = ARENA_BLOCK_MAX;
	arena->next_block = (bytes + align - 1) & ~(align - 1);
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
	arena->reserved = 0;
	arena->next_block = 0;
}
