"""heldout15 requests.jsonl: 50 ticket requests (25 name_correction, 25 deletion: 14 of a user,
11 of an apprentice), 20 procedure questions the FAQ answers (intent null) and 15 near misses out
of scope (intent null). Written by hand; run to rewrite ../requests.jsonl."""
from common import write

ROWS = [
    # name_correction (25)
    ("Könnten Sie den Familiennamen unserer Auszubildenden bitte auf 'Meier' mit e-i umstellen? Im Portal steht 'Maier'.", "NC", "plea"),
    ("Im Portal ist bei mir das 'é' in René einfach weggefallen.", "NC", "statement"),
    ("Uns wäre geholfen, wenn der falsch erfasste Vorname unseres Ausbilders angepasst werden könnte.", "NC", "indirect"),
    ("Welcher Weg führt zu einer Änderung von Benutzerdaten im SSP?", "NC", "howto+general"),
    ("Wie bekomme ich den Nachnamen meiner Kollegin Frau Çelik im Portal richtig hinterlegt?", "NC", "howto+concrete"),
    ("benutzername falsch ssp korrektur", "NC", "keywords+lower"),
    ("Login-Fehler: Vertragsname und Kontoname verschieden", "NC", "keywords+symptom"),
    ("Ich habe nach der Einbürgerung meinen Vornamen geändert – bitte im Account übernehmen.", "NC", "statement+plea"),
    ("Mein mütterlicher Nachname ist im Konto nicht gespeichert, und deshalb lehnt das Berichtsheft meine Anmeldung ab.", "NC", "symptom"),
    ("Warum sagt mir die Anmeldung, mein Name sei ein anderer als im Ausbildungsvertrag?", "NC", "symptom"),
    ("Please correct our apprentice's first name in the portal: it's 'Siobhan', not 'Shivon'.", "NC", "en+plea"),
    ("Since moving to our Bremen office, one of our trainers uses a new mailbox, but the portal still lists the old one.", "NC", "en+statement"),
    ("How are spelling mistakes in a user's name put right in the SSP?", "NC", "en+howto+general"),
    ("Every login attempt fails with a message that my name and the contract name differ.", "NC", "en+symptom"),
    ("ssp account name typo fix", "NC", "en+keywords+lower"),
    ("Bitte ersetzen Sie im Account unseres Ausbilders die alte Mailadresse durch r.kemper@example.com.", "NC", "plea"),
    ("Bei der Anlage unseres Azubis wurde aus 'Lukas' ein 'Lucas' – bitte korrigieren.", "NC", "plea"),
    ("Mein Name steht im Portal komplett in Großbuchstaben und ohne Leerzeichen zwischen den Vornamen.", "NC", "statement"),
    ("Guten Tag, hier ist Merle Janssen, Azubi bei Janssen Elektronik in Nienburg. Im Vertrag stehe ich als Merle "
     "Sophie Janssen, im Account nur als Merle Janssen, und die Anmeldung klappt nicht. Können Sie das angleichen? "
     "merle.janssen@example.org", "NC", "chat+greeting+self-intro+company+email+symptom+plea"),
    ("Hallo, Ralf Dierks, Dierks Fensterhandel, Tel. 0555 27 66 13. Was muss ich tun, damit der Nachname unserer "
     "Ausbilderin im SSP richtig steht? Dort ist 'Dirks' hinterlegt.", "NC",
     "chat+greeting+company+phone+howto+concrete"),
    ("Hi, this is Tomás Rivera from Rivera Coffee Roasters. One of our apprentices has taken her stepfather's "
     "surname; could you change it in her account? Her e-mail: l.rivera@example.com. Thanks!", "NC",
     "chat+en+greeting+self-intro+company+email+plea+thanks"),
    ("familienname im konto verkehrt geschrieben, bitte richtigstellen", "NC", "lower+statement+plea"),
    ("Mir wäre wichtig, dass mein Account den Doppelnamen führt, den ich seit der Hochzeit trage.", "NC", "indirect"),
    ("Wie lasse ich meinen eigenen Vornamen korrigieren, der bei der Registrierung falsch übernommen wurde?", "NC", "howto+concrete"),
    ("We'd be grateful if our trainee's account showed her name exactly as in her training contract.", "NC", "en+indirect"),
    # deletion of a user (14)
    ("Bitte löschen Sie den SSP-Zugang von Frau Lindemann, sie hat unser Unternehmen zum 30. Juni verlassen.", "DU", "plea"),
    ("Ein ehemaliger Ausbilder von uns hat immer noch Zugriff auf das Self Service Portal.", "DU", "statement"),
    ("Wir hätten gern, dass das Konto unserer früheren Personalleiterin aus dem SSP verschwindet.", "DU", "indirect"),
    ("Wie läuft das ab, wenn wir einen Benutzer komplett aus dem SSP entfernt haben möchten?", "DU", "howto+general"),
    ("Wie wird der doppelte Account unseres Ausbilders Herrn Yilmaz entfernt?", "DU", "howto+concrete"),
    ("nutzer löschen ssp ehemaliger ausbilder", "DU", "keywords+lower"),
    ("benutzer nach neuanlage verschwunden", "DU", "keywords+lower+symptom"),
    ("Unsere Ausbilderin war falsch angelegt, also habe ich sie gelöscht und neu erstellt – seither fehlt sie in jeder Ansicht.", "DU", "symptom"),
    ("Mr Turner has left us; please delete his user account in the SSP.", "DU", "en+plea"),
    ("How can I get rid of a duplicate account for our trainer Ms Evans?", "DU", "en+howto+concrete"),
    ("I deleted a trainer and created her again, and now she doesn't appear anywhere.", "DU", "en+symptom"),
    ("Guten Tag, Silke Meyerhoff, Personal bei Meyerhoff Verpackung, Tel. 0555 35 08 19. Herr Olaf Kranz "
     "(o.kranz@example.com) arbeitet nicht mehr für uns – nehmen Sie seinen Benutzer bitte aus dem Portal.", "DU",
     "chat+greeting+company+phone+email+plea"),
    ("Hello, Priya from Sunrise Textiles here. Our former trainer (m.brennan@example.org) has left; "
     "we'd like her SSP access gone, please. Thanks, Priya Nair", "DU", "chat+en+greeting+company+email+plea+thanks"),
    ("bitte alten zugang von ex-kollegin löschen", "DU", "lower+plea"),
    # deletion of an apprentice (11)
    ("Mia Sommerfeld hat ihre Ausbildung bei uns abgeschlossen; könnten Sie sie bitte aus unserem SSP austragen?", "DA", "plea"),
    ("Obwohl sie seit Januar ausgelernt sind, führt unser SSP noch drei ehemalige Azubis.", "DA", "statement"),
    ("Wir möchten, dass unser ehemaliger Lehrling, der zur Bundeswehr gegangen ist, nicht mehr im Portal auftaucht.", "DA", "indirect"),
    ("Was ist zu tun, um ausgeschiedene Auszubildende aus dem SSP zu nehmen?", "DA", "howto+general"),
    ("Wie entferne ich unsere Azubine, die ins Ausland gezogen ist, aus unserem SSP?", "DA", "howto+concrete"),
    ("abbrecher azubi portal austragen", "DA", "keywords+lower"),
    ("Jake Miller completed his apprenticeship in June; kindly take him out of our Self Service Portal.", "DA", "en+plea"),
    ("How are apprentices who have left taken off the SSP?", "DA", "en+howto+general"),
    ("Hi, Lena from Kowalski Logistics (lena@example.com). Our apprentice left during his probation period and is "
     "still listed — please remove him.", "DA", "chat+en+greeting+self-intro+company+email+statement+plea"),
    ("Moin, Heiko Janßen, Janßen Agrarhandel, Tel. 0555 74 26 38. Unser Azubi ist im August ausgeschieden. Bitte aus "
     "dem SSP nehmen.", "DA", "chat+greeting+company+phone+statement+plea"),
    ("lehrling weg, steht noch im portal drin", "DA", "lower+statement"),
    # procedure questions the FAQ answers (20, intent null)
    ("Wie schnell ist eine Korrektur meines Namens erledigt, und wann kann ich mich danach anmelden?", "NS", "duration"),
    ("Sobald die IT den Fehler behoben hat: Tippe ich dann den Namen aus dem Vertrag ein oder den, den ich bisher benutzt habe?", "NS", "afterwards"),
    ("Richtet sich die korrigierte Schreibweise nach dem Ausweis oder nach dem Ausbildungsvertrag?", "NS", "details"),
    ("Where should a request to fix someone's name in the portal be sent?", "NS UB", "en+address"),
    ("Welche Daten muss eine Mail zur Namenskorrektur enthalten?", "NS UB", "details"),
    ("Is the e-mail address of the person needed too, or just the name, when asking for a correction?", "NS UB", "en+details"),
    ("Gibt es eine Wartezeit, bis die Namensberichtigung im System greift?", "NS", "duration"),
    ("Ist es vorgesehen, dass Ausbildungsadministratoren Namen im SSP selbst korrigieren?", "UB", "who-may"),
    ("A trainer's mailbox has moved; what information should we give you so the portal is updated?", "UB", "en+details"),
    ("Liegt die Änderung von Nutzerdaten bei uns im Betrieb oder bei den IT-Mitarbeitenden der IHK?", "UB", "who-may"),
    ("As the training admin, am I allowed to remove SSP users on my own?", "UG", "en+who-may"),
    ("Welche Angaben gehören in eine Anfrage zur Löschung eines Benutzers?", "UG", "details"),
    ("Wohin schreibe ich, wenn ein Benutzerzugang gelöscht werden soll?", "UG", "address"),
    ("Wie lange nach der Abschlussprüfung existiert so ein digitales Berichtsheft noch?", "AE", "deadline"),
    ("Unsere Azubis in Freiburg – werden deren Berichtshefte länger aufbewahrt als die in Niedersachsen?", "AE", "deadline"),
    ("Is manual removal of a record book possible ahead of the usual deadline?", "AE", "en+manual"),
    ("Kümmert sich das System selbst ums Löschen der Berichtshefte, wenn die Lehre beendet ist?", "AE", "deadline"),
    ("Who is responsible for removing former apprentices from the SSP, us or the IHK?", "AE UG", "en+who-may"),
    ("Übernehmen wir das Anlegen schon eingetragener Lehrlinge im SSP selbst, oder kommt das von der Kammer?", "AA", "adding+who-may"),
    ("An welcher Stelle im Portal nehme ich Lehrlinge auf, die die Kammer schon erfasst hat?", "AA", "adding+howto"),
    # out of scope (15, intent null)
    ("Wie lange dauert es, bis eure IT einen Benutzer tatsächlich gelöscht hat?", "", "oos+duration"),
    ("Kann sich ein Ausbilder, den ihr im SSP gelöscht habt, danach noch im ASTA-Infocenter anmelden?", "", "oos+afterwards"),
    ("Bitte korrigieren Sie den Namen unseres Azubis in der Anmeldung bei der Berufsschule.", "", "oos+other-service+plea"),
    ("Wie lösche ich einen Wochenbericht, den ich aus Versehen doppelt angelegt habe?", "", "oos+berichtsheft"),
    ("Wie entfernen wir eine Betriebsstätte, die wir geschlossen haben, aus dem Serviceportal Bildung?", "", "oos+non-user-data"),
    ("Please make Ms Vogt the contact person for our IHK membership fee invoices from now on.", "", "oos+en+non-user-data+plea"),
    ("We're raising our apprentice's monthly pay; please amend the allowance in the contract you have on file.", "", "oos+en+contract+plea"),
    ("How do I delete the old Instagram profile of our training company?", "", "oos+en+other-service"),
    ("Ich möchte Auskunft darüber, welche personenbezogenen Daten die IHK über mich als Ausbilder gespeichert hat.", "", "oos"),
    ("Will I need a new password after IT has fixed the spelling of my name?", "", "oos+en+afterwards"),
    ("Werden nach einer Namenskorrektur auch die schon abgezeichneten Wochenberichte mit dem neuen Namen angezeigt?", "", "oos+afterwards+berichtsheft"),
    ("Bitte hinterlegen Sie für unseren IHK-Beitrag die neue Bankverbindung unseres Betriebs.", "", "oos+non-user-data+plea"),
    ("Bitte stornieren Sie meine Anmeldung zum Lehrgang 'Geprüfte Fachwirtin im Gastgewerbe'.", "", "oos+other-service+plea"),
    ("Can we rename one of our company sites in the portal's site menu?", "", "oos+en+non-user-data"),
    ("Bitte löschen Sie unser abgelaufenes Inserat aus der IHK-Lehrstellenbörse.", "", "oos+other-service+plea"),
]

if __name__ == "__main__":
    write("requests", ROWS)
