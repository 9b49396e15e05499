#include "medwords.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Sorted, lower case.  Words that have a plain everyday sense ("nerve",
 * "joint") are left off: the check is for words that need explaining. */
static const char *const words[] = {
	"abscess", "acetabulum", "acute", "adhesion", "anaemia", "anaesthesia",
	"anaesthetic", "anaesthetist", "analgesia", "analgesic", "anaphylaxis",
	"aneurysm", "angina", "angiogram", "antibiotic", "anticoagulant",
	"antiemetic", "arrhythmia", "arthralgia", "arthritis", "arthrogram",
	"arthroplasty", "arthroscopy", "aspiration", "atrophy", "benign", "biopsy",
	"bursa", "bursae", "bursitis", "cannula", "capsule", "cardiac",
	"cartilage", "catheter", "cellulitis", "chronic", "clopidogrel",
	"coagulation", "congenital", "contraindication", "corticosteroid",
	"cortisone", "cyst", "degeneration", "degenerative", "dermatitis",
	"diagnosis", "dislocation", "distal", "dyspnoea", "effusion", "embolism",
	"endoscopy", "epidural", "erythema", "femoral", "femur", "fibromyalgia",
	"fibrosis", "flexion", "fluoroscopy", "fracture", "haematoma",
	"haemorrhage", "hematoma", "hemorrhage", "hernia", "hypertension",
	"hypoglycaemia", "hypotension", "iliacus", "iliopsoas", "immunosuppressant",
	"impingement", "incision", "inflammation", "inflammatory", "intra-articular",
	"intramuscular", "intravenous", "invasive", "ischaemia", "labrum",
	"lesion", "ligament", "lumbar", "lymphoedema", "malignant", "meniscus",
	"metastasis", "musculoskeletal", "necrosis", "neuralgia", "neuropathy",
	"nsaid", "oedema", "orthopaedic", "orthopedic", "osteoarthritis",
	"osteoporosis", "palliative", "paraesthesia", "pathology", "pelvis",
	"percutaneous", "physiotherapy", "placebo", "prognosis", "prosthesis",
	"proximal", "psoas", "radiculopathy", "radiology", "rheumatoid",
	"sciatica", "sedation", "sepsis", "sterile", "steroid", "subcutaneous",
	"syndrome", "synovitis", "tendinitis", "tendinopathy", "tendon",
	"tendonitis", "thrombosis", "trochanter", "trochanteric", "ultrasound",
	"vasovagal", "vertebra", "vertebrae",
};

static int cmp(const void *key, const void *item)
{
	return strcasecmp(key, *(const char *const *)item);
}

static bool lookup(const char *word, size_t len)
{
	char buf[32];

	if (len == 0 || len >= sizeof buf)
		return false;
	memcpy(buf, word, len);
	buf[len] = '\0';
	return bsearch(buf, words, sizeof words / sizeof words[0], sizeof words[0],
		       cmp) != NULL;
}

bool medwords_contains(const char *word, size_t len)
{
	return lookup(word, len) ||
	       (len > 3 && (word[len - 1] == 's' || word[len - 1] == 'S') &&
		lookup(word, len - 1));
}
