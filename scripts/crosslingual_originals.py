#!/usr/bin/env python3
"""The English questions that eval/crosslingual-zh.jsonl translates, as labelled queries.

Each Chinese question names its LoCoMo original by conversation and position in that conversation's
`qa` list (`locomo_qa`); the originals stay in the LoCoMo file (evaluation data is not copied into the
project). Usage:
    crosslingual_originals.py eval/crosslingual-zh.jsonl locomo-dev.json > /tmp/crosslingual-en.jsonl
"""
import json
import sys


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    with open(sys.argv[2], encoding="utf-8") as f:
        samples = {s["sample_id"]: s for s in json.load(f)}
    with open(sys.argv[1], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            q = json.loads(line)
            original = samples[q["conversation"]]["qa"][q["locomo_qa"]]
            if sorted(original["evidence"]) != sorted(q["relevant"]):
                raise SystemExit(f"{sys.argv[1]}:{n}: evidence differs from the LoCoMo original's")
            out = {"query": original["question"], "conversation": q["conversation"],
                   "relevant": q["relevant"], "category": q["category"]}
            print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
