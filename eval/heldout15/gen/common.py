"""Shared helpers for the heldout15 generators: id aliases and the request -> ids mapping.

Every question is hand-written in the generator files; this module only expands the short
codes used there and writes the JSONL lines (the same helper approach and the same mapping as
heldout14's gen/common.py (itself copied from heldout13's), copied on purpose; only the
fourteenth FAQ's aliases were replaced by the fifteenth's).

Row format: (q, codes, tag). `codes` is a space-separated list:
  entry aliases (EX, EF, ...) -> those entries are expected (intent null);
  NC -> intent name_correction, expects name-stimmt-nicht and userdaten-bearbeiten;
  DU -> intent deletion of a user, expects user-geloescht-nicht-angezeigt;
  DA -> intent deletion of an apprentice, expects azubi-entfernen and user-geloescht-nicht-angezeigt;
  "" -> out of scope (expect []).
A request code may be combined with entry aliases (a message with a request and a second
question): the request's intent, the request's ids and the other ids.
For the fifteenth FAQ the FIFTEENTH aliases are used and no request codes exist (no intents
there).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

ALIAS = {
    "EX": "export-betriebswechsel",
    "EF": "export-fehler-andere-ihk",
    "SB": "standort-anderes-bundesland",
    "AF": "anwendung-finden",
    "RC": "registrierungscode",
    "HA": "seite-zeigt-hallo",
    "NS": "name-stimmt-nicht",
    "KZ": "kein-zugriff-trotz-registrierung",
    "ID": "identnummer-nicht-gefunden",
    "MR": "mehrere-rollen-eine-email",
    "MB": "mehrere-betriebsstaetten",
    "AE": "azubi-entfernen",
    "AA": "azubi-anlegen",
    "UG": "user-geloescht-nicht-angezeigt",
    "UB": "userdaten-bearbeiten",
    "FR": "ausbilder-freischalten",
    "AR": "andere-rolle-asta",
    "WR": "wer-registriert",
    "AN": "azubi-nicht-angezeigt",
}

# The invented fifteenth FAQ: "Gründungsservice online" (IHK Nordheide).
FIFTEENTH = {
    "EB": "erstberatung-buchen",
    "BP": "businessplan-check",
    "GS": "gruendungsseminare",
    "NE": "nebenerwerb",
    "SZ": "stellungnahme-gruendungszuschuss",
    "SA": "stellungnahme-aufenthalt",
    "FM": "foerdermittel-finanzierung",
    "UL": "unterlagen-checkliste",
    "GA": "gewerbeanmeldung-hinweise",
    "NB": "nachfolgeboerse",
    "KO": "kosten-gebuehren",
    "GP": "gruenderportal-konto",
    "DS": "datenschutz-vertraulichkeit",
    "KT": "kontakt-gruendungsservice",
}

REQUEST = {
    "NC": ("name_correction", ["NS", "UB"]),
    "DU": ("deletion", ["UG"]),
    "DA": ("deletion", ["AE", "UG"]),
}


def expand(codes, alias=ALIAS, requests=True):
    intent, expect = None, []
    for c in codes.split():
        if requests and c in REQUEST:
            assert intent is None, f"two requests in one line: {codes}"
            intent, ids = REQUEST[c]
        else:
            ids = [c]
        for i in ids:
            full = alias[i]
            if full not in expect:
                expect.append(full)
    return expect, intent


def write(name, rows, alias=ALIAS, requests=True):
    seen = set()
    out = []
    for q, codes, tag in rows:
        q = " ".join(q.split())
        assert q not in seen, f"duplicate: {q}"
        seen.add(q)
        expect, intent = expand(codes, alias, requests)
        out.append(json.dumps({"q": q, "expect": expect, "intent": intent, "tag": tag},
                              ensure_ascii=False))
    (HERE / f"{name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    n_in = sum(1 for _, c, _ in rows if c.strip())
    n_en = sum(1 for _, _, t in rows if "en" in t.split("+"))
    intents = [c for _, c, _ in rows if set(c.split()) & set(REQUEST)] if requests else []
    n_nc = sum(1 for c in intents if "NC" in c.split())
    n_two = sum(1 for _, _, t in rows if "two-questions" in t.split("+"))
    n_long = sum(1 for q, _, _ in rows if len(" ".join(q.split())) >= 500)
    print(f"{name}.jsonl: {len(out)} lines, {n_in} in scope, {len(out) - n_in} out of scope, "
          f"English {n_en} ({100 * n_en / len(out):.1f} %), with intent {len(intents)} "
          f"({n_nc} / {len(intents) - n_nc}), two questions {n_two}, 500+ characters {n_long}")
