"""Near-copy pass for heldout14 (written anew after heldout13's idea): flags questions, or
sentences in them (three words or more), that are too close to a reference text.

References:
  - for clean/chat/requests: the bundled entries' German and English questions and alternatives
    (faq/data/*.md; the vocabulary file is not read), and every question of heldout13 (its ROWS
    lists, read from ../../heldout13/gen/{clean,chat,requests,thirteenth}.py with ast, so no
    heldout13 .jsonl is opened);
  - for the fourteenth-faq questions: the German and English questions and alternatives of
    fourteenth-faq/ and, again, every heldout13 question.
Measures on lower-cased, umlaut-folded text: difflib ratio, and word overlap (share of the
reference's words found in the question) together with Jaccard similarity.

  python3 eval/heldout14/gen/nearcopy.py [--ratio 0.72] [--overlap 0.75] [--jaccard 0.5]
                                          [--set clean|chat|requests|fourteenth] [--min-words 3]
"""
import argparse
import ast
import difflib
import json
import pathlib
import re
import tomllib

HERE = pathlib.Path(__file__).resolve().parent.parent
REPO = HERE.parent.parent
H13 = HERE.parent / "heldout13" / "gen"
FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def norm(s):
    s = s.lower().translate(FOLD)
    return " ".join(re.findall(r"[a-z0-9]+", s))


def sentences(q):
    parts = [p for p in re.split(r"(?<=[.!?])\s+|\s+[–—-]\s+", q) if p.strip()]
    return [q] + (parts if len(parts) > 1 else [])


def entry_refs(folder):
    refs = []
    for f in sorted(folder.glob("*.md")):
        fm = tomllib.loads(f.read_text(encoding="utf-8").split("+++")[1])
        for q in [fm["question"], *fm.get("alternatives", []), fm["en"]["question"],
                  *fm["en"].get("alternatives", [])]:
            refs.append((fm["id"], q))
    return refs


def heldout13_refs():
    refs = []
    for name in ("clean", "chat", "requests", "thirteenth"):
        tree = ast.parse((H13 / f"{name}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "ROWS" for t in node.targets):
                for q, _, _ in ast.literal_eval(node.value):
                    refs.append((f"heldout13/{name}", " ".join(q.split())))
    return refs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ratio", type=float, default=0.72)
    ap.add_argument("--overlap", type=float, default=0.75)
    ap.add_argument("--jaccard", type=float, default=0.5)
    ap.add_argument("--set", choices=["clean", "chat", "requests", "fourteenth"])
    ap.add_argument("--min-words", type=int, default=3)
    a = ap.parse_args()
    h13 = heldout13_refs()
    bundled = entry_refs(REPO / "faq" / "data") + h13
    fourteenth = entry_refs(HERE / "fourteenth-faq") + h13
    sets = {"clean": ("clean.jsonl", bundled), "chat": ("chat.jsonl", bundled),
            "requests": ("requests.jsonl", bundled),
            "fourteenth": ("fourteenth-faq-questions.jsonl", fourteenth)}
    total = 0
    for name, (fname, raw) in sets.items():
        if a.set and a.set != name:
            continue
        refs = [(i, norm(r), set(norm(r).split())) for i, r in raw]
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
                    ov = len(ws & wr) / len(wr) if wr else 0
                    jac = len(ws & wr) / len(ws | wr) if ws | wr else 0
                    sm = difflib.SequenceMatcher(None, ns, nr)
                    # the exact ratio only where it can matter: its upper bounds reach the
                    # threshold, or the word overlap already flags the pair
                    by_words = ov >= a.overlap and jac >= a.jaccard
                    if by_words or (sm.real_quick_ratio() >= a.ratio and sm.quick_ratio() >= a.ratio):
                        ratio = sm.ratio()
                    else:
                        ratio = 0.0
                    if ratio >= a.ratio or by_words:
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
