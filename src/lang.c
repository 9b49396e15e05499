#include "lang.h"

#include <stddef.h>
#include <string.h>

struct language {
	const char *code, *english, *native;
	bool rtl;
};

/* The languages most asked for in clinics; others still work, they are
 * only shown by their code. */
static const struct language languages[] = {
	{ "ar", "Arabic", "العربية", true },
	{ "bn", "Bengali", "বাংলা", false },
	{ "cy", "Welsh", "Cymraeg", false },
	{ "de", "German", "Deutsch", false },
	{ "en", "English", "English", false },
	{ "es", "Spanish", "Español", false },
	{ "fa", "Persian", "فارسی", true },
	{ "fr", "French", "Français", false },
	{ "gu", "Gujarati", "ગુજરાતી", false },
	{ "he", "Hebrew", "עברית", true },
	{ "hi", "Hindi", "हिन्दी", false },
	{ "it", "Italian", "Italiano", false },
	{ "pa", "Punjabi", "ਪੰਜਾਬੀ", false },
	{ "pl", "Polish", "Polski", false },
	{ "ps", "Pashto", "پښتو", true },
	{ "pt", "Portuguese", "Português", false },
	{ "ro", "Romanian", "Română", false },
	{ "ru", "Russian", "Русский", false },
	{ "so", "Somali", "Soomaali", false },
	{ "ta", "Tamil", "தமிழ்", false },
	{ "tr", "Turkish", "Türkçe", false },
	{ "uk", "Ukrainian", "Українська", false },
	{ "ur", "Urdu", "اردو", true },
	{ "vi", "Vietnamese", "Tiếng Việt", false },
	{ "yi", "Yiddish", "ייִדיש", true },
	{ "zh", "Chinese", "中文", false },
};

static const struct language *find(const char *code)
{
	for (size_t i = 0; code && i < sizeof languages / sizeof languages[0]; i++)
		if (strcmp(languages[i].code, code) == 0)
			return &languages[i];
	return NULL;
}

const char *lang_english_name(const char *code)
{
	const struct language *l = find(code);
	return l ? l->english : NULL;
}

const char *lang_native_name(const char *code)
{
	const struct language *l = find(code);
	return l ? l->native : NULL;
}

bool lang_is_rtl(const char *code)
{
	const struct language *l = find(code);
	return l && l->rtl;
}
