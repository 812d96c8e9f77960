#!/usr/bin/env python3
"""Check the heldout2 sets: one JSON object a line with exactly q/expect/intent/tag, every id in
../shared/eval/faq-ids.tsv, no question twice (score.py matches predictions by "q").

usage: eval/heldout2/check.py [FAQ_IDS_TSV]
"""
import json
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent
ids_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parents[2] / "shared/eval/faq-ids.tsv"
if not ids_path.exists():  # in a git worktree ../shared sits next to the worktrees folder
    ids_path = here.parents[3] / "shared/eval/faq-ids.tsv"
lines = ids_path.read_text(encoding="utf-8").splitlines()[1:]
ids = {line.split("\t")[0] for line in lines if line.strip()}
errors = 0
seen = set()
for name in ("clean", "chat", "requests"):
    path = here / f"{name}.jsonl"
    n = oos = 0
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
    print(f"{name}: {n} lines, {oos} out of scope")
print(f"{len(ids)} ids known; {errors} problem(s)")
sys.exit(1 if errors else 0)
