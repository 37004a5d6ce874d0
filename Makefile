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

bench: build
	$(BIN) bench SampleData --batching

clean:
	rm -rf .build
