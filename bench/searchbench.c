/* Search figures for one library: index build time, the memory SQLite holds
 * for the index, the time of each query as a patient types words letter by
 * letter (median and 99th percentile), and one topic's update on reload.
 * Usage: searchbench DIR */
#include "benchutil.h"
#include "content.h"
#include "diag.h"
#include "search.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

static const char *const typed[] = {
	"injection", "groin pain", "bursitus", "cortisone", "hip jab",
	"tendonitis", "steroid injections", "zzzz",
};

int main(int argc, char **argv)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	struct search *search;
	struct search_hit hits[20];
	double times[512], start, built, update;
	size_t count = 0;
	sqlite3_int64 before;

	if (argc != 2) {
		fprintf(stderr, "usage: searchbench DIR\n");
		return 2;
	}
	lib = content_library_load(argv[1], &diag);
	diag_clear(&diag);
	if (!lib || !lib->topic_count) {
		fprintf(stderr, "searchbench: %s: no topics\n", argv[1]);
		content_library_free(lib);
		return 1;
	}
	before = sqlite3_memory_used();
	start = now_us();
	search = search_new();
	for (size_t i = 0; search && i < lib->topic_count; i++)
		search_update_topic(search, lib->topics[i]);
	built = now_us() - start;
	if (!search) {
		fprintf(stderr, "searchbench: cannot make the index\n");
		content_library_free(lib);
		return 1;
	}
	for (size_t w = 0; w < sizeof typed / sizeof *typed; w++) {
		char prefix[64];
		for (size_t len = 1; len <= strlen(typed[w]) && count < 512; len++) {
			snprintf(prefix, sizeof prefix, "%.*s", (int)len, typed[w]);
			start = now_us();
			search_query(search, "en", prefix, hits, 20);
			times[count++] = now_us() - start;
		}
	}
	start = now_us();
	search_update_topic(search, lib->topics[lib->topic_count / 2]);
	update = now_us() - start;
	printf("  search index build     %9.1f ms  (%zu topics)\n", built / 1e3,
	       lib->topic_count);
	printf("  search index memory    %9.1f MB  (SQLite's own count)\n",
	       (double)(sqlite3_memory_used() - before) / 1e6);
	printf("  search as typed        %9.3f ms median, %.3f ms 99th percentile"
	       "  (%zu queries, 20 hits each)\n",
	       percentile(times, count, 0.5) / 1e3,
	       percentile(times, count, 0.99) / 1e3, count);
	printf("  search reload one topic%9.3f ms\n", update / 1e3);
	search_free(search);
	content_library_free(lib);
	return 0;
}
