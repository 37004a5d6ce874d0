# ChatSearch: `make run` opens the TUI on SampleData; `make test` runs every test. Both set up first.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/chatsearch

.PHONY: setup build run test bench clean
setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c $(CONFIG) --product chatsearch

run: build
	$(BIN) SampleData

test: setup
	$(SWIFT) build -c $(CONFIG) --product chatsearch
	CHATSEARCH_BIN=$(abspath $(BIN)) $(SWIFT) test

bench: build
	bash scripts/bench.sh

clean:
	rm -rf .build
