"""Shared helper for the heldout6 generators: writes one JSON object a line and prints counts.

Each generator holds hand-written rows (q, expect, intent, tag); nothing is sampled or copied
from another set. Run from anywhere: python3 eval/heldout6/gen/<name>.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]

# Expectations of ticket requests: the entries that tell the user what to send.
NAME = ["name-stimmt-nicht", "userdaten-bearbeiten"]          # name / user data correction
DEL_USER = ["user-geloescht-nicht-angezeigt"]                  # delete a user (full name + e-mail)
DEL_AZUBI = ["azubi-entfernen", "user-geloescht-nicht-angezeigt"]  # remove an apprentice


def emit(name, rows):
    out = HERE / f"{name}.jsonl"
    seen = set()
    lines = []
    for q, expect, intent, tag in rows:
        assert q not in seen, f"repeated: {q}"
        seen.add(q)
        lines.append(json.dumps({"q": q, "expect": list(expect), "intent": intent, "tag": tag},
                                ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = len(rows)
    oos = sum(1 for r in rows if not r[1])
    en = sum(1 for r in rows if "en" in r[3].split("+"))
    intents = {}
    for r in rows:
        if r[2]:
            intents[r[2]] = intents.get(r[2], 0) + 1
    print(f"{out.name}: {n} lines, {n - oos} in scope, {oos} oos, en {en} ({en / n:.0%}), "
          f"intents {intents}")
    return rows
