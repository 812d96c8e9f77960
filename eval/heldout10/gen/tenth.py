"""heldout10/tenth-faq-questions.jsonl: questions about the invented tenth FAQ (tenth-faq/).

Written as a user who has not seen the entries: clean and chat-wrapped, keywords, colloquial,
lower case, English about 29 %; eight accept two entries (the overlaps); 19 near misses out of
scope (three Berichtsheft questions, the Abschlussprüfung of an apprenticeship, small talk, a
bare thanks, ...). Codes: the TENTH aliases of common.py; no intents.
"""
from common import TENTH, write

ROWS = [
    # zulassungsvoraussetzungen
    ("Darf ich den Handelsfachwirt machen, wenn ich nur eine Ausbildung als Verkäuferin habe?", "ZV", "full"),
    ("Ich hab nie eine Lehre gemacht, arbeite aber seit acht Jahren im Lager – komm ich trotzdem zur Meisterprüfung?", "ZV", "colloquial"),
    ("voraussetzungen bilanzbuchhalter prüfung", "ZV", "keywords+lower"),
    ("Am I eligible to sit the Fachwirt exam with a university degree but no apprenticeship?", "ZV", "en"),
    ("Hi, before I pay for everything – can someone look at my papers and tell me whether I'd even be let in to the exam? Thanks, Milan Horvat", "ZV", "chat+en+name"),
    # berufspraxis-nachweis
    ("Mein alter Chef stellt mir kein Zeugnis aus – womit belege ich die Jahre dort?", "BP", "colloquial"),
    ("Ich arbeite 25 Stunden die Woche, zählt das voll als Berufserfahrung?", "BP", "full"),
    ("berufsjahre belegen eigene firma", "BP", "keywords+lower"),
    ("I worked four years in Poland – what do I need to show that experience counts?", "BP", "en"),
    # befreiung-pruefungsteile
    ("Ich habe den Ausbilderschein schon, muss ich den Teil beim Industriemeister trotzdem nochmal schreiben?", "BF", "full"),
    ("Kann mir meine IHK-Prüfung von vor drei Jahren für den neuen Abschluss angerechnet werden?", "BF", "full"),
    ("befreiung teilprüfung antrag", "BF", "keywords+lower"),
    ("I already passed a similar exam at the Chamber of Crafts – can that count toward my Meister?", "BF", "en"),
    ("Do I get a grade on my certificate for a section I was let off?", "BF", "en"),
    # online-anmeldung
    ("Wie komme ich an das Anmeldeformular für den Wirtschaftsfachwirt, gibt's das noch auf Papier?", "OA", "colloquial"),
    ("Bis wann muss ich angemeldet sein, wenn ich im Frühjahr schreiben will?", "OA", "full"),
    ("In meinem Konto steht seit zwei Wochen „in Prüfung“ – heißt das, ich bin schon zugelassen?", "OA", "full"),
    ("prüfungsportal konto erstellen", "OA", "keywords+lower"),
    ("How do I sign up for the Bilanzbuchhalter exam online?", "OA", "en"),
    ("hey, i clicked submit on my registration last night but never got an email – did it actually go through? cheers, ali", "OA", "chat+en+lower+name"),
    # unterlagen-hochladen
    ("Mein Zeugnis hab ich nur als Foto auf dem Handy, kann ich das so hochladen?", "UH", "colloquial"),
    ("Die Datei ist 18 MB groß und der Upload bricht ab, was tun?", "UH", "full"),
    ("Muss ich meine Zeugnisse vorher beim Bürgeramt beglaubigen lassen?", "UH", "full"),
    ("I forgot to attach my training certificate before submitting – can I add it afterwards?", "UH", "en"),
    ("unterlagen fehlen nachforderung frist", "UH", "keywords+lower"),
    # gebuehren-zahlung
    ("Wie teuer ist die Prüfung zum Industriemeister insgesamt?", "GZ", "full"),
    ("Guten Tag, mein Arbeitgeber übernimmt die Kosten für meine Fachwirtprüfung. Kann die Rechnung direkt an die Firma gehen? Viele Grüße, Dominik Sauer, dominik.sauer@example.org", "GZ", "chat+email+name"),
    ("Ich kann die Prüfungsgebühr nicht auf einen Schlag bezahlen, geht das auch in Teilen?", "GZ", "colloquial"),
    ("How much does the Fachwirt exam cost and when do I have to pay?", "GZ", "en"),
    # aufstiegs-bafoeg
    ("Das BAföG-Amt will von mir einen Nachweis, dass ich zur Prüfung angemeldet bin – wo bekomme ich den?", "AB", "full"),
    ("Füllt die IHK das Formblatt für die Meister-BAföG-Förderung aus?", "AB", "full"),
    ("Where do I apply for Aufstiegs-BAföG – at the IHK?", "AB", "en"),
    ("ich brauch fürs amt eine bestätigung, dass ich an der prüfung teilgenommen hab", "AB", "lower+colloquial"),
    ("My funding office needs proof I passed so part of my loan gets written off – what do I send them?", "AB", "en"),
    # termine-pruefungsorte
    ("In welchem Monat sind die schriftlichen Prüfungen für Fachwirte im Herbst?", "TO", "full"),
    ("Moin, ich wohne in Hamburg, arbeite aber bei einer Firma in Beispielstadt. Wo lege ich denn die Meisterprüfung ab, bei euch oder in Hamburg? Gruß, Jannis Wöltje", "TO", "chat+name"),
    ("When will I find out which room my exam is in?", "TO", "en"),
    ("Am I allowed to bring my own calculator to the exam?", "TO", "en"),
    ("mündliche prüfung wie lange nach der schriftlichen", "TO", "keywords+lower"),
    # ruecktritt-krankheit
    ("Ich habe Fieber und die Prüfung ist morgen früh – was muss ich machen?", "RK", "colloquial"),
    ("Kann ich mich noch abmelden, wenn die Prüfung in drei Wochen ist, und krieg ich dann Geld zurück?", "RK", "colloquial"),
    ("Reicht die gelbe Krankmeldung vom Hausarzt für die IHK?", "RK", "full"),
    ("I was sick on exam day – does that count as a failed attempt?", "RK", "en"),
    ("prüfung absagen geld zurück", "RK", "keywords+lower"),
    ("Hello, I've just started a new job and won't manage the spring exam. How do I pull out properly? Best, Marta Lindqvist, Bilanzbuchhalter candidate", "RK", "chat+en+name+signature"),
    # nachteilsausgleich
    ("Ich habe eine Lese-Rechtschreib-Schwäche, bekomme ich in der Prüfung mehr Zeit?", "NA", "full"),
    ("Wegen meines Diabetes brauche ich zwischendurch Pausen, wie beantrage ich das?", "NA", "full"),
    ("Steht im Zeugnis später drin, dass ich mehr Zeit bekommen habe?", "NA", "colloquial"),
    ("I'm partially sighted – can I get the exam paper in bigger print?", "NA", "en"),
    ("nachteilsausgleich bis wann beantragen", "NA", "keywords+lower"),
    # ergebnis-zeugnis
    ("Wie lange dauert es, bis ich weiß, wie die Klausuren gelaufen sind?", "EZ", "full"),
    ("Mein Meisterbrief ist beim Umzug verloren gegangen, kann ich einen neuen bekommen?", "EZ", "full"),
    ("Kann ich mir meine korrigierte Klausur anschauen?", "EZ", "colloquial"),
    ("When does the certificate arrive by post after I've passed?", "EZ", "en"),
    ("ergebnisse online einsehen bewerberkonto", "EZ", "keywords+lower"),
    # wiederholungspruefung
    ("Ich bin in einem Fach durchgefallen – wie oft darf ich es nochmal probieren?", "WH", "colloquial"),
    ("Muss ich beim zweiten Versuch alles nochmal schreiben oder nur das, was ich nicht geschafft habe?", "WH BF", "colloquial"),
    ("Hallo, ich hatte in einer Klausur knapp eine Fünf, sonst alles bestanden. Kann ich das irgendwie mündlich ausbügeln? Danke, Svenja Ortmann, angehende Bilanzbuchhalterin", "WH", "chat+name+signature"),
    ("How do I register again after failing one part of the Meister exam?", "WH", "en"),
    ("wiederholung frist zwei jahre", "WH", "keywords+lower"),
    # adresse-aendern
    ("Ich bin nach der Anmeldung umgezogen – wo trage ich die neue Anschrift ein?", "AD", "full"),
    ("Ich heiße seit der Hochzeit anders, welcher Name kommt aufs Zeugnis?", "AD EZ", "full"),
    ("Meine alte Mailadresse gibt es nicht mehr, wie ändere ich sie im Konto?", "AD", "full"),
    ("How do I update my phone number in my applicant profile?", "AD", "en"),
    ("Guten Tag, unsere Firma ist umgezogen, und die Rechnung für die Prüfung unseres Mitarbeiters soll an die neue Adresse. Wie melden wir das? Freundliche Grüße, Hella Brockmann, Personal, Brockmann Kältetechnik GmbH, 0123 555-0188", "AD", "chat+signature+company+phone"),
    # ansprechpartner
    ("Gibt es eine Telefonnummer, unter der ich jemanden zur Bilanzbuchhalterprüfung erreiche?", "AP", "full"),
    ("Wann ist die Prüfungsabteilung telefonisch erreichbar?", "AP", "full"),
    ("The exam portal keeps crashing when I log in – who do I contact?", "AP", "en"),
    ("Kann ich einfach persönlich vorbeikommen, um Fragen zu meiner Anmeldung zu klären?", "AP", "colloquial"),
    ("What's the email address for questions about the Meister exam?", "AP", "en"),
    # overlaps: two acceptable entries
    ("Übernimmt das Aufstiegs-BAföG auch die Prüfungsgebühr?", "AB GZ", "full+overlap"),
    ("Welche Nachweise lade ich bei der Anmeldung hoch, wenn ich meine Arbeitsjahre belegen will?", "UH BP", "full+overlap"),
    ("Hi, I have dyslexia and a report from my doctor – where in the application do I put it so I get extra time? Thanks, Tomasz", "NA UH", "chat+en+overlap"),
    ("wenn ich krank werde, muss ich die prüfung dann nochmal bezahlen?", "RK GZ", "lower+overlap"),
    ("I'm moving house next month – will my certificate still reach me?", "AD EZ", "en+overlap"),
    ("Bis wann muss ich mich anmelden, und wann wäre dann die Prüfung?", "OA TO", "full+overlap"),

    # out of scope
    ("Was verdient man als geprüfter Industriemeister Metall ungefähr?", "", "oos"),
    ("Kann ich die Kosten für den Vorbereitungskurs von der Steuer absetzen?", "", "oos"),
    ("Welcher Bildungsträger in der Nähe bietet einen Abendkurs zum Bilanzbuchhalter an?", "", "oos"),
    ("Wie melde ich mich zur Abschlussprüfung meiner Ausbildung als Kauffrau für Büromanagement an?", "", "oos+initial-exam"),
    ("Wo finde ich das digitale Berichtsheft für meine Azubis?", "", "oos+berichtsheft"),
    ("Mein Lehrling taucht im Portal fürs Berichtsheft nicht auf.", "", "oos+berichtsheft"),
    ("How do I export my apprenticeship record book when I change employer?", "", "oos+en+berichtsheft"),
    ("Habe ich Anspruch auf Bildungsurlaub für den Meisterkurs?", "", "oos"),
    ("Wird mir der Fachwirt für ein Bachelorstudium angerechnet?", "", "oos"),
    ("How much is the annual IHK membership fee for a small business?", "", "oos+en"),
    ("Wie lange dauert die Meisterschule bei der Handwerkskammer für Friseure?", "", "oos"),
    ("Na, schon Feierabend bei dir?", "", "oos+smalltalk"),
    ("Hey, how's your day going?", "", "oos+en+smalltalk"),
    ("Danke, das war's schon.", "", "oos+thanks"),
    ("Kann mein Arbeitgeber mir kündigen, wenn ich durch die Prüfung falle?", "", "oos"),
    ("Which topics come up in the economics part of the Wirtschaftsfachwirt exam?", "", "oos+en"),
    ("Gibt es irgendwo alte Prüfungsaufgaben zum Üben?", "", "oos"),
    ("Where can I take a B2 German test for work?", "", "oos+en"),
    ("Bekomme ich als Meister automatisch die Berechtigung, an einer Hochschule zu studieren?", "", "oos"),
]

if __name__ == "__main__":
    write("tenth-faq-questions", ROWS, alias=TENTH, requests=False)
