/* libFuzzer target: any bytes as a topic file, a glossary file and the
 * menu's groups (library.yaml).  Each must end in a model or in errors,
 * never in a crash, a leak or a hang. */
#include "content.h"
#include "groups.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag diag = DIAG_INIT;
	struct content_topic *t;
	struct content_glossary *g;
	struct content_groups *groups;

	t = content_topic_parse("fuzz.yaml", (const char *)data, size, NULL, &diag);
	content_topic_free(t);
	g = content_glossary_parse("glossary.yaml", (const char *)data, size, &diag);
	content_glossary_free(g);
	groups = groups_parse("library.yaml", (const char *)data, size, &diag);
	groups_free(groups);
	diag_clear(&diag);
	return 0;
}
