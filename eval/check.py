#!/usr/bin/env python3
"""Check a held-out folder (eval/heldout2, eval/heldout3, eval/heldout4, …) before it is run.

Question sets (clean.jsonl, chat.jsonl, requests.jsonl about the bundled FAQ; NAME-questions.jsonl
about a FAQ folder NAME/ beside them, e.g. third-faq/ or train/faqs/beitragsportal/): one JSON object a line with exactly
q/expect/intent/tag, a non-empty q and tag, every id known (the bundled FAQ's from
../shared/eval/faq-ids.tsv, another FAQ's from its entries), intent null|name_correction|deletion
(and only on bundled-FAQ questions, with an expected entry), no question twice in a file
(score.py matches predictions by "q") nor in two of the bundled-FAQ files. A FAQ folder's entries: TOML front matter with known
fields, id = file name, a section of its sections.toml, 2–3 alternatives, English question and
answer, no id of the bundled FAQ. It does not replace `helpdesk faq check DIR/NAME`.

usage: eval/check.py DIR [FAQ_IDS_TSV]
"""
import json
import pathlib
import sys
import tomllib

if len(sys.argv) < 2:
    sys.exit(__doc__)
here = pathlib.Path(sys.argv[1]).resolve()
repo = pathlib.Path(__file__).resolve().parents[1]
ids_path = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else repo.parent / "shared/eval/faq-ids.tsv"
if not ids_path.exists():  # in a git worktree ../shared sits next to the worktrees folder
    ids_path = repo.parents[1] / "shared/eval/faq-ids.tsv"
lines = ids_path.read_text(encoding="utf-8").splitlines()[1:]
seed_ids = {line.split("\t")[0] for line in lines if line.strip()}
errors = 0

ALLOWED = {"id", "section", "question", "alternatives", "tags", "audience", "link", "link_title",
           "ticket", "en"}


def faq_ids(faq_dir):
    """The entry ids of a FAQ folder, printing the problems of its files."""
    global errors
    sections = {s["id"] for s in
                tomllib.loads((faq_dir / "sections.toml").read_text(encoding="utf-8"))["section"]}
    ids = set()
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
                if set(fm) - ALLOWED:
                    problems.append(f"unknown fields {sorted(set(fm) - ALLOWED)}")
                if f"{fm.get('id')}.md" != md.name:
                    problems.append("file name does not match id")
                if fm.get("section") not in sections:
                    problems.append(f"section {fm.get('section')!r} not in sections.toml")
                if not 2 <= len(fm.get("alternatives", [])) <= 3:
                    problems.append("want 2-3 alternatives")
                en = fm.get("en", {})
                if set(en) - {"question", "answer", "alternatives"} or not en.get("question") \
                        or not en.get("answer"):
                    problems.append("[en] needs question and answer")
                if not fm.get("question") or not body.strip():
                    problems.append("empty question or German answer")
                if fm.get("id") in seed_ids:
                    problems.append("id clashes with a seed FAQ id")
                ids.add(fm.get("id"))
        for p in problems:
            print(f"{faq_dir.name}/{md.name}: {p}")
        errors += len(problems)
    print(f"{faq_dir.name}: {len(ids)} entries, {len(sections)} sections")
    return ids


sets = [(name, seed_ids, True) for name in ("clean", "chat", "requests")
        if (here / f"{name}.jsonl").exists()]
# Every FAQ folder (a folder with a sections.toml) and the questions about it, NAME-questions.jsonl.
for faq_dir in sorted(p for p in here.iterdir() if p.is_dir() and (p / "sections.toml").exists()):
    sets.append((f"{faq_dir.name}-questions", faq_ids(faq_dir), False))

in_bundled_sets = {}
for name, ids, bundled in sets:
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
        if d.get("intent") and not bundled:
            problems.append("intent label on a question about another FAQ")
        if d.get("intent") and not exp:
            problems.append("a ticket request must expect an entry")
        if not isinstance(d.get("tag"), str) or not d.get("tag"):
            problems.append("no tag")
        if d.get("q") in seen:
            problems.append("question repeated")
        elif bundled and in_bundled_sets.get(d.get("q"), name) != name:
            problems.append(f"question also in {in_bundled_sets[d.get('q')]}.jsonl")
        seen.add(d.get("q"))
        if bundled:
            in_bundled_sets[d.get("q")] = name
        for p in problems:
            print(f"{where}: {p}")
        errors += len(problems)
        n += 1
        oos += not exp
        labelled += bool(d.get("intent"))
    print(f"{name}: {n} lines, {n - oos} in scope, {oos} out of scope, {labelled} with an intent")
print(f"{errors} problem(s)")
sys.exit(1 if errors else 0)
