/* Search figures for one library: index build time (glossaries, every
 * topic, and the commit the first query makes), the memory the index adds
 * and the whole process's peak against the kiosk's memory goal, the time
 * of each query as a patient types words letter by letter (median and 99th
 * percentile, wall clock and CPU time: on a busy machine the wall clock
 * also counts waiting for a core), and one changed topic's update on
 * reload with the query that commits it.
 * Usage: searchbench DIR */
#include "benchutil.h"
#include "content.h"
#include "diag.h"
#include "search.h"

#include <malloc.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

enum { QUERIES_MAX = 512, HITS = 20 };

static const char *const typed[] = {
	"injection", "groin pain", "bursitus", "cortisone", "hip jab",
	"tendonitis", "steroid injections", "zzzz",
};

static double cpu_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static double heap_mb(void)
{
	return (double)mallinfo2().uordblks / 1e6;
}

static struct search *build(const struct content_library *lib)
{
	struct search *search = search_new();
	struct search_hit hit;

	if (search) {
		search_index_library(search, lib);
		search_query(search, "en", "a", &hit, 1);
	}
	return search;
}

int main(int argc, char **argv)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	struct search *search;
	struct search_hit hits[HITS];
	double wall[QUERIES_MAX], cpu[QUERIES_MAX], start, built, update;
	double cpu_start, built_cpu, update_cpu;
	double heap_before, sqlite_before;
	size_t count = 0;
	struct rusage ru;

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
	heap_before = heap_mb();
	sqlite_before = (double)sqlite3_memory_used() / 1e6;
	start = now_us();
	cpu_start = cpu_us();
	search = build(lib);
	built = now_us() - start;
	built_cpu = cpu_us() - cpu_start;
	if (!search) {
		fprintf(stderr, "searchbench: cannot make the index\n");
		content_library_free(lib);
		return 1;
	}
	for (size_t w = 0; w < sizeof typed / sizeof *typed; w++) {
		char prefix[64];
		for (size_t len = 1; len <= strlen(typed[w]) && count < QUERIES_MAX; len++) {
			cpu_start = cpu_us();
			snprintf(prefix, sizeof prefix, "%.*s", (int)len, typed[w]);
			start = now_us();
			search_query(search, "en", prefix, hits, HITS);
			wall[count] = now_us() - start;
			cpu[count++] = cpu_us() - cpu_start;
		}
	}
	start = now_us();
	cpu_start = cpu_us();
	search_update_topic(search, lib->topics[lib->topic_count / 2]);
	search_query(search, "en", "injection", hits, HITS);
	update = now_us() - start;
	update_cpu = cpu_us() - cpu_start;
	getrusage(RUSAGE_SELF, &ru);
	printf("  search index build     %9.1f ms  (%zu topics; CPU time %.1f ms)\n",
	       built / 1e3, lib->topic_count, built_cpu / 1e3);
	printf("  search index memory    %9.1f MB  (SQLite's own count %.1f MB)\n",
	       heap_mb() - heap_before,
	       (double)sqlite3_memory_used() / 1e6 - sqlite_before);
	printf("  library + index peak   %9.1f MB  goal under %.1f MB (2 x files + 8 MB)\n",
	       (double)ru.ru_maxrss / 1024, 2.0 * (double)lib->bytes / 1e6 + 8.39);
	printf("  search as typed        %9.3f ms median, %.3f ms 99th percentile"
	       "  (%zu queries, %d hits each; CPU time %.3f ms median, %.3f ms 99th)\n",
	       percentile(wall, count, 0.5) / 1e3,
	       percentile(wall, count, 0.99) / 1e3, count, HITS,
	       percentile(cpu, count, 0.5) / 1e3,
	       percentile(cpu, count, 0.99) / 1e3);
	printf("  search reload one topic%9.3f ms  (its update and the query that"
	       " commits it; CPU time %.3f ms)\n", update / 1e3, update_cpu / 1e3);
	search_free(search);
	content_library_free(lib);
	return 0;
}
