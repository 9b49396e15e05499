#include "readfile.h"

#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *too_big(const char *path, long long size, size_t max,
		     struct diag *diag, const char *hint)
{
	if (size >= 0)
		diag_add(diag, DIAG_ERROR, path, 1, 1, "the file is %lld bytes; "
			 "the limit is %zu bytes: %s", size, max, hint);
	else
		diag_add(diag, DIAG_ERROR, path, 1, 1, "the file is larger than "
			 "the limit of %zu bytes: %s", max, hint);
	return NULL;
}

char *readfile(const char *path, size_t max, size_t *len, struct diag *diag,
	       const char *too_big_hint)
{
	struct stat st;
	char *buf;
	size_t size, got = 0;
	/* O_NONBLOCK: opening a fifo must not wait for a writer. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0) {
		diag_add(diag, DIAG_ERROR, path, 0, 0, "cannot open the file: %s; "
			 "check that it exists and that the kiosk may read it",
			 strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		diag_add(diag, DIAG_ERROR, path, 0, 0, "not a regular file; "
			 "settings and content must be plain text files");
		close(fd);
		return NULL;
	}
	if ((unsigned long long)st.st_size > max) {
		close(fd);
		return too_big(path, (long long)st.st_size, max, diag, too_big_hint);
	}
	/* One byte more than fstat said, to notice a file still growing. */
	size = (size_t)st.st_size + 1;
	buf = xmalloc(size + 1);
	for (;;) {
		ssize_t n = read(fd, buf + got, size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			diag_add(diag, DIAG_ERROR, path, 0, 0, "cannot read the "
				 "file: %s", strerror(errno));
			free(buf);
			close(fd);
			return NULL;
		}
		got += (size_t)n;
		if (n == 0 || got > max)
			break;
		if (got == size) {
			size = size * 2 > max + 1 ? max + 1 : size * 2;
			buf = xrealloc(buf, size + 1);
		}
	}
	close(fd);
	if (got > max) {
		free(buf);
		return too_big(path, -1, max, diag, too_big_hint);
	}
	buf[got] = '\0';
	*len = got;
	return buf;
}
