#ifndef CLLAMA_SHIM_H
#define CLLAMA_SHIM_H
// llama.cpp as built by `make setup` (scripts/setup.sh) and linked into .deps/llama.
#include "../../.deps/llama/include/llama.h"
#endif
