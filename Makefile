# ChatSearch. `make run` opens the TUI on SampleData; `make test` runs every test; both set up first.
SWIFT ?= swift
BIN = .build/release/chatsearch

.PHONY: setup build run test bench fuzz clean install uninstall
setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product chatsearch

run: build
	$(BIN) SampleData

# The release binary, its llama.cpp libraries, the built-in models, completions and the man page under
# $(DESTDIR)$(PREFIX) (docs/install.md); uninstall removes exactly the files install listed.
PREFIX ?= /usr/local
install: build
	@bash scripts/install.sh install $(BIN) $(PREFIX) $(DESTDIR)

uninstall:
	@bash scripts/install.sh uninstall $(PREFIX) $(DESTDIR)

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --no-parallel

# Sizes: BENCH_ARGS="--tokens 20000 --long-sizes 10k,100k,1m" (see chatsearch bench --help).
bench:
	@bash scripts/setup.sh --bench
	$(SWIFT) build -c release --product chatsearch
	$(BIN) bench --peer-python .deps/bench/bin/python --peer-script scripts/bench_peer.py $(BENCH_ARGS)

# Coverage-guided fuzzing (libFuzzer) of the chat loaders and the GGUF header reader for FUZZ_SECONDS,
# from the sample chats and fixtures; new inputs go to .build-fuzz/corpus, crashes to .build-fuzz/.
FUZZ_SECONDS ?= 120
FUZZ_BIN = .build-fuzz/debug/chatsearch-fuzz
fuzz: setup
	$(SWIFT) build --sanitize=fuzzer --scratch-path .build-fuzz --product chatsearch-fuzz -Xswiftc -DFUZZING
	mkdir -p .build-fuzz/corpus
	cd .build-fuzz && ./debug/chatsearch-fuzz corpus ../SampleData ../Tests/ChatSearchCoreTests/Fixtures/formats/good \
		../Tests/ChatSearchCoreTests/Fixtures/formats/bad -seed=1 -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
		-max_total_time=$(FUZZ_SECONDS) -print_final_stats=1

clean:
	rm -rf .build .build-fuzz
