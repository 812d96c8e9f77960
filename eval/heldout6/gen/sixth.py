"""sixth-faq-questions.jsonl: questions about the invented "Ursprungszeugnisse online" help
center in ../sixth-faq/ (written after its entries; clean and chat, ~30 % English, ~20 % out of
scope incl. Berichtsheft and exam-candidate questions)."""
from common import emit

FR = ["firmenzugang-registrieren"]
BV = ["benutzer-verwalten"]
ES = ["elektronische-signatur"]
UB = ["ursprungszeugnis-beantragen"]
AU = ["anlagen-ursprungsnachweis"]
UL = ["ursprungsland-bestimmen"]
HR = ["handelsrechnung-bescheinigen"]
BZ = ["bearbeitungszeit"]
GR = ["gebuehren-rechnung"]
ZA = ["zeugnis-ausdrucken"]
KS = ["korrektur-stornierung"]
AD = ["andere-exportdokumente"]
CA = ["carnet-ata"]
KA = ["kontakt-aussenwirtschaft"]

rows = [
    # firmenzugang-registrieren
    ("Unsere Firma will zum ersten Mal Ursprungszeugnisse online beantragen – wie kommen wir an einen Zugang?", FR, None, "full"),
    ("registrierung exportportal neue firma handelsregisterauszug", FR, None, "keywords"),
    ("Wir exportieren ab nächstem Quartal nach Ägypten. Wie melden wir uns im Portal für Ursprungszeugnisse an? Gruß, Tanja Riedel, Export, Kugellager Nord GmbH", FR, None, "chat+signature"),
    ("How does a company sign up for the online certificate of origin service?", FR, None, "en"),
    ("hi, we're a new exporter – what do we need to send the chamber to get access to the origin certificate portal? thanks, ravi", FR, None, "chat+en+lower"),
    ("Braucht ihr nen Handelsregisterauszug, damit wir einen Firmenzugang kriegen?", FR, None, "colloquial"),
    # benutzer-verwalten
    ("Wie kann ich einer Kollegin aus dem Versand ein eigenes Konto im Ursprungszeugnis-Portal einrichten?", BV, None, "full"),
    ("Ich habe mein Passwort für das Exportportal vergessen, wie setze ich es zurück?", BV, None, "full"),
    ("Can our main user give a second colleague the right to sign applications?", BV + ES, None, "en"),
    ("Moin, unser Hauptnutzer ist in Rente gegangen. Wer legt jetzt neue Benutzer an? Viele Grüße, Jörg Haverkamp, Haverkamp Maschinenbau", BV, None, "chat+signature"),
    ("how do i add another user to our company account?", BV, None, "en+lower"),
    # elektronische-signatur
    ("Brauche ich eine Signaturkarte, um Ursprungszeugnisse zu beantragen, oder geht das auch ohne?", ES, None, "full"),
    ("Kann ich die Anträge auch per Fernsignatur über das Handy unterschreiben?", ES, None, "full"),
    ("What type of e-signature does the portal accept when we send off a request?", ES, None, "en"),
    ("Hallo, unser neuer Exportleiter soll künftig die Anträge signieren. Was muss er dafür bei der IHK hinterlegen? Gruß, Anke Sievers, Geschäftsführung, Sievers Agrartechnik KG, Tel. 04231 555 0160", ES, None, "chat+signature+phone"),
    ("signatur antrag ursprungszeugnis kartenleser", ES, None, "keywords"),
    ("Do I need a card reader to sign the application?", ES, None, "en"),
    # ursprungszeugnis-beantragen
    ("Wie stelle ich einen Antrag auf ein Ursprungszeugnis für eine Lieferung nach Saudi-Arabien?", UB, None, "full"),
    ("Welche Angaben muss ich im Antragsformular fürs Ursprungszeugnis machen?", UB, None, "full"),
    ("Can I save the consignee and goods description as a template for future applications?", UB, None, "en"),
    ("ursprungszeugnis online beantragen schritt für schritt", UB, None, "keywords"),
    ("Guten Tag, ich bin neu in der Exportabteilung der Fenske Pumpen GmbH und soll heute mein erstes Ursprungszeugnis beantragen. Wie gehe ich vor? Danke, Lena Fenske", UB, None, "chat+signature"),
    ("never done this before – where do i start a new origin certificate request?", UB, None, "en+lower"),
    # anlagen-ursprungsnachweis
    ("Welche Dokumente muss ich beim Antrag auf ein Ursprungszeugnis hochladen?", AU, None, "full"),
    ("Wir handeln nur mit Waren und stellen sie nicht selbst her – was brauchen wir als Nachweis des Ursprungs?", AU, None, "full"),
    ("Wie groß dürfen die PDF-Dateien beim Hochladen sein?", AU, None, "full"),
    ("Is a supplier's declaration enough as proof of origin for goods we bought from another manufacturer?", AU, None, "en"),
    ("Hallo, das Portal nimmt meine Anlage nicht an, sie ist 8 MB groß. Gibt es eine Grenze? Gruß, Tobias Rahn", AU, None, "chat"),
    ("which attachments are required for a certificate of origin application?", AU, None, "en+lower"),
    # ursprungsland-bestimmen
    ("Was trage ich als Ursprungsland ein, wenn die Ware in China gefertigt und bei uns nur verpackt wurde?", UL, None, "full"),
    ("Darf ich als Ursprungsland einfach 'Europäische Union' angeben?", UL, None, "full"),
    ("How do I determine the country of origin for a machine assembled in Germany from imported parts?", UL, None, "en"),
    ("Hallo, kann mir die IHK verbindlich sagen, welchen Ursprung unsere Ware hat? Wir sind unsicher. Viele Grüße, Kerstin Lau, Zoll & Versand, Nordsee Feinkost GmbH", UL, None, "chat+signature"),
    ("welches land als ursprung angeben", UL, None, "keywords"),
    # handelsrechnung-bescheinigen
    ("Unser Kunde in Kuwait will eine von der IHK bestätigte Handelsrechnung – geht das über das Portal?", HR, None, "full"),
    ("Our buyer also wants the invoice stamped by the chamber – can that be done in the same request as the origin certificate?", HR, None, "en"),
    ("Was muss auf der Rechnung stehen, damit die IHK sie bescheinigt?", HR, None, "full"),
    ("Guten Tag, bestätigt die IHK bei einer beglaubigten Rechnung auch die Preise? Unser Importeur fragt danach. Mit freundlichen Grüßen, Pascal Wiebe", HR, None, "chat+signature"),
    ("rechnung bescheinigen lassen export", HR, None, "keywords"),
    # bearbeitungszeit
    ("Wie schnell bekomme ich mein Ursprungszeugnis, wenn ich den Antrag heute Vormittag abschicke?", BZ, None, "full"),
    ("How quickly do you usually turn around a certificate request?", BZ, None, "en"),
    ("Hallo, unser Container geht morgen früh raus und der Antrag ist noch nicht genehmigt. Wie kann ich das beschleunigen? Gruß, Daniel Ortmann, Ortmann Logistik", BZ, None, "chat+signature"),
    ("Wo sehe ich, ob mein Antrag schon bearbeitet wurde?", BZ, None, "full"),
    ("wie schnell ursprungszeugnis fertig", BZ, None, "keywords"),
    # gebuehren-rechnung
    ("Welche Gebühr nimmt die IHK pro Ursprungszeugnis?", GR, None, "full"),
    ("Wie viel muss ich für zusätzliche Kopien bezahlen?", GR, None, "full"),
    ("Where can I download the invoices for our certificate fees?", GR, None, "en"),
    ("Moin, können wir die Gebühren auch per Überweisung statt Lastschrift zahlen? Gruß aus Bremerhaven, Heiko Janssen, Buchhaltung", GR, None, "chat+signature"),
    ("are the fees charged per application or once a month?", GR, None, "en+lower"),
    ("gebühren handelsrechnung bescheinigung", GR, None, "keywords"),
    # zeugnis-ausdrucken
    ("Muss ich für das freigegebene Zeugnis spezielles Papier in den Drucker legen?", ZA, None, "full"),
    ("Kann die IHK das Zeugnis auch auf dem offiziellen Formular drucken und uns schicken?", ZA, None, "full"),
    ("The approved certificate prints out too small – is that a problem?", ZA, None, "en"),
    ("Hallo, wofür ist eigentlich der QR-Code auf dem ausgedruckten Zeugnis? Unser Kunde in Marokko fragt. Gruß, Yasemin Aksoy", ZA, None, "chat"),
    ("ursprungszeugnis drucken a4", ZA, None, "keywords"),
    ("how do i print the certificate once it's approved?", ZA, None, "en+lower"),
    # korrektur-stornierung
    ("Ich habe im Antrag das falsche Empfängerland eingetragen, aber er ist noch nicht bearbeitet – was tun?", KS, None, "full"),
    ("Im ausgestellten Ursprungszeugnis ist die Stückzahl falsch, wie bekomme ich ein berichtigtes?", KS, None, "full"),
    ("Is there a fee if I cancel an application before it's processed?", KS, None, "en"),
    ("Guten Tag, unser Kunde hat den Auftrag storniert. Können wir das bereits beantragte Zeugnis zurückziehen? Mit freundlichen Grüßen, Volker Sand, Sand Armaturen GmbH", KS, None, "chat+signature"),
    ("ersatzzeugnis beantragen fehler", KS, None, "keywords"),
    ("We spotted a typo in the consignee's address on an issued certificate. How do we get it corrected?", KS, None, "en"),
    # andere-exportdokumente
    ("Kann ich auch eine Packliste von der IHK bescheinigen lassen?", AD, None, "full"),
    ("Stellt die IHK auch eine Apostille für unsere Exportunterlagen aus?", AD, None, "full"),
    ("Can you certify a power of attorney for our agent in Brazil?", AD, None, "en"),
    ("Hallo, unser Kunde verlangt eine beglaubigte Preisliste. Geht das auch über das Portal? Danke, Ramona Bleck, Vertrieb", AD, None, "chat+signature"),
    ("vollmacht bescheinigung ihk export", AD, None, "keywords"),
    # carnet-ata
    ("Wir fahren mit Messeständen nach Dubai – wie bekommen wir ein Carnet ATA?", CA, None, "full"),
    ("Can I apply for an ATA carnet in the online portal?", CA, None, "en"),
    ("Muss man für ein Carnet eine Sicherheit hinterlegen?", CA, None, "full"),
    ("Hallo, ich bin Fotograf und nehme meine Ausrüstung für einen Auftrag mit in die Schweiz. Brauche ich dafür so ein Carnet und wo bekomme ich das? Gruß, Malte Reuter", CA, None, "chat"),
    ("carnet wo beantragen ausland", CA, None, "keywords"),
    # kontakt-aussenwirtschaft
    ("Unter welcher Nummer erreiche ich jemanden, der sich mit Ursprungszeugnissen auskennt?", KA, None, "full"),
    ("What are the opening hours of the foreign trade team?", KA, None, "en"),
    ("Hallo, ich habe eine Frage zu unserem Antrag 2024-0815. An wen kann ich mich wenden? Gruß, Britta Evers, Evers Kunststofftechnik", KA, None, "chat+signature"),
    ("email adresse außenwirtschaft ihk ursprung", KA, None, "keywords"),
    # out of scope
    ("Wie exportiere ich mein digitales Berichtsheft?", [], None, "oos+berichtsheft"),
    ("Wann ist meine Abschlussprüfung als Kaufmann im Groß- und Außenhandel?", [], None, "oos+exam"),
    ("Ich bin Prüfling und habe meine Zulassung zur Prüfung noch nicht bekommen – an wen wende ich mich?", [], None, "oos+exam"),
    ("Brauche ich für die Ausfuhr nach Norwegen eine Warenverkehrsbescheinigung EUR.1?", [], None, "oos"),
    ("Wie melde ich eine Ausfuhr beim Zoll über ATLAS an?", [], None, "oos"),
    ("Welche Zollsätze gelten für Maschinen in den USA?", [], None, "oos"),
    ("Where do I apply for an EORI number?", [], None, "oos+en"),
    ("Wie registriere ich meinen Azubi im Serviceportal Bildung?", [], None, "oos+berichtsheft"),
    ("How do I export my report book to another IHK?", [], None, "oos+en+berichtsheft"),
    ("When will I get my exam results?", [], None, "oos+en+exam"),
    ("Do I need an export licence for dual-use goods?", [], None, "oos+en"),
    ("Can the IHK help me find a distributor in India?", [], None, "oos+en"),
    ("Hallo, wie viel Urlaub steht einem Azubi im Außenhandel zu? Gruß, Jana", [], None, "oos+chat"),
    ("Guten Tag, ich brauche eine beglaubigte Übersetzung meines Abiturzeugnisses. Macht das die IHK? Mit freundlichen Grüßen, Olga Petrenko", [], None, "oos+chat"),
    ("Wie hoch ist der IHK-Mitgliedsbeitrag für unser Unternehmen?", [], None, "oos"),
    ("What's the weather like in Dubai in March?", [], None, "oos+en+smalltalk"),
    ("Danke, das hilft mir sehr weiter!", [], None, "oos+smalltalk"),
    ("Mein Passwort für das Serviceportal Bildung funktioniert nicht mehr.", [], None, "oos+berichtsheft"),
    ("Wie bekomme ich ein Führungszeugnis für meine Bewerbung?", [], None, "oos"),
]

if __name__ == "__main__":
    emit("sixth-faq-questions", rows)
