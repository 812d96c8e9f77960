"""eighth-faq-questions.jsonl: questions to the invented eighth FAQ (hand-written, no intent)."""
from common import EIGHTH, write

ROWS = [
    # portal-anmeldung
    ("Womit logge ich mich ein, wenn ich als Einzelmakler die 34d-Zulassung online beantragen will?", "PA", "full"),
    ("Our company is a GmbH – which login do we use for the broker licence application?", "PA", "en+full"),
    ("muss ich mich für das vermittlerportal erst extra registrieren?", "PA", "lower+colloquial"),
    ("Geht der Antrag mit dem Personalausweis-Login oder brauche ich was anderes?", "PA", "colloquial"),
    ("zugang online antrag makler gmbh", "PA", "keywords"),
    ("Guten Tag, ich bin Jonas Krieger, Geschäftsführer der Krieger Finanzplanung UG. Ich möchte die Erlaubnis online beantragen, finde aber nicht heraus, mit welchem Konto ich mich für die Firma anmelden soll. Danke für einen Hinweis!", "PA", "chat+self-intro+company"),
    # vollmacht-vertretung
    ("Guten Tag, wir sind eine kleine Finanzberatung aus Celle. Darf unser Steuerbüro die Meldungen an die Kammer für uns übernehmen? Viele Grüße, Sabine Hartwig, sabine.hartwig@example.org", "VV", "chat+company+email"),
    ("My assistant wants to handle the register paperwork for me – how does she get permission?", "VV", "en+full"),
    ("Vertretung beim Antrag, was brauche ich dafür?", "VV", "keywords"),
    ("wo kommt das schreiben hin, dass meine kanzlei für mich handeln darf?", "VV", "lower+colloquial"),
    ("Hallo, ich bin Geschäftsführer einer kleinen Maklerfirma und habe keine Zeit für den Papierkram. Meine Büroleiterin soll das im Portal erledigen. Geht das? Gruß, Axel Brenner", "VV", "chat+greeting+company"),
    # erlaubnis-unterlagen
    ("Was muss ich alles einreichen, um als Versicherungsmakler zugelassen zu werden?", "EU", "full"),
    ("documents needed for insurance intermediary licence", "EU", "en+keywords"),
    ("Welches Führungszeugnis will die IHK von mir, das normale?", "EU", "colloquial"),
    ("Brauchen wir als GmbH für jeden Geschäftsführer eigene Nachweise?", "EU", "full"),
    ("What paperwork do I have to hand in before I can start selling insurance as a broker?", "EU", "en+full"),
    # sachkunde-nachweis
    ("Ich bin gelernte Bankkauffrau – muss ich trotzdem die Prüfung für Versicherungsvermittler ablegen?", "SK", "full"),
    ("Does my degree in insurance management count instead of the exam?", "SK", "en+full"),
    ("Wird mein Abschluss als Versicherungsfachwirt anerkannt?", "SK", "full"),
    ("qualifikation statt sachkundeprüfung nachweisen wie", "SK", "keywords+lower"),
    ("Where do I upload my diploma to prove that I'm qualified?", "SK", "en+full"),
    # berufshaftpflicht-nachweis
    ("Wie kommt die Bestätigung meiner Vermögensschadenhaftpflicht zur IHK?", "BH", "full"),
    ("Reicht es, wenn ich die Police als PDF hochlade?", "BH", "full"),
    ("How high does my professional indemnity cover need to be?", "BH", "en+full"),
    ("Ich wechsle zum 1.1. die Versicherungsgesellschaft – muss ich der Kammer was melden?", "BH", "colloquial"),
    ("haftpflicht nachweis hochladen geht nicht", "BH", "keywords+lower"),
    ("Hi, I'm Rob from Harwood Insurance Brokers. Our liability insurer changed this year. Do we need to send you anything? Cheers, Rob Harwood, rob@example.com", "BH", "en+chat+email"),
    # bearbeitungsdauer
    ("Ich habe den Antrag vor drei Wochen abgeschickt und noch nichts gehört – ist das normal?", "BD", "full"),
    ("Where can I check how far along my application is?", "BD", "en+full"),
    ("Ab wann darf ich eigentlich Verträge vermitteln?", "BD", "full"),
    ("antrag status einsehen", "BD", "keywords"),
    ("How many weeks until my licence is decided?", "BD", "en+full"),
    ("Was bedeutet es, wenn bei meinem Vorgang „in Prüfung“ steht?", "BD", "full"),
    # unterlagen-nachreichen
    ("Die Kammer schreibt, mir fehlt noch ein Dokument – wo schicke ich das hin?", "UN", "full"),
    ("Hello, I'm Marco Bellini, a self-employed financial adviser. I got a letter saying my application is incomplete. How do I send the missing papers? Thanks, Marco", "UN", "en+chat+self-intro"),
    ("Das Bundesamt braucht ewig fürs Führungszeugnis, kann ich die Frist verlängern?", "UN", "colloquial"),
    ("was passiert, wenn ich die fehlenden unterlagen zu spät einreiche?", "UN", "lower"),
    ("maximale dateigröße belege nachschicken", "UN", "keywords"),
    # gebuehren
    ("Wie teuer ist die Zulassung als Versicherungsvermittler bei euch?", "GB", "colloquial"),
    ("How much is the fee, and how do I pay it?", "GB", "en+full"),
    ("Do I still have to pay if I withdraw my application?", "GB", "en+full"),
    ("Kassenzeichen Überweisung Gebühr", "GB", "keywords"),
    ("Kostet es extra, wenn ich einen Mitarbeiter eintragen lasse?", "GB BM", "full"),
    # registrierungsnummer
    ("Wie lautet meine Vermittlernummer und wo finde ich sie?", "RN", "full"),
    ("My insurer asks for proof that I'm registered – where do I get that?", "RN", "en+full"),
    ("Ich bin seit gestern zugelassen, aber in der öffentlichen Suche finde ich mich nicht.", "RN", "full"),
    ("auszug aus dem register herunterladen", "RN", "keywords"),
    ("Which number do I have to put on the first information sheet for my customers?", "RN", "en+full"),
    ("Hallo, hier ist Melanie Sturm, freie Versicherungsmaklerin in Nienburg. Ein Kunde will wissen, ob ich wirklich eingetragen bin. Wie kann er das prüfen? Danke!", "RN", "chat+self-intro"),
    # aenderung-melden
    ("Unser Büro ist innerhalb der Stadt umgezogen. Wie geben wir die neue Adresse durch?", "AM", "full"),
    ("I've changed my surname after my wedding – how do I get it updated in the register?", "AM", "en+full"),
    ("Bis wann muss ich eine neue E-Mail-Adresse melden?", "AM", "full"),
    ("Wir machen aus dem Einzelunternehmen eine GmbH – reicht eine Änderungsmeldung?", "AM", "full"),
    ("firmierung geändert register anpassen", "AM", "keywords"),
    # beschaeftigte-melden
    ("Wir stellen eine neue Beraterin ein – muss die auch ins Register?", "BM", "colloquial"),
    ("How do I register an employee who advises clients on our behalf?", "BM", "en+full"),
    ("Ein Mitarbeiter ist gegangen, wie nehme ich ihn aus dem Register?", "BM", "full"),
    ("angestellte melden 34d", "BM", "keywords"),
    ("Muss ich für meine Angestellten auch Qualifikationsnachweise vorlegen?", "BM", "full"),
    ("Good morning, this is Claire Dubois, office manager at Lumen Finanz. Two new advisers start next month. What do we need to do in the portal before they see clients? Thanks, Claire", "BM", "en+chat+company"),
    # wechsel-ihk-bezirk
    ("Wir verlegen unseren Firmensitz von Hannover nach Bremen – gilt die Zulassung weiter?", "WB", "full"),
    ("We're relocating the office to Leipzig next spring – is my licence still valid there?", "WB", "en+full"),
    ("Which chamber is in charge of me after I relocate?", "WB", "en+full"),
    ("Ändert sich meine Registernummer, wenn ich in einen anderen Bezirk ziehe?", "WB", "full"),
    ("sitzverlegung nach hamburg vermittler was tun", "WB", "keywords+lower"),
    # weiterbildung-nachweis
    ("Wie viele Stunden Fortbildung brauche ich als Vermittler pro Jahr?", "WN", "full"),
    ("Do I have to upload my training certificates every year?", "WN", "en+full"),
    ("Wie lange muss ich die Nachweise über meine Schulungen aufbewahren?", "WN", "full"),
    ("Kann ich meine Pflichtstunden auch am Laptop per E-Learning sammeln?", "WN", "colloquial"),
    ("fortbildungsstunden belege kontrolle", "WN", "keywords"),
    ("Hallo, ich habe von der IHK ein Schreiben bekommen, ich soll meine Fortbildungen der letzten Jahre belegen. Wie und bis wann? Gruß, Detlef Rühmann, Rühmann Versicherungsservice", "WN", "chat+signature"),
    # taetigkeit-beenden
    ("Ich gehe in Rente und höre als Makler auf. Wie komme ich aus dem Register raus?", "TB", "full"),
    ("How do I hand back my licence?", "TB", "en+full"),
    ("Reicht es, wenn ich das Gewerbe beim Ordnungsamt abmelde?", "TB", "full"),
    ("aus dem register streichen lassen zum monatsende", "TB", "keywords"),
    ("If I deregister now, can I start again later?", "TB", "en+full"),
    # out of scope
    ("Wann ist der nächste Termin für die Sachkundeprüfung Versicherungen?", "", "oos+exam"),
    ("Welche Versicherung ist für die Vermittler-Haftpflicht am günstigsten?", "", "oos"),
    ("Darf ich als Vermittler Provisionen an Kunden weitergeben?", "", "oos"),
    ("Muss ich auf meine Courtage Umsatzsteuer zahlen?", "", "oos+tax"),
    ("What does registering a trade with the town cost?", "", "oos+en"),
    ("Wo finde ich ein Muster für die Erstinformation?", "", "oos"),
    ("How do I file a complaint about an insurance broker who cheated me?", "", "oos+en"),
    ("Wo finde ich mein Berichtsheft im Serviceportal?", "", "oos+berichtsheft"),
    ("Mein Azubi wird mir im SSP nicht angezeigt, was kann ich tun?", "", "oos+berichtsheft"),
    ("How do I export my apprentice's record book?", "", "oos+en+berichtsheft"),
    ("Brauche ich für die Maklererlaubnis nach § 34c für Immobilien auch diese Versicherung?", "", "oos"),
    ("Wie hoch ist der IHK-Mitgliedsbeitrag für Einzelunternehmer?", "", "oos+fee"),
    ("Ich habe das Passwort meiner BundID vergessen – könnt ihr das zurücksetzen?", "", "oos+password"),
    ("Bietet die IHK Vorbereitungskurse auf die Vermittlerprüfung an?", "", "oos+course"),
    ("Hallo, wie geht es euch heute?", "", "oos+smalltalk"),
    ("Where can I find a job as an insurance agent?", "", "oos+en+job-search"),
    ("Brauche ich als Makler ein Impressum auf meiner Website?", "", "oos"),
    ("Darf ich als gebundener Vertreter auch für eine zweite Versicherung arbeiten?", "", "oos"),
    ("Thanks, that's all for now!", "", "oos+en+smalltalk"),
]

if __name__ == "__main__":
    write("eighth-faq-questions", ROWS, alias=EIGHTH, requests=False)
