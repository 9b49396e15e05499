#include "strset.h"

#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static size_t hash_bytes(const char *s, size_t len)
{
	size_t h = 14695981039346656037ULL;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static bool same_key(const char *member, const char *key, size_t len)
{
	return strncmp(member, key, len) == 0 && member[len] == '\0';
}

/* The slot holding key, or the empty slot where it would go. */
static size_t *find_slot(const struct strset *s, const char *key, size_t len)
{
	size_t mask = s->cap - 1, i = hash_bytes(key, len) & mask;

	while (s->slots[i] && !same_key(s->keys[s->slots[i] - 1], key, len))
		i = (i + 1) & mask;
	return &s->slots[i];
}

/* Keeps the table at most half full. */
static void grow(struct strset *s)
{
	size_t *old = s->slots, old_cap = s->cap;

	if ((s->count + 1) * 2 <= s->cap)
		return;
	s->cap = old_cap ? old_cap * 2 : 64;
	s->slots = xcalloc(s->cap, sizeof *s->slots);
	for (size_t i = 0; i < old_cap; i++)
		if (old[i]) {
			const char *k = s->keys[old[i] - 1];
			*find_slot(s, k, strlen(k)) = old[i];
		}
	free(old);
}

size_t strset_add(struct strset *s, const char *key, size_t len, bool *added)
{
	size_t *slot;
	char *copy;

	grow(s);
	slot = find_slot(s, key, len);
	if (added)
		*added = !*slot;
	if (*slot)
		return *slot - 1;
	xgrow((void **)&s->keys, &s->keys_cap, s->count + 1, sizeof *s->keys);
	copy = xmalloc(len + 1);
	memcpy(copy, key, len);
	copy[len] = '\0';
	s->keys[s->count++] = copy;
	*slot = s->count;
	return s->count - 1;
}

bool strset_find(const struct strset *s, const char *key, size_t len,
		 size_t *number)
{
	size_t slot = s->cap ? *find_slot(s, key, len) : 0;

	if (slot && number)
		*number = slot - 1;
	return slot != 0;
}

void strset_free(struct strset *s)
{
	for (size_t i = 0; i < s->count; i++)
		free(s->keys[i]);
	free(s->keys);
	free(s->slots);
	memset(s, 0, sizeof *s);
}
