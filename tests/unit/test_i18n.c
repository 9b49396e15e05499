/* i18n: the screens follow the patient's language whatever the system
 * locale, with each language's plural forms; and every message of
 * po/kiosk.pot is translated in every po/LANG.po. */
#include "testutil.h"

#include "i18n.h"

#include <dirent.h>

/* Catalogues compiled from tests/fixtures/i18n by the Makefile. */
static const char *const test_locale = "build/test-locale";

static void switch_to(const char *code)
{
	assert_true(i18n_set_language(code));
}

static void test_i18n_follows_the_chosen_language_under_the_c_locale(void **state)
{
	(void)state;
	setlocale(LC_ALL, "C");
	assert_true(i18n_init(test_locale));
	switch_to("es");
	assert_string_equal(_("Next"), "Siguiente");
	switch_to("ar");
	assert_string_equal(_("Next"), "التالي");
	/* English is the source: no catalogue, the msgid itself. */
	switch_to("en");
	assert_string_equal(_("Next"), "Next");
	switch_to("es");
	assert_string_equal(_("Next"), "Siguiente");
	/* A language without a catalogue shows the English. */
	switch_to("pl");
	assert_string_equal(_("Next"), "Next");
}

static void test_i18n_follows_the_chosen_language_under_c_utf8(void **state)
{
	(void)state;
	setlocale(LC_ALL, "C.UTF-8");
	assert_true(i18n_init(test_locale));
	switch_to("ar");
	assert_string_equal(_("Next"), "التالي");
	switch_to("en");
	assert_string_equal(_("Next"), "Next");
}

static void test_i18n_uses_each_languages_plural_forms(void **state)
{
	static const struct { unsigned long n; const char *form; } arabic[] = {
		{ 0, "لا صفحات" }, { 1, "صفحة واحدة" }, { 2, "صفحتان" },
		{ 3, "%d صفحات" }, { 11, "%d صفحة" }, { 100, "%d صفحة" },
	};
	(void)state;

	setlocale(LC_ALL, "C");
	assert_true(i18n_init(test_locale));
	switch_to("es");
	assert_string_equal(ngettext("%d page", "%d pages", 1), "%d página");
	assert_string_equal(ngettext("%d page", "%d pages", 0), "%d páginas");
	assert_string_equal(ngettext("%d page", "%d pages", 5), "%d páginas");
	switch_to("ar");
	for (size_t i = 0; i < sizeof arabic / sizeof arabic[0]; i++)
		assert_string_equal(ngettext("%d page", "%d pages", arabic[i].n),
				    arabic[i].form);
	switch_to("en");
	assert_string_equal(ngettext("%d page", "%d pages", 1), "%d page");
	assert_string_equal(ngettext("%d page", "%d pages", 2), "%d pages");
}

/* One message of a .po or .pot file. */
struct po_entry {
	char *msgid;
	bool fuzzy, untranslated;
};

struct po_file {
	struct po_entry *entries;
	size_t count;
};

/* The text between the first and last '"' of line, escapes kept. */
static void append_quoted(char **to, const char *line)
{
	const char *open = strchr(line, '"'), *close = strrchr(line, '"');
	size_t old = *to ? strlen(*to) : 0, add;

	if (!open || close <= open)
		return;
	add = (size_t)(close - open - 1);
	*to = realloc(*to, old + add + 1);
	assert_non_null(*to);
	memcpy(*to + old, open + 1, add);
	(*to)[old + add] = '\0';
}

/* Reads the messages of a .po file: enough of the format for files that
 * msgfmt accepts (comments, flags, msgid, msgid_plural, msgstr[N] and
 * continuation lines). */
static struct po_file read_po(const char *path)
{
	char *text = test_read_file(path, NULL), *save = NULL;
	struct po_file po = { 0 };
	struct po_entry *e = NULL;
	bool fuzzy = false;
	char **into = NULL, *str = NULL;

	for (char *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "#,", 2) == 0 && strstr(line, "fuzzy"))
			fuzzy = true;
		if (line[0] == '#')
			continue;
		if (strncmp(line, "msgid ", 6) == 0) {
			po.entries = realloc(po.entries, (po.count + 1) * sizeof *po.entries);
			assert_non_null(po.entries);
			e = &po.entries[po.count++];
			*e = (struct po_entry){ .msgid = strdup(""), .fuzzy = fuzzy };
			fuzzy = false;
			into = &e->msgid;
		} else if (strncmp(line, "msgid_plural", 12) == 0) {
			into = NULL;
			continue;
		} else if (strncmp(line, "msgstr", 6) == 0) {
			free(str);
			str = strdup("");
			into = &str;
		} else if (line[0] != '"') {
			continue;
		}
		if (into)
			append_quoted(into, line);
		/* Each msgstr line ends a form: judge it once it is whole. */
		if (e && into == &str && str) {
			const char *next = save && *save == '"' ? save : NULL;
			if (!next && !*str && *e->msgid)
				e->untranslated = true;
		}
	}
	free(str);
	free(text);
	return po;
}

static void po_free(struct po_file *po)
{
	for (size_t i = 0; i < po->count; i++)
		free(po->entries[i].msgid);
	free(po->entries);
}

static const struct po_entry *po_find(const struct po_file *po, const char *msgid)
{
	for (size_t i = 0; i < po->count; i++)
		if (strcmp(po->entries[i].msgid, msgid) == 0)
			return &po->entries[i];
	return NULL;
}

static void test_i18n_every_message_is_translated_in_every_language(void **state)
{
	struct po_file pot = read_po("po/kiosk.pot");
	DIR *d = opendir("po");
	struct dirent *de;
	int languages = 0, problems = 0;
	(void)state;

	assert_non_null(d);
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);
		char path[300];
		struct po_file po;

		if (n < 4 || strcmp(de->d_name + n - 3, ".po") != 0)
			continue;
		snprintf(path, sizeof path, "po/%s", de->d_name);
		po = read_po(path);
		for (size_t i = 0; i < pot.count; i++) {
			const struct po_entry *e = po_find(&po, pot.entries[i].msgid);
			if (!*pot.entries[i].msgid)
				continue;
			if (!e || e->untranslated || e->fuzzy) {
				print_error("%s: \"%s\" is %s\n", path, pot.entries[i].msgid,
					    !e ? "missing (run make pot)" :
					    e->fuzzy ? "fuzzy" : "not translated");
				problems++;
			}
		}
		po_free(&po);
		languages++;
	}
	closedir(d);
	po_free(&pot);
	assert_true(languages >= 2);
	assert_int_equal(problems, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_i18n_follows_the_chosen_language_under_the_c_locale),
		cmocka_unit_test(test_i18n_follows_the_chosen_language_under_c_utf8),
		cmocka_unit_test(test_i18n_uses_each_languages_plural_forms),
		cmocka_unit_test(test_i18n_every_message_is_translated_in_every_language),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
