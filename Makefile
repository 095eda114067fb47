# Debian packages the build needs (C libraries reached through system-library targets).
APT_PACKAGES := libpcre2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev pkg-config
SAMPLE := Samples/putin-kim-vostochny.txt

.PHONY: setup build release test lint audit-sample bench install uninstall test-install clean

setup:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  (apt-get update -qq && apt-get install -y -qq $$missing) || \
	  (sudo apt-get update -qq && sudo apt-get install -y -qq $$missing); \
	fi

build: setup
	swift build

release: setup
	swift build -c release

test: setup
	swift test

# swift-format (ships with the toolchain) in strict mode, with .swift-format; plus the line length,
# which the linter does not enforce on string literals.
lint:
	swift format lint --strict -r Sources Tests Fuzz Package.swift
	@! LC_ALL=C.UTF-8 grep -rnE '^.{141,}$$' --include='*.swift' Sources Tests Fuzz || { echo 'lines over 140 columns above'; exit 1; }

# Benchmarks sourced side by side with cat and proselint (see BENCHMARKS.md).
bench: setup
	scripts/bench $(CORPUS)

audit-sample: build
	swift run sourced audit $(SAMPLE)

# The installed binary carries the Swift runtime (--static-swift-stdlib): it starts ~7 ms
# sooner and needs no Swift toolchain on the machine, only the C libraries above.
# `make install PREFIX=~/.local` (or DESTDIR=… for packaging); sourced finds its rules and
# templates in $(PREFIX)/share/sourced from its own path, wherever it is called from.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share
MANDIR ?= $(DATADIR)/man
STATIC_BIN := .build/static/release/sourced
GENERATED := .build/install-generated

install: setup
	swift build -c release --static-swift-stdlib --scratch-path .build/static
	swift build --product generate-manual
	rm -rf $(GENERATED) && mkdir -p $(GENERATED)/man
	.build/debug/generate-manual $(STATIC_BIN) --date $$(git log -1 --format=%cs 2>/dev/null || date +%F) -o $(GENERATED)/man
	for shell in bash zsh fish; do $(STATIC_BIN) --generate-completion-script $$shell > $(GENERATED)/sourced.$$shell; done
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/sourced $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(DATADIR)/bash-completion/completions $(DESTDIR)$(DATADIR)/zsh/site-functions \
	  $(DESTDIR)$(DATADIR)/fish/vendor_completions.d
	install -m 755 $(STATIC_BIN) $(DESTDIR)$(BINDIR)/sourced
	# A rule file removed from the pack must not linger from an earlier install.
	rm -rf $(DESTDIR)$(DATADIR)/sourced/Rules $(DESTDIR)$(DATADIR)/sourced/Reports
	rm -rf $(DESTDIR)$(DATADIR)/sourced/docs
	cp -R Rules Reports docs $(DESTDIR)$(DATADIR)/sourced/
	install -m 644 $(GENERATED)/man/sourced.1 $(DESTDIR)$(MANDIR)/man1/sourced.1
	install -m 644 $(GENERATED)/sourced.bash $(DESTDIR)$(DATADIR)/bash-completion/completions/sourced
	install -m 644 $(GENERATED)/sourced.zsh $(DESTDIR)$(DATADIR)/zsh/site-functions/_sourced
	install -m 644 $(GENERATED)/sourced.fish $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/sourced.fish

# Installs into a temporary prefix and runs the installed sourced by name from another folder.
test-install:
	scripts/test-install > /dev/null

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/sourced $(DESTDIR)$(MANDIR)/man1/sourced.1 \
	  $(DESTDIR)$(DATADIR)/bash-completion/completions/sourced $(DESTDIR)$(DATADIR)/zsh/site-functions/_sourced \
	  $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/sourced.fish
	rm -rf $(DESTDIR)$(DATADIR)/sourced

clean:
	rm -rf .build
