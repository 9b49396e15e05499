#include "commands.h"

#include "conf.h"
#include "errors.h"
#include "groups.h"
#include "handout.h"
#include "i18n.h"
#include "log.h"
#include "print_html.h"
#include "qr.h"
#include "stats.h"
#include "template.h"
#include "ui.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void load_conf(struct conf *conf, const char *conf_path)
{
	struct diag diag = DIAG_INIT;

	conf_defaults(conf);
	if (conf_path)
		conf_load(conf, conf_path, &diag);
	diag_print(&diag, stderr);
	diag_clear(&diag);
}

/* The errors reported against the file of topic id, printed to err;
 * returns how many there were. */
static size_t print_topic_errors(struct diag *diag, const char *dir,
				 const char *id, FILE *err)
{
	size_t n = 0, dir_len = strlen(dir);
	char line[1024];

	for (size_t i = 0; i < diag->count; i++) {
		const struct diag_entry *e = &diag->entries[i];
		const char *base = e->path + (strncmp(e->path, dir, dir_len) ? 0 : dir_len);
		size_t id_len = strlen(id);

		base += *base == '/';
		if (e->severity != DIAG_ERROR || strncmp(base, id, id_len) ||
		    (strcmp(base + id_len, ".yaml") && strcmp(base + id_len, ".yml")))
			continue;
		if (!n++)
			fprintf(err, "kiosk: topic '%s' has errors, so it cannot be "
				"printed; fix these and try again:\n", id);
		fprintf(err, "%s\n", diag_format(e, line, sizeof line));
	}
	return n;
}

int commands_print(const char *conf_path, const char *id,
		   struct print_options popt, enum commands_format format)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib;
	const struct content_topic *t;
	int status = 0;

	load_conf(&conf, conf_path);
	lib = content_library_load(conf.content_dir, &diag);
	t = content_find_topic(lib, id, conf.language);
	popt.clinic_name = conf.clinic_name;
	popt.clinic_phone = conf.clinic_phone;
	popt.date = print_today();
	if (t && format == FORMAT_HTML) {
		print_html_topic(lib, t, &popt, stdout);
	} else if (t) {
		print_topic(lib, t, &popt, stdout);
	} else if (!print_topic_errors(&diag, conf.content_dir, id, stderr)) {
		char shown[80];
		fprintf(stderr, "kiosk: there is no topic '%s' in %s; the topics are:\n",
			diag_quote(id, strlen(id), shown, sizeof shown), conf.content_dir);
		for (size_t i = 0; i < lib->topic_count; i++)
			if (!strcmp(lib->topics[i]->language, conf.language))
				fprintf(stderr, "  %s\n", lib->topics[i]->id);
	}
	status = t ? 0 : 1;
	content_library_free(lib);
	diag_clear(&diag);
	conf_free(&conf);
	return status;
}

int commands_qr(const char *conf_path, const char *id, const char *png_path)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib;
	const struct content_topic *t;
	struct qr_code code;
	char *address = NULL;
	char shown[80];
	int status = 1, err;

	load_conf(&conf, conf_path);
	lib = content_library_load(conf.content_dir, &diag);
	t = content_find_topic(lib, id, conf.language);
	diag_quote(id, strlen(id), shown, sizeof shown);
	if (!t)
		fprintf(stderr, "kiosk: there is no topic '%s' in %s; run "
			"kiosk --check to see the topics\n", shown, conf.content_dir);
	else if (!(address = handout_address(conf.handout_url, t)))
		fprintf(stderr, "kiosk: topic '%s' has no leaflet address; set "
			"handout_url in kiosk.conf or give it a source url\n", shown);
	else if (!qr_encode(address, 0, &code))
		fprintf(stderr, "kiosk: the address of '%s' is too long for a QR "
			"code\n", shown);
	else if ((err = qr_write_png(&code, QR_PNG_SCALE, png_path)) != 0)
		fprintf(stderr, "kiosk: cannot write %s: %s\n", png_path, strerror(err));
	else
		status = 0;
	if (address && status == 0) {
		if (qr_rows(&code) > QR_ROWS_80X24)
			fprintf(stderr, "kiosk: this code is too big for an 80x24 "
				"screen; kiosk --check says how to shorten it\n");
		printf("%s\n", address);
	}
	if (address && code.dark)
		qr_free(&code);
	free(address);
	content_library_free(lib);
	diag_clear(&diag);
	conf_free(&conf);
	return status;
}

/* The log for reading, or NULL after saying why.  Opened without waiting,
 * and only a regular file: a FIFO would hold the command up. */
static FILE *open_log(const char *path)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	FILE *in;

	if (fd < 0) {
		fprintf(stderr, "kiosk: cannot read %s: %s\n", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		fprintf(stderr, "kiosk: %s is not a regular file; give the log "
			"file itself\n", path);
		close(fd);
		return NULL;
	}
	in = fdopen(fd, "r");
	if (!in)
		close(fd);
	return in;
}

int commands_stats(const char *conf_path, const char *const *logs, size_t count,
		   bool errors)
{
	struct logread_input *inputs;
	struct conf conf;
	const char *from_conf;
	int status = 1;
	size_t opened = 0;

	conf_defaults(&conf);
	if (!count && conf_path) {
		struct diag diag = DIAG_INIT;
		conf_load(&conf, conf_path, &diag);
		diag_clear(&diag);
	}
	from_conf = conf.log_file;
	if (!count && !*from_conf) {
		fputs(conf.log == CONF_LOG_SYSLOG ?
		      "kiosk: this kiosk logs to the system log: pipe it in, like "
		      "journalctl -o export -t kiosk | kiosk --stats -\n" :
		      "kiosk: no log to read: give its name, or set log_file in "
		      "kiosk.conf\n", stderr);
		conf_free(&conf);
		return 1;
	}
	if (!count) {
		logs = &from_conf;
		count = 1;
	}
	inputs = xcalloc(count, sizeof *inputs);
	for (; opened < count; opened++) {
		bool standard_input = !strcmp(logs[opened], "-");

		inputs[opened].name = standard_input ? "standard input" : logs[opened];
		inputs[opened].in = standard_input ? stdin : open_log(logs[opened]);
		if (!inputs[opened].in)
			break;
	}
	if (opened == count)
		status = errors ? errors_run(inputs, count, stdout) :
				  stats_run(inputs, count, stdout);
	for (size_t i = 0; i < opened; i++)
		if (inputs[i].in != stdin)
			fclose(inputs[i].in);
	free(inputs);
	conf_free(&conf);
	return status;
}

int commands_new(const char *conf_path, const char *id, const char *kind,
		 struct content_date today)
{
	struct conf conf;
	char *path;
	size_t n;
	int fd;
	FILE *out;

	if (!content_valid_id(id)) {
		fprintf(stderr, "kiosk: '%s' cannot be a topic id; use small letters "
			"a-z, digits and '-' (at most 64), like 'carpal-tunnel'\n", id);
		return 1;
	}
	if (strcmp(kind, "condition") && strcmp(kind, "procedure")) {
		fprintf(stderr, "kiosk: --kind is 'condition' or 'procedure', not '%s'; "
			"for a condition and its treatment, write two topics and "
			"link them\n", kind);
		return 1;
	}
	load_conf(&conf, conf_path);
	n = strlen(conf.content_dir) + strlen(id) + sizeof GROUPS_FILE_NAME + 8;
	path = xmalloc(n);
	snprintf(path, n, "%s/%s.yaml", conf.content_dir, id);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0) {
		fprintf(stderr, "kiosk: cannot write %s: %s%s\n", path, strerror(errno),
			errno == EEXIST ? "; choose another id or edit that file" : "");
		free(path);
		conf_free(&conf);
		return 1;
	}
	out = fdopen(fd, "w");
	template_write(out, id, strcmp(kind, "procedure") ? TOPIC_CONDITION :
		       TOPIC_PROCEDURE, today);
	if (fclose(out) != 0) {
		fprintf(stderr, "kiosk: cannot write %s: %s\n", path, strerror(errno));
		unlink(path);
		free(path);
		conf_free(&conf);
		return 1;
	}
	printf("Wrote %s.  Change the words, then run: kiosk --check %s\n", path, path);
	snprintf(path, n, "%s/" GROUPS_FILE_NAME, conf.content_dir);
	if (access(path, F_OK) == 0)
		printf("Add '%s' to a group in %s, or the menu shows it under "
		       "\"Other topics\".\n", id, path);
	free(path);
	conf_free(&conf);
	return 0;
}

int commands_preview(const char *conf_path, const char *file)
{
	struct conf conf;
	struct content_library *lib = NULL;
	struct kiosk_log log;
	const char *slash = strrchr(file, '/');
	const char *base = slash ? slash + 1 : file;
	char id[72];
	int status;

	snprintf(id, sizeof id, "%.*s", (int)strcspn(base, "."), base);
	load_conf(&conf, conf_path);
	if (slash) {
		free(conf.content_dir);
		conf.content_dir = xmalloc((size_t)(slash - file) + 2);
		snprintf(conf.content_dir, (size_t)(slash - file) + 2, "%.*s",
			 (int)(slash - file + (slash == file)), file);
	}
	/* A preview is for staff: never locked, and no usage figures; its
	 * screens are in the kiosk's language, as patients will see them. */
	conf.lock = false;
	log_open(&log, "");
	i18n_init(NULL);
	i18n_set_language(conf.language);
	status = ui_run(&conf, NULL, &lib, &log, id);
	content_library_free(lib);
	log_close(&log);
	conf_free(&conf);
	return status;
}
