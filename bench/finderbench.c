/* What building the search index costs the kiosk's own thread, for one
 * library: the index is built on a worker (finder.h), so the figures are
 * how long finder_follow and finder_ready take on the caller's thread, how
 * long until the index is ready, how long a query takes while a reload's
 * one topic is being indexed (it waits for that topic), and how long until
 * that topic is in.
 * Usage: finderbench DIR */
#include "benchutil.h"
#include "content.h"
#include "diag.h"
#include "finder.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum { DEADLINE_US = 600 * 1000 * 1000 };

int main(int argc, char **argv)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	struct finder *finder;
	struct search_hit hits[20];
	double start, follow, ready_poll = 0, until_ready, refollow, query_wait, until_idle;
	const char *name;
	long polls = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: finderbench DIR\n");
		return 2;
	}
	lib = content_library_load(argv[1], &diag);
	diag_clear(&diag);
	finder = finder_open();
	if (!lib->topic_count || !finder) {
		fprintf(stderr, "finderbench: %s: no topics, or no index\n", argv[1]);
		content_library_free(lib);
		finder_close(finder);
		return 1;
	}
	start = now_us();
	finder_follow(finder, lib);
	follow = now_us() - start;
	for (;;) {
		double t = now_us();
		bool ready = finder_ready(finder);

		ready_poll += now_us() - t;
		polls++;
		if (ready || t - start > DEADLINE_US)
			break;
		usleep(1000);
	}
	until_ready = now_us() - start;
	/* A reload of one file: a new version of its topic. */
	name = strrchr(lib->topics[lib->topic_count / 2]->path, '/');
	name = name ? name + 1 : lib->topics[lib->topic_count / 2]->path;
	content_library_reload_file(lib, name, &diag);
	diag_clear(&diag);
	start = now_us();
	finder_follow(finder, lib);
	refollow = now_us() - start;
	content_library_release_retired(lib);
	start = now_us();
	finder_query(finder, "en", "injection", hits, 20);
	query_wait = now_us() - start;
	while (!finder_idle(finder) && now_us() - start < DEADLINE_US)
		usleep(200);
	until_idle = now_us() - start;
	printf("  index on its thread    %9.1f ms until ready (%zu topics); the caller's "
	       "thread spent %.3f ms handing it over and %.1f us a readiness check\n",
	       until_ready / 1e3, lib->topic_count, follow / 1e3, ready_poll / (double)polls);
	printf("  index after a reload   %9.3f ms handing over, %.3f ms a query right after "
	       "(its own search included, after the one topic), %.3f ms until that topic is in\n",
	       refollow / 1e3, query_wait / 1e3, until_idle / 1e3);
	finder_close(finder);
	content_library_free(lib);
	return 0;
}
