/* Shared by the fuzz targets that need a library: one topic parsed from
 * the fuzz input, next to a small glossary, all in memory (no file system
 * work in the loop, so targets run fast). */
#ifndef KIOSK_FUZZLIB_H
#define KIOSK_FUZZLIB_H

#include "content.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

static const char fuzz_glossary_text[] =
	"language: en\n"
	"terms:\n"
	"  - term: bursa\n"
	"    say: BUR-suh\n"
	"    plain: A small sac of fluid that helps parts slide.\n"
	"  - term: MRI scan\n"
	"    plain: A scan that uses a strong magnet to make pictures.\n"
	"  - term: GP\n"
	"    plain: Your family doctor.\n";

static struct content_glossary *fuzz_glossary;

/* Once per process: the locale and the glossary. */
static void fuzz_library_init(void)
{
	struct diag diag = DIAG_INIT;

	if (fuzz_glossary)
		return;
	setlocale(LC_ALL, "C.UTF-8");
	fuzz_glossary = content_glossary_parse("glossary.yaml", fuzz_glossary_text,
					       strlen(fuzz_glossary_text), &diag);
	diag_clear(&diag);
	if (!fuzz_glossary)
		abort();
}

/* A library of the glossary and t (which may be NULL), on the stack of the
 * caller: it owns nothing. */
static struct content_library fuzz_library(struct content_topic **t)
{
	static struct content_glossary *glossaries[1];
	struct content_library lib = { 0 };

	glossaries[0] = fuzz_glossary;
	lib.glossaries = glossaries;
	lib.glossary_count = 1;
	lib.topics = t;
	lib.topic_count = *t ? 1 : 0;
	lib.sorted = true;
	return lib;
}

#endif
