# One-off writer for eval/train/train3-check.jsonl: intent requests and procedure questions
# written after the intent lexicons (search-index/src/intent.rs) were drafted and measured once
# on them, untuned, as a check of how the rules generalise (see eval/README.md). Not a
# held-out set: it is training data from then on.
import json

N = None
NS = "name-stimmt-nicht"; UD = "userdaten-bearbeiten"; AE = "azubi-entfernen"; UG = "user-geloescht-nicht-angezeigt"
NC = "name_correction"; DL = "deletion"
NAME = [NS, UD]
DEL = [AE, UG]

rows = [
    # deletion requests
    ("Unsere Azubine hat zum 31. gekündigt. Löschen Sie bitte ihr Konto.", DEL, DL, "statement"),
    ("Kann man den Zugang von unserem alten Lehrling bitte entfernen?", DEL, DL, "request"),
    ("Wie schmeiße ich einen ehemaligen Mitarbeiter aus dem Self Service Portal?", DEL, DL, "howto"),
    ("Unser Azubi ist nicht mehr da – bitte aus der Liste nehmen", DEL, DL, "statement"),
    ("Ich bitte um Löschung des Benutzers Lukas Brandt.", DEL, DL, "request"),
    ("Remove the former trainee from our account list please", DEL, DL, "en"),
    ("Could you delete the duplicate user we created by mistake?", DEL, DL, "en"),
    ("How can I remove an apprentice who left us in March?", DEL, DL, "en"),
    ("loeschen vom azubi bitte", DEL, DL, "typo"),
    ("acount von ausbilder entfernen", DEL, DL, "typo"),
    ("Der User ist doppelt drin, einen davon bitte löschen", DEL, DL, "request"),
    ("Hallo, die Ausbildung unserer Auszubildenden endete vorzeitig. Wir möchten sie aus dem SSP löschen. Gruß, Team Ausbildung", DEL, DL, "chat"),
    ("Hi team, please remove Ahmed from our SSP, he finished his apprenticeship. Thanks, Clara", DEL, DL, "chat"),
    ("Wie lösche ich einen Ausbilder, der nicht mehr bei uns ist?", DEL, DL, "howto"),
    ("Den Benutzer bitte deaktivieren und entfernen.", DEL, DL, "request"),
    ("Unser Ex-Azubi steht noch im Portal. Wie kriege ich den da weg?", DEL, DL, "howto"),
    ("Bitte entfernt den Account von Herrn Krüger", DEL, DL, "request"),
    ("Ich möchte den Nutzer meines ehemaligen Kollegen löschen.", DEL, DL, "request"),
    # correction requests
    ("Bitte ändern Sie meinen Vornamen von Mike zu Maik.", NAME, NC, "request"),
    ("In meinem Account steht ein falscher Nachname.", NAME, NC, "statement"),
    ("Nach der Hochzeit hat sich mein Name geändert, bitte anpassen.", NAME, NC, "statement"),
    ("Können Sie den Namen unserer Auszubildenden korrigieren? Da fehlt ein h.", NAME, NC, "request"),
    ("My surname is wrong in the SSP, could you correct it?", NAME, NC, "en"),
    ("Please update the e-mail address of our instructor", [UD], NC, "en"),
    ("Wie lasse ich die falsche E-Mail-Adresse eines Ausbilders ändern?", [UD], NC, "howto"),
    ("nachname falsch geschriben bitte ändern", NAME, NC, "typo"),
    ("vorname fehlt im acount", NAME, NC, "typo"),
    ("Der Name im Portal stimmt nicht mit meinem Ausweis überein.", NAME, NC, "statement"),
    ("Guten Tag, ich bin Ausbilderin bei der Holz GmbH. Der Nachname unseres Azubis ist falsch hinterlegt, bitte korrigieren. MfG Petra", NAME, NC, "chat"),
    ("Hey, my middle name is missing in the portal. Can you add it? Cheers, Lena", NAME, NC, "chat"),
    ("Ich heiße seit der Heirat Becker. Wie wird das im Portal geändert?", NAME, NC, "statement"),
    ("Die Adresse eines Users ist veraltet, bitte aktualisieren.", [UD], NC, "request"),
    ("Bei mir steht Muller statt Müller, bitte korrigieren", NAME, NC, "request"),
    ("Ich brauche eine Änderung meines Nachnamens.", NAME, NC, "request"),
    # procedure questions (no request)
    ("Wie lange braucht die IT für eine Löschung?", DEL, N, "procedure"),
    ("Kostet die Korrektur eines Namens etwas?", NAME, N, "procedure"),
    ("Wer kann die E-Mail-Adresse eines Users ändern?", [UD], N, "procedure"),
    ("Wann werden ehemalige Azubis automatisch gelöscht?", [AE], N, "procedure"),
    ("Was passiert mit dem Account, wenn der Azubi gelöscht wird?", DEL, N, "procedure"),
    ("How long until my name is corrected?", NAME, N, "procedure"),
    ("Who may remove users from the self service portal?", DEL, N, "procedure"),
    ("Is there a deadline for deleting apprentices?", DEL, N, "procedure"),
    ("Wie lange dauert es, einen Benutzer zu entfernen?", DEL, N, "procedure"),
    ("Wer ist für das Löschen von Azubis verantwortlich?", DEL, N, "procedure"),
    ("Werden Namen automatisch an den Vertrag angepasst?", NAME, N, "procedure"),
    ("Bis wann kann ich die Namenskorrektur beantragen?", NAME, N, "procedure"),
    ("Gibt es Gebühren für das Löschen eines Users?", DEL, N, "procedure"),
    ("Was passiert nach der Namensänderung mit meinen Berichten?", NAME, N, "procedure"),
    ("Wann bekomme ich Bescheid, dass mein Name korrigiert ist?", NAME, N, "procedure"),
    ("Hallo, wie lange dauert die Löschung eines Users ungefähr? Danke, Tim", DEL, N, "procedure_chat"),
    ("Wird das Berichtsheft gelöscht, wenn ich den Azubi entferne?", [AE], N, "procedure"),
    ("löschfristen berichtsheft", [AE], N, "procedure"),
    ("How much does a deletion cost?", DEL, N, "procedure"),
    ("Darf ich Azubis selbst aus dem SSP entfernen?", DEL, N, "procedure"),
    ("Wie lange bleibt ein gelöschter User noch sichtbar?", [UG], N, "procedure"),
    ("Wer korrigiert falsch geschriebene Namen?", NAME, N, "procedure"),
]

with open("eval/train/train3-check.jsonl", "w", encoding="utf-8") as f:
    for q, e, i, t in rows:
        f.write(json.dumps({"q": q, "expect": e, "intent": i, "tag": t}, ensure_ascii=False) + "\n")
print(len(rows))
