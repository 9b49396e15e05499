/* Decoded files kept: decoded once while the file stays the same, dropped
 * when it changes, never more than the bytes given, and a picture handed
 * out stays whole until given back. */
#include "testutil.h"

#include "imgcache.h"

#define HIP "content/figures/hip-front.png"
#define BODY "content/figures/body-outlines.png"
#define INJECTION "content/figures/hip-injection.png"

/* The bundled pictures are 600 x 600 pixels of 4 bytes. */
enum { PICTURE_BYTES = 600 * 600 * 4, ROOM = PICTURE_BYTES + 4096 };

/* Gets and gives back path's picture, as the file is (mtime_ns, size 1). */
static void use(struct imgcache *c, const char *path, long long mtime_ns)
{
	char why[IMAGE_WHY_MAX];
	const struct image *img = imgcache_get(c, path, mtime_ns, 1, why, sizeof why);

	assert_non_null(img);
	assert_int_equal(img->width, 600);
	imgcache_release(c, img);
}

static void test_imgcache_decodes_a_file_once_while_it_stays_the_same(void **state)
{
	struct imgcache *c = imgcache_new(2 * ROOM);
	char why[IMAGE_WHY_MAX];
	const struct image *first, *again;
	(void)state;

	first = imgcache_get(c, HIP, 1, 1, why, sizeof why);
	again = imgcache_get(c, HIP, 1, 1, why, sizeof why);
	assert_non_null(first);
	assert_ptr_equal(first, again);
	assert_int_equal(imgcache_decodes(c), 1);
	imgcache_release(c, first);
	imgcache_release(c, again);
	assert_true(imgcache_bytes(c) >= PICTURE_BYTES);
	imgcache_free(c);
}

static void test_imgcache_drops_a_picture_when_its_file_changes(void **state)
{
	struct imgcache *c = imgcache_new(4 * ROOM);
	(void)state;

	use(c, HIP, 1);
	use(c, HIP, 2);
	assert_int_equal(imgcache_decodes(c), 2);
	/* Only the file as it is now is kept. */
	assert_true(imgcache_bytes(c) < 2 * PICTURE_BYTES);
	use(c, HIP, 2);
	assert_int_equal(imgcache_decodes(c), 2);
	imgcache_free(c);
}

static void test_imgcache_keeps_no_more_than_its_bytes(void **state)
{
	struct imgcache *c = imgcache_new(2 * ROOM);
	(void)state;

	use(c, HIP, 1);
	use(c, BODY, 1);
	use(c, INJECTION, 1);
	assert_true(imgcache_bytes(c) <= 2 * ROOM);
	assert_int_equal(imgcache_decodes(c), 3);
	/* The least recently used went first. */
	use(c, INJECTION, 1);
	use(c, BODY, 1);
	assert_int_equal(imgcache_decodes(c), 3);
	use(c, HIP, 1);
	assert_int_equal(imgcache_decodes(c), 4);
	imgcache_free(c);
}

static void test_imgcache_keeps_the_picture_on_screen_longest(void **state)
{
	struct imgcache *c = imgcache_new(2 * ROOM);
	(void)state;

	use(c, HIP, 1);
	use(c, BODY, 1);
	/* The hip is on screen while the worker decodes another file. */
	imgcache_touch(c, HIP, 1, 1);
	use(c, INJECTION, 1);
	use(c, HIP, 1);
	assert_int_equal(imgcache_decodes(c), 3);
	imgcache_free(c);
}

static void test_imgcache_hands_out_but_never_keeps_a_picture_too_big(void **state)
{
	struct imgcache *c = imgcache_new(PICTURE_BYTES / 2);
	(void)state;

	use(c, HIP, 1);
	assert_int_equal(imgcache_bytes(c), 0);
	use(c, HIP, 1);
	assert_int_equal(imgcache_decodes(c), 2);
	imgcache_free(c);
}

static void test_imgcache_keeps_a_dropped_picture_whole_until_given_back(void **state)
{
	struct imgcache *c = imgcache_new(4 * ROOM);
	char why[IMAGE_WHY_MAX];
	const struct image *held;
	uint8_t first[16];
	(void)state;

	held = imgcache_get(c, HIP, 1, 1, why, sizeof why);
	assert_non_null(held);
	memcpy(first, held->rgba, sizeof first);
	/* The file changes while the picture is in use. */
	use(c, HIP, 2);
	assert_memory_equal(held->rgba, first, sizeof first);
	assert_int_equal(held->width, 600);
	imgcache_release(c, held);
	assert_true(imgcache_bytes(c) < 2 * PICTURE_BYTES);
	imgcache_free(c);
}

static void test_imgcache_says_why_a_file_cannot_be_decoded(void **state)
{
	struct imgcache *c = imgcache_new(4 * ROOM);
	char why[IMAGE_WHY_MAX] = "";
	(void)state;

	assert_null(imgcache_get(c, "tests/fixtures/png/text.png", 1, 1, why,
				 sizeof why));
	assert_true(why[0] != '\0');
	assert_null(imgcache_get(c, "content/figures/none.png", 1, 1, why,
				 sizeof why));
	assert_int_equal(imgcache_bytes(c), 0);
	imgcache_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_imgcache_decodes_a_file_once_while_it_stays_the_same),
		cmocka_unit_test(test_imgcache_drops_a_picture_when_its_file_changes),
		cmocka_unit_test(test_imgcache_keeps_no_more_than_its_bytes),
		cmocka_unit_test(test_imgcache_keeps_the_picture_on_screen_longest),
		cmocka_unit_test(test_imgcache_hands_out_but_never_keeps_a_picture_too_big),
		cmocka_unit_test(test_imgcache_keeps_a_dropped_picture_whole_until_given_back),
		cmocka_unit_test(test_imgcache_says_why_a_file_cannot_be_decoded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
