/* The body map as data: every region can be touched on the body outlines,
 * spots stay on the picture and apart, and a region lists its topics. */
#include "testutil.h"

#include "bodymap.h"
#include "image.h"

static void test_bodymap_has_a_spot_for_every_region(void **state)
{
	size_t count;
	const struct bodymap_spot *s = bodymap_spots(&count);
	(void)state;

	for (int r = 0; r < REGION_COUNT; r++) {
		bool found = false;

		for (size_t i = 0; i < count; i++)
			found |= s[i].region == (enum content_body_region)r;
		if (!found)
			fail_msg("no spot for %s", content_body_region_name(r));
	}
}

static void test_bodymap_spots_lie_on_the_body_and_apart(void **state)
{
	size_t count;
	const struct bodymap_spot *s = bodymap_spots(&count);
	struct image img;
	char why[IMAGE_WHY_MAX];
	(void)state;

	assert_true(image_load("content/figures/" BODYMAP_PICTURE, &img, why, sizeof why));
	for (size_t i = 0; i < count; i++) {
		double cx = s[i].x + s[i].w / 2, cy = s[i].y + s[i].h / 2;
		const uint8_t *px = &img.rgba[((size_t)(cy * img.height) * img.width +
					      (size_t)(cx * img.width)) * 4];

		assert_true(s[i].x >= 0 && s[i].x + s[i].w <= 1);
		assert_true(s[i].y >= 0 && s[i].y + s[i].h <= 1);
		/* The middle of a spot is on the body, not the white page. */
		assert_false(px[0] == 255 && px[1] == 255 && px[2] == 255);
		/* In the front half or the back half, as the spot says. */
		assert_int_equal(cx >= 0.5, s[i].view == BODYMAP_BACK);
		assert_int_equal(bodymap_region_at(cx, cy), s[i].region);
		for (size_t k = 0; k < i; k++)
			assert_false(s[k].x < s[i].x + s[i].w && s[i].x < s[k].x + s[k].w &&
				     s[k].y < s[i].y + s[i].h && s[i].y < s[k].y + s[k].h);
	}
	assert_int_equal(bodymap_region_at(0.01, 0.01), -1);
	image_free(&img);
}

static void test_bodymap_region_lists_its_topics(void **state)
{
	struct content_library *lib = test_load_bundled();
	const struct content_topic *topics[4];
	(void)state;

	assert_non_null(lib);
	assert_int_equal(bodymap_topics(lib, "en", REGION_HIP_AND_GROIN, topics, 4), 2);
	assert_non_null(topics[0]->body_regions & 1u << REGION_HIP_AND_GROIN);
	assert_int_equal(bodymap_topics(lib, "en", REGION_HIP_AND_GROIN, topics, 1), 2);
	assert_int_equal(bodymap_topics(lib, "en", REGION_KNEE, topics, 4), 0);
	assert_int_equal(bodymap_topics(lib, "cy", REGION_HIP_AND_GROIN, topics, 4), 0);
	content_library_free(lib);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bodymap_has_a_spot_for_every_region),
		cmocka_unit_test(test_bodymap_spots_lie_on_the_body_and_apart),
		cmocka_unit_test(test_bodymap_region_lists_its_topics),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
