"""Near-copy pass for the heldout12 question sets (written anew for this set).

Every question, and every sentence in it, is compared with the entries' own questions and
alternatives (German and English): the bundled entries (faq/data) for clean/chat/requests,
twelfth-faq/ for twelfth-faq-questions. A hit is a difflib ratio >= --ratio, or a word overlap
(shared words / words of the shorter text) >= --overlap together with a Jaccard >= --jaccard.

usage: python3 eval/heldout12/gen/nearcopy.py [--ratio 0.72] [--overlap 0.75] [--jaccard 0.5]
       [--set clean|chat|requests|twelfth-faq-questions] [--min-words 3]
"""
import argparse
import difflib
import json
import pathlib
import re
import tomllib

HERE = pathlib.Path(__file__).resolve().parent.parent
BUNDLED = HERE.parent.parent / "faq" / "data"
TWELFTH = HERE / "twelfth-faq"
SETS = {"clean": BUNDLED, "chat": BUNDLED, "requests": BUNDLED,
        "twelfth-faq-questions": TWELFTH}


def norm(text):
    text = text.lower().replace("ß", "ss")
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(a, b)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def entry_texts(folder):
    out = []
    for md in sorted(folder.glob("*.md")):
        front = md.read_text(encoding="utf-8")[4:].split("\n+++\n", 1)[0]
        fm = tomllib.loads(front)
        en = fm.get("en", {})
        for t in [fm["question"], *fm.get("alternatives", []), en.get("question", ""),
                  *en.get("alternatives", [])]:
            if t:
                out.append((fm["id"], t, norm(t), set(norm(t).split())))
    return out


def pieces(q, min_words):
    parts = [q] + [s for s in re.split(r"(?<=[.!?])\s+|\n+", q) if s.strip()]
    seen, out = set(), []
    for p in parts:
        n = norm(p)
        if n and n not in seen and len(n.split()) >= min_words:
            seen.add(n)
            out.append((p.strip(), n, set(n.split())))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ratio", type=float, default=0.72)
    ap.add_argument("--overlap", type=float, default=0.75)
    ap.add_argument("--jaccard", type=float, default=0.5)
    ap.add_argument("--set", choices=sorted(SETS))
    ap.add_argument("--min-words", type=int, default=3)
    a = ap.parse_args()
    total = 0
    for name, folder in SETS.items():
        if a.set and name != a.set:
            continue
        path = HERE / f"{name}.jsonl"
        if not path.exists():
            continue
        texts = entry_texts(folder)
        hits = []
        for line in path.read_text(encoding="utf-8").splitlines():
            q = json.loads(line)["q"]
            best = None
            for piece, n, words in pieces(q, a.min_words):
                for eid, t, tn, tw in texts:
                    r = difflib.SequenceMatcher(None, n, tn).ratio()
                    shared = len(words & tw)
                    ov = shared / max(min(len(words), len(tw)), 1)
                    jac = shared / max(len(words | tw), 1)
                    if r >= a.ratio or (ov >= a.overlap and jac >= a.jaccard):
                        key = max(r, jac)
                        if best is None or key > best[0]:
                            best = (key, r, ov, jac, piece, eid, t)
            if best:
                hits.append(best)
        hits.sort(reverse=True)
        for _, r, ov, jac, piece, eid, t in hits:
            print(f"{name}: ratio {r:.2f} overlap {ov:.2f} jaccard {jac:.2f}\n"
                  f"   {piece!r}\n   ~ {eid}: {t!r}")
        print(f"{name}: {len(hits)} question(s) with a hit")
        total += len(hits)
    print(f"{total} hit(s) at ratio {a.ratio}, overlap {a.overlap} with Jaccard {a.jaccard}")


if __name__ == "__main__":
    main()
