/* Runs fuzz inputs through a fuzz target without libFuzzer, so `make check`
 * replays the corpus and every crasher ever found with the ordinary
 * sanitizer build.  Arguments: files or folders of inputs (by default the
 * target's seed corpus and regressions).  Prints a TAP line per folder. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	long n;

	if (!f)
		return 1;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n > 0 ? (size_t)n : 1);
	if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(buf);
		return 1;
	}
	fclose(f);
	LLVMFuzzerTestOneInput(buf, (size_t)n);
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	/* With no arguments: this target's seeds and regressions. */
	char *defaults[] = { argv[0], "tests/fuzz/corpus/" FUZZ_TARGET,
			     "tests/fuzz/regressions/" FUZZ_TARGET };
	int test = 0, failed = 0;

	if (argc < 2) {
		argc = 3;
		argv = defaults;
	}
	for (int i = 1; i < argc; i++) {
		struct stat st;
		size_t count = 0;
		int bad = 0;

		if (stat(argv[i], &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			DIR *d = opendir(argv[i]);
			struct dirent *de;
			while (d && (de = readdir(d))) {
				char path[4096];
				if (de->d_name[0] == '.')
					continue;
				snprintf(path, sizeof path, "%s/%s", argv[i], de->d_name);
				bad += run_file(path);
				count++;
			}
			if (d)
				closedir(d);
		} else {
			bad += run_file(argv[i]);
			count++;
		}
		printf("%sok %d - %zu inputs from %s\n", bad ? "not " : "", ++test,
		       count, argv[i]);
		failed += bad != 0;
	}
	printf("1..%d\n", test);
	return failed != 0;
}
