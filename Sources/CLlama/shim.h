#ifndef CLLAMA_SHIM_H
#define CLLAMA_SHIM_H
// llama.cpp as built by `make setup` (scripts/setup.sh) and linked into .deps/llama.
#include "../../.deps/llama/include/llama.h"
// The CPU backend's build facts (ggml_cpu_has_amx_int8).
#include "../../.deps/llama/include/ggml-cpu.h"
#endif
