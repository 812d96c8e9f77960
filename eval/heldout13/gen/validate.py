"""Final check of heldout13: valid JSON with exactly {q, expect, intent, tag}, every expected id
exists (bundled ids from ../shared/eval/faq-ids.tsv, thirteenth-FAQ ids from the entry file
names), counts as in the README table, no duplicate q (within and across files), intents only on
bundled-FAQ questions and consistent with the request -> ids mapping, tags from the vocabulary,
entries with the expected front matter.

  python3 eval/heldout13/gen/validate.py
"""
import collections
import json
import pathlib
import tomllib

HERE = pathlib.Path(__file__).resolve().parent.parent
IDS = HERE.parent.parent.parent / "shared" / "eval" / "faq-ids.tsv"
BUNDLED = {l.split("\t")[0] for l in IDS.read_text(encoding="utf-8").splitlines()[1:] if l.strip()}
FAQ13 = HERE / "thirteenth-faq"
THIRTEENTH = {p.stem for p in FAQ13.glob("*.md")}
TAGS = set("""full keywords colloquial typo noumlaut lower en oos smalltalk thanks greeting name
self-intro company signature phone email question-first two-questions long chat plea statement
indirect howto general concrete symptom who-may duration deadline details address manual adding
afterwards cost contract non-user-data other-service berichtsheft deactivate restore""".split())
# file: (lines, in scope, out of scope, with intent, name_correction, deletion)
TABLE = {
    "clean.jsonl": (165, 133, 32, 20, 11, 9),
    "chat.jsonl": (120, 92, 28, 21, 11, 10),
    "requests.jsonl": (85, 70, 15, 50, 25, 25),
    "thirteenth-faq-questions.jsonl": (95, 76, 19, 0, 0, 0),
}

problems = []
seen = {}
for fname, (n, n_in, n_out, n_int, n_nc, n_del) in TABLE.items():
    ids = THIRTEENTH if fname.startswith("thirteenth") else BUNDLED
    rows = []
    for i, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{fname}:{i}: invalid JSON ({e})")
            continue
        if list(d) != ["q", "expect", "intent", "tag"]:
            problems.append(f"{fname}:{i}: keys {list(d)}")
        if not isinstance(d["q"], str) or not d["q"].strip():
            problems.append(f"{fname}:{i}: empty q")
        for e in d["expect"]:
            if e not in ids:
                problems.append(f"{fname}:{i}: unknown id {e}")
        if len(set(d["expect"])) != len(d["expect"]):
            problems.append(f"{fname}:{i}: repeated id")
        if d["intent"] not in (None, "name_correction", "deletion"):
            problems.append(f"{fname}:{i}: intent {d['intent']}")
        if d["intent"] and ids is THIRTEENTH:
            problems.append(f"{fname}:{i}: intent on a thirteenth-FAQ question")
        if d["intent"] == "name_correction" and not {"name-stimmt-nicht", "userdaten-bearbeiten"} <= set(d["expect"]):
            problems.append(f"{fname}:{i}: name_correction without its ids")
        if d["intent"] == "deletion" and "user-geloescht-nicht-angezeigt" not in d["expect"]:
            problems.append(f"{fname}:{i}: deletion without user-geloescht-nicht-angezeigt")
        if d["intent"] and not d["expect"]:
            problems.append(f"{fname}:{i}: intent but out of scope")
        tags = d["tag"].split("+")
        for t in tags:
            if t not in TAGS:
                problems.append(f"{fname}:{i}: unknown tag {t}")
        if ("oos" in tags) != (not d["expect"]):
            problems.append(f"{fname}:{i}: oos tag and expect disagree")
        key = " ".join(d["q"].lower().split())
        if key in seen:
            problems.append(f"{fname}:{i}: duplicate q (also {seen[key]})")
        seen[key] = f"{fname}:{i}"
        rows.append(d)
    got = (len(rows), sum(1 for d in rows if d["expect"]), sum(1 for d in rows if not d["expect"]),
           sum(1 for d in rows if d["intent"]), sum(1 for d in rows if d["intent"] == "name_correction"),
           sum(1 for d in rows if d["intent"] == "deletion"))
    if got != (n, n_in, n_out, n_int, n_nc, n_del):
        problems.append(f"{fname}: counts {got}, table {(n, n_in, n_out, n_int, n_nc, n_del)}")
    en = sum(1 for d in rows if "en" in d["tag"].split("+"))
    per = collections.Counter(e for d in rows for e in d["expect"])
    missing = sorted(ids - set(per))
    if missing and fname != "requests.jsonl":  # requests cover only the request entries
        problems.append(f"{fname}: entries without a question: {missing}")
    print(f"{fname}: {got[0]} lines, {got[1]} in scope, {got[2]} out, intent {got[3]} "
          f"({got[4]} / {got[5]}), English {en} ({100 * en / got[0]:.1f} %), "
          f"per entry {min(per.values())}-{max(per.values())}")

# the thirteenth FAQ's entries and sections
sections = {s["id"] for s in tomllib.loads((FAQ13 / "sections.toml").read_text(encoding="utf-8"))["section"]}
if len(sections) != 4:
    problems.append(f"sections.toml: {len(sections)} sections")
if len(THIRTEENTH) != 14:
    problems.append(f"thirteenth-faq: {len(THIRTEENTH)} entries")
for p in sorted(FAQ13.glob("*.md")):
    parts = p.read_text(encoding="utf-8").split("+++")
    fm = tomllib.loads(parts[1])
    body = parts[2].strip()
    ok = (fm["id"] == p.stem and fm["section"] in sections and fm["question"] and len(fm["alternatives"]) == 3
          and fm["tags"] and fm["en"]["question"] and fm["en"]["answer"].strip()
          and len(fm["en"]["alternatives"]) == 2 and body)
    if not ok:
        problems.append(f"{p.name}: front matter or body incomplete")
print(f"thirteenth-faq: {len(THIRTEENTH)} entries, {len(sections)} sections")
if (HERE / "thirteenth-faq").joinpath("vocabulary.toml").exists():
    problems.append("thirteenth-faq: a vocabulary file exists")

print("\n".join(problems) if problems else "0 problems")
