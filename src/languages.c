#include "languages.h"

#include <string.h>

static bool has_topics(const struct content_library *lib, const char *language)
{
	for (size_t i = 0; i < lib->topic_count; i++)
		if (strcmp(lib->topics[i]->language, language) == 0)
			return true;
	return false;
}

static bool listed(const char **list, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], code) == 0)
			return true;
	return false;
}

size_t languages_offered(const struct content_library *lib,
			 char *const *configured, size_t configured_count,
			 const char *default_language, const char **out,
			 size_t max)
{
	size_t n = 0;

	if (configured_count) {
		for (size_t i = 0; i < configured_count && n < max; i++)
			if (strcmp(configured[i], default_language) == 0 ||
			    has_topics(lib, configured[i]))
				out[n++] = configured[i];
		return n;
	}
	if (max)
		out[n++] = default_language;
	/* lib->topics is sorted by language, so codes come in order. */
	for (size_t i = 0; i < lib->topic_count && n < max; i++) {
		const char *code = lib->topics[i]->language;
		if (!listed(out, n, code))
			out[n++] = code;
	}
	return n;
}

const struct content_topic *languages_topic(const struct content_library *lib,
					    const char *id, const char *chosen,
					    const char *default_language,
					    bool *fallback)
{
	const struct content_topic *t = content_find_topic(lib, id, chosen);

	*fallback = false;
	if (t)
		return t;
	t = content_find_topic(lib, id, default_language);
	*fallback = t != NULL;
	return t;
}
