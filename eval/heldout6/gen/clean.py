"""clean.jsonl: one-sentence questions on the 19 bundled entries plus out-of-scope near misses."""
from common import DEL_AZUBI, DEL_USER, NAME, emit

EB = ["export-betriebswechsel"]
EF = ["export-fehler-andere-ihk"]
SB = ["standort-anderes-bundesland"]
AF = ["anwendung-finden"]
RC = ["registrierungscode"]
SH = ["seite-zeigt-hallo"]
KZ = ["kein-zugriff-trotz-registrierung"]
IN = ["identnummer-nicht-gefunden"]
MR = ["mehrere-rollen-eine-email"]
MB = ["mehrere-betriebsstaetten"]
AE = ["azubi-entfernen"]
AA = ["azubi-anlegen"]
UG = ["user-geloescht-nicht-angezeigt"]
UB = ["userdaten-bearbeiten"]
AU = ["ausbilder-freischalten"]
AR = ["andere-rolle-asta"]
WR = ["wer-registriert"]
AN = ["azubi-nicht-angezeigt"]
NC, DE = "name_correction", "deletion"

rows = [
    # export-betriebswechsel
    ("Ich fange nächsten Monat in einem anderen Ausbildungsbetrieb an, kann ich meine bisherigen Berichte dorthin mitnehmen?", EB, None, "full"),
    ("berichtsheft mitnehmen neuer betrieb", EB, None, "keywords"),
    ("Hab den Betrieb gewechselt, sind meine ganzen Wochenberichte jetzt weg oder krieg ich die irgendwie rüber?", EB, None, "colloquial"),
    ("Wo kann man das Berichsheft als PDF runterladen?", EB, None, "typo"),
    ("Wie exportiere ich mein Berichtsheft fuer den Wechsel zu einer neuen Firma?", EB, None, "no-umlaut"),
    ("I'm moving to a different training company – how do I get my record book out of the portal?", EB, None, "en"),
    ("Is there a way to download all my weekly reports before I leave my current employer?", EB, None, "en"),
    # export-fehler-andere-ihk
    ("Der Export meines Berichtshefts bricht jedes Mal mit einem Fehler ab, auch wenn ich nur einen Monat auswähle – woran liegt das?", EF, None, "full"),
    ("export fehler berichtsheft andere ihk", EF, None, "keywords"),
    ("Ich will mein Heft an die neue IHK schicken, aber es kommt immer nur ne Fehlermeldung", EF, None, "colloquial"),
    ("Berichtsheft exprotieren geht nicht, Fehlermeldung bei jedem Zeitraum", EF, None, "typo"),
    ("Eine Woche in meinem Berichtsheft scheint beschaedigt zu sein, seitdem klappt das Exportieren nicht mehr", EF, None, "no-umlaut"),
    ("Exporting my report book to the new chamber always fails with an error message, what can I do?", EF, None, "en"),
    ("What does the repair function for the report book export actually check?", EF, None, "en"),
    # standort-anderes-bundesland
    ("Unsere Firma hat ihren Sitz in Bayern und ist dort schon im Self Service Portal registriert; können wir den Zugang auch für unser neues Werk in Hildesheim verwenden?", SB, None, "full"),
    ("lux-bs account anderes bundesland standort hannover", SB, None, "keywords"),
    ("Wir sind in NRW schon im Portal drin, jetzt bilden wir auch in Hannover aus – brauchen wir da nen neuen Account?", SB, None, "colloquial"),
    ("Gilt unsere Registirerung aus Hessen auch fuer den Standort im IHK-Bezirk Hannover?", SB, None, "typo+no-umlaut"),
    ("Our head office already uses the Self Service Portal in Hamburg; can the same login cover our site near Hannover?", SB, None, "en"),
    ("Muss sich unser Unternehmen, das in Thüringen bereits registriert ist, für einen zweiten Ausbildungsort in Niedersachsen komplett neu anmelden?", SB, None, "full"),
    # anwendung-finden
    ("Ich soll ab jetzt mein Berichtsheft online führen – wo genau mache ich das?", AF, None, "full"),
    ("digitales berichtsheft wo anmelden", AF, None, "keywords"),
    ("Ich bin Prüfer und hab schon nen WFV-Zugang, brauch ich fürs Berichtsheft trotzdem ein extra Konto?", AF, None, "colloquial"),
    ("Wie komm ich ans digitale Berichtshfet ran?", AF, None, "typo"),
    ("Welches Konto benoetige ich, um den Ausbildungsnachweis online zu schreiben?", AF, None, "no-umlaut"),
    ("Which website do apprentices use to write the IHK digital report book?", AF, None, "en"),
    ("Do I need a separate account for the report book if I already have ASTA credentials?", AF, None, "en"),
    # registrierungscode
    ("Mein Ausbilder sagt, ich brauche einen Code, um mich fürs digitale Berichtsheft zu registrieren – wo bekomme ich den?", RC, None, "full"),
    ("code registrierung digitales berichtsheft fehlt", RC, None, "keywords"),
    ("Hab keinen Aktivierungscode per Post gekriegt, wie soll ich mich da jetzt anmelden?", RC, None, "colloquial"),
    ("Registirerungscode fürs Berichtsheft, wer schickt mir den?", RC, None, "typo"),
    ("Wie registrieren wir unseren Ausbildungsbetrieb mit dem ELSTER-Zertifikat fuer das Berichtsheft?", RC, None, "no-umlaut"),
    ("Who hands out the codes for signing up to the online record book?", RC, None, "en"),
    ("Is a registration code required to start using the online report book?", RC, None, "en"),
    # seite-zeigt-hallo
    ("Nach dem Einloggen ins Serviceportal Bildung steht da bei mir nur „Hallo“ und sonst gar nichts.", SH, None, "full"),
    ("spb startseite hallo leer", SH, None, "keywords"),
    ("Bin drin im Portal aber da is nix außer nem Hallo, was mach ich falsch?", SH, None, "colloquial"),
    ("Portal zeigt nur Halo an, keine Berichtsheft-Kachel", SH, None, "typo"),
    ("Warum ist die Startseite im Serviceportal Bildung bis auf ein Hallo voellig leer?", SH, None, "no-umlaut"),
    ("After logging in, the education portal only greets me with 'Hallo' and shows nothing else.", SH, None, "en"),
    # name-stimmt-nicht (the symptom: a name_correction request)
    ("Bei der Anmeldung bekomme ich die Meldung, dass mein Name nicht zu dem im Ausbildungsvertrag passt – was kann ich tun?", NAME, NC, "full"),
    ("name passt nicht zum vertrag login fehler", NAME, NC, "keywords"),
    ("Ich heiße eigentlich Anna-Lena, hab mich aber nur als Anna registriert und jetzt meckert das System beim Login", NAME, NC, "colloquial"),
    ("Fehlermeldug: eingegebener Name weicht vom Vertrag ab", NAME, NC, "typo"),
    ("Mein zweiter Vorname steht im Vertrag, aber nicht in meinem Konto, deshalb komme ich nicht rein – koennen Sie das anpassen?", NAME, NC, "no-umlaut"),
    ("The portal says my name doesn't match my apprenticeship contract, so I can't sign in.", NAME, NC, "en"),
    ("I left out my middle name when I registered and now the login fails – how do I fix that?", NAME, NC, "en"),
    # kein-zugriff-trotz-registrierung
    ("Unsere Ausbilderinnen haben sich registriert, können das Berichtsheft aber trotzdem nicht öffnen – woran liegt das?", KZ, None, "full"),
    ("registriert aber kein zugriff serviceportal", KZ, None, "keywords"),
    ("Kollege hat nen Account angelegt, kommt aber einfach nicht ins Berichtsheft rein", KZ, None, "colloquial"),
    ("Mitarbieter registriert, trotzdem kein Zugrif aufs Portal", KZ, None, "typo"),
    ("Was muss ich als Admin tun, damit registrierte Kollegen auf das Berichtsheft zugreifen koennen?", KZ, None, "no-umlaut"),
    ("Our trainers created accounts weeks ago, but the education portal still locks them out.", KZ, None, "en"),
    ("Staff are registered in LUX-BS yet can't open the report books – is a role assignment missing?", KZ, None, "en"),
    # identnummer-nicht-gefunden
    ("Beim Registrieren heißt es, meine Identnummer sei im System der IHK nicht vorhanden – was nun?", IN, None, "full"),
    ("identnummer fehler ausbildungsverwaltung", IN, None, "keywords"),
    ("Wo steht eigentlich diese Identnummer, ich hab keine Ahnung wo ich die herkriege", IN, None, "colloquial"),
    ("Idenntnummer wird nich akzeptiert", IN, None, "typo"),
    ("Ich habe die Eintragungsbestaetigung nicht mehr, koennen Sie mir die Identnummer mailen?", IN, None, "no-umlaut"),
    ("The system says my ident number cannot be found in the IHK database.", IN, None, "en"),
    ("Where is the ID number I need for the report book registration printed?", IN, None, "en"),
    # mehrere-rollen-eine-email
    ("Ich bin in unserer Zentrale Ausbildungsadministratorin und in einer Tochterfirma Ausbilderin – geht das mit ein und derselben Mailadresse?", MR, None, "full"),
    ("mehrere rollen gleiche mailadresse", MR, None, "keywords"),
    ("Brauch ich für jede Firma ne eigene Mailadresse oder geht das auch mit einer?", MR, None, "colloquial"),
    ("Mehere Rollen mit der selben E-Mail Adresse möglich?", MR, None, "typo"),
    ("Wie bekomme ich mit meiner E-Mail-Adresse Berechtigungen fuer mehrere Unternehmen zugeordnet?", MR, None, "no-umlaut"),
    ("Can one e-mail address hold roles in two different training companies?", MR, None, "en"),
    ("I look after apprentices at two subsidiaries – do I need a second email address for the second company?", MR, None, "en"),
    # mehrere-betriebsstaetten
    ("Ich betreue drei Standorte – wo stelle ich im Portal ein, welchen ich gerade bearbeite?", MB, None, "full"),
    ("standort auswahl dropdown serviceportal", MB, None, "keywords"),
    ("Wo kann ich zwischen unseren Werken hin und her klicken?", MB, None, "colloquial"),
    ("Kann man im Portal mehrer Betriebsstaten gleichzeitig betreuen?", MB, None, "typo"),
    ("Ich sehe nur unsere Filiale in Hannover, wie wechsle ich zur Filiale in Goettingen?", MB, None, "no-umlaut"),
    ("How do I switch between our different company sites in the education portal?", MB, None, "en"),
    # azubi-entfernen
    ("Wie bekomme ich eine Auszubildende, die ihre Prüfung bestanden und uns verlassen hat, aus dem Self Service Portal raus?", DEL_AZUBI, DE, "full"),
    ("auszubildenden aus ssp entfernen", DEL_AZUBI, DE, "keywords"),
    ("Wie lange bleibt das Berichtsheft nach Ende der Ausbildung noch gespeichert?", AE, None, "full"),
    ("Unser Lehrling hat hingeschmissen, wie krieg ich den aus dem Portal?", DEL_AZUBI, DE, "colloquial"),
    ("Wird das Berichtsheft nach der Ausbildung automatisch geloescht oder muss ich das selbst machen?", AE, None, "no-umlaut"),
    ("Gilt in Baden-Württemberg eine andere Löschfrist für Berichtshefte?", AE, None, "full"),
    ("An apprentice quit last month – how can I take him off our list in the portal?", DEL_AZUBI, DE, "en"),
    ("How long is a report book kept after the apprenticeship ends?", AE, None, "en"),
    ("Azubi entferen im Portal, wie geht das?", DEL_AZUBI, DE, "typo"),
    # azubi-anlegen
    ("Unsere neuen Azubis sind bei der IHK schon eingetragen – wie bekomme ich sie als Administrator ins Self Service Portal?", AA, None, "full"),
    ("azubi verwaltung kachel anlegen", AA, None, "keywords"),
    ("Wo trag ich denn unsere neuen Lehrlinge im Portal ein?", AA, None, "colloquial"),
    ("Auszubildene hinzufügen im SSP, Vertrag ist schon eingetargen", AA, None, "typo"),
    ("Wo bekomme ich als Ausbildungsadministrator eine Uebersicht ueber alle unsere Azubis?", AA, None, "no-umlaut"),
    ("Our trainees' contracts are already on file with the chamber – how do I get them into the SSP?", AA, None, "en"),
    ("Where is the apprentice overview for training administrators?", AA, None, "en"),
    # user-geloescht-nicht-angezeigt (the symptom: a deletion request)
    ("Ich habe einen Ausbilder gelöscht und anschließend wieder neu angelegt, jetzt erscheint er nirgends mehr.", DEL_USER, DE, "full"),
    ("nutzer neu angelegt nach löschung unsichtbar", DEL_USER, DE, "keywords"),
    ("Hab nen Kollegen rausgelöscht und wieder reingemacht, jetzt ist der komplett weg", DEL_USER, DE, "colloquial"),
    ("Benutzer nach dem Löschen neu angelgt, taucht nicht auf", DEL_USER, DE, "typo"),
    ("Warum wird eine Kollegin nach dem Loeschen und erneuten Anlegen nicht mehr angezeigt?", DEL_USER, DE, "no-umlaut"),
    ("I deleted a user and set them up again, but now they don't appear anywhere.", DEL_USER, DE, "en"),
    ("Who is able to delete a user account in the SSP for good?", UG, None, "en"),
    # userdaten-bearbeiten
    ("Wie kann ich bei einem bereits angelegten Ausbilder den Nachnamen ändern?", NAME, NC, "full"),
    ("benutzerdaten ändern ssp", NAME, NC, "keywords"),
    ("Bei ner Kollegin ist der Name falsch geschrieben, wie bekomm ich das geändert?", NAME, NC, "colloquial"),
    ("Mailadrese von nem Ausbilder falsch hinterlegt, wie ändern?", NAME, NC, "typo"),
    ("Darf ich die Daten angelegter Nutzer selbst aendern oder muss das die IHK machen?", UB, None, "no-umlaut"),
    ("How can I update the surname of a trainer who got married?", NAME, NC, "en"),
    ("How do I edit the details of a user that's already set up in the portal?", NAME, NC, "en"),
    # ausbilder-freischalten
    ("Ich habe mich als Auszubildender angemeldet – muss mich jetzt noch jemand aus dem Betrieb freigeben?", AU, None, "full"),
    ("freischaltung azubi durch ausbilder", AU, None, "keywords"),
    ("Muss mein Chef mich erst freischalten bevor ich Berichte schreiben kann?", AU, None, "colloquial"),
    ("Wer schaltet mich fürs Berichsheft frei, mein Ausbilder?", AU, None, "typo"),
    ("Ist nach meiner Registrierung noch eine Bestaetigung durch den Ausbilder noetig?", AU, None, "no-umlaut"),
    ("Does my supervisor have to approve my account before I can use the report book?", AU, None, "en"),
    # andere-rolle-asta
    ("Im ASTA-Infocenter bin ich Ausbildungsleiter, im Self Service Portal aber nur einfacher Nutzer – wie ändere ich das?", AR, None, "full"),
    ("rolle ssp anders als asta", AR, None, "keywords"),
    ("Warum hab ich im SSP ne ganz andere Rolle als im ASTA?", AR, None, "colloquial"),
    ("Meine Rolle im Serviceportal passt nicht zum ASTA-Infocentr", AR, None, "typo"),
    ("Wer kann mir im SSP die richtige Rolle geben, wenn sie nicht mit dem ASTA uebereinstimmt?", AR, None, "no-umlaut"),
    ("My permissions in the SSP are different from the ones I have in ASTA – who can change them?", AR, None, "en"),
    # wer-registriert
    ("Wie finde ich heraus, welche Mitarbeitenden unseres Betriebs schon im SSP registriert sind?", WR, None, "full"),
    ("übersicht registrierte nutzer firma ssp", WR, None, "keywords"),
    ("Kann ich irgendwo sehen, wer von uns schon nen Account hat?", WR, None, "colloquial"),
    ("Liste der registrierten Kolegen in unserem Unternehmen anfodern", WR, None, "typo"),
    ("Koennen Sie mir sagen, welche Ausbilder unserer Firma bereits registriert sind?", WR, None, "no-umlaut"),
    ("How can I find out which of our employees already have an account in the SSP?", WR, None, "en"),
    # azubi-nicht-angezeigt
    ("Warum taucht unsere neue Auszubildende bei mir im Self Service Portal nicht auf?", AN, None, "full"),
    ("azubi nicht sichtbar ssp", AN, None, "keywords"),
    ("Ich find meinen neuen Azubi im Portal nirgends, obwohl der Vertrag läuft", AN, None, "colloquial"),
    ("Auszubildener wird nicht angezigt im SSP", AN, None, "typo"),
    ("Warum erscheint mein Auszubildender nicht in der Uebersicht, obwohl er schon angefangen hat?", AN, None, "no-umlaut"),
    ("My new apprentice doesn't show up in the Self Service Portal – why?", AN, None, "en"),
    ("I can't find my trainee in the SSP even though the contract is registered.", AN, None, "en"),
    # out of scope: near misses
    ("Wann finden die Zwischenprüfungen für Industriekaufleute im Frühjahr statt?", [], None, "oos"),
    ("Wie melde ich mich zur Abschlussprüfung an?", [], None, "oos"),
    ("Was passiert, wenn ich die Abschlussprüfung nicht bestehe?", [], None, "oos"),
    ("Wie viel Ausbildungsvergütung steht mir im zweiten Lehrjahr zu?", [], None, "oos"),
    ("Wie viele Urlaubstage habe ich als Azubi unter 18?", [], None, "oos"),
    ("Muss mein Betrieb mich für die Berufsschule freistellen?", [], None, "oos"),
    ("Zählt die Zeit in der Berufsschule als Arbeitszeit?", [], None, "oos"),
    ("Muss ich in der Ausbildung Überstunden machen?", [], None, "oos"),
    ("Wie beantrage ich bei der IHK eine Verkürzung meiner Ausbildung?", [], None, "oos"),
    ("Wo bekomme ich ein Ursprungszeugnis für den Export?", [], None, "oos"),
    ("Wo kann ich mich über freie Ausbildungsplätze in Hannover informieren?", [], None, "oos"),
    ("Welche Öffnungszeiten hat das Kundenzentrum der IHK?", [], None, "oos"),
    ("Wie ändere ich die Adresse unseres Unternehmens im Handelsregister?", [], None, "oos"),
    ("Ich habe mein Passwort für das ELSTER-Portal vergessen, wie setze ich es zurück?", [], None, "oos"),
    ("Wie logge ich mich in Moodle von der Berufsschule ein?", [], None, "oos"),
    ("Wie lösche ich meinen Account bei der Jobbörse der Arbeitsagentur?", [], None, "oos"),
    ("Wie viele Stunden pro Woche muss ich im Berichtsheft dokumentieren?", [], None, "oos"),
    ("Darf ich das Berichtsheft während der Arbeitszeit schreiben?", [], None, "oos"),
    ("Muss der Ausbilder jede Woche im Berichtsheft unterschreiben?", [], None, "oos"),
    ("Kann ich das Berichtsheft auch weiterhin auf Papier führen?", [], None, "oos"),
    ("Wie viele Zeichen muss ein Wochenbericht mindestens haben?", [], None, "oos"),
    ("Hallo, wie geht's dir heute?", [], None, "oos+smalltalk"),
    ("Danke, das war's schon.", [], None, "oos+smalltalk"),
    ("Bist du ein Mensch oder ein Computer?", [], None, "oos+smalltalk"),
    ("When is the final exam for mechatronics apprentices this year?", [], None, "oos+en"),
    ("How much holiday am I entitled to as an apprentice?", [], None, "oos+en"),
    ("What is the minimum wage for trainees in Germany?", [], None, "oos+en"),
    ("How do I reset my password for the vocational school's learning platform?", [], None, "oos+en"),
    ("Does the report book need to be written in German or can I write it in English?", [], None, "oos+en"),
    ("What's the weather like in Hannover today?", [], None, "oos+en+smalltalk"),
    ("Can the IHK help me find a new training company after I was dismissed?", [], None, "oos+en"),
    ("Who signs the report book at the end of each month?", [], None, "oos+en"),
]

if __name__ == "__main__":
    emit("clean", rows)
