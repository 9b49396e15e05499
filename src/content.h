/* content: the read-only model of topics and glossaries, and loading a
 * content folder into it.
 *
 * A topic file and a glossary file each own one arena holding everything read
 * from them, so a file can later be replaced on its own.  Nothing here knows
 * about curses; the format is described for staff in docs/content.md. */
#ifndef KIOSK_CONTENT_H
#define KIOSK_CONTENT_H

#include "arena.h"
#include "diag.h"
#include "image.h"
#include "textpos.h"

#include <stdbool.h>
#include <signal.h>
#include <stddef.h>

enum {
	CONTENT_MAX_FILE_BYTES = 2 * 1024 * 1024,
	CONTENT_MAX_FILES = 20000,
	CONTENT_TOPIC_KEY_MAX = 80,	/* "language/id" */
	CONTENT_NO_ORDER = 1000,	/* a topic without 'order:' */
};

struct content_list {
	const char **items;
	size_t count;
};

enum content_section_kind {
	SECTION_OVERVIEW, SECTION_ANATOMY, SECTION_CAUSES, SECTION_SYMPTOMS,
	SECTION_DIAGNOSIS, SECTION_SELF_CARE, SECTION_TREATMENT_OPTIONS,
	SECTION_PROCEDURE, SECTION_AFTERCARE, SECTION_RISKS, SECTION_OUTLOOK,
	SECTION_GET_HELP, SECTION_QUESTIONS,
	SECTION_KIND_COUNT
};

enum content_urgency { URGENCY_ROUTINE, URGENCY_URGENT, URGENCY_EMERGENCY };

enum content_topic_kind { TOPIC_CONDITION, TOPIC_PROCEDURE, TOPIC_GENERAL };

/* The parts of the body a topic can be found under on the body map. */
enum content_body_region {
	REGION_HEAD_AND_NECK, REGION_SHOULDER, REGION_ELBOW,
	REGION_WRIST_AND_HAND, REGION_UPPER_BACK, REGION_LOWER_BACK,
	REGION_HIP_AND_GROIN, REGION_KNEE, REGION_ANKLE_AND_FOOT,
	REGION_COUNT
};

enum content_block_kind {
	BLOCK_HEADING, BLOCK_PARAGRAPH, BLOCK_BULLETS, BLOCK_STEPS,
	BLOCK_GET_HELP, BLOCK_OPTIONS, BLOCK_LINK, BLOCK_FIGURE
};

enum {
	CONTENT_FIGURE_MAX_LABELS = 20,
	CONTENT_LABEL_TEXT_MAX = 40,	/* characters of a label's own text */
};

/* One row of a treatment-choices grid as one option answers it: the
 * question patients ask, and this option's answer (never NULL; staff write
 * "not known" when nobody knows). */
struct content_faq {
	const char *question;
	const char *answer;
};

struct content_option {
	const char *name;
	const char *what;
	struct content_list good;
	struct content_list drawbacks;
	/* Every option of a block answers the same questions in the same
	 * order (the loader checks it), so row i is faq[i] of each option. */
	struct content_faq *faq;
	size_t faq_count;
};

struct content_get_help {
	enum content_urgency urgency;
	const char *title;		/* NULL: a default for the urgency */
	const char *text;		/* may be NULL when items are given */
	struct content_list items;
};

struct content_link {
	const char *topic_id;
	const char *text;		/* NULL: the target's title */
	unsigned line, col;
};

/* A numbered label on a figure: a marker at (x, y), fractions of the
 * picture's width and height from its top left, naming a glossary term or
 * saying a short text. */
struct content_figure_label {
	unsigned number;		/* 1 to 99, unique in its figure */
	double x, y;			/* 0 to 1 */
	const char *term;		/* a glossary term, or NULL */
	const char *text;		/* the legend's text, "[[words|term]]" for a term */
	unsigned line, col;
};

/* A picture: a PNG in the content folder's figures/ sub-folder. */
struct content_figure {
	const char *image;		/* the file name as written */
	const char *path;		/* the file's path from the working folder */
	bool usable;			/* the picture checked out; else alt only */
	unsigned width, height;		/* pixels, when usable */
	const char *alt;		/* what the picture shows, in words */
	const char *caption;		/* may be NULL */
	struct content_figure_label *labels;	/* in the order written */
	size_t label_count;
	unsigned line, col;
};

struct content_block {
	enum content_block_kind kind;
	union {
		const char *text;			/* heading, paragraph */
		struct content_list list;		/* bullets, steps */
		struct content_get_help help;
		struct {
			struct content_option *items;
			size_t count;
		} options;
		struct content_link link;
		struct content_figure figure;
	} u;
};

struct content_page {
	unsigned line, col;		/* where the page starts in its file */
	const char *title;
	struct content_block *blocks;
	size_t block_count;
};

struct content_section {
	enum content_section_kind kind;
	const char *title;
	struct content_page *pages;
	size_t page_count;
};

struct content_date {
	int year, month, day;
};

enum { CONTENT_QUIZ_MIN = 2, CONTENT_QUIZ_MAX = 5,
       CONTENT_QUIZ_ANSWERS_MIN = 2, CONTENT_QUIZ_ANSWERS_MAX = 4 };

/* One "check what you learned" question.  right is the index (from 0) of
 * the right answer in answers; section and page locate the page that
 * explains it. */
struct content_quiz_item {
	const char *question;
	struct content_list answers;
	size_t right;
	const char *why;
	size_t section, page;
	unsigned line, col;		/* where the item is in its file */
};

struct content_source {
	const char *citation;
	const char *url;
};

struct content_topic {
	const char *path;
	const char *id;
	const char *title;
	const char *summary;
	const char *language;
	const char *key;		/* "language/id", for look-ups */
	const char *version;		/* may be NULL */
	/* A translation: the version of the original (the file with the same
	 * id and no translates_version) it follows.  NULL: an original. */
	const char *translates_version;
	unsigned translates_line, translates_col;	/* of translates_version */
	enum content_topic_kind kind;
	int order;			/* menu place, 1 to 999, or CONTENT_NO_ORDER */
	struct content_list other_names;
	struct content_list keywords;	/* everyday words that find it; may be empty */
	struct content_list reviewed_by;
	struct content_date last_reviewed;
	struct content_date next_review_due;
	unsigned review_line, review_col;	/* of next_review_due */
	struct content_source *sources;
	size_t source_count;
	struct content_link *related;
	size_t related_count;
	struct content_section *sections;
	size_t section_count;
	struct content_list questions;	/* for "My questions"; may be empty */
	unsigned questions_line, questions_col;
	struct content_quiz_item *quiz;	/* none, or 2 to 5 items */
	size_t quiz_count;
	unsigned body_regions;		/* bit 1 << region for each region named */
	size_t bytes;			/* size of the file */
	/* Where each text was written, for warnings about one word or
	 * sentence; empty unless content_keep_text_positions(true). */
	struct textpos_table positions;
	struct arena arena;		/* owns everything above */
};

struct content_term {
	unsigned line, col;		/* where the entry is in its file */
	const char *term;
	const char *plain;		/* the plain explanation */
	const char *say;		/* sounding-out, may be NULL */
	/* In a translated glossary, the original's term this explains
	 * ("steroid" for "esteroide"); may be NULL. */
	const char *translates;
};

struct content_glossary {
	const char *path;
	const char *language;
	struct content_term *terms;	/* sorted by term, ignoring case */
	size_t count;
	size_t bytes;			/* size of the file */
	struct arena arena;
};

/* One topic id listed in a menu group, where it is written. */
struct content_group_topic {
	const char *id;
	unsigned line, col;
};

/* A group's title in another language than the kiosk's own. */
struct content_group_title {
	const char *language;
	const char *title;
};

/* A menu group from library.yaml: its title in plain words (in the kiosk's
 * language, and in others when given) and its topics' ids in the order
 * shown. */
struct content_group {
	const char *title;
	struct content_group_title *translations;
	size_t translation_count;
	struct content_group_topic *topics;
	size_t count;
	unsigned line, col;
};

/* library.yaml: how the menu groups the topics (groups.h reads it). */
struct content_groups {
	const char *path;
	struct content_group *groups;	/* in the order written */
	size_t count;
	size_t bytes;			/* size of the file */
	struct arena arena;		/* owns everything above */
};

/* An open-addressing hash table of topics by a string key. */
struct content_table {
	const struct content_topic **slots;
	size_t cap, used;
	const char *(*key)(const struct content_topic *t);
};

struct content_library {
	char *dir;			/* the folder, owned */
	struct content_topic **topics;	/* by language, order, then title */
	size_t topic_count, topic_cap;
	bool sorted;			/* topics are in order (loading is done) */
	struct content_table by_id, by_path;
	struct content_glossary **glossaries;
	size_t glossary_count, glossary_cap;
	/* The menu's groups from library.yaml; NULL when there is no such
	 * file or it could not be read (the menu is then one list). */
	struct content_groups *groups;
	size_t files_seen;		/* YAML files looked at, good or bad */
	/* Files that look like content but are not read, and .yml files
	 * (read, with a note), for `kiosk --check` to list. */
	struct content_ignored {
		char *name;		/* owned */
		const char *reason;	/* static text */
	} *ignored;
	size_t ignored_count, ignored_cap;
	/* The glossary marks of each topic file that failed to load, as
	 * "[[a]] [[b|c]] " (owned): their words count as used. */
	char *failed_glossary;		/* a glossary file with errors, owned */
	char **failed_marks;
	size_t failed_mark_count, failed_mark_cap;
	bool failed_unreadable;		/* one of them is not even UTF-8 */
	struct image_checks *images;	/* pictures checked so far, owned */
	size_t bytes;			/* total size of the files loaded */
	/* Replaced by a reload but perhaps still shown: freed by
	 * content_library_release_retired once nobody points at them. */
	struct content_topic **retired_topics;
	size_t retired_topic_count, retired_topic_cap;
	struct content_glossary **retired_glossaries;
	size_t retired_glossary_count, retired_glossary_cap;
	struct content_groups **retired_groups;
	size_t retired_groups_count, retired_groups_cap;
};

/* Loads every *.yaml / *.yml file in dir (not sub-folders).  Files named
 * glossary.yaml or glossary.LANG.yaml are glossaries, library.yaml holds the
 * menu's groups (groups.h); every other file is a topic.  Every problem goes to diag; a file with errors of its own is left
 * out, and everything good is kept.  Broken links and unknown glossary terms
 * are reported but do not drop the topic: the browser hides such a link and
 * shows such a word unmarked.  Returns a library owned by the caller (free
 * with content_library_free), never NULL. */
struct content_library *content_library_load(const char *dir, struct diag *diag);

/* Makes content_library_load stop between files once *flag is non-zero (a
 * signal handler's flag), returning what it has read so far, so a large
 * library never holds up SIGTERM.  NULL turns this off. */
void content_library_stop_on(const volatile sig_atomic_t *flag);

void content_library_free(struct content_library *lib);

/* Reads one file of lib's folder again after it changed (name is the file
 * name, without the folder).  When it is good it replaces the old version;
 * when it has errors of its own, they go to diag and the old version stays;
 * when the file is gone, its topic or glossary goes too.  Only this file is
 * parsed, so the cost does not grow with the library.  Returns true when
 * the library changed.  Replaced versions wait in the retired lists. */
bool content_library_reload_file(struct content_library *lib, const char *name,
				 struct diag *diag);

/* True for names the loader reads: *.yaml or *.yml, not hidden or backup. */
bool content_is_content_file_name(const char *name);

/* Frees what reloads replaced.  Call once nothing points into it. */
void content_library_release_retired(struct content_library *lib);

/* Parses one topic file's bytes.  The glossary of the topic's language in
 * lib (may be NULL) is used to check marked words.  Returns NULL when the
 * file has errors of its own. */
struct content_topic *content_topic_parse(const char *path, const char *bytes,
					  size_t len,
					  const struct content_library *lib,
					  struct diag *diag);
void content_topic_free(struct content_topic *topic);

/* Makes later topic parses keep where each text was written
 * (content_topic.positions), for `kiosk --check`; off by default, as the
 * running kiosk has no use for it and it costs memory per text. */
void content_keep_text_positions(bool on);

/* The line and column in t's file of the character at `at`, a pointer into
 * one of t's texts.  Returns false, leaving line and col alone, when t's
 * positions were not kept or at is in none of its texts. */
bool content_text_position(const struct content_topic *t, const char *at,
			   unsigned *line, unsigned *col);

/* Parses one glossary file's bytes.  Entries with errors are reported and
 * left out; returns NULL only when the file as a whole is unusable. */
struct content_glossary *content_glossary_parse(const char *path,
						const char *bytes, size_t len,
						struct diag *diag);
void content_glossary_free(struct content_glossary *glossary);

/* Look-ups; all return NULL when nothing matches. */
const struct content_topic *content_find_topic(const struct content_library *lib,
					       const char *id, const char *language);
const struct content_glossary *content_find_glossary(const struct content_library *lib,
						     const char *language);
const struct content_term *content_find_term(const struct content_glossary *g,
					     const char *term, size_t len);

/* Calls fn for every text a patient reads on page, its title first, in the
 * order they are shown.  Texts keep their glossary marks.  A figure gives
 * its alt text, its caption and its labels' texts. */
void content_page_texts(const struct content_page *page,
			void (*fn)(void *ctx, const char *text), void *ctx);

/* Calls fn for every text of the topic that is not on a page: its
 * "My questions" list and its quiz items (question, answers, why). */
void content_topic_extra_texts(const struct content_topic *topic,
			       void (*fn)(void *ctx, const char *text), void *ctx);

/* Names and plain default titles of section kinds and urgencies. */
const char *content_section_kind_name(enum content_section_kind kind);
const char *content_section_default_title(enum content_section_kind kind);
const char *content_urgency_name(enum content_urgency urgency);
const char *content_body_region_name(enum content_body_region region);

/* True for a usable topic id: small letters a-z, digits and '-', not
 * starting with '-', at most 64 characters. */
bool content_valid_id(const char *id);

/* True for a language code as content files write it: 2 or 3 small
 * letters, like "en" or "cy". */
bool content_valid_language(const char *code);

/* Days since 1970-01-01 of a date, for comparing and counting days. */
long content_date_days(struct content_date d);

#endif
