import json, pathlib
OUT = pathlib.Path("/work/main/eval/heldout5")
EB="export-betriebswechsel"; EF="export-fehler-andere-ihk"; SB="standort-anderes-bundesland"
AF="anwendung-finden"; RC="registrierungscode"; HA="seite-zeigt-hallo"; NS="name-stimmt-nicht"
KZ="kein-zugriff-trotz-registrierung"; ID="identnummer-nicht-gefunden"; MR="mehrere-rollen-eine-email"
MB="mehrere-betriebsstaetten"; AE="azubi-entfernen"; AA="azubi-anlegen"; UG="user-geloescht-nicht-angezeigt"
UB="userdaten-bearbeiten"; FR="ausbilder-freischalten"; AR="andere-rolle-asta"; WR="wer-registriert"
AN="azubi-nicht-angezeigt"
NC="name_correction"; DEL="deletion"

def write(name, rows):
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for q, exp, intent, tag in rows:
            if isinstance(exp, str):
                exp = [exp]
            f.write(json.dumps({"q": q, "expect": exp, "intent": intent, "tag": tag}, ensure_ascii=False) + "\n")
