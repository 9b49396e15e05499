# kiosk: patient-information kiosk.  `make` builds ./kiosk, `make run` starts
# it on the bundled content, `make check` runs every test.  Objects go under
# build/.  Missing Debian packages are installed by deploy/deps.sh.

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share/kiosk
MANDIR = $(PREFIX)/share/man
LOCALEDIR = $(PREFIX)/share/locale
DOCDIR = $(PREFIX)/share/doc/kiosk
SYSCONFDIR ?= /etc

CC ?= cc
# ncursesw and libyaml; libpng and libchafa for pictures (image, figure);
# fribidi for right-to-left languages (bidi); sqlite3 (FTS5) and libstemmer
# (Snowball, no pkg-config file) for search.
PKG_MODULES = ncursesw yaml-0.1 libpng chafa fribidi sqlite3
PKG_CFLAGS = $$(pkg-config --cflags $(PKG_MODULES)) $(LISTEN_CFLAGS)
PKG_LIBS = $$(pkg-config --libs $(PKG_MODULES)) -lstemmer -lcrypt -lm $(LISTEN_LIBS)
# Read aloud, QR codes and PNG files (speech, qr, png).  eSpeak NG is not
# linked: speech loads it on the first reading (dlopen), since its chain of
# sound libraries costs every kiosk 3 MB at start-up.
LISTEN_CFLAGS = $$(pkg-config --cflags espeak-ng libqrencode libpng) -pthread
LISTEN_LIBS = $$(pkg-config --libs libqrencode libpng) -ldl -pthread
WARNINGS = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Werror
CFLAGS ?= -O2 -g
ALL_CFLAGS = -std=c11 $(WARNINGS) $(CPPFLAGS) $(CFLAGS) $(PKG_CFLAGS) -MMD -MP
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

SRC = $(wildcard src/*.c)
# Everything but main: linked into the kiosk and into each unit test.
LIB_SRC = $(filter-out src/main.c,$(SRC))
OBJ = $(SRC:src/%.c=build/obj/%.o)
LIB_OBJ = $(LIB_SRC:src/%.c=build/obj/%.o)
SAN_OBJ = $(SRC:src/%.c=build/san/%.o)
SAN_LIB_OBJ = $(LIB_SRC:src/%.c=build/san/%.o)
TESTS = $(patsubst tests/unit/%.c,build/san/tests/%,$(wildcard tests/unit/test_*.c))
FUZZ_TARGETS = topic glossary library conf nav png quality stats print bidi
# Each target runs for FUZZ_RUNS executions or FUZZ_SECONDS, whichever ends
# first (on the 2-core development machine most targets reach 1,000 to
# 5,000 executions a second: see README, Fuzzing).
FUZZ_RUNS ?= 10000000
FUZZ_SECONDS ?= 1800
FUZZ_JOBS ?= $(shell nproc)
REPLAYS = $(FUZZ_TARGETS:%=build/san/tests/replay_%)
SOAKS = build/san/tests/soak build/obj/tests/soak
SOAK_EVENTS ?= 1000000

.PHONY: all run check install uninstall clean clang-build fuzz valgrind soak bench figures \
	pot po-check

# Translations of the screens (docs/translating.md): po/LANG.po compiled
# into build/locale/LANG/LC_MESSAGES/kiosk.mo.
LINGUAS = $(patsubst po/%.po,%,$(wildcard po/*.po))
MO = $(LINGUAS:%=build/locale/%/LC_MESSAGES/kiosk.mo)
# Locations name the file only: a line number would make the .pot stale
# at every edit above a message.
XGETTEXT = xgettext --language=C --from-code=UTF-8 --keyword=_ --keyword=N_ \
	--keyword=ngettext:1,2 --add-comments=TRANSLATORS: --sort-by-file --add-location=file \
	--force-po --package-name=kiosk --msgid-bugs-address='see docs/translating.md'
# Catalogues for tests/unit/test_i18n.c, from tests/fixtures/i18n.
TEST_MO = $(patsubst tests/fixtures/i18n/%.po,build/test-locale/%/LC_MESSAGES/kiosk.mo,\
	$(wildcard tests/fixtures/i18n/*.po))

all: build/.deps-build kiosk $(MO)

build/.deps-build: deploy/deps.sh
	@mkdir -p build
	@deploy/deps.sh build
	@touch $@

build/.deps-check: deploy/deps.sh
	@mkdir -p build
	@deploy/deps.sh check
	@touch $@

kiosk: $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(PKG_LIBS)

build/obj/%.o: src/%.c | build/.deps-build
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The same sources with AddressSanitizer and UndefinedBehaviorSanitizer, for
# the tests.
# The installed catalogue folder is compiled in: rebuild when PREFIX changes.
build/.prefix: FORCE
	@mkdir -p build
	@echo '$(LOCALEDIR)' | cmp -s - $@ || echo '$(LOCALEDIR)' > $@
FORCE:
build/obj/i18n.o build/san/i18n.o: build/.prefix
build/obj/i18n.o build/san/i18n.o: ALL_CFLAGS += -DKIOSK_LOCALEDIR='"$(LOCALEDIR)"'

build/locale/%/LC_MESSAGES/kiosk.mo: po/%.po | build/.deps-build
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

build/test-locale/%/LC_MESSAGES/kiosk.mo: tests/fixtures/i18n/%.po | build/.deps-check
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<
build/san/tests/test_i18n build/obj/tests/test_i18n: $(TEST_MO)
# Checks every language's buttons against the screen: needs the catalogues.
build/san/tests/test_navtouch build/obj/tests/test_navtouch: $(MO)

# `make pot`: collects the marked strings of src/*.c into po/kiosk.pot and
# merges them into every po/LANG.po, for translators to fill in.
pot:
	$(XGETTEXT) -o po/kiosk.pot src/*.c
	@for po in po/*.po; do msgmerge --quiet --update --backup=none --add-location=file $$po po/kiosk.pot; done

# Fails when po/kiosk.pot is not what `make pot` would write (the creation
# date aside) or a po/LANG.po does not compile.
po-check: | build/.deps-check
	@mkdir -p build
	@$(XGETTEXT) -o build/kiosk.pot src/*.c
	@if ! diff -q -I '^"POT-Creation-Date:' po/kiosk.pot build/kiosk.pot >/dev/null; then \
		echo "po/kiosk.pot is stale: run make pot, translate the new messages in po/*.po (docs/translating.md) and commit"; \
		diff -I '^"POT-Creation-Date:' po/kiosk.pot build/kiosk.pot | head -20; exit 1; fi
	@for po in po/*.po; do msgfmt --check -o /dev/null $$po || \
		{ echo "$$po does not compile"; exit 1; }; done
	@echo "po: kiosk.pot is current and $(words $(LINGUAS)) catalogues compile"

build/san/%.o: src/%.c | build/.deps-check
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN_FLAGS) -c -o $@ $<

build/san/kiosk: $(SAN_OBJ)
	$(CC) $(SAN_FLAGS) -o $@ $(SAN_OBJ) $(PKG_LIBS)

build/san/tests/%: tests/unit/%.c tests/unit/testutil.h tests/unit/navtest.h tests/unit/halfblock.h $(SAN_LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN_FLAGS) -Isrc -o $@ $< $(SAN_LIB_OBJ) \
		$(PKG_LIBS) $$(pkg-config --libs cmocka)

# Fuzz inputs replayed through each fuzz target with the sanitizer build:
# the seed corpus and every crasher ever found (tests/fuzz/regressions).
build/san/tests/replay_%: tests/fuzz/replay.c tests/fuzz/fuzz_%.c tests/fuzz/fuzzlib.h $(SAN_LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN_FLAGS) -Isrc -DFUZZ_TARGET='"$*"' -o $@ \
		tests/fuzz/replay.c tests/fuzz/fuzz_$*.c $(SAN_LIB_OBJ) $(PKG_LIBS)

# Turns a captured screen's half blocks into a PNG, for the Take home
# end-to-end test to decode.
build/obj/tests/screen2png: tests/tools/screen2png.c tests/unit/halfblock.h build/obj/pngfile.o
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< build/obj/pngfile.o $(PKG_LIBS)

# The soak test, with sanitizers (for errors) and without (for memory).
build/san/tests/soak: tests/soak/soak.c $(SAN_LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN_FLAGS) -Isrc -o $@ $< $(SAN_LIB_OBJ) $(PKG_LIBS)

build/obj/tests/soak: tests/soak/soak.c $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(PKG_LIBS)

# The contrast checker the end-to-end tests read captured screens with.
build/obj/tests/contrast: tests/contrast/contrast.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< -lm

# The unit tests without sanitizers, for valgrind.
PLAIN_TESTS = $(TESTS:build/san/tests/%=build/obj/tests/%)
build/obj/tests/test_%: tests/unit/test_%.c tests/unit/testutil.h tests/unit/navtest.h tests/unit/halfblock.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(PKG_LIBS) $$(pkg-config --libs cmocka)

valgrind: build/.deps-check $(PLAIN_TESTS)
	@command -v valgrind >/dev/null || { echo "valgrind is needed: apt-get install valgrind"; exit 1; }
	@for t in $(PLAIN_TESTS); do \
		echo "valgrind $$t"; \
		CMOCKA_MESSAGE_OUTPUT=TAP valgrind -q --leak-check=full \
			--suppressions=tests/valgrind.supp \
			--show-leak-kinds=definite,indirect,possible \
			--errors-for-leak-kinds=definite,indirect,possible \
			--error-exitcode=99 $$t >build/valgrind.log 2>&1; \
		status=$$?; grep -v '^ok' build/valgrind.log; \
		[ $$status -eq 0 ] || { echo "$$t: valgrind found problems"; exit 1; }; \
	done; echo "valgrind: no leaks and no errors in $(words $(PLAIN_TESTS)) test programs"

soak: build/obj/tests/soak
	build/obj/tests/soak $(SOAK_EVENTS)

# Benchmarks: figures for generated libraries of BENCH_SIZES topics.
BENCH_SIZES ?= 10 1000 10000
build/obj/bench/bench: bench/bench.c bench/benchutil.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(PKG_LIBS)

build/obj/bench/figbench: bench/figbench.c bench/benchutil.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(PKG_LIBS)

bench: kiosk build/obj/bench/bench build/obj/bench/figbench build/obj/bench/speechbench build/obj/bench/rtl build/obj/bench/searchbench build/obj/bench/finderbench | build/.deps-check
	@bench/run.sh $(BENCH_SIZES)
	@build/obj/bench/speechbench
	@build/obj/bench/rtl content

# What search costs: index build, memory, each letter typed, a reload.
build/obj/bench/searchbench: bench/searchbench.c bench/benchutil.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(PKG_LIBS)

# What the index built on its worker costs the kiosk's thread.
build/obj/bench/finderbench: bench/finderbench.c bench/benchutil.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(PKG_LIBS)

# What reading aloud costs the kiosk's thread (start, stop, each tick).
build/obj/bench/speechbench: bench/speechbench.c bench/benchutil.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(PKG_LIBS)

# What right-to-left text adds to laying out a page.
build/obj/bench/rtl: bench/rtl.c bench/benchutil.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(PKG_LIBS)

# libFuzzer builds (clang), and `make fuzz`, which runs each target on
# every processor (tests/fuzz/run.sh) until FUZZ_RUNS executions or
# FUZZ_SECONDS.  New inputs go to build/fuzz/corpus-TARGET, crashers to
# build/fuzz/crash-TARGET-*: minimise them (-minimize_crash=1), fix the
# bug, and keep the input in tests/fuzz/regressions/TARGET.  The sources
# are compiled once for every target.  A target uses
# tests/fuzz/TARGET.dict when there is one, else the YAML dictionary.
FUZZ_CFLAGS = -std=c11 $(WARNINGS) -g -O1 -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=all $(PKG_CFLAGS) -Isrc
FUZZ_OBJ = $(LIB_SRC:src/%.c=build/fuzz/obj/%.o)
# Edit distances, escaping and diagnostics are arithmetic and copying:
# tracing their comparisons tells the fuzzer nothing about the input and
# took a quarter to a half of the settings target's time.
FUZZ_UNTRACED = suggest utf8 diag
$(FUZZ_UNTRACED:%=build/fuzz/obj/%.o): FUZZ_CFLAGS += -fno-sanitize-coverage=trace-cmp
# The navigation core lays out the bundled pages, which the fuzzer cannot
# change: it gets the layout built with the sanitizers but no coverage,
# whose thousands of features made libFuzzer's bookkeeping cost more than
# the target (the content targets fuzz the layout itself).
FUZZ_NAV_PLAIN = layout markup layoutrtl bidi
build/fuzz/plain/%.o: src/%.c | build/.deps-fuzz
	@mkdir -p $(@D)
	clang -std=c11 $(WARNINGS) -g -O1 -fsanitize=address,undefined \
		-fno-sanitize-recover=all $(PKG_CFLAGS) -Isrc -MMD -MP -c -o $@ $<
build/fuzz/obj/%.o: src/%.c | build/.deps-fuzz
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -MMD -MP -c -o $@ $<

FUZZ_NAV_OBJ = $(filter-out $(FUZZ_NAV_PLAIN:%=build/fuzz/obj/%.o),$(FUZZ_OBJ)) \
	$(FUZZ_NAV_PLAIN:%=build/fuzz/plain/%.o)
$(filter-out build/fuzz/fuzz_nav,$(FUZZ_TARGETS:%=build/fuzz/fuzz_%)): $(FUZZ_OBJ)
build/fuzz/fuzz_nav: $(FUZZ_NAV_OBJ)
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzzlib.h | build/.deps-fuzz
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(filter %.o,$^) $(PKG_LIBS)

build/.deps-fuzz: deploy/deps.sh
	@mkdir -p build
	@deploy/deps.sh fuzz
	@touch $@

fuzz: $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
		tests/fuzz/run.sh $$t $(FUZZ_RUNS) $(FUZZ_SECONDS) $(FUZZ_JOBS) || exit 1; \
	done

# Compiles every source with clang too, so both compilers stay warning-free.
clang-build: | build/.deps-check
	@mkdir -p build/clang
	@for f in $(SRC); do \
		clang -std=c11 $(WARNINGS) -O2 $(PKG_CFLAGS) -fsyntax-only $$f || exit 1; \
	done
	@echo "clang: $(words $(SRC)) files compile cleanly"

# The bundled pictures: each content/figures/src/NAME.svg drawn as the
# committed content/figures/NAME.png.  Only this target needs rsvg-convert.
FIGURE_SVGS = $(wildcard content/figures/src/*.svg)
FIGURE_PNGS = $(FIGURE_SVGS:content/figures/src/%.svg=content/figures/%.png)
FIGURE_PIXELS = 600

figures: $(FIGURE_PNGS)

content/figures/%.png: content/figures/src/%.svg | build/.deps-figures
	rsvg-convert -w $(FIGURE_PIXELS) -h $(FIGURE_PIXELS) -o $@ $<

# The injection draws the hip picture under its own.
content/figures/hip-injection.png: content/figures/src/hip-front.svg

build/.deps-figures: deploy/deps.sh
	@mkdir -p build
	@deploy/deps.sh figures
	@touch $@

run: all
	./kiosk -c kiosk.conf

check: build/.deps-check kiosk $(MO) build/san/kiosk $(TESTS) $(REPLAYS) $(SOAKS) \
		build/obj/tests/screen2png build/obj/bench/bench build/obj/bench/figbench \
		build/obj/bench/speechbench build/obj/bench/rtl build/obj/bench/searchbench \
		build/obj/bench/finderbench build/obj/tests/contrast clang-build po-check
	@tests/run.sh $(TESTS) $(REPLAYS) $(SOAKS)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/content/figures \
		$(DESTDIR)$(DATADIR)/deploy $(DESTDIR)$(SYSCONFDIR) \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 755 kiosk $(DESTDIR)$(BINDIR)/kiosk
	install -m 644 content/*.yaml $(DESTDIR)$(DATADIR)/content/
	install -m 644 content/figures/*.png $(DESTDIR)$(DATADIR)/content/figures/
	install -d $(DESTDIR)$(DOCDIR)
	install -m 644 docs/content.md $(DESTDIR)$(DOCDIR)/content.md
	install -m 644 docs/central-logging.md $(DESTDIR)$(DOCDIR)/central-logging.md
	for page in kiosk.1:man1 kiosk.conf.5:man5; do \
		sed -e 's|/usr/local|$(PREFIX)|g' -e 's|docs/content\.md|$(DOCDIR)/content.md|g' \
			docs/$${page%%:*} > $(DESTDIR)$(MANDIR)/$${page##*:}/$${page%%:*}; \
	done
	for l in $(LINGUAS); do \
		install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
		install -m 644 build/locale/$$l/LC_MESSAGES/kiosk.mo \
			$(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/kiosk.mo || exit 1; \
	done
	sed 's|/usr/local/bin/kiosk|$(BINDIR)/kiosk|' deploy/kiosk.service \
		> $(DESTDIR)$(DATADIR)/deploy/kiosk.service
	install -m 644 deploy/kiosk-content-pull.timer \
		deploy/kiosk.logrotate deploy/logind-kiosk.conf deploy/sysctl-kiosk.conf \
		$(DESTDIR)$(DATADIR)/deploy/
	sed -e 's|@DATADIR@|$(DATADIR)|g' -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g' \
		deploy/kiosk.conf.in > $(DESTDIR)$(DATADIR)/kiosk.conf.example
	test -e $(DESTDIR)$(SYSCONFDIR)/kiosk.conf || \
		install -m 644 $(DESTDIR)$(DATADIR)/kiosk.conf.example \
			$(DESTDIR)$(SYSCONFDIR)/kiosk.conf

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/kiosk $(DESTDIR)$(MANDIR)/man1/kiosk.1 \
		$(DESTDIR)$(MANDIR)/man5/kiosk.conf.5
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/kiosk.mo; done
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)

clean:
	rm -rf build kiosk

# The fleet: kiosk-pull (signed, checked content switched live in one
# step), its unit and settings example, and the kiosk user (sysusers.d).
LIBEXECDIR = $(PREFIX)/lib/kiosk
.PHONY: install-pull uninstall-pull
install: install-pull
uninstall: uninstall-pull

install-pull:
	install -d $(DESTDIR)$(LIBEXECDIR) $(DESTDIR)$(DATADIR)/deploy
	sed 's|^kiosk=kiosk$$|kiosk=$(BINDIR)/kiosk|' deploy/kiosk-pull \
		> $(DESTDIR)$(LIBEXECDIR)/kiosk-pull
	chmod 755 $(DESTDIR)$(LIBEXECDIR)/kiosk-pull
	sed 's|/usr/local/|$(PREFIX)/|g' deploy/kiosk-content-pull.service \
		> $(DESTDIR)$(DATADIR)/deploy/kiosk-content-pull.service
	install -m 644 deploy/kiosk-pull.conf $(DESTDIR)$(DATADIR)/deploy/pull.conf.example
	install -m 644 deploy/kiosk.sysusers $(DESTDIR)$(DATADIR)/deploy/kiosk.sysusers

uninstall-pull:
	rm -rf $(DESTDIR)$(LIBEXECDIR)

-include $(OBJ:.o=.d) $(SAN_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d) \
	$(FUZZ_NAV_PLAIN:%=build/fuzz/plain/%.d)
