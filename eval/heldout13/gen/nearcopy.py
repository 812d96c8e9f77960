"""Near-copy pass for heldout13 (written anew): flags questions, or sentences in them (three
words or more), that are too close to an entry's own question or alternatives.

References: for clean/chat/requests the bundled FAQ's canonical questions from
../shared/eval/faq-ids.tsv (the entry files themselves were not read for this set); for the
thirteenth-faq questions the German and English questions and alternatives of thirteenth-faq/.
Measures on lower-cased, umlaut-folded text: difflib ratio, and word overlap (share of the
reference's words found in the question) together with Jaccard similarity.

  python3 eval/heldout13/gen/nearcopy.py [--ratio 0.72] [--overlap 0.75] [--jaccard 0.5]
                                          [--set clean|chat|requests|thirteenth] [--min-words 3]
"""
import argparse
import difflib
import json
import pathlib
import re
import tomllib

HERE = pathlib.Path(__file__).resolve().parent.parent
IDS = HERE.parent.parent.parent / "shared" / "eval" / "faq-ids.tsv"
FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def norm(s):
    s = s.lower().translate(FOLD)
    return " ".join(re.findall(r"[a-z0-9]+", s))


def sentences(q):
    parts = [p for p in re.split(r"(?<=[.!?])\s+|\s+[–—-]\s+", q) if p.strip()]
    return [q] + (parts if len(parts) > 1 else [])


def bundled_refs():
    refs = []
    for line in IDS.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 3:
            refs.append((cols[0], cols[2]))
    return refs


def thirteenth_refs():
    refs = []
    for f in sorted((HERE / "thirteenth-faq").glob("*.md")):
        fm = tomllib.loads(f.read_text(encoding="utf-8").split("+++")[1])
        for q in [fm["question"], *fm["alternatives"], fm["en"]["question"], *fm["en"]["alternatives"]]:
            refs.append((fm["id"], q))
    return refs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ratio", type=float, default=0.72)
    ap.add_argument("--overlap", type=float, default=0.75)
    ap.add_argument("--jaccard", type=float, default=0.5)
    ap.add_argument("--set", choices=["clean", "chat", "requests", "thirteenth"])
    ap.add_argument("--min-words", type=int, default=3)
    a = ap.parse_args()
    sets = {"clean": ("clean.jsonl", bundled_refs), "chat": ("chat.jsonl", bundled_refs),
            "requests": ("requests.jsonl", bundled_refs),
            "thirteenth": ("thirteenth-faq-questions.jsonl", thirteenth_refs)}
    total = 0
    for name, (fname, refs_fn) in sets.items():
        if a.set and a.set != name:
            continue
        refs = [(i, norm(r), set(norm(r).split())) for i, r in refs_fn()]
        hits = 0
        for line in (HERE / fname).read_text(encoding="utf-8").splitlines():
            q = json.loads(line)["q"]
            best = None
            for sent in sentences(q):
                ns = norm(sent)
                ws = set(ns.split())
                if len(ws) < a.min_words:
                    continue
                for rid, nr, wr in refs:
                    ratio = difflib.SequenceMatcher(None, ns, nr).ratio()
                    ov = len(ws & wr) / len(wr) if wr else 0
                    jac = len(ws & wr) / len(ws | wr) if ws | wr else 0
                    if ratio >= a.ratio or (ov >= a.overlap and jac >= a.jaccard):
                        score = max(ratio, jac)
                        if best is None or score > best[0]:
                            best = (score, rid, sent, ratio, ov, jac)
            if best:
                hits += 1
                _, rid, sent, ratio, ov, jac = best
                print(f"[{name}] ratio {ratio:.2f} overlap {ov:.2f} jaccard {jac:.2f} ~ {rid}: {sent}")
        print(f"{name}: {hits} hits")
        total += hits
    print(f"total: {total} hits")


if __name__ == "__main__":
    main()
