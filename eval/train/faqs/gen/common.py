"""Render invented FAQ folders and question files (one-off helper, not part of the repo)."""
import json
import pathlib

ROOT = pathlib.Path("/work/main/eval/train/faqs")


def s(x):
    return json.dumps(x, ensure_ascii=False)


def lst(xs):
    return "[\n" + "".join(f"    {s(x)},\n" for x in xs) + "]"


def render(e):
    assert '"""' not in e["en_answer"] and "\\" not in e["en_answer"]
    out = ["+++",
           f'id = {s(e["id"])}',
           f'section = {s(e["section"])}',
           f'question = {s(e["question"])}',
           f'alternatives = {lst(e["alternatives"])}',
           "tags = [" + ", ".join(s(t) for t in e["tags"]) + "]",
           "audience = [" + ", ".join(s(a) for a in e["audience"]) + "]",
           "",
           "[en]",
           f'question = {s(e["en_question"])}',
           'answer = """\n' + e["en_answer"].strip() + '\n"""',
           f'alternatives = {lst(e["en_alternatives"])}',
           "+++",
           e["answer"].strip(),
           ""]
    return "\n".join(out)


def write(name, header, sections, entries, questions):
    d = ROOT / name
    d.mkdir(parents=True, exist_ok=True)
    sec = [header.rstrip()]
    for sid, de, en in sections:
        sec.append(f"\n[[section]]\nid = {s(sid)}\nde = {s(de)}\nen = {s(en)}")
    (d / "sections.toml").write_text("\n".join(sec) + "\n", encoding="utf-8")
    ids = set()
    for e in entries:
        assert e["id"] not in ids
        ids.add(e["id"])
        (d / f'{e["id"]}.md').write_text(render(e), encoding="utf-8")
    lines = []
    seen = set()
    for q, expect, tag in questions:
        assert q not in seen, q
        seen.add(q)
        assert all(x in ids for x in expect), (q, expect)
        lines.append(json.dumps({"q": q, "expect": expect, "intent": None, "tag": tag},
                                ensure_ascii=False))
    (ROOT / f"{name}-questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_in = sum(1 for q in questions if q[1])
    per = {i: sum(1 for q in questions if i in q[1]) for i in ids}
    print(name, len(entries), "entries;", len(questions), "questions,", n_in, "in scope,",
          len(questions) - n_in, "oos; en:", sum(1 for q in questions if q[2].startswith("en") or "+en" in q[2]))
    print("  per entry:", sorted(per.values()), min(per.items(), key=lambda kv: kv[1]))
