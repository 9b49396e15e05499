/* i18n: the screens' words in the patient's language, through GNU gettext.
 *
 * Every string a patient reads is written in English in the source and
 * wrapped: _("Next") where it is used, N_("Next") where it is only stored
 * (a table) and passed to _() when drawn, ngettext(one, many, n) for
 * counts.  `make pot` collects them into po/kiosk.pot; po/LANG.po holds
 * each language's translations (docs/translating.md); `make` compiles them
 * to build/locale, `make install` to $PREFIX/share/locale.
 *
 * The language shown follows the patient's choice, not the system locale:
 * i18n_set_language works whatever LANG says, even "C".  A language with
 * no catalogue shows the English. */
#ifndef KIOSK_I18N_H
#define KIOSK_I18N_H

#include <libintl.h>
#include <stdbool.h>

#define _(msgid) gettext(msgid)
#define N_(msgid) (msgid)

/* Binds the "kiosk" text domain to the folder of compiled catalogues:
 * localedir when not NULL; otherwise $KIOSK_LOCALEDIR when set; otherwise
 * build/locale next to the running program when it exists (a source
 * tree); otherwise the installed $PREFIX/share/locale.  Call once, after
 * setlocale(LC_ALL, "").  Returns false when gettext refuses (no memory). */
bool i18n_init(const char *localedir);

/* Switches every later _() and ngettext() to the language code ("es",
 * "ar"; "en" gives the English source strings).  Works under any process
 * locale: it names the language in LANGUAGE and, when LC_MESSAGES is "C"
 * (where gettext ignores LANGUAGE), moves LC_MESSAGES to C.UTF-8.  Returns
 * false when no UTF-8 locale could be set for messages (the English then
 * shows). */
bool i18n_set_language(const char *code);

#endif
