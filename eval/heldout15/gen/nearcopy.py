"""Near-copy pass for heldout15 (adapted from heldout14's nearcopy.py): flags questions, or
sentences in them (three words or more), that are too close to a reference text.

References:
  - for clean/chat/requests: the bundled entries' German and English questions and alternatives
    (faq/data/*.md; the vocabulary file is not read), and every question of heldout13 and
    heldout14 (their ROWS lists, read from ../../heldout1{3,4}/gen/*.py with ast);
  - for the fifteenth-faq questions: the German and English questions and alternatives of
    fifteenth-faq/ and, again, every heldout13 and heldout14 question.
The reference text of a hit is printed for the entries and heldout14 only (--show); heldout13's
questions are never printed, only the name of the file they come from.
Measures on lower-cased, umlaut-folded text: difflib ratio, and word overlap (share of the
reference's words found in the question) together with Jaccard similarity.

  python3 eval/heldout15/gen/nearcopy.py [--ratio 0.72] [--overlap 0.75] [--jaccard 0.5]
                                          [--set clean|chat|requests|fifteenth] [--min-words 3]
                                          [--show]
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
OLDER = {"heldout13": ("clean", "chat", "requests", "thirteenth"),
         "heldout14": ("clean", "chat", "requests", "fourteenth")}
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
            refs.append((fm["id"], q, q))
    return refs


def older_refs():
    refs = []
    for folder, names in OLDER.items():
        for name in names:
            tree = ast.parse((HERE.parent / folder / "gen" / f"{name}.py").read_text(encoding="utf-8"))
            for node in tree.body:
                if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "ROWS" for t in node.targets):
                    for q, _, _ in ast.literal_eval(node.value):
                        q = " ".join(q.split())
                        refs.append((f"{folder}/{name}", q, None if folder == "heldout13" else q))
    return refs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ratio", type=float, default=0.72)
    ap.add_argument("--overlap", type=float, default=0.75)
    ap.add_argument("--jaccard", type=float, default=0.5)
    ap.add_argument("--set", choices=["clean", "chat", "requests", "fifteenth"])
    ap.add_argument("--min-words", type=int, default=3)
    ap.add_argument("--show", action="store_true", help="print the reference (never heldout13's)")
    a = ap.parse_args()
    old = older_refs()
    bundled = entry_refs(REPO / "faq" / "data") + old
    fifteenth = entry_refs(HERE / "fifteenth-faq") + old
    sets = {"clean": ("clean.jsonl", bundled), "chat": ("chat.jsonl", bundled),
            "requests": ("requests.jsonl", bundled),
            "fifteenth": ("fifteenth-faq-questions.jsonl", fifteenth)}
    total = 0
    for name, (fname, raw) in sets.items():
        if a.set and a.set != name:
            continue
        refs = [(i, norm(r), set(norm(r).split()), shown) for i, r, shown in raw]
        hits = 0
        for line in (HERE / fname).read_text(encoding="utf-8").splitlines():
            q = json.loads(line)["q"]
            best = None
            for sent in sentences(q):
                ns = norm(sent)
                ws = set(ns.split())
                if len(ws) < a.min_words:
                    continue
                for rid, nr, wr, shown in refs:
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
                            best = (score, rid, sent, ratio, ov, jac, shown)
            if best:
                hits += 1
                _, rid, sent, ratio, ov, jac, shown = best
                print(f"[{name}] ratio {ratio:.2f} overlap {ov:.2f} jaccard {jac:.2f} ~ {rid}: {sent}")
                if a.show and shown:
                    print(f"      reference: {shown}")
        print(f"{name}: {hits} hits")
        total += hits
    print(f"total: {total} hits")


if __name__ == "__main__":
    main()
