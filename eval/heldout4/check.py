#!/usr/bin/env python3
"""Check the heldout4 sets: one JSON object a line with exactly q/expect/intent/tag, every id known,
no question twice within a file (score.py matches predictions by "q").

clean/chat/requests: ids from ../shared/eval/faq-ids.tsv; intent null|name_correction|deletion.
fourth-faq-questions: ids from the fourth-faq/*.md entries (their `id = "..."` line); intent null.
Also checks that each fourth-faq entry's file name equals its id and its section is listed in
fourth-faq/sections.toml (the real loader check is `helpdesk faq check`, run by the lead).

usage: eval/heldout4/check.py [FAQ_IDS_TSV]
"""
import json
import pathlib
import re
import sys

here = pathlib.Path(__file__).resolve().parent
ids_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parents[2] / "shared/eval/faq-ids.tsv"
if not ids_path.exists():  # in a git worktree ../shared sits next to the worktrees folder
    ids_path = here.parents[3] / "shared/eval/faq-ids.tsv"
lines = ids_path.read_text(encoding="utf-8").splitlines()[1:]
ids = {line.split("\t")[0] for line in lines if line.strip()}
errors = 0

faq4 = here / "fourth-faq"
sections_text = (faq4 / "sections.toml").read_text(encoding="utf-8")
sections = set(re.findall(r'^id = "([^"]+)"', sections_text, re.M))
ids4 = set()
for md in sorted(faq4.glob("*.md")):
    text = md.read_text(encoding="utf-8")
    m = re.search(r'^id = "([^"]+)"', text, re.M)
    s = re.search(r'^section = "([^"]+)"', text, re.M)
    if not text.startswith("+++\n") or text.count("\n+++\n") < 1 or not m:
        print(f"{md.name}: bad front matter")
        errors += 1
        continue
    if m.group(1) != md.stem:
        print(f"{md.name}: id {m.group(1)!r} differs from file name")
        errors += 1
    if not s or s.group(1) not in sections:
        print(f"{md.name}: section not in sections.toml")
        errors += 1
    ids4.add(m.group(1))
print(f"fourth-faq: {len(ids4)} entries, {len(sections)} sections")

for name, known, intents in (
    ("clean", ids, (None, "name_correction", "deletion")),
    ("chat", ids, (None, "name_correction", "deletion")),
    ("requests", ids, (None, "name_correction", "deletion")),
    ("fourth-faq-questions", ids4, (None,)),
):
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
        if not isinstance(exp, list) or any(e not in known for e in exp) or len(set(exp)) != len(exp):
            problems.append(f"expect {exp!r}")
        if d.get("intent") not in intents:
            problems.append(f"intent {d.get('intent')!r}")
        if d.get("intent") and not exp:
            problems.append("intent on an out-of-scope line")
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
    print(f"{name}: {n} lines, {n - oos} in scope, {oos} out of scope, {labelled} with intent")
print(f"{len(ids)} ids known; {errors} problem(s)")
sys.exit(1 if errors else 0)
