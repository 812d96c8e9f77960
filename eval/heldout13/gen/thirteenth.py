"""heldout13 thirteenth-faq-questions.jsonl: questions to the invented thirteenth FAQ
("Ursprungszeugnisse und Carnets online", IHK Musterhafen), written as a user who has not seen
the entries; 76 in scope (some accept two entries) and 19 near misses out of scope. Written by
hand; run to rewrite ../thirteenth-faq-questions.jsonl."""
from common import THIRTEENTH, write

ROWS = [
    # ursprungszeugnis-wann
    ("Unser Kunde in Saudi-Arabien will zur Lieferung ein Ursprungszeugnis sehen – ist so etwas bei jedem Export Pflicht?", "UW", "full"),
    ("Brauch ich so ein Ursprungsdings auch, wenn die Maschine bloß nach Österreich geht?", "UW", "colloquial"),
    ("ursprungszeugnis pflicht welche länder nachschlagen", "UW", "keywords+lower"),
    ("Our letter of credit from a bank in Nigeria lists a 'certificate of origin issued by a chamber of commerce' — is that something you provide?", "UW", "en+full"),
    # ursprung-nachweisen
    ("Unsere Pumpengehäuse werden in Tschechien gegossen und bei uns in Musterhafen montiert – welches Land ist dann das Ursprungsland?", "UR", "full"),
    ("Reicht es, wenn ich einfach 'EU' reinschreibe statt Deutschland?", "UR", "colloquial"),
    ("Which documents prove where our goods come from when we only resell them?", "UR", "en+full"),
    ("ist umpacken und neu etikettieren schon eine verarbeitung?", "UR", "lower"),
    ("We assemble bikes from frames made in Vietnam and German components — what origin do we declare?", "UR", "en+full"),
    # praeferenz-abgrenzung
    ("Kann ich bei euch auch die EUR.1 für unsere Lieferung in die Schweiz bekommen?", "PA", "full"),
    ("Spart mein Kunde in Japan mit einem Ursprungszeugnis Zoll?", "PA", "full"),
    ("What's the difference between your certificate and a statement on origin on the invoice?", "PA", "en+full"),
    ("Wo lass ich die Warenverkehrsbescheinigung abstempeln, wenn nicht bei der IHK?", "PA", "colloquial"),
    ("präferenz nichtpräferenziell ursprung unterschied", "PA", "keywords+lower"),
    # zugang-registrierung
    ("Wir wollen künftig online Ursprungszeugnisse beantragen – was müssen wir einreichen, um einen Zugang zu bekommen?", "ZR", "full"),
    ("Meine Kollegin aus dem Versand braucht auch einen Login – kann ich den selbst anlegen?", "ZR", "colloquial"),
    ("I've been locked out after typing the wrong password a few times, how do I get back in?", "ZR", "en+colloquial"),
    ("Can our freight forwarder submit applications on our behalf?", "ZR", "en+full"),
    ("Ein Mitarbeiter aus der Exportabteilung hat gekündigt – wie nehme ich ihm den Zugang weg?", "ZR", "full"),
    # antrag-ausfuellen
    ("Reicht als Warenbeschreibung 'Zubehör lt. Rechnung', oder muss das genauer sein?", "AT", "full"),
    ("Die Bank will die Akkreditivnummer auf dem Zeugnis haben – wo trage ich die ein?", "AT", "full"),
    ("We ship the same spare parts kit every month — can I save the application and reuse it?", "AT", "en+full"),
    ("Wer kommt ins Empfängerfeld, wenn der Käufer in Riad sitzt, die Ware aber an seinen Spediteur in Dammam geht?", "AT", "full"),
    ("Can I put our unit prices on the certificate? The customer asked for it.", "AT", "en+full"),
    # ausdruck-versand
    ("Muss ich das Ursprungszeugniss nach dem Ausdrucken noch unterschreiben und stempeln?", "AV", "typo"),
    ("Geht normales Druckerpapier oder brauch ich dafür so Spezialpapier?", "AV", "colloquial"),
    ("How can my customer in Egypt check that the printed certificate is genuine?", "AV", "en+full"),
    ("Kann ich das Original lieber bei euch vorbeiholen statt es selbst zu drucken?", "AV", "colloquial"),
    ("Our importer needs three copies of the certificate — how do I get them?", "AV", "en+full"),
    # gebuehren-rechnung
    ("Was zahlen wir pro Ursprungszeugnis, wenn wir es online beantragen?", "GB", "full"),
    ("Kommt fuer jede Bescheinigung eine eigene Rechnung oder wird das gesammelt abgerechnet?", "GB", "noumlaut"),
    ("Lohnt es sich preislich, online zu beantragen, oder ist der Papierantrag am Schalter genauso teuer?", "GB", "full"),
    ("Wird das von unserem IHK-Beitrag schon abgedeckt oder kostet das extra?", "GB", "colloquial"),
    # bearbeitungszeit
    ("Wenn ich heute Nachmittag um drei den Antrag abschicke, hab ich das Zeugnis dann noch heute?", "BZ", "colloquial"),
    ("Der Container geht morgen früh aufs Schiff – könnt ihr das heute noch schnell durchwinken?", "BZ", "colloquial"),
    ("Do you proccess applications on saturdays?", "BZ", "en+typo"),
    ("Woran sehe ich, ob mein Antrag schon geprueft wird?", "BZ", "noumlaut"),
    # korrektur-ablehnung
    ("Im ausgestellten Zeugnis ist die Stückzahl falsch – könnt ihr das einfach ändern?", "KA", "full"),
    ("Die IHK hat meinen Antrag zurückgewiesn, woran kann das liegen?", "KA", "typo"),
    ("The original got lost in the post to our customer in Kenya — can I get a replacement?", "KA", "en+full"),
    ("We noticed a typo in the consignee's address after the certificate was issued. What do we do?", "KA", "en+full"),
    # handelsrechnung-beglaubigung
    ("Unsere Kunden in Ägypten wollen eine von der Kammer bestätigte Rechnung – macht ihr so was?", "HB", "colloquial"),
    ("Can you put an apostille on our export invoice?", "HB", "en+full"),
    ("Die Botschaft von Kuwait will die Papiere legalisiert haben – übernimmt das die IHK gleich mit?", "HB", "full"),
    ("Prueft die IHK bei der Beglaubigung eigentlich auch unsere Preise?", "HB", "noumlaut"),
    ("packliste beglaubigen lassen", "HB", "keywords+lower"),
    # carnet-ata-grundlagen
    ("Wir fahren mit unserem Messestand nach Basel – was brauchen wir, damit der Zoll an der Grenze keine Abgaben verlangt?", "CG", "full"),
    ("Kann ich mit dem Carnet auch Prospekte und Give-aways für die Messe mitnehmen?", "CG", "full"),
    ("I'm a photographer travelling to Norway with my camera gear for a shoot — is a carnet the right document?", "CG", "en+full"),
    ("carnet ata welche länder", "CG", "keywords+lower"),
    ("Unser Servicetechniker fährt regelmäßig mit seinem Werkzeugkoffer zu Kunden in die Schweiz – gibt es dafür ein Dokument, das ein ganzes Jahr gilt?", "CG", "full"),
    # carnet-beantragen
    ("Unsere Messeausstattung ist rund 80.000 Euro wert – welche Summe müssen wir beim Carnet als Absicherung stellen?", "CB", "full"),
    ("How detailed does the list of equipment for a carnet have to be — do I need serial numbers?", "CB", "en+full"),
    ("Was kostet uns ein Carnet, und kommt da noch was obendrauf?", "CB", "colloquial"),
    ("Kann ich das Carnet wie das Ursprungszeugnis selbst ausdrucken?", "CB", "full"),
    # carnet-unterwegs-rueckgabe
    ("Beim Rückflug hat der Zoll vergesen, das Carnet abzustempeln – was jetzt?", "CU", "typo"),
    ("Unser Carnet läuft nächsten Monat ab, die Ausstellung in Dubai geht aber länger – kann man das verlängern?", "CU", "full"),
    ("When do we get our deposit back after returning the carnet?", "CU", "en+full"),
    ("carnet gestohlen", "CU", "keywords+lower"),
    ("Welche Blätter muss der Zoll bei der Ausreise in die Schweiz abstempeln?", "CU", "full"),
    # kontakt-beratung
    ("Unter welcher Nummer erreiche ich jemanden wegen eines Ursprungszeugnisses?", "KB", "full"),
    ("Bietet ihr auch Kurse an, in denen man die Ursprungsregeln erklärt bekommt?", "KB", "colloquial"),
    ("ansprechpartner carnet telefon", "KB", "keywords+lower"),
    ("Can I come by for a personal consultation about our first export to Iraq?", "KB", "en+full"),
    ("Hallo, Frank Olsen von Olsen Armaturen hier. Ich habe eine Frage zu unserem Antrag von gestern – an wen wende ich mich, und was muss ich angeben? Gruß, Frank Olsen", "KB", "chat+greeting+name+company"),
    # questions that accept two entries
    ("How much extra is it if I need the certificate urgently?", "GB BZ", "en+full"),
    ("Kostet es was, wenn mein Antrag abgelehnt wird?", "GB KA", "full"),
    ("Im Portal steht bei meinem Antrag jetzt 'Rückfrage' – heißt das, er wird nicht bearbeitet, und wie antworte ich?", "BZ KA", "full"),
    ("Unser Techniker fliegt übermorgen mit Messgeräten nach Kanada – schaffen wir das Carnet bis dahin noch?", "CB BZ", "full"),
    ("Who do I contact if uploading the invoice PDF keeps failing in the portal?", "KB AT", "en+full"),
    ("Unser Kunde in Südkorea verlangt ein Ursprungszeugnis und zusätzlich eine EUR.1 – bekomme ich beides bei euch?", "PA UW", "full"),
    ("Our supplier only gave us a long-term supplier's declaration for preferential origin — is that enough to get a certificate of origin?", "UR PA", "en+full"),
    ("Ich hab den Ausdruck verschusselt, bevor er beim Kunden war – wie komme ich an ein neues Original?", "AV KA", "colloquial"),
    ("Das Original ist auf dem Postweg verschwunden – was berechnet ihr für ein neues?", "GB KA", "full"),
    ("Does the chamber also certify the commercial invoice when I apply for the certificate, and what does that cost?", "HB GB", "en+full"),
    ("Hi, we're taking sample machines to a trade fair in London and will probably sell them there at the end. Carnet or certificate of origin? Thanks, Grace Obi, Obi Machinery", "CG UW", "chat+en+greeting+name+company"),
    # near misses out of scope (19)
    ("Welche Zolltarifnummer hat ein E-Bike?", "", "oos+full"),
    ("Brauche ich eine Ausfuhrgenehmigung vom BAFA für unsere Dual-Use-Güter?", "", "oos+full"),
    ("Wie melde ich eine Ausfuhr über ATLAS beim Zoll an?", "", "oos+full"),
    ("Which Incoterms should I use for a delivery to Canada?", "", "oos+en"),
    ("Muss ich auf Lieferungen nach Frankreich Umsatzsteuer berechnen?", "", "oos+full"),
    ("Könnt ihr mir Kontakte zu Importeuren in Vietnam vermitteln?", "", "oos+colloquial"),
    ("wie beantrage ich eine eori-nummer", "", "oos+lower"),
    ("What are the current sanctions rules for exporting machinery to Russia?", "", "oos+en"),
    ("Gibt es Fördergeld für unseren ersten Messestand im Ausland?", "", "oos+full"),
    ("Does my technician need an A1 certificate when he works at a trade fair in Switzerland?", "", "oos+en"),
    ("Wie bekomme ich ein Visum für eine Geschäftsreise nach China?", "", "oos+full"),
    ("Which insurance covers transport damage on sea freight?", "", "oos+en"),
    ("Mein Paket hängt seit einer Woche beim Zoll in der Türkei fest, wer hilft mir da?", "", "oos+colloquial"),
    ("Where do I find the digital record book for our apprentices?", "", "oos+en+berichtsheft"),
    ("Unser Azubi bekommt beim Login ins Berichtsheft die Meldung, seine Identnummer sei unbekannt.", "", "oos+berichtsheft"),
    ("Ist die IHK-Mitgliedschaft für Exporteure eigentlich Pflicht?", "", "oos+full"),
    ("Moin! Alles klar bei dir?", "", "oos+smalltalk"),
    ("thanks, that's all I needed", "", "oos+en+lower+thanks"),
    ("Kann ich bei euch einen Dolmetscher für die Messe in Shanghai buchen?", "", "oos+full"),
]

if __name__ == "__main__":
    write("thirteenth-faq-questions", ROWS, alias=THIRTEENTH, requests=False)
