#include "template.h"

static const char header[] =
"# A new topic.  Change the words, keep the shape: every line starting\n"
"# with '#' is a note for you and is not shown.  docs/content.md explains\n"
"# every key.  Check your work with:  kiosk --check content/%s.yaml\n"
"id: %s                          # must stay the same as the file name\n"
"title: Write the topic's name here   # shown in the menu and on every page\n"
"# In the menu: add the id to a group in library.yaml, if the folder has\n"
"# one; a topic in no group shows under \"Other topics\".\n"
"other_names:                     # optional: names patients may know it by\n"
"  - Another name for it\n"
"summary: >-                      # one or two short sentences for the menu\n"
"  Say in one sentence what this topic is about.\n"
"kind: %s                   # condition, procedure or general\n"
"language: en\n"
"last_reviewed: %04d-%02d-%02d         # dates are written YYYY-MM-DD\n"
"next_review_due: %04d-%02d-%02d\n"
"reviewed_by:\n"
"  - Name and role of the person who checked the facts\n"
"sources:                         # where the facts come from\n"
"  - citation: NHS. Name of the page you used.\n"
"    url: https://www.nhs.uk/\n"
"sections:                        # each section is one Step on screen\n"
"  - kind: overview\n"
"    pages:\n"
"      - title: What is it?\n"
"        blocks:\n"
"          - paragraph: >-\n"
"              Write short sentences in everyday words. Keep each one\n"
"              under 25 words.\n"
"          - bullets:              # each item starts with '- '\n"
"              - One point\n"
"              - Another point\n";

static const char condition_sections[] =
"  - kind: symptoms\n"
"    pages:\n"
"      - title: Signs to look out for\n"
"        blocks:\n"
"          - paragraph: The main signs are\n"
"          - bullets:\n"
"              - First sign\n"
"              - Second sign\n"
"  - kind: treatment-options\n"
"    pages:\n"
"      - title: Your choices\n"
"        blocks:\n"
"          - options:\n"
"              - name: First choice\n"
"                what: Say what it is in one sentence.\n"
"                good:\n"
"                  - A good point\n"
"                drawbacks:\n"
"                  - A drawback\n";

static const char procedure_sections[] =
"  - kind: procedure\n"
"    pages:\n"
"      - title: What happens\n"
"        blocks:\n"
"          - steps:                # numbered on screen: 1, 2, 3\n"
"              - The first thing that happens.\n"
"              - The next thing that happens.\n"
"  - kind: aftercare\n"
"    pages:\n"
"      - title: Afterwards\n"
"        blocks:\n"
"          - paragraph: Say what to do at home. Use short words.\n";

static const char get_help[] =
"  - kind: get-help\n"
"    pages:\n"
"      - title: When to get help\n"
"        blocks:\n"
"          - get_help:\n"
"              urgency: emergency   # routine, urgent or emergency\n"
"              title: Call 999 now if\n"
"              items:\n"
"                - You cannot breathe\n"
"          - get_help:\n"
"              urgency: urgent\n"
"              text: Call your clinic if you are worried.\n";

void template_write(FILE *out, const char *id, enum content_topic_kind kind,
		    struct content_date today)
{
	bool procedure = kind == TOPIC_PROCEDURE;

	fprintf(out, header, id, id, procedure ? "procedure" : "condition",
		today.year, today.month, today.day,
		today.year + 1, today.month, today.month == 2 && today.day == 29 ?
		28 : today.day);
	fputs(procedure ? procedure_sections : condition_sections, out);
	fputs(get_help, out);
}
