"""heldout7/seventh-faq-questions.jsonl: questions to the invented seventh help center
("IHK-Veranstaltungen und Seminare buchen"), written after its entries and paraphrased away
from their wording; no intent labels (intent is only for the bundled FAQ)."""
from common import write

KA = "kundenkonto-anlegen"
PW = "passwort-zuruecksetzen"
SE = "seminar-buchen"
MT = "mehrere-teilnehmende"
WL = "warteliste"
ST = "stornierung"
EU = "ersatzteilnehmer-umbuchung"
AD = "absage-durch-ihk"
OT = "online-teilnahme"
ZL = "zugangslink-fehlt"
VO = "veranstaltungsort"
RZ = "rechnung-zahlung"
TB = "teilnahmebescheinigung"
FB = "foerderung-bildungsurlaub"

ROWS = [
    # kundenkonto-anlegen
    ("Muss ich mich erst irgendwo registrieren, bevor ich mir einen Platz beim kostenlosen Infoabend reservieren kann?", [KA], None, "full"),
    ("Wir schicken öfter Leute zu euren Kursen – gibt es so was wie einen gemeinsamen Zugang für die ganze Firma?", [KA, MT], None, "colloquial"),
    ("Do I have to create a profile on your site just to attend a paid workshop?", [KA], None, "en"),
    ("profil anlegen weiterbildung ihk", [KA], None, "keywords"),
    ("Hallo, ich bin Personalerin bei einem Autohaus mit 60 Leuten und will unsere Schulungen bei Ihnen künftig zentral über einen Zugang abwickeln. Wie richte ich das ein? Gruß, Tanja Roth", [KA, MT], None, "chat+company"),
    # passwort-zuruecksetzen
    ("Ich komm nicht mehr in mein Profil rein, hab die Zugangsdaten verschlampt.", [PW], None, "colloquial"),
    ("Nach ein paar Fehlversuchen lässt mich die Seite nicht mehr rein – wie lange bleibt das so?", [PW], None, "full"),
    ("reset login seminar portal", [PW], None, "en+keywords"),
    ("The email to set a new password never arrived.", [PW], None, "en"),
    ("Meine Mailadresse von damals gibt es nicht mehr, wie komme ich jetzt wieder an mein Konto?", [PW], None, "full"),
    ("Login geht nicht mehr, Passwrt weg", [PW], None, "typo"),
    # seminar-buchen
    ("Wie kann ich mir einen Platz im Excel-Kurs im März sichern?", [SE], None, "full"),
    ("I booked online but only got an automatic receipt – am I actually confirmed?", [SE], None, "en"),
    ("kurs reservieren wie", [SE], None, "keywords"),
    ("Kann ich noch für den Kurs übermorgen dazukommen? Online lässt es sich nicht mehr auswählen.", [SE], None, "colloquial"),
    ("How do I sign up for one of your training sessions?", [SE], None, "en"),
    # mehrere-teilnehmende
    ("Ich möchte gleich fünf Azubis für den Knigge-Workshop eintragen, muss ich das fünfmal einzeln machen?", [MT], None, "full"),
    ("Can I register my whole team in one go and get a single bill?", [MT], None, "en"),
    ("gruppe anmelden seminar firma", [MT], None, "keywords"),
    ("Wir wollen 15 Leute aus dem Vertrieb schicken – geht das über die normale Buchung?", [MT], None, "full"),
    ("Hi, I'm the office manager at a small architecture firm in Hannover. Three of my colleagues want to attend the same project management seminar. Is there a way to book them together? Cheers, Olivia", [MT], None, "en+chat"),
    # warteliste
    ("Beim Kurs steht 'keine Plätze frei' – hab ich noch irgendeine Chance?", [WL], None, "colloquial"),
    ("Ich hab eine Mail bekommen, dass für mich ein Platz frei geworden ist. Wie lange hab ich Zeit, zuzusagen?", [WL], None, "full"),
    ("The course is full. Will you run it again soon?", [WL], None, "en"),
    ("voller kurs nachrücken", [WL], None, "keywords"),
    ("Hallo zusammen, der Workshop Zeitmanagement ist leider voll. Kann man sich irgendwie vormerken lassen? VG Sven Kramer", [WL], None, "chat"),
    # stornierung
    ("Ich bin nächste Woche krankgeschrieben und kann nicht zum Kurs kommen – muss ich trotzdem zahlen?", [ST], None, "full"),
    ("What happens if I just don't show up?", [ST], None, "en"),
    ("I need to call off my booking for the leadership seminar – how?", [ST], None, "en"),
    ("rücktritt seminar gebühren", [ST], None, "keywords"),
    ("Wie viel von der Gebür wird fällig, wenn ich vier Tage vorher abspringe?", [ST], None, "typo"),
    ("Guten Tag, leider kann unser Mitarbeiter Herr Lenz nicht am Seminar 'Arbeitsrecht kompakt' am 12.3. teilnehmen. Wie machen wir die Buchung rückgängig? Mit freundlichen Grüßen, Sekretariat Lenz & Partner", [ST], None, "chat+company"),
    # ersatzteilnehmer-umbuchung
    ("Ich kann nicht, aber meine Kollegin würde gern an meiner Stelle hingehen. Geht das?", [EU], None, "full"),
    ("Kan ich den Kurs auf den Herbstermin verschiben?", [EU], None, "typo"),
    ("Can someone else from my company go instead of me?", [EU], None, "en"),
    ("Is it possible to move my booking to a later run of the same course?", [EU], None, "en"),
    ("teilnehmer tauschen buchung", [EU], None, "keywords"),
    ("Wir würden gern den Namen auf der Anmeldung austauschen, weil jetzt ein anderer Azubi mitkommt.", [EU], None, "full"),
    # absage-durch-ihk
    ("Ich hab eine Mail bekommen, dass der Kurs ausfällt. Krieg ich mein Geld zurück?", [AD], None, "colloquial"),
    ("Zahlt ihr mir das Zugticket, wenn das Seminar nicht stattfindet?", [AD], None, "full"),
    ("What if not enough people sign up for the course?", [AD], None, "en"),
    ("The trainer is ill and the seminar was called off – will there be a new date?", [AD], None, "en"),
    ("kurs fällt aus geld zurück", [AD], None, "keywords"),
    ("Wie kurzfristig sagt ihr spätestens ab, wenn zu wenig Leute dabei sind?", [AD], None, "full"),
    # online-teilnahme
    ("Muss ich für den Webkurs irgendein Programm auf meinem Rechner installieren?", [OT], None, "full"),
    ("Do I have to turn on my webcam during the virtual class?", [OT], None, "en"),
    ("What equipment do I need for the live online training?", [OT], None, "en"),
    ("virtueller kurs technik voraussetzungen", [OT], None, "keywords"),
    ("Kann ich beim Online-Kurs auch mit dem Tablet mitmachen?", [OT], None, "full"),
    ("Hallo, ich mache zum ersten Mal einen Kurs per Video mit. Wie läuft das ab und was brauche ich dafür? Gruß, Ilse Brandt", [OT], None, "chat"),
    # zugangslink-fehlt
    ("Morgen früh geht der Onlinekurs los und ich hab noch keine Einwahl-Mail – was tun?", [ZL], None, "full"),
    ("I booked for my employee, but where is the link for the online session?", [ZL], None, "en"),
    ("webinar link nicht bekommen", [ZL], None, "keywords"),
    ("The meeting link doesn't work on my work laptop.", [ZL], None, "en"),
    ("Hi, the virtual seminar starts in 20 minutes and I still can't get in. Is there a number I can call? – Jakob, Stadtwerke", [ZL], None, "en+chat"),
    # veranstaltungsort
    ("In welchem Gebäude ist der Kurs und kann ich da mit dem Auto hinfahren?", [VO], None, "full"),
    ("Ich sitze im Rollstuhl – komme ich in den Schulungsraum?", [VO], None, "full"),
    ("Is lunch included on full-day classroom courses?", [VO], None, "en"),
    ("Where exactly is the course held? I can't find the address anywhere.", [VO], None, "en"),
    ("anfahrt parken seminar", [VO], None, "keywords"),
    # rechnung-zahlung
    ("Bis wann muss ich das Seminar bezahlt haben?", [RZ], None, "full"),
    ("Kann ich die Kursgebühr auch abbuchen lassen?", [RZ], None, "full"),
    ("Die Rechnung ist auf mich privat ausgestellt, sie sollte aber an meinen Arbeitgeber gehen.", [RZ], None, "full"),
    ("Where can I find the invoice for the course?", [RZ], None, "en"),
    ("rechnungsadresse firma ändern seminar", [RZ], None, "keywords"),
    ("Guten Tag, wir brauchen die Rechnung für die Buchhaltung noch einmal. Wo finde ich die? Beste Grüße, Karin Ahrens, Buchhaltung Ahrens Holzbau", [RZ], None, "chat+company"),
    # teilnahmebescheinigung
    ("Kriege ich nach dem Kurs irgendeinen Nachweis für meinen Chef?", [TB], None, "colloquial"),
    ("Ich musste nach der Mittagspause gehen – bekomme ich trotzdem ein Papier über die Teilnahme?", [TB], None, "full"),
    ("Will I get a certificate after the online workshop?", [TB], None, "en"),
    ("Wie komme ich an das IHK-Zertifikat, das beim Lehrgang angekündigt war?", [TB], None, "full"),
    ("bescheinigung seminar pdf", [TB], None, "keywords"),
    # foerderung-bildungsurlaub
    ("Gibt es Zuschüsse für Weiterbildungskurse, wenn ich sie selbst zahle?", [FB], None, "full"),
    ("Zaehlt der Kurs als Bildungsurlaub?", [FB], None, "noumlaut"),
    ("Can my employer give me paid study leave for this seminar?", [FB], None, "en"),
    ("Can I still apply for a grant after the course has started?", [FB], None, "en"),
    ("Mein Chef will eine Bestätigung, dass der Kurs als Bildungsurlaub anerkannt ist – woher kriege ich die?", [FB], None, "colloquial"),
    # out of scope: near misses
    ("Kann ich mir die Aufzeichnung des Online-Seminars hinterher noch ansehen?", [], None, "oos"),
    ("Gibt es für Mitgliedsunternehmen Rabatt auf die Kursgebühren?", [], None, "oos"),
    ("Wie melde ich mich zur Prüfung zum Geprüften Wirtschaftsfachwirt an?", [], None, "oos"),
    ("I'd like to teach seminars for the IHK myself – where do I apply as a trainer?", [], None, "oos+en"),
    ("Kann man bei Ihnen Tagungsräume für eine eigene Firmenveranstaltung mieten?", [], None, "oos"),
    ("Do you also run in-house trainings at our company site?", [], None, "oos+en"),
    ("Kann ich die Seminargebühr von der Steuer absetzen?", [], None, "oos"),
    ("What exactly is covered in the advanced Excel course?", [], None, "oos+en"),
    ("Wo finde ich meine Ergebnisse der Abschlussprüfung?", [], None, "oos"),
    ("Mein Azubi wird im digitalen Berichtsheft nicht angezeigt.", [], None, "oos+berichtsheft"),
    ("How do I apply for a certificate of origin online?", [], None, "oos+en"),
    ("Bekommen wir die Präsentationsfolien nach dem Seminar zugeschickt?", [], None, "oos"),
    ("Zählt die Teilnahme für meine Weiterbildungspflicht als Versicherungsvermittler?", [], None, "oos"),
    ("Can you recommend a hotel close to the training centre?", [], None, "oos+en"),
    ("Wie hoch ist unser IHK-Beitrag dieses Jahr?", [], None, "oos"),
    ("How do I unsubscribe from your events newsletter?", [], None, "oos+en"),
    ("Hallo, ich suche eine Ausbildung als Veranstaltungskauffrau in Hannover – könnt ihr mir Betriebe empfehlen? LG Jana", [], None, "oos+chat"),
    ("Wie lange ist das IHK-Zertifikat aus dem Lehrgang gültig?", [], None, "oos"),
    ("Wie lösche ich mein Kundenkonto dauerhaft?", [], None, "oos"),
]

if __name__ == "__main__":
    write("seventh-faq-questions", ROWS)
