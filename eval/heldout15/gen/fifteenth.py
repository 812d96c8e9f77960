"""heldout15 fifteenth-faq-questions.jsonl: questions to the invented fifteenth FAQ
("Gründungsservice online", IHK Nordheide), written as a user who has not seen the entries;
76 in scope (some accept two entries) and 19 near misses out of scope. Written by hand; run to
rewrite ../fifteenth-faq-questions.jsonl."""
from common import FIFTEENTH, write

ROWS = [
    # erstberatung-buchen
    ("Wie komme ich an einen Termin, um meine Geschäftsidee mit jemandem von der IHK durchzusprechen?", "EB", "full"),
    ("Kann ich das Gründungsgespräch auch von zu Hause aus per Laptop machen?", "EB", "colloquial"),
    ("I'd like to talk through my start-up plans in English — can I book a session like that?", "EB", "en+full"),
    ("Mir ist was dazwischengekommen, wie verschiebe ich meinen Beratungstermin am Donnerstag?", "EB", "colloquial"),
    ("erstgespraech gruendung termin online", "EB", "noumlaut+keywords+lower"),
    # businessplan-check
    ("Könnt ihr mal über meinen Businessplan drüberschauen, bevor ich damit zur Bank gehe?", "BP", "colloquial"),
    ("How soon do I hear back after uploading my business plan for review?", "BP", "en+full"),
    ("Habt ihr eine Musterdatei, in die ich meine Umsatz- und Kostenplanung eintragen kann?", "BP", "full"),
    ("Schreibt die IHK mir den Businessplan, wenn ich selbst nicht weiß, wie das geht?", "BP", "full"),
    ("Darf ich den ueberarbeiteten Plan nach eurem Feedback ein zweites Mal pruefen lassen?", "BP", "noumlaut"),
    # gruendungsseminare
    ("Wann ist der nächste Samstagskurs für Leute, die sich selbstständig machen wollen?", "GS", "full"),
    ("Are there evening webinars on bookkeeping for new business owners?", "GS", "en+full"),
    ("Ich hab mich fürs Samstagsseminar angemeldt, kann aber nicht – darf meine Schwester für mich higehen?", "GS", "typo"),
    ("gruenderseminar steuern abends online anmeldung", "GS", "noumlaut+keywords+lower"),
    # nebenerwerb
    ("Ich bin Vollzeit bei einer Versicherung angestellt und will nebenbei Hochzeitsfotos machen – darf ich das einfach?", "NE", "full"),
    ("Do I need my boss's permission to run a small online shop on the side?", "NE", "en+full"),
    ("Ich bekomme gerade Arbeitslosengeld – wie viele Stunden darf ich nebenbei selbstständig arbeiten?", "NE", "full"),
    ("nebenberuflich gruenden was beachten", "NE", "noumlaut+keywords+lower"),
    # stellungnahme-gruendungszuschuss
    ("Die Arbeitsagentur will für den Gründungszuschuss ein Gutachten von einer fachkundigen Stelle – macht ihr das?", "SZ", "colloquial"),
    ("How many working days should I allow for your viability assessment for the employment agency?", "SZ", "en+full"),
    ("Und wenn ihr sagt, mein Konzept trägt sich nicht – ist der Zuschuss dann gestorben?", "SZ", "colloquial"),
    ("Schickt ihr die Stelungnahme direkt an meine Arbeitsvermitlerin?", "SZ", "typo"),
    ("My unemployment benefit runs out in four months — is there still time to apply for the start-up grant statement?", "SZ", "en+full"),
    # stellungnahme-aufenthalt
    ("Hello, I'm Rahul from Pune and want to open a small software company in your district. The immigration office "
     "says the chamber has to assess my plan first — how does that work? Thanks, Rahul Deshpande", "SA",
     "chat+en+greeting+self-intro+name+thanks"),
    ("Wie lange braucht die IHK fuer ihre Einschaetzung an die Auslaenderbehoerde?", "SA", "noumlaut"),
    ("Do you accept the business plan in English for the residence permit check?", "SA", "en+full"),
    ("Entscheidet die IHK, ob ich das Visum als Selbstständiger bekomme?", "SA", "full"),
    # foerdermittel-finanzierung
    ("Gibt mir die IHK Startkapital für meinen Foodtruck?", "FM", "colloquial"),
    ("Can I get the KfW StartGeld loan directly from you, or who handles that?", "FM", "en+full"),
    ("Meine Bank will Sicherheiten, die ich nicht habe – gibt es da irgendeine Hilfe?", "FM", "colloquial"),
    ("Wird ein externer Unternehmensberater in den ersten Jahren nach der Gründung bezuschust?", "FM", "typo"),
    ("foerderbank beratungstermin bei der ihk", "FM", "noumlaut+keywords+lower"),
    # unterlagen-checkliste
    ("Do I need to prepare any paperwork before my first meeting with your start-up adviser?", "UL EB", "en+full"),
    ("Muss in den Finanzplan auch rein, was ich privat zum Leben brauche?", "UL", "colloquial"),
    ("Kann ich den Finanzplan als Excel-Tabelle hochladen oder nur als PDF?", "UL", "full"),
    ("Ich sollte vor fünf Wochen Unterlagen nachreichen und hab's nicht geschafft – ist mein Antrag jetzt weg?", "UL", "colloquial"),
    # gewerbeanmeldung-hinweise
    ("Nimmt die IHK auch Gewerbeanmeldungen entgegen, oder muss ich dafür woandershin?", "GA", "full"),
    ("How much does it cost to register a business with the local trade office?", "GA", "en+full"),
    ("Ich arbeite künftig freiberuflich als Lektorin – muss ich trotzdem aufs Gewerbeamt?", "GA", "full"),
    ("I want to work as an insurance broker — can I just register and start?", "GA", "en+full"),
    ("gewerbe anmelden online gemeinde personalausweis", "GA", "keywords+lower"),
    # nachfolgeboerse
    ("Guten Tag, ich möchte mein Schreibwarengeschäft in Heidau in ein paar Jahren abgeben. Wie finde ich über die "
     "IHK einen Nachfolger? Gruß, Reinhard Carstens, Papeterie Carstens", "NB",
     "chat+greeting+signature+company"),
    ("I'd rather buy a running company than start from zero. Where do I find ones that are for sale?", "NB", "en+full"),
    ("Sehen andere, wer ich bin, wenn ich meinen Betrieb in der Börse anbiete?", "NB", "colloquial"),
    ("Schätzt die IHK, was mein Laden beim Verkauf wert ist?", "NB", "full"),
    ("nachfolge sprechtag anwalt steuerberater termin", "NB", "keywords+lower"),
    # kosten-gebuehren
    ("Do I pay the IHK membership fee straight away once my business is registered?", "KO", "en+full"),
    ("Ich brauche die Stellungnahme noch ein zweites Mal auf Papier – kostet das was?", "KO", "full"),
    ("Was zahle ich bei euch insgesamt, wenn ich Beratung, Businessplan-Check und das Samstagsseminar mitnehme?", "KO", "full"),
    # gruenderportal-konto
    ("Ich hab mich im Portal für Gründer registriert, aber die Mail mit dem Link kam nie an – was jetzt?", "GP", "colloquial"),
    ("I forgot my password for the founders' portal and the reset link has already expired.", "GP", "en+full"),
    ("Kann mein Mitgründer im Portal auf die selben Unterlagen zugreiffen wie ich?", "GP", "typo"),
    ("portal gesperrt nach falschem passwort wie lange", "GP", "keywords+lower"),
    # datenschutz-vertraulichkeit
    ("Gebt ihr meine Geschäftsidee an andere weiter, zum Beispiel an die Bank?", "DS", "colloquial"),
    ("For how many years do my busines plan files stay on your servers?", "DS", "en+typo"),
    ("Ich will wissen, welche Daten ihr über mich gespeichert habt – an wen wende ich mich?", "DS", "full"),
    ("Will my idea end up with anyone outside the IHK if I upload it?", "DS", "en+full"),
    # kontakt-gruendungsservice
    ("Kann ich bei euch einfach anrufen und eine kurze Frage zur Gründung stellen, ohne Termin?", "KT", "colloquial"),
    ("What are your opening hours on Fridays?", "KT", "en+full"),
    ("Wo genau ist euer Büro, und gibt es dort Parkplätze?", "KT", "full"),
    ("Welche Durchwahl gilt, wenn es um die Stellungnahme für die Arbeitsagentur geht?", "KT", "full"),
    # questions that accept two entries
    ("Was muss ich für die Bescheinigung zur Tragfähigkeit bezahlen, und fällt die Gebühr auch an, wenn ihr mein Vorhaben ablehnt?", "SZ KO", "full"),
    ("What paperwork goes with my request for the Gründungszuschuss assessment?", "SZ UL", "en+full"),
    ("Do you charge anything for looking over my business plan, and when would I get your feedback?", "BP KO", "en+full"),
    ("Ich will neben meinem Job einen kleinen Onlineshop aufmachen – muss ich dafür extra zum Gewerbeamt?", "NE GA", "full"),
    ("How much is the full-day seminar, and can I cancel for free?", "GS KO", "en+full"),
    ("Ich wollte einen Beratungstermin buchen, aber ich komm nicht ins Portal rein – Passwort falsch.", "EB GP", "colloquial"),
    ("Wie kann ich meinen hochgeladenen Businessplan wieder loeschen lassen, wenn ich die Gruendung abblase?", "DS GP", "noumlaut"),
    ("Bin ich nach der Gewerbeanmeldung automatisch IHK-Mitglied, und was kostet das im ersten Jahr?", "GA KO", "full"),
    ("Will my video consultation be recorded, and do I need to install anything?", "EB DS", "en+full"),
    ("Sollte ich vor dem Antrag auf Stellungnahme erstmal den Businessplan-Check machen?", "BP SZ", "full"),
    ("Which papers does the immigration office's request need from me, and can they be in English?", "SA UL", "en+full"),
    ("Bekomme ich den Gründungszuschuss auch, wenn ich nur nebenbei selbstständig bin?", "NE SZ", "full"),
    ("kostet die nachfolgebörse was, und bleibt mein name geheim?", "NB KO", "lower+colloquial"),
    ("Gibt es für Leute, die erstmal nebenbei anfangen wollen, ein eigenes Infoangebot?", "NE GS", "full"),
    ("Can I get advice on funding programmes by phone, and which number do I call?", "FM KT", "en+full"),
    # near misses out of scope (19)
    ("Muss ich mich als hauptberuflich Selbstständige privat krankenversichern?", "", "oos+full"),
    ("Wie melde ich meinen Firmennamen als Marke beim Patentamt an?", "", "oos+full"),
    ("What has to go into the legal notice (Impressum) on my shop's website?", "", "oos+en"),
    ("How much share capital do I need for a GmbH, and do I have to see a notary?", "", "oos+en"),
    ("Muss ich mich als freie Illustratorin bei der Künstlersozialkasse melden?", "", "oos+full"),
    ("Wie hoch ist das Einstiegsgeld vom Jobcenter, wenn ich aus dem Bürgergeld heraus gründe?", "", "oos+full"),
    ("Which bank has the best business account for freelancers?", "", "oos+en"),
    ("Schaut sich jemand bei euch den Gewerbemietvertrag für mein Ladenlokal an, bevor ich unterschreibe?", "", "oos+full"),
    ("How do I find out whether the pension insurance sees me as genuinely self-employed?", "", "oos+en"),
    ("Brauche ich eine Reisegewerbekarte, wenn ich mit meinem Crêpes-Stand über die Wochenmärkte fahre?", "", "oos+full"),
    ("Ist das Franchise-Angebot von dieser Burgerkette, das mir vorliegt, seriös?", "", "oos+colloquial"),
    ("Wie bekomme ich eine Betriebsnummer, wenn ich meine erste Aushilfe einstelle?", "", "oos+full"),
    ("Wie sichere ich mir eine passende Internetadresse für meinen Firmennamen?", "", "oos+full"),
    ("Which crowdfunding platform works best for a board-game start-up?", "", "oos+en"),
    ("Wie bekommt meine Auszubildende ihr Berichtsheft beim Betriebswechsel mit?", "", "oos+berichtsheft"),
    ("Wer schaltet unsere neuen Azubis im Self Service Portal frei?", "", "oos+berichtsheft"),
    ("Spielst du eigentlich gern Schach?", "", "oos+smalltalk"),
    ("Okay, danke schön, das reicht mir.", "", "oos+thanks"),
    ("Welche betriebliche Haftpflicht brauche ich als Gründerin eines Cafés?", "", "oos+full"),
]

if __name__ == "__main__":
    write("fifteenth-faq-questions", ROWS, alias=FIFTEENTH, requests=False)
