/* i18n: the screens follow the patient's language whatever the system
 * locale, with each language's plural forms; and every message of
 * po/kiosk.pot is translated in every po/LANG.po. */
#include "testutil.h"

#include "i18n.h"

#include <ctype.h>
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

/* One message of a .po or .pot file: its msgid, its plural msgid (NULL
 * for none) and its translations, one per plural form. */
enum { PO_MAX_FORMS = 8 };

struct po_entry {
	char *msgid, *plural;
	char *forms[PO_MAX_FORMS];
	size_t form_count;
	bool fuzzy;
};

struct po_file {
	struct po_entry *entries;
	size_t count;
};

/* The C string between the first and last '"' of line, escapes undone,
 * appended to *to. */
static void append_quoted(char **to, const char *line)
{
	const char *open = strchr(line, '"'), *close = strrchr(line, '"');
	size_t old = *to ? strlen(*to) : 0, n = 0;
	char *out;

	if (!open || close <= open)
		return;
	out = realloc(*to, old + (size_t)(close - open) + 1);
	assert_non_null(out);
	for (const char *c = open + 1; c < close; c++) {
		char ch = *c;

		if (ch == '\\' && c + 1 < close) {
			ch = *++c;
			ch = ch == 'n' ? '\n' : ch == 't' ? '\t' : ch;
		}
		out[old + n++] = ch;
	}
	out[old + n] = '\0';
	*to = out;
}

/* Reads the messages of a .po or .pot file: enough of the format for files
 * that msgfmt accepts (comments, flags, msgid, msgid_plural, msgstr and
 * msgstr[N], continuation lines).  Obsolete messages (#~) are skipped. */
static struct po_file read_po(const char *path)
{
	char *text = test_read_file(path, NULL), *save = NULL;
	struct po_file po = { 0 };
	struct po_entry *e = NULL;
	bool fuzzy = false;
	char **into = NULL;

	for (char *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "#,", 2) == 0 && strstr(line, "fuzzy"))
			fuzzy = true;
		if (line[0] == '#') {
			into = NULL;
			continue;
		}
		if (strncmp(line, "msgid_plural ", 13) == 0 && e) {
			into = &e->plural;
		} else if (strncmp(line, "msgid ", 6) == 0) {
			po.entries = realloc(po.entries, (po.count + 1) * sizeof *po.entries);
			assert_non_null(po.entries);
			e = &po.entries[po.count++];
			*e = (struct po_entry){ .fuzzy = fuzzy };
			fuzzy = false;
			into = &e->msgid;
		} else if (strncmp(line, "msgstr", 6) == 0 && e) {
			assert_true(e->form_count < PO_MAX_FORMS);
			into = &e->forms[e->form_count++];
		} else if (line[0] != '"') {
			into = NULL;
			continue;
		}
		if (into && !*into)
			*into = strdup("");
		if (into)
			append_quoted(into, line);
	}
	free(text);
	return po;
}

static void po_free(struct po_file *po)
{
	for (size_t i = 0; i < po->count; i++) {
		free(po->entries[i].msgid);
		free(po->entries[i].plural);
		for (size_t f = 0; f < po->entries[i].form_count; f++)
			free(po->entries[i].forms[f]);
	}
	free(po->entries);
}

static const struct po_entry *po_find(const struct po_file *po, const char *msgid)
{
	for (size_t i = 0; i < po->count; i++)
		if (strcmp(po->entries[i].msgid, msgid) == 0)
			return &po->entries[i];
	return NULL;
}

/* The printf conversions of s in order, each written as its '*'s, length
 * and conversion letter ("%zu" -> "zu", "%.*s" -> "*s"), space-separated,
 * into buf.  Flags and widths may differ between languages; the types the
 * kiosk passes may not. */
static void conversions(const char *s, char *buf, size_t size)
{
	size_t used = 0;

	buf[0] = '\0';
	for (const char *p = strchr(s, '%'); p; p = strchr(p, '%')) {
		char spec[16];
		size_t n = 0;

		p++;
		if (*p == '%') {
			p++;
			continue;
		}
		while (*p && strchr("-+ #0", *p))
			p++;
		if (*p == '*')
			spec[n++] = *p++;
		while (isdigit((unsigned char)*p))
			p++;
		if (*p == '.' && *++p == '*')
			spec[n++] = *p++;
		while (isdigit((unsigned char)*p))
			p++;
		while (*p && strchr("hlLqjzt", *p) && n < sizeof spec - 2)
			spec[n++] = *p++;
		if (*p)
			spec[n++] = *p++;
		spec[n] = '\0';
		used += (size_t)snprintf(buf + used, size > used ? size - used : 0,
					 "%s%s", used ? " " : "", spec);
	}
}

/* Whether a translation's conversions are right for its English: the
 * same ones, in the same order; a plural form may leave out conversions
 * at the end (Arabic says "one page", not "1 page"), never one in front
 * of another, which would pass an argument to the wrong conversion. */
static bool conversions_match(const char *english, const char *translated, bool plural)
{
	char want[256], got[256];
	size_t n;

	conversions(english, want, sizeof want);
	conversions(translated, got, sizeof got);
	if (!plural)
		return strcmp(want, got) == 0;
	n = strlen(got);
	return strncmp(want, got, n) == 0 && (want[n] == '\0' || want[n] == ' ' || n == 0);
}

/* Counts what keeps a catalogue from covering the template, saying each
 * when report is true: messages missing, fuzzy or untranslated (in any
 * plural form), and translations whose printf conversions differ from the
 * English. */
static int catalogue_problems(const char *pot_path, const char *po_path, bool report)
{
	struct po_file pot = read_po(pot_path), po = read_po(po_path);
	int problems = 0;

	for (size_t i = 0; i < pot.count; i++) {
		const struct po_entry *want = &pot.entries[i];
		const struct po_entry *e = po_find(&po, want->msgid);
		const char *why = NULL;

		if (!*want->msgid)
			continue;
		if (!e)
			why = "missing (run make pot)";
		else if (e->fuzzy)
			why = "fuzzy";
		else if (e->form_count == 0)
			why = "not translated";
		for (size_t f = 0; !why && f < e->form_count; f++) {
			const char *english = want->plural && f > 0 ? want->plural : want->msgid;

			if (!*e->forms[f])
				why = "not translated";
			else if (!conversions_match(english, e->forms[f], want->plural != NULL))
				why = "translated with other %-conversions than the English";
		}
		if (why && report)
			print_error("%s: \"%s\" is %s\n", po_path, want->msgid, why);
		problems += why != NULL;
	}
	po_free(&po);
	po_free(&pot);
	return problems;
}

static void test_i18n_every_message_is_translated_in_every_language(void **state)
{
	DIR *d = opendir("po");
	struct dirent *de;
	int languages = 0, problems = 0;
	(void)state;

	assert_non_null(d);
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);
		char path[300];

		if (n < 4 || strcmp(de->d_name + n - 3, ".po") != 0)
			continue;
		snprintf(path, sizeof path, "po/%s", de->d_name);
		problems += catalogue_problems("po/kiosk.pot", path, true);
		languages++;
	}
	closedir(d);
	assert_true(languages >= 2);
	assert_int_equal(problems, 0);
}

/* The check itself: a catalogue with one message missing, one fuzzy, one
 * empty, one plural form empty and three with wrong conversions has
 * seven problems; the complete one has none. */
static void test_i18n_coverage_check_finds_missing_messages_and_wrong_conversions(void **state)
{
	static const char dir[] = "tests/fixtures/i18n/coverage";
	char pot[128], good[128], bad[128];
	(void)state;

	snprintf(pot, sizeof pot, "%s/template.pot", dir);
	snprintf(good, sizeof good, "%s/complete.po", dir);
	snprintf(bad, sizeof bad, "%s/broken.po", dir);
	assert_int_equal(catalogue_problems(pot, good, true), 0);
	assert_int_equal(catalogue_problems(pot, bad, false), 7);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_i18n_follows_the_chosen_language_under_the_c_locale),
		cmocka_unit_test(test_i18n_follows_the_chosen_language_under_c_utf8),
		cmocka_unit_test(test_i18n_uses_each_languages_plural_forms),
		cmocka_unit_test(test_i18n_every_message_is_translated_in_every_language),
		cmocka_unit_test(test_i18n_coverage_check_finds_missing_messages_and_wrong_conversions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
