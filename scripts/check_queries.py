#!/usr/bin/env python3
"""Check a labelled query file against the turns ChatSearch actually loads.

Every (conversation, turn) in `relevant` must exist in the loader's output, or the metric is
silently wrong. The turns come from `chatsearch embed <path> --mode naive` (or from a saved copy of
its output with --turns), so the ids are exactly the loader's.

    python3 scripts/check_queries.py eval/sampledata-queries.jsonl SampleData
    python3 scripts/check_queries.py eval/sampledata-queries.jsonl --turns embed-output.jsonl

With --overlap it also lists the words each query shares with its answer turns (a category-4
query should share none).
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

STOP = set("""a an the and or but of to in on at for with from by as is are was were be been being it its this that these
those what which who whom whose when where why how did do does done doing has have had having i you he she we they me him
her us them my your his our their there here not no yes so if then than too very can could would should will shall may
might must about into over after before up down out off again all any both each few more most other some such only own
same just don s t now get got one two also much many ever""".split())


def load_turns(args):
    if args.turns:
        lines = open(args.turns, encoding="utf-8")
    else:
        binary = args.chatsearch
        if not os.path.exists(binary):
            sys.exit(f"{binary} not found: run `swift build` first, or pass --chatsearch or --turns")
        run = subprocess.run([binary, "embed", *args.paths, "--mode", "naive"],
                             capture_output=True, text=True, check=True)
        lines = run.stdout.splitlines()
    turns = defaultdict(dict)
    for line in lines:
        if line.strip():
            o = json.loads(line)
            turns[o["conversation"]][o["turn"]] = o.get("text", "")
    return turns


def words(text):
    return {w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in STOP and len(w) > 1}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("queries")
    p.add_argument("paths", nargs="*", default=["SampleData"])
    p.add_argument("--turns", help="saved output of `chatsearch embed ... --mode naive`")
    p.add_argument("--chatsearch", default=".build/debug/chatsearch")
    p.add_argument("--overlap", action="store_true", help="print words shared by query and answer")
    args = p.parse_args()

    turns = load_turns(args)
    problems, per_conv, per_cat = [], Counter(), Counter()
    for n, line in enumerate(open(args.queries, encoding="utf-8"), 1):
        if not line.strip():
            continue
        q = json.loads(line)
        conv, rel, cat = q.get("conversation"), q.get("relevant"), q.get("category")
        if not isinstance(q.get("query"), str) or not q["query"].strip():
            problems.append(f"line {n}: empty query")
        if cat not in (1, 2, 3, 4):
            problems.append(f"line {n}: category {cat!r} is not 1-4")
        if conv not in turns:
            problems.append(f"line {n}: unknown conversation {conv!r}")
            continue
        if not rel or len(set(rel)) != len(rel):
            problems.append(f"line {n}: relevant must be a non-empty list without repeats")
        for t in rel or []:
            if t not in turns[conv]:
                problems.append(f"line {n}: turn {t!r} not in {conv!r}")
        per_conv[conv] += 1
        per_cat[cat] += 1
        if args.overlap:
            shared = words(q["query"]) & set().union(*(words(turns[conv].get(t, "")) for t in rel or []))
            print(f"cat {cat} | {q['query']} | shared: {', '.join(sorted(shared)) or '-'}")

    total = sum(per_conv.values())
    print(f"{total} queries over {len(per_conv)} of {len(turns)} conversations")
    for conv, c in sorted(per_conv.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {c:3d}  {conv}")
    print("by category: " + ", ".join(f"{k}: {per_cat[k]}" for k in sorted(per_cat)))
    for msg in problems:
        print("PROBLEM: " + msg, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
