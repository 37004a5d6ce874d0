#!/usr/bin/env python3
"""Convert a Hugging Face BERT sentence-embedding model (safetensors + vocab.txt) to GGUF.

Small and torch-free: reads the safetensors file with numpy, names tensors through the `gguf`
package's own tensor map for the BERT architecture, and writes a WordPiece vocabulary the way
llama.cpp's reference converter does (phantom-space pieces). Usage:
    convert_bert_to_gguf.py MODEL_DIR OUT.gguf [--name NAME]
"""
import argparse
import json
import os
import struct
import sys

import numpy as np
import gguf

DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}


def read_safetensors(path):
    with open(path, "rb") as f:
        header_len = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(header_len))
        base = 8 + header_len
        tensors = {}
        for name, meta in header.items():
            if name == "__metadata__":
                continue
            if meta["dtype"] not in DTYPES:
                raise SystemExit(f"{path}: tensor {name}: unsupported dtype {meta['dtype']}")
            start, end = meta["data_offsets"]
            f.seek(base + start)
            data = np.frombuffer(f.read(end - start), dtype=DTYPES[meta["dtype"]])
            tensors[name] = data.reshape(meta["shape"])
        return tensors


# Weight matrix storage: (GGUF file type, ggml tensor type or None for plain f32).
WEIGHT_TYPES = {
    "f32": (gguf.LlamaFileType.ALL_F32, None),
    "q8_0": (gguf.LlamaFileType.MOSTLY_Q8_0, gguf.GGMLQuantizationType.Q8_0),
    "q4_0": (gguf.LlamaFileType.MOSTLY_Q4_0, gguf.GGMLQuantizationType.Q4_0),
}


def stored(name, data, qtype):
    """The tensor as written: 2-D weight matrices in the chosen block type when their rows fit whole
    blocks, everything else (norms, biases, token types) f32."""
    data = np.ascontiguousarray(data.astype(np.float32))
    if qtype is None or data.ndim != 2 or not name.endswith(".weight") or "norm" in name:
        return data, None
    block = gguf.GGML_QUANT_SIZES[qtype][0]
    if data.shape[1] % block != 0 or data.shape[0] < block:
        return data, None
    return gguf.quants.quantize(data, qtype), qtype


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("out")
    ap.add_argument("--name", default=None)
    ap.add_argument("--type", choices=sorted(WEIGHT_TYPES), default="f32",
                    help="storage of the weight matrices (norms, biases and small tables stay f32)")
    args = ap.parse_args()
    d = args.model_dir

    with open(os.path.join(d, "config.json")) as f:
        cfg = json.load(f)
    if cfg.get("model_type", "bert") != "bert":
        raise SystemExit(f"{d}/config.json: model_type {cfg.get('model_type')!r} is not bert")
    n_layers = cfg["num_hidden_layers"]
    name = args.name or os.path.basename(os.path.normpath(d)).split("__")[-1]

    with open(os.path.join(d, "vocab.txt"), encoding="utf-8") as f:
        vocab = [line.rstrip("\n") for line in f]
    specials = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}
    tokens, types = [], []
    for tok in vocab:
        if tok in specials or (tok.startswith("[unused") and tok.endswith("]")):
            tokens.append(tok)
            types.append(gguf.TokenType.CONTROL)
        elif tok.startswith("##"):
            tokens.append(tok[2:])
            types.append(gguf.TokenType.NORMAL)
        else:
            tokens.append("\u2581" + tok)
            types.append(gguf.TokenType.NORMAL)
    ids = {tok: i for i, tok in enumerate(vocab)}

    arch = gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.BERT]
    w = gguf.GGUFWriter(args.out + ".part", arch)
    w.add_name(name)
    w.add_context_length(cfg["max_position_embeddings"])
    w.add_embedding_length(cfg["hidden_size"])
    w.add_feed_forward_length(cfg["intermediate_size"])
    w.add_block_count(n_layers)
    w.add_head_count(cfg["num_attention_heads"])
    w.add_layer_norm_eps(cfg.get("layer_norm_eps", 1e-12))
    w.add_causal_attention(False)
    w.add_pooling_type(gguf.PoolingType.MEAN)
    file_type, qtype = WEIGHT_TYPES[args.type]
    w.add_file_type(file_type)
    w.add_token_type_count(cfg.get("type_vocab_size", 2))
    w.add_tokenizer_model("bert")
    w.add_tokenizer_pre("default")
    w.add_token_list(tokens)
    w.add_token_types(types)
    w.add_bos_token_id(ids["[CLS]"])
    w.add_sep_token_id(ids["[SEP]"])
    w.add_unk_token_id(ids["[UNK]"])
    w.add_pad_token_id(ids["[PAD]"])
    w.add_mask_token_id(ids["[MASK]"])

    tmap = gguf.get_tensor_name_map(gguf.MODEL_ARCH.BERT, n_layers)
    tensors = read_safetensors(os.path.join(d, "model.safetensors"))
    skip = ("embeddings.position_ids", "pooler.dense.weight", "pooler.dense.bias")
    for hf_name in sorted(tensors):
        short = hf_name[5:] if hf_name.startswith("bert.") else hf_name
        if short in skip or short.startswith("cls."):
            continue
        new = tmap.get_name(short, try_suffixes=(".weight", ".bias"))
        if new is None:
            raise SystemExit(f"{d}: cannot map tensor {hf_name!r}")
        data, raw_type = stored(new, tensors[hf_name], qtype)
        w.add_tensor(new, data, raw_dtype=raw_type)

    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    os.replace(args.out + ".part", args.out)
    print(f"wrote {args.out}: {len(tokens)} tokens, {n_layers} layers, {args.type}", file=sys.stderr)


if __name__ == "__main__":
    main()
