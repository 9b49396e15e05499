#include "bodymap.h"

#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Measured on the 600 x 600 drawing (content/figures/src/body-outlines.svg):
 * the front figure stands on x = 150, the back one on x = 450. */
#define SPOT(region, view, x, y, w, h) \
	{ region, view, (x) / 600.0, (y) / 600.0, (w) / 600.0, (h) / 600.0 }

static const struct bodymap_spot spots[] = {
	SPOT(REGION_HEAD_AND_NECK, BODYMAP_FRONT, 110, 18, 80, 100),
	SPOT(REGION_SHOULDER, BODYMAP_FRONT, 60, 118, 44, 46),
	SPOT(REGION_SHOULDER, BODYMAP_FRONT, 196, 118, 44, 46),
	SPOT(REGION_ELBOW, BODYMAP_FRONT, 58, 208, 36, 44),
	SPOT(REGION_ELBOW, BODYMAP_FRONT, 206, 208, 36, 44),
	SPOT(REGION_HIP_AND_GROIN, BODYMAP_FRONT, 94, 270, 112, 70),
	SPOT(REGION_WRIST_AND_HAND, BODYMAP_FRONT, 42, 280, 46, 62),
	SPOT(REGION_WRIST_AND_HAND, BODYMAP_FRONT, 212, 280, 46, 62),
	SPOT(REGION_KNEE, BODYMAP_FRONT, 90, 410, 56, 70),
	SPOT(REGION_KNEE, BODYMAP_FRONT, 154, 410, 56, 70),
	SPOT(REGION_ANKLE_AND_FOOT, BODYMAP_FRONT, 86, 520, 60, 64),
	SPOT(REGION_ANKLE_AND_FOOT, BODYMAP_FRONT, 154, 520, 60, 64),
	SPOT(REGION_HEAD_AND_NECK, BODYMAP_BACK, 410, 18, 80, 100),
	SPOT(REGION_SHOULDER, BODYMAP_BACK, 360, 118, 44, 46),
	SPOT(REGION_UPPER_BACK, BODYMAP_BACK, 404, 122, 92, 96),
	SPOT(REGION_SHOULDER, BODYMAP_BACK, 496, 118, 44, 46),
	SPOT(REGION_ELBOW, BODYMAP_BACK, 358, 208, 36, 44),
	SPOT(REGION_ELBOW, BODYMAP_BACK, 506, 208, 36, 44),
	SPOT(REGION_LOWER_BACK, BODYMAP_BACK, 404, 218, 92, 66),
	SPOT(REGION_WRIST_AND_HAND, BODYMAP_BACK, 342, 280, 46, 62),
	SPOT(REGION_HIP_AND_GROIN, BODYMAP_BACK, 394, 284, 112, 50),
	SPOT(REGION_WRIST_AND_HAND, BODYMAP_BACK, 512, 280, 46, 62),
	SPOT(REGION_KNEE, BODYMAP_BACK, 390, 410, 56, 70),
	SPOT(REGION_KNEE, BODYMAP_BACK, 454, 410, 56, 70),
	SPOT(REGION_ANKLE_AND_FOOT, BODYMAP_BACK, 386, 520, 60, 64),
	SPOT(REGION_ANKLE_AND_FOOT, BODYMAP_BACK, 454, 520, 60, 64),
};

const struct bodymap_spot *bodymap_spots(size_t *count)
{
	*count = COUNT(spots);
	return spots;
}

int bodymap_region_at(double x, double y)
{
	for (size_t i = 0; i < COUNT(spots); i++)
		if (x >= spots[i].x && x < spots[i].x + spots[i].w &&
		    y >= spots[i].y && y < spots[i].y + spots[i].h)
			return (int)spots[i].region;
	return -1;
}

size_t bodymap_topics(const struct content_library *lib, const char *language,
		      enum content_body_region region,
		      const struct content_topic **out, size_t max)
{
	size_t count = 0;

	for (size_t i = 0; i < lib->topic_count; i++) {
		const struct content_topic *t = lib->topics[i];

		if (!(t->body_regions & 1u << region) ||
		    strcmp(t->language, language) != 0)
			continue;
		if (count < max)
			out[count] = t;
		count++;
	}
	return count;
}
