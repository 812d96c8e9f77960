"""heldout14 fourteenth-faq-questions.jsonl: questions to the invented fourteenth FAQ
("Öffentlich bestellte Sachverständige", IHK Musterau), written as a user who has not seen the
entries; 76 in scope (eleven accept two entries) and 19 near misses out of scope. Written by hand;
run to rewrite ../fourteenth-faq-questions.jsonl."""
from common import FOURTEENTH, write

ROWS = [
    # voraussetzungen-bestellung
    ("Ich arbeite seit acht Jahren als Bauingenieurin und schreibe nebenbei Schadensgutachten – reicht das, um mich vereidigen zu lassen?", "VB", "full"),
    ("Bin 27 und richtig fit in meinem Fach – darf ich trotzdem schon Gutachter mit Stempel werden?", "VB", "colloquial"),
    ("I'm employed by an insurance company. Can I still become a sworn expert, or do I have to be self-employed?", "VB", "en+full"),
    ("Mein Büro liegt in Bremen, ich wohne aber im Bezirk Musterau – ist die IHK Musterau dann für mich zuständig?", "VB", "full"),
    ("sachverstaendiger werden was muss man mitbringen", "VB", "noumlaut+keywords+lower"),
    # sachgebiete-zustaendigkeit
    ("Ich bin Tischlermeister und möchte Gutachten über Möbelschäden schreiben – bin ich bei euch an der richtigen Adresse?", "SG", "full"),
    ("Does the chamber appoint experts for software and IT systems?", "SG", "en+full"),
    ("Can I be appointed for building damage and for property valuation at the same time?", "SG", "en+full"),
    ("Mein Spezialgebiet sind historische Kirchenorgeln, das taucht in eurer Übersicht nirgends auf.", "SG", "colloquial"),
    ("welche fachgebiete ihk gutachter", "SG", "keywords+lower"),
    # antrag-unterlagen
    ("Was muss ich alles hochladen, wenn ich die Vereidigung beantragen will?", "AU", "full"),
    ("Zählen auch Gutachten, die ich intern für meinen Arbeitgeber geschrieben habe, als Arbeitsproben?", "AU", "full"),
    ("Do I need a police clearence certificate for the aplication, and how recent must it be?", "AU", "en+typo"),
    ("Mein Führungszeugnis ist schon vier Monate alt – geht das noch durch?", "AU", "colloquial"),
    ("Kann ich meinen Antrag auch ganz klassisch auf Papier einreichen?", "AU", "full"),
    # pruefung-fachgremium
    ("Muss ich da echt nochmal eine Klausur schreiben, obwohl ich seit 20 Jahren im Beruf bin?", "PF", "colloquial"),
    ("How long does the oral part of the expert examination take?", "PF", "en+full"),
    ("Wer sitzt in dem Gremium, das meine Fachkentnisse beurteit?", "PF", "typo"),
    ("Ich bin bei der Ueberpruefung durchgefallen – wann darf ich es noch einmal versuchen?", "PF", "noumlaut"),
    ("How many months should I plan from handing in the application to being appointed?", "PF", "en+full"),
    # vereidigung-urkunde
    ("Ich bin aus der Kirche ausgetreten – muss ich bei der Vereidigung trotzdem 'so wahr mir Gott helfe' sagen?", "VU", "full"),
    ("Can someone else collect my certificate and stamp for me if I'm abroad on the swearing-in date?", "VU", "en+full"),
    ("bestellung befristet wie viele jahre", "VU", "keywords+lower"),
    ("Ab wann darf ich mich offiziell 'öffentlich bestellt' nennen – nach der Prüfung oder erst nach dem Termin bei euch?", "VU", "full"),
    # pflichten-fortbildung
    ("Das Amtsgericht will mich als Gutachter in einem Bauprozess, ich hab aber eigentlich keine Zeit – kann ich nein sagen?", "PP", "colloquial"),
    ("How many hours of training per year do appointed experts have to prove?", "PP", "en+full"),
    ("Darf mein Mitarbeiter die Ortsbesichtigung allein machen, und ich unterschreibe dann das Gutachten?", "PP", "full"),
    ("Muss ich als Sachverstaendiger eine Haftpflichtversicherung abschliessen?", "PP", "noumlaut"),
    ("Darf ich meine Handakten von 2019 schon schreddern?", "PP", "colloquial"),
    # bezeichnung-rundstempel
    ("Ich bin für Kfz-Schäden bestellt – darf ich auf ein Gutachten über einen Motorbootschaden auch meinen Stempel setzen?", "BR", "full"),
    ("A competitor calls himself a 'certified appraiser' — is that the same thing as being sworn in by the IHK?", "BR", "en+full"),
    ("Darf ich auf meiner Website und auf dem Firmenwagen mit 'ö.b.u.v.' werben?", "BR", "full"),
    ("Mein Rundstempel ist bei einem Einbruch ins Büro weggekommen – was nun?", "BR", "colloquial"),
    ("titel sachverständiger geschützt", "BR", "keywords+lower"),
    # verlaengerung-erloeschen
    ("Meine fünf Jahre sind im März um – bis wann muss die Verlängerung bei euch sein?", "VE", "colloquial"),
    ("I'm retiring next year and want to give up my appointment. What do I have to do?", "VE", "en+full"),
    ("Ich verlege mein Ingenieurbüro nach Leipzig – bleibe ich dann bei der IHK Musterau bestellt?", "VE", "full"),
    ("Muss ich fuer die Verlaengerung wieder vor das Fachgremium?", "VE", "noumlaut"),
    ("Kann mir die Kammer die Bestellung einfach wieder wegnehmen?", "VE", "colloquial"),
    # sachverstaendige-finden
    ("Wir brauchen jemanden, der den Wasserschaden in unserer Lagerhalle begutachtet – wo finde ich einen vereidigten Gutachter in der Nähe?", "SF", "full"),
    ("Can you just tell me which appraiser is the best one for valuing a house?", "SF", "en+colloquial"),
    ("gutachter verzeichnis kfz plz suchen", "SF", "keywords+lower"),
    ("Is there a search across all chambers in Germany if you have nobody for my subject?", "SF", "en+full"),
    ("Hallo, ich suche für unsere Firma einen Sachverständigen für Schäden an Druckmaschinen. Können Sie mir jemanden nennen? Gruß, Ilse Wagner, Wagner Druck", "SF", "chat+greeting+signature+company"),
    # eintrag-aendern
    ("Ich habe eine neue Handynummer – wie kommt die in meinen Eintrag bei euch?", "EA", "colloquial"),
    ("How do I add English and Polish as languages to my directory listing?", "EA", "en+full"),
    ("Ich heiße nach meiner Heirat anders – wie wird das im Verzeichniss geändert?", "EA", "typo"),
    ("Kann ich über meinen Eintrag noch ein zweites Fachgebiet dazuschreiben?", "EA", "full"),
    # kosten-gutachten
    ("Mit was für einem Betrag muss ich rechnen, wenn ich ein Gutachten über Risse in meiner Hausfassade brauche?", "KG", "full"),
    ("The expert's bill seems far too high. Can the chamber check whether it's reasonable?", "KG", "en+full"),
    ("Gericht hat ein Gutachten angeordnet, wer zahlt jetzt den Gutachter?", "KG", "colloquial"),
    ("stundensatz sachverstaendiger honorar", "KG", "noumlaut+keywords+lower"),
    # beschwerde-gutachten
    ("Der Gutachter hat seit vier Monaten nichts geliefert und geht nicht ans Telefon – kann die IHK da Druck machen?", "BG", "colloquial"),
    ("I think the expert was on the other side's payroll — he was clearly biased. Who do I report this to?", "BG", "en+full"),
    ("Kann die IHK ein fehlerhaftes Gutachten überprüfen und berichtigen lassen?", "BG", "full"),
    ("Beschwerde ueber einen Sachverstaendigen einreichen – welche Unterlagen braucht ihr?", "BG", "noumlaut"),
    # gebuehren-bestellung
    ("Was kostet mich der ganze Spaß von Antrag bis Vereidigung ungefähr?", "GE", "colloquial"),
    ("If I pull out before the exam, do I get anything back?", "GE", "en+colloquial"),
    ("Do appointed experts pay you an annual fee?", "GE", "en+full"),
    ("Was berechnet ihr, wenn ich meinen Ausweiss verloren hab und einen neuen brauche?", "GE", "typo"),
    # kontakt-sachverstaendigenwesen
    ("Bis wann seid ihr freitags telefonisch erreichbar?", "KS", "colloquial"),
    ("Can I have an advice meeting by video before I apply?", "KS", "en+full"),
    ("When is the next information evening for people who want to become experts?", "KS", "en+full"),
    ("sv portal login geht nicht wen kontaktieren", "KS", "keywords+lower"),
    ("Hallo, ich bin Vermessungstechnikerin aus Musterau und überlege, mich bestellen zu lassen. Mit wem kann ich vorher mal sprechen? Danke, Jana Kolbe", "KS", "chat+greeting+self-intro+name+thanks"),
    # questions that accept two entries
    ("Uploading my 35 MB PDF of certificates keeps failing in the portal — is there a size limit, and who can help?", "AU KS", "en+full"),
    ("Jemand nennt sich im Internet oeffentlich bestellter Gutachter, steht aber in keinem Verzeichnis – ist das erlaubt?", "BR SF", "noumlaut"),
    ("Wie viel muss ich für die Fachprüfung hinlegen, und was erwartet mich an dem Tag?", "PF GE", "full"),
    ("How much is the extension, and what do I have to submit with it?", "VE GE", "en+full"),
    ("Mein Auftraggeber will nicht zahlen und behauptet, mein Gutachten sei falsch – prüft die IHK das?", "KG BG", "full"),
    ("Is my training record from the last few years enough for the extension, or how many hours do I need?", "PP VE", "en+full"),
    ("Bekomme ich Stempel und Ausweis gleich bei der Vereidigung, und darf ich den Stempel dann für alles nutzen?", "VU BR", "full"),
    ("I'm a master electrician — do I apply to you or to the chamber of crafts, and what are the general requirements?", "SG VB", "en+full"),
    ("Ich ziehe mit meinem Büro innerhalb von Musterau um – muss ich das melden, und wie schnell?", "EA PP", "full"),
    ("Can I get a free consultation first to check whether I meet the requirements?", "KS VB", "en+full"),
    ("Ein Gericht hat mich beauftragt – nach welchen Sätzen werde ich bezahlt, und kann ich den Auftrag ablehnen?", "KG PP", "full"),
    # near misses out of scope (19)
    ("Wo finde ich den Bodenrichtwert für mein Grundstück?", "", "oos+full"),
    ("Wie werde ich beeidigte Dolmetscherin für Gerichte?", "", "oos+full"),
    ("How do I become an honorary commercial judge at the regional court?", "", "oos+en"),
    ("Gibt es bei der IHK ein Schiedsgericht für Streit mit einem Lieferanten?", "", "oos+full"),
    ("Can the IHK mediate a dispute between us and a business partner?", "", "oos+en"),
    ("Wann muss mein Auto eigentlich wieder zur Hauptuntersuchung?", "", "oos+colloquial"),
    ("wer stellt einen energieausweis fuer unser buerogebaeude aus", "", "oos+noumlaut+lower"),
    ("Unsere Ladenwaage muss geeicht werden – wer macht das?", "", "oos+full"),
    ("Muss ich als Kfz-Gutachter ein Gewerbe anmelden, oder bin ich Freiberufler?", "", "oos+full"),
    ("Do I have to charge VAT on my expert fees?", "", "oos+en"),
    ("Welche private Akademie bildet am besten zum Immobiliengutachter aus?", "", "oos+full"),
    ("Where can I get certified as a data protection officer?", "", "oos+en"),
    ("Brauche ich für den Anbau an unsere Halle eine Baugenehmigung?", "", "oos+full"),
    ("My flat has mould — can I reduce the rent?", "", "oos+en"),
    ("Über welches Portal führen unsere Azubis ihr Berichtsheft?", "", "oos+berichtsheft"),
    ("Mein Name im Berichtsheft-Account stimmt nicht mit dem Ausbildungsvertrag überein, was tun?", "", "oos+berichtsheft"),
    ("Na, was machst du so am Wochenende?", "", "oos+smalltalk"),
    ("Danke, mehr wollte ich gar nicht wissen.", "", "oos+thanks"),
    ("Wann kommt der Schornsteinfeger zur Feuerstättenschau?", "", "oos+full"),
]

if __name__ == "__main__":
    write("fourteenth-faq-questions", ROWS, alias=FOURTEENTH, requests=False)
