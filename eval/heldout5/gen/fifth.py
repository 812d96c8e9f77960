from common import *
PR="pruefer-registrieren"; BZ="berufungszeitraum"; PS="pruefer-schulungen"; FA="freistellung-arbeitgeber"
PT="pruefungstermine"; EZ="einsatz-zusagen-absagen"; BH="bewertungen-hochladen"; PU="pruefungsunterlagen"
EH="entschaedigung-hoehe"; RK="reisekosten"; AB="abrechnung-einreichen"; ST="steuer-entschaedigung"
ZP="zugang-passwort"; PD="persoenliche-daten"; VS="verschwiegenheit"
rows = [
# pruefer-registrieren
("Ich würde gern in der Abschlussprüfung für Elektroniker mitprüfen, wo kann ich mich dafür bewerben?", PR, None, "clean"),
("Brauche ich einen Ausbilderschein, um bei Prüfungen mitmachen zu dürfen?", PR, None, "clean"),
("Hallo, ich bin Industriemeisterin Metall und wurde von meinem Chef gefragt, ob ich Lust hätte, bei der IHK Prüfungen abzunehmen. Wie läuft das ab und wie lange dauert es, bis ich loslegen kann? Gruß, Carmen Ruhl", PR, None, "chat"),
("What are the requirements to sit on an exam committee as a volunteer?", PR, None, "clean+en"),
("Hi, I'm a software developer with ten years of experience and I'd like to help examine IT apprentices. How do I sign up? Best, Marek Nowak", PR, None, "chat+en"),
# berufungszeitraum
("Kann ich als Prüferin aufhören, bevor meine Berufung abläuft?", BZ, None, "clean"),
("Meine Berufung läuft nächstes Jahr aus – werde ich automatisch verlängert?", BZ, None, "clean"),
("Guten Tag, ich bin erst seit einem Jahr im Prüfungsausschuss und habe gehört, dass meine Berufung trotzdem schon 2027 endet. Stimmt das? MfG Holger Franzen", BZ, None, "chat"),
("How long is an appointment to the examination board valid?", BZ, None, "clean+en"),
("Hi, due to a new job I won't have time for exams anymore. How do I give up my examiner role? Thanks, Nina Weiss", BZ, None, "chat+en"),
# pruefer-schulungen
("Gibt es für frisch berufene Prüfer eine Einführungsveranstaltung?", PS, None, "clean"),
("Wo melde ich mich für einen Workshop zur Gesprächsführung im Fachgespräch an?", PS, None, "clean"),
("Muss ich für Prüferseminare etwas bezahlen?", PS, None, "clean"),
("Hallo, ich wurde gerade neu in den Prüfungsausschuss Kaufleute im Einzelhandel berufen und fühle mich bei der Bewertung noch unsicher. Bietet die IHK da etwas an? Danke, Petra Janßen", PS, None, "chat"),
("Are there any courses for examiners on the new exam regulations?", PS, None, "clean+en"),
# freistellung-arbeitgeber
("Ist mein Chef verpflichtet, mich für Prüfungstage freizugeben?", FA, None, "clean"),
("Wo bekomme ich eine Bestätigung über meinen Prüfungseinsatz, die ich im Betrieb vorlegen kann?", FA, None, "clean"),
("Bekommt mein Betrieb Geld von der IHK, wenn ich zum Prüfen fehle?", FA, None, "clean"),
("Hallo, mein Arbeitgeber will einen Nachweis, dass ich am 14. Mai bei der IHK geprüft habe. Wo kann ich so etwas herunterladen? Gruß, Dirk Sommer, Sommer Haustechnik", FA, None, "chat"),
("Does my employer have to give me time off for exam duty?", FA, None, "clean+en"),
# pruefungstermine
("Wo sehe ich, wann ich als Nächstes prüfen muss?", PT, None, "clean"),
("Kann ich meine Prüfungstermine in Outlook importieren?", PT, None, "clean"),
("hallo, wo steht denn, in welchem raum die prüfung nächste woche ist? lg timo", PT, None, "chat+lower"),
("Where can I find a list of all the exams I'm scheduled for?", PT, None, "clean+en"),
("Hi, I haven't received an invitation for the summer exams yet. When are they usually sent? Regards, Anne Keller", PT, None, "chat+en"),
# einsatz-zusagen-absagen
("Wie nehme ich eine Einladung zum Prüfen an?", EZ, None, "clean"),
("Ich bin krank und kann morgen nicht prüfen, was muss ich tun?", EZ, None, "clean"),
("Muss ich selbst einen Ersatzprüfer suchen, wenn ich absage?", EZ, None, "clean"),
("Guten Tag, ich habe vor drei Wochen eine Einladung bekommen und noch nicht reagiert. Gilt die jetzt als abgelehnt? MfG Rüdiger Stahl", EZ, None, "chat"),
("How do I turn down an exam assignment in the portal?", EZ, None, "clean+en"),
# bewertungen-hochladen
("Wo trage ich nach der Prüfung die Punkte der Prüflinge ein?", BH, None, "clean"),
("Ich habe mich bei einer Punktzahl vertippt, die Ergebnisse sind aber schon freigegeben – was nun?", BH, None, "clean"),
("Hallo, kann ich den unterschriebenen Bewertungsbogen auch einscannen und hochladen? Der Scan ist ca. 15 MB groß. Gruß, Ilona Brandt", BH, None, "chat"),
("How do I submit my marks after an oral exam?", BH, None, "clean+en"),
("Hi, the candidates keep asking about their results – when can the IHK release them after we've entered our assessments? Thanks, Sean Murphy", BH, None, "chat+en"),
# pruefungsunterlagen
("Wo kann ich die Projektdokumentationen der Prüflinge vor dem Fachgespräch lesen?", PU, None, "clean"),
("Ab wann sind die Unterlagen zur Prüfung im Portal verfügbar?", PU, None, "clean"),
("Darf ich heruntergeladene Prüfungsunterlagen nach der Prüfung behalten?", [PU, VS], None, "clean"),
("hallo, ich prüfe in zehn tagen, sehe aber noch keine projektarbeiten im portal. ist das normal? gruß sabine", PU, None, "chat+lower"),
("Where do I download the schedule and documents for my next exam?", PU, None, "clean+en"),
# entschaedigung-hoehe
("Wird die Zeit, die ich zu Hause Projektarbeiten lese, auch bezahlt?", EH, None, "clean"),
("Wo finde ich die aktuellen Sätze für die Prüferentschädigung?", EH, None, "clean"),
("Guten Tag, ich überlege, mich als Prüfer zu engagieren. Gibt es dafür eigentlich Geld oder ist das komplett unbezahlt? Viele Grüße, Ahmed Rahimi", EH, None, "chat"),
("How much are examiners compensated for a day of exams?", EH, None, "clean+en"),
("Hello, is preparation time at the exam venue included in the hourly allowance? Kind regards, Fiona Walsh", EH, None, "chat+en"),
# reisekosten
("Wie viel Kilometergeld zahlt die IHK, wenn ich mit dem Auto zur Prüfung fahre?", RK, None, "clean"),
("Werden Parkgebühren am Prüfungsort erstattet?", RK, None, "clean"),
("Bekomme ich ein Hotel bezahlt, wenn die Prüfung zwei Tage dauert?", RK, None, "clean"),
("Hallo, ich fahre mit dem ICE zur Prüfung nach Hannover. Wird die 1. Klasse übernommen? Gruß, Werner Kühn", RK, None, "chat"),
("Can I claim a taxi fare for getting to the exam?", RK, None, "clean+en"),
# abrechnung-einreichen
("Wie rechne ich meinen Prüfungseinsatz ab?", AB, None, "clean"),
("Gibt es das Abrechnungsformular auch auf Papier?", AB, None, "clean"),
("Hallo, ich habe im Januar geprüft und die Abrechnung völlig vergessen. Kann ich die im Mai noch einreichen? Danke, Lena Hoffmann", AB, None, "chat"),
("Where do I upload my receipts after an exam?", [AB, RK], None, "clean+en"),
("Hi, I submitted my claim six weeks ago and still haven't been paid. How long does it normally take? Thanks, George Hill", AB, None, "chat+en"),
# steuer-entschaedigung
("Muss ich das Geld von der IHK in meiner Steuererklärung angeben?", ST, None, "clean"),
("Zieht die IHK Steuern von der Prüferentschädigung ab?", ST, None, "clean"),
("Wo bekomme ich eine Aufstellung über alles, was mir die IHK letztes Jahr gezahlt hat?", ST, None, "clean"),
("Hallo, mein Steuerberater fragt nach einer Bescheinigung über meine Prüferentschädigungen 2025. Wo finde ich die? Gruß, Martina Busch", ST, None, "chat"),
("Is the money I get for examining tax-free?", ST, None, "clean+en"),
# zugang-passwort
("Ich weiß mein Kennwort fürs Prüferportal nicht mehr.", ZP, None, "clean"),
("Mein Zugang zum Prüferportal ist gesperrt, weil ich mich mehrmals vertippt habe.", ZP, None, "clean"),
("Was ist mein Benutzername im Prüferportal?", ZP, None, "clean"),
("Hallo, der Link zum Zurücksetzen des Passworts kommt bei mir nicht an, auch nicht im Spam. Was kann ich tun? Gruß, Gerd Meyer, gerd.meyer@example.org", ZP, None, "chat"),
("I can't log in to the examiner portal anymore, how do I get a new password?", ZP, None, "clean+en"),
("Hi, I changed jobs and lost access to the e-mail address I used for the examiner portal. How can I get back in? Regards, Paula Green", ZP, None, "chat+en"),
# persoenliche-daten
("Wo hinterlege ich eine neue IBAN für die Auszahlung?", PD, None, "clean"),
("Ich bin umgezogen, wo ändere ich meine Anschrift im Prüferportal?", PD, None, "clean"),
("Muss ich der IHK mitteilen, dass ich den Arbeitgeber gewechselt habe?", PD, None, "clean"),
("Guten Tag, ich habe geheiratet und heiße jetzt Brandt statt Lehmann. Wie ändere ich das im Prüferportal? Mit freundlichen Grüßen, Sandra Brandt", PD, None, "chat"),
("How do I update my phone number in my examiner profile?", PD, None, "clean+en"),
# verschwiegenheit
("Darf ich meinem Azubi direkt nach der Prüfung sagen, ob er bestanden hat?", VS, None, "clean"),
("Was muss ich tun, wenn ich einen Prüfling persönlich kenne?", VS, None, "clean"),
("Darf ich die Prüfungsaufgaben in meiner privaten Dropbox speichern?", VS, None, "clean"),
("Hallo, ein Kollege aus einem anderen Betrieb hat mich gefragt, welche Themen im Fachgespräch drankommen. Darf ich ihm das sagen? Gruß, Frank Ebert", VS, None, "chat"),
("Am I allowed to talk about the board's discussions after the exam?", VS, None, "clean+en"),
# out of scope
("Wie melde ich mich als Azubi zur Abschlussprüfung an?", [], None, "oos+candidate"),
("Wann bekomme ich als Prüfling mein Prüfungsergebnis?", [], None, "oos+candidate"),
("Kann ich eine nicht bestandene Abschlussprüfung wiederholen?", [], None, "oos+candidate"),
("Wie hoch ist die Prüfungsgebühr für unsere Auszubildenden?", [], None, "oos+candidate"),
("Wo finde ich das digitale Berichtsheft?", [], None, "oos+berichtsheft"),
("Muss ich als Prüfer die Berichtshefte der Prüflinge kontrollieren?", [], None, "oos+berichtsheft"),
("Mein Name stimmt im Serviceportal Bildung nicht mit dem Ausbildungsvertrag überein.", [], None, "oos+berichtsheft"),
("Wie lege ich einen Azubi im Self Service Portal an?", [], None, "oos+berichtsheft"),
("Wie werde ich Ausbilder in meinem Betrieb?", [], None, "oos+near-miss"),
("Kann ich bei der IHK eine Weiterbildung zum Fachwirt machen?", [], None, "oos+ihk-service"),
("Wie hoch ist die Ausbildungsvergütung im dritten Lehrjahr?", [], None, "oos+pay"),
("Wer sitzt im Berufsbildungsausschuss der IHK?", [], None, "oos+near-miss"),
("Hallo, ich bin Azubi und habe nächste Woche meine mündliche Prüfung. Wie kann ich mich am besten vorbereiten? Danke, Leonie", [], None, "chat+oos+candidate"),
("How do I register for my final exam as an apprentice?", [], None, "oos+candidate+en"),
("Where can I see my exam results as a candidate?", [], None, "oos+candidate+en"),
("Which portal has the digital Berichtsheft?", [], None, "oos+berichtsheft+en"),
("Hi, my trainee can't log in to the Serviceportal Bildung because of his Identnummer. Can you help? Thanks, Ken Adams", [], None, "chat+oos+berichtsheft+en"),
("Can the IHK recommend a tax adviser?", [], None, "oos+near-miss+en"),
("Hallo! Schönen Feierabend euch.", [], None, "chat+oos+smalltalk"),
]
write("fifth-faq-questions", rows)
