# Thin wrapper over CMake. The two contract targets are `make demo` and `make test` (see README.md).
BUILD ?= build
MAKEFLAGS += --no-print-directory
# Libraries are checked as Debian packages; tools by command, so a tool installed another way (a
# NodeSource node/npm, a pyenv python3) counts as present.
# (pkg-config and Debian's pip, setuptools and wheel: for the c_install test and the offline `pip install` test)
APT_LIBS := libtcc-dev tcc libxxhash-dev libcmocka-dev libgmp-dev libutf8proc-dev \
            libclang-rt-14-dev nettle-dev libpcre2-dev pkg-config python3-pip python3-setuptools python3-wheel
APT_TOOLS := cmake:cmake gcc:gcc make:make node:nodejs npm:npm python3:python3 clang:clang
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build test sanitize fuzz demo bench clean

all: build

# Install what is missing: Debian packages, then the pinned tree-sitter runtime and grammar from npm (lock
# file committed).
deps:
	@missing=""; for p in $(APT_LIBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	for t in $(APT_TOOLS); do \
	  command -v $${t%%:*} >/dev/null 2>&1 || missing="$$missing $${t#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@[ -f node_modules/tree-sitter-python/src/parser.c ] && [ -f node_modules/tree-sitter/vendor/tree-sitter/lib/src/lib.c ] \
	  || npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j2

test: build
	@cd $(BUILD) && ctest --output-on-failure

# The ASan + UBSan build in its own directory, and the tests labelled `sanitize` against it: the unit tests, the
# cases, limits, security and CLI suites (slow: 10-20 minutes; not part of `make test`).
sanitize: deps
	@cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPITH_SANITIZE=ON >/dev/null
	@cmake --build build-sanitize -j2
	@cd build-sanitize && ctest --output-on-failure -L sanitize

# The fuzz targets over stage archives that clang built with ASan and libFuzzer's coverage (build-fuzz/), for a
# coverage-guided campaign by hand (tests/fuzz/README.md); the targets in build/ see only their harness.
fuzz: deps
	@cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
	  "-DCMAKE_C_FLAGS=-fsanitize=address,fuzzer-no-link" >/dev/null
	@cmake --build build-fuzz -j2 --target fuzz_snapshot_target fuzz_resume_target fuzz_source_target fuzz_seeds

demo: build
	@echo '$$ build/pith run --ext get_weather={"city":"Paris","temp_c":21.5} examples/demo.py'
	@$(BUILD)/pith run --ext 'get_weather={"city":"Paris","temp_c":21.5}' examples/demo.py

bench: build
	@python3 bench/run.py --pith $(BUILD)/pith

clean:
	rm -rf $(BUILD) build-sanitize build-fuzz
