# Debian packages the build needs (C libraries reached through system-library targets).
APT_PACKAGES := libpcre2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev pkg-config
SAMPLE := Samples/putin-kim-vostochny.txt

.PHONY: setup build release test lint audit-sample bench install clean

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
install: setup
	swift build -c release --static-swift-stdlib --scratch-path .build/static
	install -d $(DESTDIR)/usr/local/bin $(DESTDIR)/usr/local/share/sourced
	install .build/static/release/sourced $(DESTDIR)/usr/local/bin/sourced
	cp -R Rules Reports $(DESTDIR)/usr/local/share/sourced/

clean:
	rm -rf .build
