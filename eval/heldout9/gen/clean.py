#!/usr/bin/env python3
"""heldout9/clean.jsonl: one-sentence questions on all 19 bundled entries, plus near misses.

Hand-written; see common.py for the codes. Run: python3 eval/heldout9/gen/clean.py
"""
from common import write

ROWS = [
    # export-betriebswechsel
    ("Ich fange im Herbst bei einer anderen Firma weiter an – kann ich meine bisherigen Nachweise digital mitnehmen?", "EX", "full"),
    ("berichtsheft lehrbetrieb gewechselt eintraege sichern", "EX", "keywords+lower+noumlaut"),
    ("Wenn ich den Lehrbetrieb tausche, sind dann alle meine Einträge futsch oder krieg ich die irgendwie rüber?", "EX", "colloquial"),
    ("Is there a way to save my whole Berichtsheft as a file so my next boss can look at it?", "EX", "en+colloquial"),
    ("Wie speicher ich mein Berichsheft ab, bevor ich bei meinem jetzigen Betrieb aufhöre?", "EX", "typo"),
    ("I'm moving to a different employer halfway through my apprenticeship – how do I get my logbook entries out of the system?", "EX", "en+full"),
    ("download training log before leaving the company", "EX", "en+keywords+lower"),

    # export-fehler-andere-ihk
    ("Der Export meines Berichtshefts bricht jedes Mal ab, selbst wenn ich nur einen einzigen Monat markiere.", "EF", "full"),
    ("export nachweise neue kammer geht nicht fehler", "EF", "keywords+lower"),
    ("Warum klappt das Exportieren nicht, obwohl ich schon drei verschiedene Zeiträume probiert hab?", "EF", "colloquial"),
    ("Wie bekomm ich eine fehlerhafte Woche im Berichtheft wieder hin, damit der Export durchläuft?", "EF", "typo"),
    ("Uebertragung an die neue Kammer schlaegt fehl, egal welche Wochen ich auswaehle", "EF", "noumlaut"),
    ("Every time I try to send my report book to the new chamber I get an error, no matter which dates I pick.", "EF", "en+full"),
    ("what does the repair button next to the export do", "EF", "en+lower"),

    # standort-anderes-bundesland
    ("Wir sind in Bayern schon im Self Service Portal angemeldet und eröffnen jetzt eine Werkstatt bei Hameln – brauchen wir einen zweiten Zugang?", "SB", "full"),
    ("Firma bereits in NRW registriert, neue Filiale Region Hannover, gleiches Konto?", "SB", "keywords"),
    ("Unser Mutterhaus in Hessen hat den LUX-Zugang, gilt der eigentlich auch für unsere Azubis in Hildesheim?", "SB", "colloquial"),
    ("firma hat schon ssp-konto über die kammer in köln, neue werkstatt im raum hannover – was tun", "SB", "keywords+lower"),
    ("Muss sich ein Betrieb aus Sachsen, der längst registriert ist, für den Ausbildungsplatz in Hannover komplett neu anmelden?", "SB", "full"),
    ("We're already set up in the SSP in another German state; can our new Hanover site use the same login?", "SB", "en+full"),
    ("Zugang aus einem anderen Bundesland fuer den Standort im Kammerbezirk Hannover weiterverwenden", "SB", "noumlaut+keywords"),

    # anwendung-finden
    ("Auf welcher Seite schreibe ich eigentlich meine Wochenberichte online?", "AF", "full"),
    ("berichtsheft online einloggen wo", "AF", "keywords+lower"),
    ("Ich bin Prüfer und hab schon Zugangsdaten für WFV – muss ich mich für die Berichtshefte trotzdem extra anmelden?", "AF", "colloquial"),
    ("Bin neu im ersten Lehrjahr und keiner hat mir gesagt, wo man das Online-Berichtsheft aufmacht", "AF", "colloquial"),
    ("Was fuer ein Benutzerkonto braucht man eigentlich, um mit dem digitalen Berichtsheft loszulegen?", "AF", "noumlaut"),
    ("Which website do apprentices use for the online training log?", "AF", "en+full"),
    ("I already have credentials from the Azubi-Infocenter – do I need to sign up again for the digital logbook?", "AF", "en+full"),

    # registrierungscode
    ("Die IHK hat uns keinen Code geschickt – wie sollen wir uns ohne den fürs Berichtsheft registrieren?", "RC", "full"),
    ("Ein Kollege meint, man braucht einen Freischaltschlüssel von der Kammer, stimmt das?", "RC", "colloquial"),
    ("registrierung berichtsheft code elster firma", "RC", "keywords+lower"),
    ("Wie meldet sich unser Betrieb fürs Online-Berichtsheft an, wenn wir außer dem ELSTER-Organisationszertifikat nichts in der Hand haben?", "RC", "full"),
    ("Wo krieg ich den Registrirungscode her, im Brief von der IHK war keiner drin", "RC", "typo"),
    ("Is there an access code we need to request before our apprentices can start the digital record book?", "RC", "en+full"),
    ("how do we sign up our company for the digital report book", "RC AF", "en+lower"),

    # seite-zeigt-hallo
    ("Ich komme ins Portal rein, aber oben steht bloß ein Gruß und darunter ist alles weiß – fehlt da was?", "HA", "colloquial"),
    ("spb hallo aber keine funktionen", "HA", "keywords+lower"),
    ("Bei mir ist die Startseite vom Serviceportal komplett leer bis auf eine Begruessung", "HA", "noumlaut"),
    ("Ich bin Ausbilderin, habe mich erfolgreich eingeloggt, aber das Portal bietet mir keine einzige Anwendung an.", "HA", "full"),
    ("After logging in, the education portal just says hello and there's nothing else on the page.", "HA", "en+full"),
    ("education portal shows a greeting and nothing else", "HA", "en+keywords"),
    ("Da stet nur Hallo auf der Seite, was mus ich machen?", "HA", "typo"),

    # name-stimmt-nicht
    ("Beim Anmelden heißt es, mein Name passe nicht zu den Daten aus dem Lehrvertrag – was nun?", "NC", "full+symptom"),
    ("Ich heiße Anna Lena, hab aber nur Anna eingetippt, und jetzt lässt mich das System nicht rein.", "NC", "colloquial+symptom"),
    ("fehlermeldung name abweichung lehrvertrag login", "NC", "keywords+lower+symptom"),
    ("Das Portal behauptet, mein Nachname waere anders als im Vertrag, dabei hab ich ihn richtig geschrieben", "NC", "noumlaut+symptom"),
    ("The sign-in keeps failing because my name supposedly differs from the one on my apprenticeship contract.", "NC", "en+full+symptom"),
    ("Wie lange muss ich nach der Korrektur meines Namens warten, bis ich mich wieder einloggen kann?", "NS", "full+duration"),
    ("error entered name doesnt match contract", "NC", "en+keywords+typo+symptom"),

    # kein-zugriff-trotz-registrierung
    ("Unsere Ausbilder haben sich alle ein Konto gemacht, kommen aber trotzdem nicht an die Berichtshefte ran.", "KZ", "colloquial"),
    ("As the admin, what do I have to do so that registered colleagues are actually let into the portal?", "KZ", "en+full"),
    ("registriert aber kein zugriff spb mitarbeiter", "KZ", "keywords+lower"),
    ("Ein Mitarbeiter ist seit einer Woche registriert und kann das Serviceportal trotzdem nicht oeffnen", "KZ", "noumlaut"),
    ("Kollege hat nen Account, kriegt beim Portal aber nur Zugriff verweigert – liegt das an der Zuordnung?", "KZ", "colloquial"),
    ("Our staff signed up weeks ago but still can't get into the education portal.", "KZ", "en+full"),
    ("trainer registered but locked out of portal", "KZ", "en+keywords+lower"),

    # identnummer-nicht-gefunden
    ("Bei der Anmeldung kommt, dass es meine Identnummer im System der Kammer nicht gibt.", "ID", "full"),
    ("Wo steht eigentlich diese Ident-Nr., die das Portal von mir haben will?", "ID", "colloquial"),
    ("identnr nicht gefunden fehler", "ID", "keywords+lower"),
    ("Ich hab den Zettel mit meiner Identnummer verschlampt, könnt ihr mir die nochmal geben?", "ID", "colloquial"),
    ("Identnumer wird abgelehnt, was mach ich falsch?", "ID", "typo"),
    ("The portal says my ID number can't be found in the chamber's training database.", "ID", "en+full"),
    ("lost my ident number, can someone read it out to me on the phone?", "ID", "en+lower"),

    # mehrere-rollen-eine-email
    ("Ich betreue Azubis in zwei Firmen unserer Gruppe – muss ich mir dafür eine zweite E-Mail zulegen?", "MR", "full"),
    ("eine mailadresse zwei betriebe verschiedene rollen", "MR", "keywords+lower"),
    ("Kann dieselbe Person mit ihrer Firmenadresse in Werk A Ausbilderin und in Werk B Administratorin sein?", "MR", "full"),
    ("Reicht mir ein Login, wenn ich bei zwei Schwesterfirmen unterschiedliche Berechtigungen brauch?", "MR", "colloquial"),
    ("Rollen in mehreren Unternehmen, aber nur ein Postfach – wie klappt die Zuordnung?", "MR", "full"),
    ("Can one e-mail address hold the trainer role in one company and admin rights in another?", "MR", "en+full"),
    ("same email two employers different permissions portal", "MR", "en+keywords+lower"),

    # mehrere-betriebsstaetten
    ("Wie springe ich im Bildungsportal von unserem Standort Nord zum Standort Süd?", "MB", "full"),
    ("standort umschalten portal menü", "MB", "keywords+lower"),
    ("Ich verwalte drei Werke, sehe aber immer nur eins – wo stelle ich das andere ein?", "MB", "colloquial"),
    ("Kann man im SPB mehrere Filialen vom selben Konto aus betreuen?", "MB", "full"),
    ("Wo ist die Auswahl fuer die Betriebsstaette oben neben dem Logo?", "MB", "noumlaut"),
    ("Ich find den Schalter nicht, mit dem man zwischen den Niederlasungen hin und her geht", "MB", "typo"),
    ("I look after apprentices at two plants – where do I toggle from one plant to the other in the portal?", "MB", "en+full"),

    # azubi-entfernen
    ("Unser Lehrling hat zum Monatsende aufgehört – wie kriege ich ihn aus dem Portal raus?", "DA", "colloquial+howto+concrete"),
    ("azubi austragen ssp nach abschluss", "DA", "keywords+lower"),
    ("Wie lange bleibt das Berichtsheft gespeichert, wenn jemand seine Ausbildung fertig hat?", "AE", "full+deadline"),
    ("Gilt in Baden-Württemberg eine andere Aufbewahrungsfrist für die digitalen Nachweise?", "AE", "full+deadline"),
    ("Kann ich das Berichtsheft eines Ehemaligen selbst von Hand loeschen oder passiert das automatisch?", "AE", "noumlaut+deadline"),
    ("An apprentice of ours walked out – how do I clear him from our list in the SSP?", "DA", "en+howto+concrete"),
    ("how long do you store an apprentice's online logbook once they've qualified", "AE", "en+lower+deadline"),

    # azubi-anlegen
    ("Der Vertrag unserer neuen Azubine ist schon bei der Kammer eingetragen – wie bekomme ich sie in unsere Verwaltung im Portal?", "AA", "full"),
    ("auszubildende übernehmen ssp eintragung vorhanden", "AA", "keywords+lower"),
    ("Wo ist im Self Service Portal die Stelle, an der ich alle unsere Azubis auf einen Blick habe?", "AA", "full"),
    ("Wie trage ich als Ausbildungsadmin einen Azubi ein, dessen Ausbildungsverhältnis die IHK schon kennt?", "AA", "full"),
    ("Welche Kachel muss ich anklicken, um unsere Lehrlinge zu verwalten?", "AA", "full"),
    ("Where do I add trainees whose contracts the chamber already has on file?", "AA", "en+full"),
    ("apprentice admin tile overview all trainees", "AA", "en+keywords+lower"),

    # user-geloescht-nicht-angezeigt
    ("Ich habe eine Ausbilderin rausgenommen und gleich neu eingetragen, seitdem ist sie unsichtbar.", "DU", "statement+symptom"),
    ("user gelöscht neu angelegt fehlt", "DU", "keywords+lower+symptom"),
    ("Kollege war doppelt drin, ich hab ihn entfernt und nochmal angelegt – jetzt ist er ganz weg.", "DU", "colloquial+symptom"),
    ("Kann ich als Ausbildungsadmin Konten von Kollegen selbst komplett entfernen, oder ist das Sache der IHK?", "UG", "full+who-may"),
    ("Wieso taucht ein Benutzer nicht mehr auf, den ich geloescht und danach neu erstellt habe?", "DU", "noumlaut+symptom"),
    ("I removed a user and set them up again, but now they don't appear anywhere.", "DU", "en+symptom"),
    ("is wiping an account for good something only your it people can do?", "UG", "en+lower+who-may"),

    # userdaten-bearbeiten
    ("Wie kann ich bei einem Ausbilder, der schon im Portal ist, den Nachnamen ändern?", "NC", "full+howto+concrete"),
    ("Unsere Ausbilderin hat geheiratet und heißt jetzt anders – wie passen wir das an?", "NC", "statement+howto"),
    ("benutzerdaten ändern ssp tippfehler", "NC", "keywords+lower"),
    ("Kann ich die Mailadresse eines schon angelegten Kollegen selbst ändern oder müsst ihr das machen?", "UB", "full+who-may"),
    ("Bei einem Kollegen ist der Vorname verkehrt geschrieben, wie bring ich das nachträglich in Ordnung?", "NC", "colloquial+howto+concrete"),
    ("How do I fix a misspelled surname for a user who already exists in the portal?", "NC", "en+howto+general"),
    ("Which details do you need from me to change a colleague's e-mail address?", "UB", "en+details"),

    # ausbilder-freischalten
    ("Bin seit gestern im Portal registriert, wartet das Berichtsheft jetzt auf eine Genehmigung von meinem Meister?", "FR", "colloquial"),
    ("Wer ist in unserer Firma dafür zuständig, dass ich als Azubi mit dem Berichtsheft loslegen kann?", "FR", "full"),
    ("freigabe azubi berichtsheft ausbilder nötig?", "FR", "keywords+lower"),
    ("Do I have to wait for my trainer to approve me before writing my first weekly report?", "FR", "en+full"),
    ("Wer kuemmert sich bei uns um die Verwaltung der Lehrlinge, der Ausbilder oder der Administrator?", "FR AA", "noumlaut"),
    ("Does my supervisor have to unlock my account before I can use the digital logbook?", "FR", "en+full"),
    ("who gives apprentices the green light in the record book?", "FR", "en+lower"),

    # andere-rolle-asta
    ("Laut ASTA bin ich Ausbildungsleiter, das SSP führt mich aber nur als normalen Nutzer – wer ändert das?", "AR", "full"),
    ("rolle falsch ssp asta unterschied", "AR", "keywords+lower"),
    ("Meine Rechte im Portal sind weniger als im Infocenter, an wen wende ich mich?", "AR", "colloquial"),
    ("Wer bei uns im Betrieb kann mir im SSP die Ausbilderrolle geben?", "AR", "full"),
    ("Wiso bin ich im Serviceportal was anderes als im ASTA-Infocentr?", "AR", "typo"),
    ("The permissions I got in the self-service portal aren't the ones I had in ASTA – who sorts that out?", "AR", "en+full"),
    ("Who hands out roles in the SSP if mine is wrong?", "AR", "en+full"),

    # wer-registriert
    ("Kann ich irgendwo nachschauen, welche Mitarbeiter unserer Firma sich schon im Portal angemeldet haben?", "WR", "full"),
    ("liste registrierte kollegen unternehmen ssp", "WR", "keywords+lower"),
    ("Ich will wissen, wer von uns schon einen Zugang hat – bekommt man so eine Aufstellung von der IHK?", "WR", "colloquial"),
    ("Warum sehe ich nicht, welche Ausbilder aus unserem Betrieb schon ein Konto haben?", "WR", "full"),
    ("Gibt es eine Uebersicht, welche Leute aus unserem Haus schon ein SSP-Konto angelegt haben?", "WR", "noumlaut"),
    ("Can I get a list of everyone in our company who already signed up in the SSP?", "WR", "en+full"),
    ("is our firm already registered in the self service portal", "WR", "en+lower"),

    # azubi-nicht-angezeigt
    ("Unsere neue Azubine ist seit 1. August bei uns, aber bei mir im Portal taucht sie nirgends auf.", "AN", "colloquial"),
    ("azubi unsichtbar ssp ausbilder", "AN", "keywords+lower"),
    ("Wieso hab ich keinen Einblick in die Berichte von meinem Lehrling, der wird mir gar nicht gelistet?", "AN", "colloquial"),
    ("Einen unserer Auszubildenden kann ich keinem Betreuer zuweisen, weil er im SSP gar nicht erscheint.", "AN", "full"),
    ("Lehrlin ist bei mir unsichbar im SSP", "AN", "typo"),
    ("Our new trainee doesn't show up for me in the SSP, what's going on?", "AN", "en+full"),
    ("trainee not listed for supervisor", "AN", "en+keywords+lower"),

    # out of scope: near misses
    ("Wann ist die schriftliche Abschlussprüfung im Winter?", "", "oos"),
    ("Wie viel Urlaub steht mir im ersten Lehrjahr zu?", "", "oos"),
    ("Muss ich meine Krankmeldung auch an die Berufsschule schicken?", "", "oos"),
    ("Wo beantrage ich eine Verkürzung meiner Ausbildung?", "", "oos"),
    ("Wie viele Stunden darf ich als Azubi unter 18 am Tag arbeiten?", "", "oos"),
    ("Wie oft muss ich eigentlich einen Bericht schreiben, täglich oder wöchentlich?", "", "oos"),
    ("Darf ich das Berichtsheft auch während der Arbeitszeit schreiben?", "", "oos"),
    ("Mein Ausbilder lehnt meine Berichte ständig ab, was kann ich dagegen tun?", "", "oos"),
    ("Kann ich Fotos von meinen Werkstücken ins digitale Berichtsheft hochladen?", "", "oos"),
    ("Muss der Berufsschulunterricht im Berichtsheft mit drinstehen?", "", "oos"),
    ("Wie trage ich Urlaubstage im Berichtsheft ein?", "", "oos"),
    ("Wo melde ich mich, wenn ich ehrenamtlich Prüfer bei der IHK werden will?", "", "oos"),
    ("Was kostet die Ausbildereignungsprüfung?", "", "oos"),
    ("Wie melde ich ein Gewerbe an?", "", "oos"),
    ("Mein ELSTER-Zertifikat läuft nächsten Monat ab, wie verlängere ich es?", "", "oos"),
    ("Ich habe mein Passwort für das Portal vergessen.", "", "oos"),
    ("Wann gibt es die Ergebnisse der Zwischenprüfung?", "", "oos"),
    ("Wie hoch ist die Ausbildungsvergütung im Einzelhandel?", "", "oos"),
    ("Wann hat die IHK Hannover am Freitag geöffnet?", "", "oos"),
    ("Wie beantrage ich ein Ursprungszeugnis für eine Lieferung in die Türkei?", "", "oos"),
    ("Wie ändere ich die Anschrift unseres Ausbildungsbetriebs im Ausbildungsvertrag?", "", "oos"),
    ("Mein Prüfungszeugnis ist weg, bekomme ich eine Zweitschrift?", "", "oos"),
    ("Wer muss das Berichtsheft am Ende unterschreiben, damit ich zur Prüfung zugelassen werde?", "", "oos"),
    ("Does the IHK offer English courses for apprentices?", "", "oos+en"),
    ("How many vacation days do apprentices get?", "", "oos+en"),
    ("When are the final exams this summer?", "", "oos+en"),
    ("Can I write my report book in English?", "", "oos+en"),
    ("Is there a mobile app for the digital report book?", "", "oos+en"),
    ("Hi, how are you today?", "", "oos+smalltalk+en"),
    ("Na, was geht so bei dir?", "", "oos+smalltalk"),
    ("Erzähl mir mal einen Witz.", "", "oos+smalltalk"),
    ("Vielen Dank, das wars schon.", "", "oos+thanks"),
]

if __name__ == "__main__":
    write("clean", ROWS)
