/* arena: a bump allocator that owns every allocation made from it.
 *
 * One content file's tree lives in one arena, so freeing a topic is one call
 * and nothing inside it can leak or be freed twice. */
#ifndef KIOSK_ARENA_H
#define KIOSK_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t used;		/* bytes handed out, for memory figures */
	size_t reserved;	/* bytes in blocks, for memory figures */
	size_t next_block;	/* the next block's size; 0: ARENA_BLOCK_MAX */
};

/* Blocks start at the size arena_expect() gives, or ARENA_BLOCK_MAX, and
 * double up to ARENA_BLOCK_MAX, so a tiny file's arena stays tiny. */
enum { ARENA_BLOCK_FIRST_MIN = 256, ARENA_BLOCK_MAX = 16 * 1024 };

/* Sizes an empty arena's first block for about bytes of allocations (as a
 * content file of that many bytes needs), so many small files cost their
 * size, not a large block each. */
void arena_expect(struct arena *arena, size_t bytes);

/* Returns zeroed memory aligned for any type, owned by the arena (see
 * xalloc.h for running out of memory). */
void *arena_alloc(struct arena *arena, size_t size);

/* Copies len bytes of s and adds a NUL; the copy is owned by the arena. */
char *arena_strndup(struct arena *arena, const char *s, size_t len);

/* Releases every block; the arena is empty and reusable afterwards. */
void arena_free(struct arena *arena);

#endif
