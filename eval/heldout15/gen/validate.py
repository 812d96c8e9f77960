"""Final check of heldout15 (adapted from heldout14's validate.py): valid JSON with exactly
{q, expect, intent, tag}, every expected id exists (bundled ids from the entry file names in
faq/data/, fifteenth-FAQ ids from the entry file names in fifteenth-faq/), counts as in the README
table, no duplicate q (within and across the files, and none equal to a heldout13 or heldout14
question, taken from the ROWS lists of their gen/ scripts), intents only on bundled-FAQ questions and
consistent with the request -> ids mapping, tags from the vocabulary and consistent with the
text (oos <-> expect [], long <-> 500+ characters, noumlaut without umlauts, lower without
capitals, two-questions with two ids or more), every entry covered, the fifteenth FAQ's
entries with the expected front matter, 4 sections, no vocabulary or synonym file.

  python3 eval/heldout15/gen/validate.py
"""
import ast
import collections
import json
import pathlib
import re
import tomllib

HERE = pathlib.Path(__file__).resolve().parent.parent
REPO = HERE.parent.parent
BUNDLED = {p.stem for p in (REPO / "faq" / "data").glob("*.md")}
FAQ15 = HERE / "fifteenth-faq"
FIFTEENTH = {p.stem for p in FAQ15.glob("*.md")}
OLDER = {"heldout13": ("clean", "chat", "requests", "thirteenth"),
         "heldout14": ("clean", "chat", "requests", "fourteenth")}
TAGS = set("""full keywords colloquial typo noumlaut lower en oos smalltalk thanks greeting name
self-intro company signature phone email question-first two-questions long chat plea statement
indirect howto general concrete symptom who-may duration deadline details address manual adding
afterwards cost contract non-user-data other-service berichtsheft deactivate restore overlap
initial-exam""".split())
# file: (lines, in scope, out of scope, with intent, name_correction, deletion)
TABLE = {
    "clean.jsonl": (165, 133, 32, 20, 11, 9),
    "chat.jsonl": (120, 92, 28, 21, 11, 10),
    "requests.jsonl": (85, 70, 15, 50, 25, 25),
    "fifteenth-faq-questions.jsonl": (95, 76, 19, 0, 0, 0),
}
EN_SHARE = (25.0, 32.0)  # per cent of lines tagged en, per file


def older_questions():
    """Questions of heldout13 and heldout14, from the ROWS lists of their generator scripts."""
    qs = {}
    for folder, names in OLDER.items():
        for name in names:
            tree = ast.parse((HERE.parent / folder / "gen" / f"{name}.py").read_text(encoding="utf-8"))
            for node in tree.body:
                if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "ROWS" for t in node.targets):
                    for q, _, _ in ast.literal_eval(node.value):
                        qs[" ".join(q.lower().split())] = folder
    return qs


problems = []
if not BUNDLED or "name-stimmt-nicht" not in BUNDLED:
    problems.append("faq/data: bundled entries not found")
OLDQ = older_questions()
if len(set(OLDQ.values())) != 2:
    problems.append("heldout13/heldout14 generator ROWS not found")
seen = {}
for fname, (n, n_in, n_out, n_int, n_nc, n_del) in TABLE.items():
    ids = FIFTEENTH if fname.startswith("fifteenth") else BUNDLED
    rows = []
    for i, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{fname}:{i}: invalid JSON ({e})")
            continue
        if list(d) != ["q", "expect", "intent", "tag"]:
            problems.append(f"{fname}:{i}: keys {list(d)}")
            continue
        q = d["q"]
        if not isinstance(q, str) or not q.strip() or q != " ".join(q.split()):
            problems.append(f"{fname}:{i}: empty or badly spaced q")
        if not isinstance(d["expect"], list):
            problems.append(f"{fname}:{i}: expect is not a list")
        for e in d["expect"]:
            if e not in ids:
                problems.append(f"{fname}:{i}: unknown id {e}")
        if len(set(d["expect"])) != len(d["expect"]):
            problems.append(f"{fname}:{i}: repeated id")
        if d["intent"] not in (None, "name_correction", "deletion"):
            problems.append(f"{fname}:{i}: intent {d['intent']}")
        if d["intent"] and ids is FIFTEENTH:
            problems.append(f"{fname}:{i}: intent on a fifteenth-FAQ question")
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
        if len(set(tags)) != len(tags):
            problems.append(f"{fname}:{i}: repeated tag")
        if ("oos" in tags) != (not d["expect"]):
            problems.append(f"{fname}:{i}: oos tag and expect disagree")
        if ("long" in tags) != (len(q) >= 500):
            problems.append(f"{fname}:{i}: long tag and length ({len(q)}) disagree")
        if "noumlaut" in tags and re.search("[äöüÄÖÜß]", q):
            problems.append(f"{fname}:{i}: noumlaut line with umlauts")
        if "lower" in tags and re.search("[A-ZÄÖÜ]", q):
            problems.append(f"{fname}:{i}: lower line with capitals")
        if "two-questions" in tags and d["expect"] and len(d["expect"]) < 2:
            problems.append(f"{fname}:{i}: two-questions with one id")
        key = " ".join(q.lower().split())
        if key in seen:
            problems.append(f"{fname}:{i}: duplicate q (also {seen[key]})")
        if key in OLDQ:
            problems.append(f"{fname}:{i}: same q as a {OLDQ[key]} line")
        seen[key] = f"{fname}:{i}"
        rows.append(d)
    got = (len(rows), sum(1 for d in rows if d["expect"]), sum(1 for d in rows if not d["expect"]),
           sum(1 for d in rows if d["intent"]), sum(1 for d in rows if d["intent"] == "name_correction"),
           sum(1 for d in rows if d["intent"] == "deletion"))
    if got != (n, n_in, n_out, n_int, n_nc, n_del):
        problems.append(f"{fname}: counts {got}, table {(n, n_in, n_out, n_int, n_nc, n_del)}")
    en = sum(1 for d in rows if "en" in d["tag"].split("+"))
    share = 100 * en / max(got[0], 1)
    if not EN_SHARE[0] <= share <= EN_SHARE[1]:
        problems.append(f"{fname}: English {share:.1f} % outside {EN_SHARE}")
    per = collections.Counter(e for d in rows for e in d["expect"])
    missing = sorted(ids - set(per))
    if missing and fname != "requests.jsonl":  # requests cover only the request entries
        problems.append(f"{fname}: entries without a question: {missing}")
    print(f"{fname}: {got[0]} lines, {got[1]} in scope, {got[2]} out, intent {got[3]} "
          f"({got[4]} / {got[5]}), English {en} ({share:.1f} %), "
          f"per entry {min(per.values())}-{max(per.values())}")

# the fifteenth FAQ's entries and sections
sections = {s["id"] for s in tomllib.loads((FAQ15 / "sections.toml").read_text(encoding="utf-8"))["section"]}
if len(sections) != 4:
    problems.append(f"sections.toml: {len(sections)} sections")
if len(FIFTEENTH) != 14:
    problems.append(f"fifteenth-faq: {len(FIFTEENTH)} entries")
used_sections = set()
for p in sorted(FAQ15.glob("*.md")):
    parts = p.read_text(encoding="utf-8").split("+++")
    if len(parts) != 3 or parts[0].strip():
        problems.append(f"{p.name}: not '+++ front matter +++ body'")
        continue
    fm = tomllib.loads(parts[1])
    body = parts[2].strip()
    used_sections.add(fm.get("section"))
    ok = (fm.get("id") == p.stem and fm.get("section") in sections and fm.get("question")
          and len(fm.get("alternatives", [])) == 3 and fm.get("tags") and fm.get("en", {}).get("question")
          and fm.get("en", {}).get("answer", "").strip() and len(fm.get("en", {}).get("alternatives", [])) == 2
          and body)
    if not ok:
        problems.append(f"{p.name}: front matter or body incomplete")
    extra = set(fm) - {"id", "section", "question", "alternatives", "tags", "en"}
    if extra:
        problems.append(f"{p.name}: unexpected keys {sorted(extra)}")
if used_sections != sections:
    problems.append(f"sections without entries: {sorted(sections - used_sections)}")
print(f"fifteenth-faq: {len(FIFTEENTH)} entries, {len(sections)} sections")
for p in FAQ15.iterdir():
    if p.name.startswith(("vocabulary", "synonyms", "stopwords")) or p.suffix not in (".md", ".toml"):
        problems.append(f"fifteenth-faq: an unexpected or vocabulary-like file exists ({p.name})")
    if p.suffix == ".toml" and p.name != "sections.toml":
        problems.append(f"fifteenth-faq: an unexpected toml file ({p.name})")

print("\n".join(problems) if problems else "0 problems")
