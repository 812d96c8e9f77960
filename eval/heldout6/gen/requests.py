"""requests.jsonl: ticket requests (name_correction / deletion) in many forms, and questions
ABOUT the procedures in the same words (intent null; out of scope where the FAQ has no answer).

Requests expect the entries that tell the user what to send (common.NAME / DEL_USER / DEL_AZUBI).
"""
from common import DEL_AZUBI, DEL_USER, NAME, emit

NC, DE = "name_correction", "deletion"
NS = ["name-stimmt-nicht"]
UB = ["userdaten-bearbeiten"]
UG = ["user-geloescht-nicht-angezeigt"]
AE = ["azubi-entfernen"]
AA = ["azubi-anlegen"]

requests = [
    # name_correction
    ("Bitte ändern Sie meinen Nachnamen im Account, ich habe im Mai geheiratet und heiße jetzt Wagner.", NAME, NC, "request+plea"),
    ("Im Portal steht bei mir Meier, richtig ist Maier.", NAME, NC, "request+statement"),
    ("Ich hätte gern, dass der Name unserer Auszubildenden an den Ausbildungsvertrag angepasst wird.", NAME, NC, "request+wish"),
    ("Wie lasse ich den falsch angelegten Namen eines Ausbilders berichtigen?", NAME, NC, "request+howto"),
    ("name falsch user korrektur", NAME, NC, "request+keywords"),
    ("Please correct the spelling of my surname in the portal, it should be Nguyen, not Nguyn.", NAME, NC, "request+plea+en"),
    ("Could you update the e-mail address of our trainer Mark Hughes to mark.hughes@example.com?", NAME, NC, "request+plea+en"),
    ("Unser Azubi heißt laut Vertrag Mustafa Emre Aydın, im SSP fehlt der zweite Vorname – bitte nachtragen.", NAME, NC, "request+plea"),
    ("Fehler beim Login: eingegebener Name entspricht nicht dem Ausbildungsvertrag.", NAME, NC, "request+symptom+keywords"),
    ("Seit ich meinen Doppelnamen eingegeben habe, lässt mich das System nicht rein, weil der Name angeblich nicht zum Vertrag passt.", NAME, NC, "request+symptom"),
    ("Hallo liebes Team, bei unserer Ausbilderin ist im Portal noch der Geburtsname hinterlegt, sie heißt inzwischen Schäfer-Olsen. Könnten Sie das bitte ändern? Die Mailadresse ist k.olsen@example.org. Danke und Gruß, Marion Haase, Personal, Druckerei Nordlicht GmbH", NAME, NC, "request+chat"),
    ("Wäre es möglich, die E-Mail-Adresse meines Kontos zu aktualisieren? Die alte gibt es nicht mehr.", NAME, NC, "request+wish"),
    ("benutzername ändern ssp", NAME, NC, "request+keywords"),
    ("The portal tells me my name doesn't match the contract, I think because of the umlaut in Müller – can you fix it?", NAME, NC, "request+symptom+en"),
    ("Wie korrigiere ich einen Tippfehler im Nachnamen eines Azubis im Self Service Portal?", NAME, NC, "request+howto"),
    ("bitte name von unserer azubine anpassen, steht falsch drin", NAME, NC, "request+plea+lower"),
    ("Ich möchte eine Namensänderung für meinen Account beantragen.", NAME, NC, "request+statement"),
    ("How can I get a user's name corrected in the SSP?", NAME, NC, "request+howto+en"),
    ("Warum passt mein Name nicht zum Ausbildungsvertrag, ich hab doch alles richtig eingegeben?", NAME, NC, "request+symptom"),
    ("Moin, kurze Bitte: Bei unserem Kollegen Stefan Kröger steht im Portal 'Kroeger'. Könnt ihr das auf die richtige Schreibweise bringen? Danke, Jens, Weserbau GmbH", NAME, NC, "request+chat"),
    ("Benutzerdaten eines Mitarbeiters bearbeiten lassen", NAME, NC, "request+keywords"),
    ("Our apprentice's last name has changed after her marriage; we would like the account to show the new name.", NAME, NC, "request+wish+en"),
    # deletion
    ("Bitte löschen Sie unseren ehemaligen Azubi Jannik Wolf aus dem SSP, er hat zum 30.09. gekündigt.", DEL_AZUBI, DE, "request+plea"),
    ("Der Ausbilder Herr Rehbein ist nicht mehr bei uns, bitte seinen Zugang entfernen.", DEL_USER, DE, "request+plea"),
    ("Unsere Auszubildende hat die Ausbildung abgebrochen und steht immer noch in der Liste.", DEL_AZUBI, DE, "request+statement"),
    ("Wir möchten, dass der doppelt angelegte Account unserer Kollegin gelöscht wird.", DEL_USER, DE, "request+wish"),
    ("Wie entferne ich Ausbilder, die das Unternehmen verlassen haben, aus dem Portal?", DEL_USER, DE, "request+howto"),
    ("azubi aus portal löschen", DEL_AZUBI, DE, "request+keywords"),
    ("benutzer löschen self service portal", DEL_USER, DE, "request+keywords"),
    ("Please delete the account of our former apprentice Chloe Martin.", DEL_AZUBI, DE, "request+plea+en"),
    ("How do I remove a trainer who no longer works for us from the SSP?", DEL_USER, DE, "request+howto+en"),
    ("Ich habe eine Ausbilderin gelöscht und neu angelegt, seitdem ist sie unsichtbar.", DEL_USER, DE, "request+symptom"),
    ("Ein Nutzer, den wir gelöscht und dann wieder eingerichtet haben, fehlt jetzt in der Benutzerliste.", DEL_USER, DE, "request+symptom"),
    ("We deleted a user and re-created him, now he's gone from the list – can you sort that out?", DEL_USER, DE, "request+symptom+en"),
    ("Guten Tag, unser Auszubildender Luca Schneider hat am 15.03. seinen Vertrag aufgelöst. Wir bitten um Entfernung aus dem Self Service Portal. Mail: luca.schneider@example.org. Mit freundlichen Grüßen, Birgit Hollmann, Personal, Hotel Am Lindenhof", DEL_AZUBI, DE, "request+chat"),
    ("Ich möchte meinen eigenen Account im Serviceportal Bildung löschen lassen.", DEL_USER, DE, "request+wish"),
    ("Ehemalige Azubis, die schon fertig sind, sollen aus unserer Übersicht raus – wie mache ich das?", DEL_AZUBI, DE, "request+howto"),
    ("lösch bitte den azubi kevin aus unserem betrieb, der ist weg", DEL_AZUBI, DE, "request+plea+lower"),
    ("Der Lehrling ist seit Monaten weg und steht noch drin.", DEL_AZUBI, DE, "request+statement"),
    ("Could you please remove two duplicate user accounts from our company profile?", DEL_USER, DE, "request+plea+en"),
    ("Wie lösche ich einen User im SSP vollständig?", DEL_USER, DE, "request+howto"),
    ("Unser Azubi hat den Betrieb gewechselt, bitte nehmt ihn bei uns raus.", DEL_AZUBI, DE, "request+plea"),
    ("Nutzerkonto entfernen lassen", DEL_USER, DE, "request+keywords"),
    ("I'd like my old trainer account to be deleted, I'm not training anyone anymore.", DEL_USER, DE, "request+wish+en"),
    ("Hi, I'm the training admin at Heidekraut Software AG. Our apprentice Jonas Fiedler left the company in June. Please take him out of the SSP. Thanks, Miriam Falk, m.falk@example.org", DEL_AZUBI, DE, "request+chat+en"),
    ("Hallo, wir hatten einen Ausbilder aus Versehen zweimal angelegt, einen davon gelöscht und jetzt wird gar keiner mehr angezeigt. Was tun? Gruß, Simone", DEL_USER, DE, "request+chat+symptom"),
    ("Wie kann ich Auszubildende aus dem Self Service Portal rausnehmen, die bei uns aufgehört haben?", DEL_AZUBI, DE, "request+howto"),
    ("auszubildender entfernen ssp abbruch", DEL_AZUBI, DE, "request+keywords"),
    ("Es wäre schön, wenn die Zugänge unserer ausgeschiedenen Mitarbeiter gelöscht würden.", DEL_USER, DE, "request+wish"),
    ("Remove apprentice from portal", DEL_AZUBI, DE, "request+keywords+en"),
]

about = [
    ("Wie lange dauert es, bis mein Name korrigiert ist?", NS, None, "about+duration"),
    ("Kostet die Namenskorrektur etwas?", [], None, "about+cost+oos"),
    ("Darf ich als Ausbildungsadministrator die Namen meiner Azubis selbst bearbeiten?", UB, None, "about+who"),
    ("Welche Angaben brauchen Sie, um einen Nutzer zu löschen?", UG, None, "about+details"),
    ("Welche Informationen muss ich für eine Namenskorrektur mitschicken?", NAME, None, "about+details"),
    ("Nach wie vielen Monaten verschwindet das Berichtsheft, wenn die Ausbildung beendet ist?", AE, None, "about+automatic"),
    ("Gilt die Löschfrist von drei Jahren nur in Baden-Württemberg?", AE, None, "about+deadline"),
    ("Bekomme ich eine Bestätigung, wenn der User gelöscht wurde?", [], None, "about+afterwards+oos"),
    ("Was passiert mit dem Berichtsheft, wenn der Azubi ausgelernt hat?", AE, None, "about+afterwards"),
    ("Kann ein gelöschter Benutzer wiederhergestellt werden?", [], None, "about+restore+oos"),
    ("Was ist der Unterschied zwischen Deaktivieren und Löschen eines Nutzers?", [], None, "about+difference+oos"),
    ("Wer darf Azubis im SSP löschen?", UG + AE, None, "about+who"),
    ("Wie lange muss ich warten, bis ich mich nach der Korrektur meines Namens wieder anmelden kann?", NS, None, "about+duration"),
    ("Wie ändere ich die Anschrift unseres Ausbildungsbetriebs?", [], None, "about+other-data+oos"),
    ("Wie ändere ich die Ausbildungszeit in meinem Ausbildungsvertrag?", [], None, "about+contract+oos"),
    ("Wie lösche ich mein Facebook-Konto?", [], None, "about+other-service+oos"),
    ("Wie ändere ich meinen Namen in meinem GMX-Postfach?", [], None, "about+other-service+oos"),
    ("Wie lege ich einen neuen Azubi im SSP an?", AA, None, "about+adding"),
    ("How long does it take until a deleted user is removed?", [], None, "about+duration+en+oos"),
    ("Does it cost anything to have a user deleted?", [], None, "about+cost+en+oos"),
    ("Who is allowed to correct names in the portal?", UB + NS, None, "about+who+en"),
    ("What details do you need from me to fix my name?", NAME, None, "about+details+en"),
    ("When are report books deleted automatically?", AE, None, "about+automatic+en"),
    ("Wird der Azubi benachrichtigt, wenn ich ihn lösche?", [], None, "about+afterwards+oos"),
    ("An welche Adresse schicke ich die Anfrage für eine Namenskorrektur?", NAME, None, "about+details"),
    ("Muss ich nach der Namenskorrektur noch etwas tun?", NS, None, "about+afterwards"),
    ("Kann ich einen User auch selbst löschen oder nur über die IT?", UG, None, "about+who"),
    ("Wie lösche ich einen Eintrag im Berichtsheft?", [], None, "about+near-miss+oos"),
    ("Wie ändere ich meinen Namen bei der Berufsschule?", [], None, "about+other-service+oos"),
    ("Bis wann muss ich Namensfehler vor der Abschlussprüfung melden?", [], None, "about+deadline+oos"),
    ("Wie lange bleibt ein Berichtsheft in Baden-Württemberg gespeichert?", AE, None, "about+automatic"),
    ("Can I restore an apprentice I deleted by mistake?", [], None, "about+restore+en+oos"),
    ("Wer ist bei euch für Löschungen zuständig?", UG, None, "about+who"),
    ("Wie kann ich meinen Namen im ELSTER-Konto ändern?", [], None, "about+other-service+oos"),
    ("Wie lange dauert die Korrektur von Benutzerdaten ungefähr?", NS, None, "about+duration"),
]

if __name__ == "__main__":
    emit("requests", requests + about)
    print("requests", len(requests), "about", len(about))
