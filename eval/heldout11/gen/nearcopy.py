"""Near-copy pass for heldout11 (written anew for this set).

Compares every question, and every sentence in it, with the entries' own questions and
alternatives (German and English): the bundled entries (faq/data/*.md) for clean, chat and
requests, eleventh-faq/ for eleventh-faq-questions. A hit is a difflib ratio >= --ratio, or a
word overlap (shared words / words of the shorter side) >= --overlap together with a Jaccard
index >= --jaccard. Defaults: 0.72, 0.75, 0.5. Only the entry files are read (not
vocabulary.toml).

usage: python3 eval/heldout11/gen/nearcopy.py [--ratio R] [--overlap O] [--jaccard J]
"""
import argparse
import difflib
import json
import pathlib
import re
import tomllib

HERE = pathlib.Path(__file__).resolve().parent.parent
REPO = HERE.parents[1]


def refs(folder):
    out = []
    for md in sorted(folder.glob("*.md")):
        front = md.read_text(encoding="utf-8")[4:].split("\n+++\n", 1)[0]
        fm = tomllib.loads(front)
        en = fm.get("en", {})
        for t in [fm["question"], *fm.get("alternatives", []), en.get("question", ""),
                  *en.get("alternatives", [])]:
            if t:
                out.append((fm["id"], t))
    return out


def norm(t):
    return " ".join(re.findall(r"[\wäöüß]+", t.lower()))


def sentences(q):
    parts = [p.strip() for p in re.split(r"(?<=[.?!])\s+|\s+[–-]\s+", q) if p.strip()]
    return [q] + (parts if len(parts) > 1 else [])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ratio", type=float, default=0.72)
    ap.add_argument("--overlap", type=float, default=0.75)
    ap.add_argument("--jaccard", type=float, default=0.5)
    a = ap.parse_args()
    bundled = [(i, t, norm(t), set(norm(t).split())) for i, t in refs(REPO / "faq/data")]
    eleventh = [(i, t, norm(t), set(norm(t).split())) for i, t in refs(HERE / "eleventh-faq")]
    sets = [("clean", bundled), ("chat", bundled), ("requests", bundled),
            ("eleventh-faq-questions", eleventh)]
    hits = 0
    for name, rs in sets:
        for no, line in enumerate((HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            q = json.loads(line)["q"]
            for s in sentences(q):
                ns = norm(s)
                ws = set(ns.split())
                if len(ws) < 2:
                    continue
                for rid, rt, rn, rw in rs:
                    ratio = difflib.SequenceMatcher(None, ns, rn).ratio()
                    shared = len(ws & rw)
                    ov = shared / max(1, min(len(ws), len(rw)))
                    jac = shared / max(1, len(ws | rw))
                    if ratio >= a.ratio or (ov >= a.overlap and jac >= a.jaccard):
                        hits += 1
                        print(f"{name}:{no} ratio {ratio:.2f} overlap {ov:.2f} jaccard {jac:.2f}\n"
                              f"   q: {s}\n   {rid}: {rt}")
    print(f"{hits} hit(s) at ratio {a.ratio}, overlap {a.overlap}, jaccard {a.jaccard}")


if __name__ == "__main__":
    main()
