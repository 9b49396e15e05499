#include "cmdline.h"

#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* The words and their text share one block: the pointers first, then the
 * characters, which never outgrow the line they come from. */
const char *cmdline_split(const char *line, char ***argv)
{
	size_t len = strlen(line);
	size_t ptr_bytes = (CMDLINE_MAX_WORDS + 1) * sizeof(char *);
	char **words = xmalloc(ptr_bytes + len + 1);
	char *out = (char *)words + ptr_bytes;
	size_t count = 0;
	const char *p = line;
	const char *problem = NULL;

	*argv = NULL;
	while (!problem) {
		char quote = 0;

		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		if (count == CMDLINE_MAX_WORDS) {
			problem = "the command has too many words; at most 64";
			break;
		}
		words[count++] = out;
		for (; *p && (quote || (*p != ' ' && *p != '\t')); p++) {
			if (quote == '\'') {
				if (*p == '\'')
					quote = 0;
				else
					*out++ = *p;
			} else if (*p == '\\' && (!quote || p[1] == '"' || p[1] == '\\')) {
				if (!p[1]) {
					problem = "the command ends in a backslash; "
						  "remove it or put it in quotes";
					break;
				}
				*out++ = *++p;
			} else if (*p == '"' && quote) {
				quote = 0;
			} else if ((*p == '"' || *p == '\'') && !quote) {
				quote = *p;
			} else {
				*out++ = *p;
			}
		}
		if (!problem && quote)
			problem = "a quote in the command is not closed; add the "
				  "closing quote";
		*out++ = '\0';
	}
	if (!problem && !count)
		problem = "the command is empty; give a program, like lp";
	if (problem) {
		free(words);
		return problem;
	}
	words[count] = NULL;
	*argv = words;
	return NULL;
}

void cmdline_free(char **argv)
{
	free(argv);
}
