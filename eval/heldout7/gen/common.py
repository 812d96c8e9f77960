"""Shared helpers for the heldout7 generators (throwaway quality).

Each generator holds its questions written by hand as tuples (q, expect, intent, tag) and
writes one jsonl file next to this folder. Run from anywhere:
    python3 eval/heldout7/gen/<clean|chat|requests|seventh>.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]

# Bundled FAQ ids (../shared/eval/faq-ids.tsv), short names.
EX = "export-betriebswechsel"
EF = "export-fehler-andere-ihk"
SB = "standort-anderes-bundesland"
AF = "anwendung-finden"
RC = "registrierungscode"
HA = "seite-zeigt-hallo"
NS = "name-stimmt-nicht"
KZ = "kein-zugriff-trotz-registrierung"
ID = "identnummer-nicht-gefunden"
MR = "mehrere-rollen-eine-email"
MB = "mehrere-betriebsstaetten"
AE = "azubi-entfernen"
AA = "azubi-anlegen"
UG = "user-geloescht-nicht-angezeigt"
UB = "userdaten-bearbeiten"
AFR = "ausbilder-freischalten"
AR = "andere-rolle-asta"
WR = "wer-registriert"
AN = "azubi-nicht-angezeigt"

NC = "name_correction"
DEL = "deletion"
# What a ticket request expects (the entries that tell the user what to send).
NC_IDS = [NS, UB]
DEL_USER = [UG]
DEL_AZUBI = [AE, UG]


def write(name, rows):
    """Write rows (q, expect, intent, tag) to HERE/name.jsonl and print a summary."""
    seen = set()
    out = []
    for q, expect, intent, tag in rows:
        assert q not in seen, f"repeated: {q}"
        seen.add(q)
        assert intent in (None, NC, DEL)
        assert not intent or expect, q
        out.append(json.dumps({"q": q, "expect": list(expect), "intent": intent, "tag": tag},
                              ensure_ascii=False))
    (HERE / f"{name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    n_in = sum(1 for r in rows if r[1])
    en = sum(1 for r in rows if r[3].split("+")[0] == "en" or "+en" in r[3])
    nc = sum(1 for r in rows if r[2] == NC)
    de = sum(1 for r in rows if r[2] == DEL)
    print(f"{name}: {len(rows)} lines, {n_in} in scope, {len(rows) - n_in} out of scope, "
          f"intent {nc + de} ({nc} name_correction / {de} deletion), English {en} "
          f"({100 * en / len(rows):.0f} %)")
