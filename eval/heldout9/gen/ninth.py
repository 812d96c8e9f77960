#!/usr/bin/env python3
"""heldout9/ninth-faq-questions.jsonl: questions to the invented ninth FAQ (ninth-faq/,
electronic certificates of origin and ATA carnets at the "IHK Beispielstadt"), written as a user
who has not seen the entries; no intents. Hand-written; see common.py (NINTH aliases).
Run: python3 eval/heldout9/gen/ninth.py
"""
from common import NINTH, write

ROWS = [
    # portal-registrierung
    ("Guten Tag, hier Miriam Tessmer von der Tessmer Armaturen GmbH. Wir exportieren seit Kurzem nach Asien und wollen Herkunftsnachweise künftig online bei Ihnen beantragen. Wie kommen wir an einen Zugang? Viele Grüße", "PR", "chat+greeting+name+company"),
    ("zugang exportportal firma einrichten", "PR", "keywords+lower"),
    ("Muss unser Geschäftsführer irgendwas unterschreiben, damit wir beim Online-Verfahren mitmachen dürfen?", "PR", "full"),
    ("How does a company get log-in details for the online certificate of origin system?", "PR", "en+full"),
    ("braucht man fürs mitmachen beim online-ursprungszeugnis so ein zertifikat vom finanzamt?", "PR", "lower+colloquial"),
    ("Wie viele Tage dauert es, bis unser Firmenzugang nach dem Einschicken der Formulare steht?", "PR", "full"),

    # zeichnungsberechtigte
    ("Unsere Exportsachbearbeiterin soll die Anträge künftig selbst abschicken dürfen – was müssen wir dafür bei der IHK einreichen?", "ZB", "full"),
    ("musterunterschrift hinterlegen ihk export", "ZB", "keywords+lower"),
    ("Kann unser Spediteur die Herkunftszeugnisse in unserem Namen unterzeichnen?", "ZB", "full"),
    ("Where do I get the PIN to sign applications electronically?", "ZB", "en+full"),
    ("wer bei uns darf die anträge eigentlich final unterzeichnen", "ZB", "lower"),

    # benutzer-verwalten
    ("Wie gebe ich einem neuen Kollegen in der Versandabteilung ein eigenes Login für das Portal?", "BV", "full"),
    ("Hallo, unser Versandleiter Herr Dobrowolski hat zum Monatsende gekündigt. Wie nehme ich ihm den Zugang zum Exportportal weg? Danke, Iris Pohl, Pohl Werkzeugbau", "BV", "chat+greeting+company+signature"),
    ("passwort vergessen exportportal", "BV", "keywords+lower"),
    ("Our main user is retiring – how do we hand that role over to someone else?", "BV", "en+full"),
    ("wie kriegt noch jemand aus dem versand ein konto bei uns dazu", "BV", "lower+colloquial"),

    # erforderliche-unterlagen
    ("Was muss ich beim Online-Antrag für ein Herkunftszeugnis alles hochladen?", "EU", "full"),
    ("Wir verschicken kostenlose Muster nach Brasilien – geht das ohne richtige Rechnung?", "EU", "colloquial"),
    ("Die Ware kaufen wir in Italien ein und liefern sie weiter nach Saudi-Arabien – welche Belege braucht ihr dann von uns?", "EU UR", "full"),
    ("Which paperwork do you need to see before issuing a certificate of origin?", "EU", "en+full"),
    ("we ship replacement parts free under warranty, what invoice do we attach", "EU", "en+lower"),

    # ursprungsregeln
    ("Hello, we assemble pumps in Beispielstadt from parts made in China and Taiwan. Can we put Germany as the country of origin on the certificate? Best regards, Ruth Ekwueme, Export Manager, Ekwueme Pumpentechnik", "UR", "chat+en+greeting+signature"),
    ("Reicht es, wenn wir die Ware bei uns nur umverpacken und neu etikettieren, damit Deutschland als Herkunft gilt?", "UR", "full"),
    ("Bei wem bekomme ich eine verbindliche Aussage, welches Herkunftsland unsere Ware hat?", "UR", "full"),
    ("Our customer in Turkey wants an EUR.1 – do we get that from you as well?", "UR", "en+full"),
    ("origin country for goods we just resell from vietnam", "UR", "en+keywords+lower"),

    # bearbeitungsdauer
    ("Hi, kurze Frage: Wenn ich morgens um neun beantrage, kann der LKW mittags schon mit dem Zeugnis vom Hof? Gruß aus der Disposition, Marek", "BD", "chat+greeting+name"),
    ("Was heißt es, wenn bei meinem Antrag „Rückfrage“ steht?", "BD EU", "full"),
    ("gibts einen expressservice gegen aufpreis", "BD", "keywords+lower+colloquial"),
    ("Wie erfahre ich, dass mein Zeugnis fertig ist – kriege ich eine Mail?", "BD", "colloquial"),
    ("How long does it take you to process a carnet request?", "BD", "en+full"),
    ("wo seh ich, wie weit mein antrag ist", "BD", "lower+colloquial"),

    # selbstdruck
    ("Brauchen wir noch die beigen Formulare von euch, oder geht auch normales Druckerpapier?", "SD", "colloquial"),
    ("Dear IHK team, a bank in Dubai has asked us how they can verify that our certificate of origin is genuine. What can I tell them? Kind regards, Jan Hofstede", "SD", "chat+en+greeting+name"),
    ("farbdrucker nötig für ursprungszeugnis?", "SD", "keywords+lower"),
    ("Ägypten verlangt ein Papier mit echtem Stempel – wie bekommen wir das?", "SD LG", "full"),
    ("Do we still have to come by to collect the certificate, or does it arrive as a file we print ourselves?", "SD", "en+full"),

    # korrektur-stornierung
    ("Im genehmigten Zeugnis ist die Stückzahl falsch – kann ich das noch ändern?", "KS", "full"),
    ("Hallo zusammen, der Kunde in Chile hat seine Bestellung zurückgezogen, das genehmigte Herkunftszeugnis brauchen wir also nicht mehr. Was machen wir damit? LG Sina", "KS", "chat+greeting+name"),
    ("ersatz ursprungszeugnis kosten", "KS GB", "keywords+lower"),
    ("We spotted a typo in the consignee's address after approval – what now?", "KS", "en+full"),
    ("can i get my money back if i cancel a certificate", "KS", "en+lower"),

    # gebuehren
    ("Was zahlen wir pro elektronischem Herkunftszeugnis?", "GB", "full"),
    ("Wie läuft das mit dem Bezahlen – bekommen wir für jedes Zeugnis eine eigene Rechnung?", "GB", "full"),
    ("preis carnet ata", "GB", "keywords+lower"),
    ("Is it cheaper to apply online than at the counter?", "GB", "en+full"),
    ("Kann man am Schalter auch bar zahlen?", "GB", "colloquial"),
    ("what do you charge for stamping an invoice", "GB LG", "en+lower"),

    # carnet-beantragen
    ("Wir stellen im Herbst auf einer Messe in Singapur aus – welches Zolldokument brauchen wir für die Exponate und wie beantrage ich das?", "CB", "full"),
    ("Hi, I'm a freelance camera operator from Beispielstadt. I'm shooting for two weeks in Canada and want to take my gear along without paying import duties. Is that what the carnet is for, and how do I apply? Thanks, Leon Maas", "CB", "chat+en+greeting+self-intro"),
    ("carnet liste der gegenstände was eintragen", "CB", "keywords+lower"),
    ("Können wir Vorführgeräte, die der Kunde nach der Messe vielleicht kauft, auch mit Carnet ausführen?", "CB", "full"),
    ("Is the carnet accepted in every country, e.g. Brazil?", "CB", "en+full"),
    ("wie lange ist so ein carnet gültig", "CB", "lower+colloquial"),

    # carnet-sicherheit
    ("Wie viel Geld wird als Kaution fällig, wenn wir ein Carnet haben wollen?", "CS", "colloquial"),
    ("Müssen wir zur Bank für eine Garantie, oder gibt's das auch als Police?", "CS", "full"),
    ("sicherheit carnet prozent warenwert", "CS", "keywords+lower"),
    ("Do we have to block money in our bank account to get a carnet?", "CS", "en+full"),
    ("who bills the premium for the carnet insurance", "CS GB", "en+lower"),

    # carnet-rueckgabe
    ("Moin, wir sind gerade von einer Messe in Oslo zurück. Beim Verlassen Norwegens hat der Zoll unser Carnet nicht abgestempelt. Müssen wir jetzt mit Nachforderungen rechnen? Gruß, Torben Lüders, Lüders Messebau", "CR", "chat+greeting+company+signature"),
    ("Bis wann muss das Carnet nach der Messe wieder bei euch sein?", "CR", "full"),
    ("Unsere Ausstellungsstücke bleiben länger in Japan als geplant, kann man das Carnet verlängern?", "CR", "full"),
    ("carnet verloren was tun", "CR", "keywords+lower"),
    ("We're back from the trade fair – where do we send the carnet?", "CR", "en+full"),
    ("der zöllner hat blätter aus dem carnet rausgerissen, ist das normal?", "CR", "lower+colloquial"),

    # legalisierung
    ("Unser Kunde im Irak will eine von der Kammer abgestempelte Handelsrechnung – macht ihr das?", "LG", "colloquial"),
    ("Brauche ich eine Apostille von der IHK für unseren Exportvertrag?", "LG", "full"),
    ("Die saudische Botschaft will die Rechnung legalisieren, was kommt vorher?", "LG", "full"),
    ("packliste bescheinigen lassen export", "LG", "keywords+lower"),
    ("Can you certify my school leaving certificate for a job abroad?", "LG", "en+full"),
    ("does the chamber stamp price lists for foreign buyers", "LG", "en+lower"),

    # kontakt
    ("Unter welcher Nummer erreiche ich jemanden, der sich mit Carnets auskennt?", "KT", "full"),
    ("Wann kann ich beim Exportschalter vorbeikommen, um ein Carnet abzuholen?", "KT", "full"),
    ("adresse ihk beispielstadt abholung", "KT", "keywords+lower"),
    ("Is your export desk open on Friday afternoons?", "KT", "en+full"),
    ("e-mail address for questions about certificates of origin", "KT", "en+keywords+lower"),

    # out of scope
    ("Wie hoch ist der Zollsatz für Maschinen in die USA?", "", "oos"),
    ("Welche Spedition empfehlt ihr für Seefracht nach Shanghai?", "", "oos"),
    ("Brauchen wir für Dual-Use-Güter eine Ausfuhrgenehmigung vom BAFA?", "", "oos"),
    ("Wie bekomme ich eine EORI-Nummer?", "", "oos"),
    ("Wo finde ich die Zolltarifnummer für Kaffeemaschinen?", "", "oos"),
    ("Muss ich auf Exportrechnungen in die Schweiz Umsatzsteuer ausweisen?", "", "oos"),
    ("Wie nehme ich mein digitales Berichtsheft mit, wenn ich den Ausbildungsbetrieb wechsle?", "", "oos+berichtsheft"),
    ("Warum sehe ich meinen Auszubildenden im Self Service Portal nicht?", "", "oos+berichtsheft"),
    ("Do apprentices need a code to start the online record book?", "", "oos+berichtsheft+en"),
    ("Was kostet die Mitgliedschaft in der IHK Beispielstadt?", "", "oos"),
    ("Gibt es bei euch Seminare zum Thema Exportkontrolle?", "", "oos"),
    ("Can you translate our commercial invoice into Arabic?", "", "oos+en"),
    ("How do I open a letter of credit with my bank?", "", "oos+en"),
    ("Wie lange muss ich Ausfuhrbelege aufbewahren?", "", "oos"),
    ("Hi, alles klar bei euch?", "", "oos+smalltalk"),
    ("What's the weather like in Beispielstadt today?", "", "oos+smalltalk+en"),
    ("Danke, das war sehr hilfreich!", "", "oos+thanks"),
    ("Braucht man für Lieferungen nach Großbritannien seit dem Brexit eine Zollanmeldung?", "", "oos"),
    ("Wie lasse ich eine Marke international schützen?", "", "oos"),
]

if __name__ == "__main__":
    write("ninth-faq-questions", ROWS, alias=NINTH, requests=False)
