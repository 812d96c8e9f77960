"""Near-copy pass: every question (and every sentence of it) against the entries' own wording.

Compares the lines of clean/chat/requests.jsonl with the questions and alternatives (German and
English) of faq/data/*.md, and tenth-faq-questions.jsonl with those of tenth-faq/*.md, by
difflib ratio and by word overlap (share of the question sentence's content words found in one
entry string, and Jaccard). Prints the hits above the thresholds; it changes nothing.

usage: python3 eval/heldout10/gen/nearcopy.py [RATIO] [OVERLAP]
"""
import difflib
import json
import pathlib
import re
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent.parent
REPO = HERE.parents[1]
RATIO = float(sys.argv[1]) if len(sys.argv) > 1 else 0.72
OVERLAP = float(sys.argv[2]) if len(sys.argv) > 2 else 0.75
STOP = set("""der die das ein eine einen einem einer und oder ich mein meine meinen meinem wir
unser unsere unseren unserem sie er es ist sind bin hat habe haben im in ins am an auf aus bei
mit für fuer von vom zu zum zur nicht noch schon wie wo was wer wann warum kann können koennen
muss dann auch nur so da den dem des sich mir mich uns ihr ihn
the a an and or i my we our you your is are am to of in on at for with from it be do does can
how what where who why when this that not me us""".split())


def entries(folder):
    out = []
    for md in sorted(folder.glob("*.md")):
        fm = tomllib.loads(md.read_text(encoding="utf-8")[4:].split("\n+++\n", 1)[0])
        texts = [fm["question"], *fm.get("alternatives", [])]
        en = fm.get("en", {})
        texts += [en.get("question", ""), *en.get("alternatives", [])]
        out += [(fm["id"], t) for t in texts if t]
    return out


def norm(s):
    return re.sub(r"[^\wäöüß]+", " ", s.lower()).strip()


def words(s):
    return {w for w in norm(s).split() if w not in STOP and len(w) > 2}


def sentences(q):
    parts = [p for p in re.split(r"(?<=[.?!])\s+|\s+[–-]\s+", q) if len(p.split()) >= 3]
    return [q] + parts if len(parts) > 1 else [q]


def check(jsonl, ents):
    hits = 0
    for line in (HERE / jsonl).read_text(encoding="utf-8").splitlines():
        q = json.loads(line)["q"]
        best = None
        for s in sentences(q):
            ws, ns = words(s), norm(s)
            for eid, t in ents:
                r = difflib.SequenceMatcher(None, ns, norm(t)).ratio()
                wt = words(t)
                cover = len(ws & wt) / len(ws) if ws else 0
                jac = len(ws & wt) / len(ws | wt) if ws | wt else 0
                if r >= RATIO or (cover >= OVERLAP and jac >= 0.5):
                    cand = (r, cover, jac, s, eid, t)
                    if best is None or cand[:3] > best[:3]:
                        best = cand
        if best:
            hits += 1
            r, cover, jac, s, eid, t = best
            print(f"{jsonl}: ratio {r:.2f} cover {cover:.2f} jaccard {jac:.2f}\n  q: {s}\n  {eid}: {t}")
    print(f"{jsonl}: {hits} hit(s)")


if __name__ == "__main__":
    bundled = entries(REPO / "faq/data")
    for name in ("clean.jsonl", "chat.jsonl", "requests.jsonl"):
        check(name, bundled)
    check("tenth-faq-questions.jsonl", entries(HERE / "tenth-faq"))
