# ChatSearch. `make run` opens the TUI on SampleData; `make test` runs every test; both set up first.
SWIFT ?= swift
BIN = .build/release/chatsearch

.PHONY: setup build run test bench clean
setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product chatsearch

run: build
	$(BIN) SampleData

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --no-parallel

# Sizes: BENCH_ARGS="--tokens 20000 --long-sizes 10k,100k,1m" (see chatsearch bench --help).
bench:
	@bash scripts/setup.sh --bench
	$(SWIFT) build -c release --product chatsearch
	$(BIN) bench --peer-python .deps/bench/bin/python --peer-script scripts/bench_peer.py $(BENCH_ARGS)

clean:
	rm -rf .build
