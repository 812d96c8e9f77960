#!/usr/bin/env python3
"""Near-copy pass for heldout9: lists question sentences that are close to an entry's own
question or alternatives (German and English), by difflib ratio or word overlap.

The bundled FAQ (faq/data) is compared with clean/chat/requests, the ninth FAQ with
ninth-faq-questions. Hits are for reading, not a gate: short keyword lines share topic words
by nature. Run from the repository root: python3 eval/heldout9/gen/nearcopy.py [RATIO] [OVERLAP]
"""
import difflib
import json
import pathlib
import re
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parents[3]
HERE = pathlib.Path(__file__).resolve().parent.parent
STOP = set("der die das ich wie im in mit und ist ein eine einen fuer zu den dem mein meine meinen "
           "nicht wo kann the a to my i is of in for do how can what an wer was uns wir unser unsere "
           "auf sich von noch oder aber".split())


def entries(d):
    out = []
    for md in sorted(pathlib.Path(d).glob("*.md")):
        fm = tomllib.loads(md.read_text(encoding="utf-8")[4:].split("\n+++\n", 1)[0])
        texts = [fm["question"], *fm["alternatives"], fm["en"]["question"],
                 *fm["en"].get("alternatives", [])]
        out += [(fm["id"], t) for t in texts]
    return out


def norm(s):
    s = s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return re.sub(r"[^a-z0-9 ]+", " ", s).split()


def sentences(q):
    parts = re.split(r"(?<=[.?!])\s+|\s[–-]\s", q)
    return [p for p in parts if len(p) > 8] + [q]


def check(name, ents, thr, ov):
    for line in (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)["q"]
        for s in sentences(q):
            ns = norm(s)
            ws = set(ns) - STOP
            for eid, a in ents:
                na = norm(a)
                wa = set(na) - STOP
                ratio = difflib.SequenceMatcher(None, " ".join(ns), " ".join(na)).ratio()
                cont = len(ws & wa) / len(wa) if len(wa) >= 3 else 0
                if ratio >= thr or (cont >= ov and len(ws & wa) >= 3):
                    print(f"{name} {ratio:.2f} {cont:.2f} | {s[:120]!r} ~ [{eid}] {a!r}")


if __name__ == "__main__":
    thr = float(sys.argv[1]) if len(sys.argv) > 1 else 0.72
    ov = float(sys.argv[2]) if len(sys.argv) > 2 else 0.75
    bundled = entries(ROOT / "faq/data")
    for name in ("clean", "chat", "requests"):
        check(name, bundled, thr, ov)
    check("ninth-faq-questions", entries(HERE / "ninth-faq"), thr, ov)
