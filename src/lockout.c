#include "lockout.h"

#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { LOCKOUT_FILE_MAX = 128, LOCKOUT_MAX_MS = 24L * 3600 * 1000 };

char *lockout_path(const char *log_file)
{
	const char *slash;
	size_t dir_len;
	char *path;

	if (!log_file || !*log_file)
		return NULL;
	slash = strrchr(log_file, '/');
	dir_len = slash ? (size_t)(slash - log_file + 1) : 0;
	path = xmalloc(dir_len + sizeof "lockout");
	memcpy(path, log_file, dir_len);
	strcpy(path + dir_len, "lockout");
	return path;
}

struct lockout lockout_read(const char *path, time_t now)
{
	struct lockout none = { 0, 0 }, st;
	char text[LOCKOUT_FILE_MAX];
	long long until, written;
	struct stat info;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);

	if (fd < 0)
		return none;
	if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
		close(fd);
		return none;
	}
	n = read(fd, text, sizeof text - 1);
	close(fd);
	if (n <= 0)
		return none;
	text[n] = '\0';
	if (sscanf(text, "failures %d\nwritten %lld\nuntil %lld\n", &st.failures,
		   &written, &until) != 3 || st.failures < 0 || st.failures > 100)
		return none;
	/* Never longer than it was when written, nor than a day. */
	st.remaining_ms = until > (long long)now ? (long)(until - (long long)now) * 1000 : 0;
	if (until - written >= 0 && st.remaining_ms > (until - written) * 1000)
		st.remaining_ms = (long)(until - written) * 1000;
	if (st.remaining_ms < 0 || st.remaining_ms > LOCKOUT_MAX_MS)
		st.remaining_ms = 0;
	return st;
}

bool lockout_write(const char *path, time_t now, const struct lockout *state)
{
	size_t len = strlen(path);
	char *tmp = xmalloc(len + sizeof ".tmp");
	char text[LOCKOUT_FILE_MAX];
	long long until = (long long)now + (state->remaining_ms + 999) / 1000;
	int n = snprintf(text, sizeof text, "failures %d\nwritten %lld\nuntil %lld\n",
			 state->failures, (long long)now, until);
	bool ok;
	int fd;

	memcpy(tmp, path, len);
	strcpy(tmp + len, ".tmp");
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW,
		  0600);
	ok = fd >= 0 && write(fd, text, (size_t)n) == n && fsync(fd) == 0;
	if (fd >= 0 && close(fd) != 0)
		ok = false;
	if (ok)
		ok = rename(tmp, path) == 0;
	if (!ok && fd >= 0)
		unlink(tmp);
	free(tmp);
	return ok;
}
