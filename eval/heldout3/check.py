#!/usr/bin/env python3
"""Check the heldout3 sets: one JSON object a line with exactly q/expect/intent/tag, no question twice
in a file (score.py matches predictions by "q"). clean/chat/requests ids must be in
../shared/eval/faq-ids.tsv; third-faq-questions ids must be entries of third-faq/. Also checks the
third-faq folder's shape (front matter fields, id = file name, sections in sections.toml). It does
not replace `helpdesk faq check eval/heldout3/third-faq`, which the lead runs.

usage: eval/heldout3/check.py [FAQ_IDS_TSV]
"""
import json
import pathlib
import sys
import tomllib

here = pathlib.Path(__file__).resolve().parent
ids_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parents[2] / "shared/eval/faq-ids.tsv"
if not ids_path.exists():  # in a git worktree ../shared sits next to the worktrees folder
    ids_path = here.parents[3] / "shared/eval/faq-ids.tsv"
lines = ids_path.read_text(encoding="utf-8").splitlines()[1:]
seed_ids = {line.split("\t")[0] for line in lines if line.strip()}
errors = 0

# --- third-faq folder -------------------------------------------------------------------------
faq_dir = here / "third-faq"
sections = {s["id"] for s in tomllib.loads((faq_dir / "sections.toml").read_text(encoding="utf-8"))["section"]}
allowed = {"id", "section", "question", "alternatives", "tags", "audience", "link", "link_title", "ticket", "en"}
third_ids = set()
for md in sorted(faq_dir.glob("*.md")):
    text = md.read_text(encoding="utf-8")
    problems = []
    if not text.startswith("+++\n") or "\n+++\n" not in text[4:]:
        problems.append("front matter fences")
    else:
        front, body = text[4:].split("\n+++\n", 1)
        try:
            fm = tomllib.loads(front)
        except tomllib.TOMLDecodeError as e:
            problems.append(f"TOML: {e}")
            fm = {}
        if fm:
            if set(fm) - allowed:
                problems.append(f"unknown fields {sorted(set(fm) - allowed)}")
            if fm.get("id") + ".md" != md.name:
                problems.append("file name does not match id")
            if fm.get("section") not in sections:
                problems.append(f"section {fm.get('section')!r} not in sections.toml")
            if not 2 <= len(fm.get("alternatives", [])) <= 3:
                problems.append("want 2-3 alternatives")
            en = fm.get("en", {})
            if set(en) - {"question", "answer", "alternatives"} or not en.get("question") or not en.get("answer"):
                problems.append("[en] needs question and answer")
            if not fm.get("question") or not body.strip():
                problems.append("empty question or German answer")
            if fm.get("id") in seed_ids:
                problems.append("id clashes with a seed FAQ id")
            third_ids.add(fm.get("id"))
    for p in problems:
        print(f"third-faq/{md.name}: {p}")
    errors += len(problems)
print(f"third-faq: {len(third_ids)} entries, {len(sections)} sections")

# --- question sets ----------------------------------------------------------------------------
for name, ids in (("clean", seed_ids), ("chat", seed_ids), ("requests", seed_ids),
                  ("third-faq-questions", third_ids)):
    path = here / f"{name}.jsonl"
    n = oos = labelled = 0
    seen = set()
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{no}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"{where}: not JSON ({e})")
            errors += 1
            continue
        problems = []
        if set(d) != {"q", "expect", "intent", "tag"}:
            problems.append(f"fields {sorted(d)}")
        if not isinstance(d.get("q"), str) or not d.get("q", "").strip():
            problems.append("empty q")
        exp = d.get("expect")
        if not isinstance(exp, list) or any(e not in ids for e in exp) or len(set(exp)) != len(exp):
            problems.append(f"expect {exp!r}")
        if d.get("intent") not in (None, "name_correction", "deletion"):
            problems.append(f"intent {d.get('intent')!r}")
        # Intents follow the dev set's convention (README: "Intent relabelled"): how-tos,
        # keywords and the two symptoms carry one in clean and chat too; the third FAQ has none.
        if d.get("intent") and name.startswith("third-faq"):
            problems.append("intent label on a third-FAQ question")
        if d.get("intent") and not exp:
            problems.append("a ticket request must expect an entry")
        if not isinstance(d.get("tag"), str) or not d.get("tag"):
            problems.append("no tag")
        if d.get("q") in seen:
            problems.append("question repeated")
        seen.add(d.get("q"))
        for p in problems:
            print(f"{where}: {p}")
        errors += len(problems)
        n += 1
        oos += not exp
        labelled += bool(d.get("intent"))
    print(f"{name}: {n} lines, {n - oos} in scope, {oos} out of scope, {labelled} with an intent")
print(f"{len(seed_ids)} seed ids, {len(third_ids)} third-faq ids known; {errors} problem(s)")
sys.exit(1 if errors else 0)
