"""heldout12 twelfth-faq-questions.jsonl: questions to the invented twelfth FAQ ("Berufsanerkennung
online" of the IHK Beispielstadt), written as a user who has not seen its entries.

Written by hand; run `python3 eval/heldout12/gen/twelfth.py` to rewrite ../twelfth-faq-questions.jsonl.
"""
from common import TWELFTH, write

ROWS = [
    # antragsberechtigung
    ("Ich wohne noch in Tunesien – darf ich schon von dort aus loslegen, oder muss ich erst einreisen?", "AB", "colloquial"),
    ("Ich bin Deutscher, habe meine Lehre aber in Österreich gemacht. Kann ich das auch prüfen lassen?", "AB", "full"),
    ("brauch ich ein visum um überhaupt den antrag stellen zu dürfen", "AB", "lower+colloquial"),
    ("I'm a Brazilian citizen living in São Paulo; am I even allowed to apply before I move?", "AB", "en"),
    ("Muss ich in Deutschland gemeldet sein, damit ihr euch meinen Abschluss anseht?", "AB", "full"),
    ("Hallo, ich heiße Rania, komme aus Jordanien und habe dort Bürokauffrau gelernt. Mein Mann arbeitet schon in Beispielstadt, ich bin noch in Amman. Kann ich jetzt schon etwas einreichen? Danke!", "AB", "chat+greeting+name+self-intro+thanks"),
    # zustaendigkeit-berufe
    ("Ich bin gelernter Friseur aus dem Irak, seid ihr da überhaupt die Richtigen?", "ZB", "colloquial"),
    ("Krankenschwester aus den Philippinen – wer guckt sich meinen Abschluss an?", "ZB", "colloquial"),
    ("Who assesses my diploma if I studied mechanical engineering at a university?", "ZB", "en"),
    ("Bin Koch aus Vietnam – muss ich zu euch oder zur Handwerkskammer?", "ZB", "colloquial"),
    ("does the chamber of commerce deal with bakers or is that somebody else", "ZB", "en+lower"),
    # gleichwertigkeit-referenzberuf
    ("Mit welchem deutschen Beruf wird meine Ausbildung eigentlich verglichen, und wer sucht den aus?", "GR", "full"),
    ("Meine Ausbildung in Polen hat nur zwei Jahre gedauert, hier sind es drei – ist das ein Problem?", "GR", "full"),
    ("I worked eight years as an electrician after my training, does that make up for things my course didn't cover?", "GR UN", "en"),
    ("Kann ich gleich zwei deutsche Berufe angeben, weil mein Abschluss irgendwo dazwischen liegt?", "GR", "full"),
    ("welcher deutsche beruf passt zu meinem abschluss als techniker für maschinenbau, kann mir da jemand helfen", "GR KO", "lower+keywords"),
    # online-antrag-konto
    ("Ich hab mich angemeldet, aber die Mail mit dem Link kommt einfach nicht an.", "OA", "colloquial"),
    ("Kann ich das Formular halb ausfüllen und nächste Woche weitermachen?", "OA", "colloquial"),
    ("What kind of files can I upload, and how big can they be?", "OA", "en"),
    ("Where do I find my reference number after pressing send?", "OA", "en"),
    ("passwort für das antragsportal vergessen, was nun", "OA", "lower+keywords"),
    # unterlagen-nachweise
    ("Was genau muss ich alles hochladen?", "UN", "full"),
    ("Mein früherer Chef in Syrien kann mir kein Arbeitszeugnis schreiben, ich habe nur Gehaltszettel – reicht das?", "UN QA", "full"),
    ("Do you need my CV in German or is English fine?", "UN UE", "en"),
    ("I've got a transcript listing every module and the hours – worth adding?", "UN", "en"),
    ("reicht ein foto vom zeugnis mit dem handy", "UN", "lower+colloquial"),
    # uebersetzung-beglaubigung
    ("Darf mein Cousin, der super Deutsch kann, die Zeugnisse übersetzen?", "UE", "colloquial"),
    ("My papers are all in English – do I still have to pay someone to translate them?", "UE", "en"),
    ("Wer bezahlt eigentlich den Übersetzer?", "UE GK", "full"),
    ("Can the German embassy in Nairobi stamp my copies as certified?", "UE", "en"),
    ("übersetzer liste vereidigt wo finden", "UE", "lower+keywords"),
    # qualifikationsanalyse
    ("Meine Schule in Aleppo gibt es nicht mehr und ich habe gar keine Papiere. Habe ich trotzdem eine Chance?", "QA", "full"),
    ("Kann ich euch irgendwie praktisch zeigen, was ich kann, statt Zeugnisse vorzulegen?", "QA", "colloquial"),
    ("What happens at the practical test if I have no certificates, and how many days is it?", "QA", "en"),
    ("Wer bezahlt diesen Praxistest, wenn man keine Unterlagen hat?", "QA", "full"),
    ("alle dokumente auf der flucht verloren, was jetzt", "QA", "lower+keywords"),
    # gebuehren-kostenuebernahme
    ("Mit wie viel Euro muss ich ungefähr rechnen?", "GK", "colloquial"),
    ("Mein neuer Arbeitgeber hat angeboten, die Kosten zu übernehmen – wie läuft das dann ab?", "GK", "full"),
    ("Ich bekomme gerade Bürgergeld – springt da das Amt für die Gebühr ein?", "GK", "colloquial"),
    ("Is there any money from the state to help me with the fees?", "GK", "en"),
    ("When do I get the invoice, straight away or later on?", "GK", "en"),
    ("Guten Tag, ich habe meinen Antrag gestellt, will ihn aber zurückziehen, weil ich doch in der Türkei bleibe. Bekomme ich mein Geld zurück? Gruß, Emre Şahin", "GK", "chat+greeting+name"),
    # bearbeitungsdauer
    ("Wann kann ich ungefähr mit einer Antwort rechnen?", "BD", "full"),
    ("Ich habe vor sechs Wochen alles abgeschickt und höre nichts – wo sehe ich, wie weit ihr seid?", "BD KO", "colloquial"),
    ("Does the three-month clock start the day I submit, or later?", "BD", "en"),
    ("Ihr habt noch ein Dokument von mir haben wollen – fängt die Wartezeit dann von vorne an?", "BD", "colloquial"),
    ("bis wann hör ich ungefähr was von euch", "BD", "lower+colloquial"),
    # teilanerkennung-anpassung
    ("Im Bescheid steht, dass nur ein Teil gleichwertig ist – darf ich trotzdem als Elektroniker arbeiten?", "TA", "full"),
    ("Wie schließe ich die Lücken, die in meinem Schreiben aufgezählt sind?", "TA", "full"),
    ("After my course, do I have to start from scratch and pay everything again?", "TA", "en"),
    ("Who pays for the extra training I need to close the gaps?", "TA", "en"),
    ("Was bedeutet dieses Anpassungs-Dings, von dem im Bescheid die Rede ist?", "TA", "colloquial"),
    ("Ich bin mit der Teilanerkennung nicht einverstanden, weil meine zehn Jahre Berufserfahrung gar nicht berücksichtigt wurden.", "TA BW", "full"),
    # bescheid-widerspruch
    ("Die Entscheidung ist negativ ausgefallen, kann ich mich dagegen wehren?", "BW", "full"),
    ("Bis wann muss ich spätestens Einspruch erheben?", "BW", "full"),
    ("I lost the decision letter when I moved flats – can I get another one?", "BW", "en"),
    ("Kostet so ein Widerspruch was?", "BW", "colloquial"),
    ("will the decision come by post or only online? i'm still living in india", "BW AB", "en+lower"),
    # beschleunigtes-verfahren
    ("Mein zukünftiger Chef will mich aus Indonesien holen – kann er das Ganze schneller machen?", "BV", "colloquial"),
    ("Geht ein Arbeitsvisum auch, ohne dass mein Abschluss hier geprüft wurde?", "BV BN", "full"),
    ("How much does the fast-track route cost my employer?", "BV", "en"),
    ("Was muss ich unterschreiben, damit die Firma bei der Ausländerbehörde alles für mich regelt?", "BV", "full"),
    ("how long until i get a visa appointment if my company uses the fast procedure", "BV", "en+lower"),
    ("Wie schnell geht die Prüfung, wenn mein Arbeitgeber das beschleunigte Verfahren nutzt?", "BV BD", "full"),
    ("Hi, I'm Arjun, a CNC machinist from Pune. A company in Beispielstadt offered me a job and says they can 'speed everything up' with the authorities. What do they actually have to do, and what's my part? Thanks a lot!", "BV", "en+chat+greeting+name+self-intro+thanks"),
    # bescheid-nutzen
    ("Darf ich als Verkäufer aus der Türkei auch ohne Anerkennung hier arbeiten?", "BN", "full"),
    ("Verdiene ich mit so einem Papier dann mehr?", "BN", "colloquial"),
    ("Can I sit the Meister exam with a recognised foreign qualification?", "BN", "en"),
    ("is recognition actually worth it if I'm allowed to work anyway?", "BN", "en+lower"),
    ("Ich bin ausgebildete Pflegerin aus Kenia, darf ich ohne Anerkennung in einem Altenheim arbeiten?", "BN ZB", "full"),
    # kontakt-beratung
    ("Kann ich vorher mit jemandem sprechen, bevor ich den Antrag abschicke?", "KO", "full"),
    ("Unter welcher Nummer erreiche ich euch und wann?", "KO", "colloquial"),
    ("Do you give advice in English on the phone?", "KO", "en"),
    ("Gibt es auch Termine per Videocall? Ich wohne in Marokko.", "KO", "full"),
    ("wo ist euer büro, kann ich einfach vorbeikommen", "KO", "lower+colloquial"),
    ("Guten Tag, beim Hochladen meiner Zeugnisse kommt ständig eine Fehlermeldung, obwohl die Dateien klein sind. An wen kann ich mich wenden? Viele Grüße, Tatjana Morozova, t.morozova@example.org", "OA KO", "chat+greeting+signature+email"),
    # out of scope
    ("Wie melde ich ein Gewerbe an, wenn ich mich als Elektriker selbstständig machen will?", "", "oos+other-service"),
    ("Where can I take a free German course up to B1?", "", "oos+en"),
    ("Wie lange ist meine Aufenthaltserlaubnis gültig und wie verlängere ich sie?", "", "oos"),
    ("Kann ich meinen ausländischen Führerschein umschreiben lassen?", "", "oos"),
    ("Do I need health insurance before my visa appointment?", "", "oos+en"),
    ("Wie finde ich in Beispielstadt eine bezahlbare Wohnung?", "", "oos"),
    ("Kann ich meine Kinder schon vor dem Umzug in einer Kita anmelden?", "", "oos"),
    ("Vermittelt die IHK auch Jobs an Fachkräfte aus dem Ausland?", "", "oos+other-service"),
    ("Wie hoch ist der Mindestlohn in Deutschland?", "", "oos"),
    ("Can I bring my wife and kids with me on a skilled-worker visa?", "", "oos+en"),
    ("Mein Azubi findet das Online-Berichtsheft nicht, wo ist das?", "", "oos+berichtsheft"),
    ("Ich möchte meinen Azubi aus dem Self Service Portal löschen.", "", "oos+berichtsheft"),
    ("My name doesn't match my training contract when I log in to the record book portal.", "", "oos+en+berichtsheft"),
    ("Wie ist das Wetter heute in Beispielstadt?", "", "oos+smalltalk"),
    ("tell me something funny", "", "oos+en+smalltalk+lower"),
    ("Vielen Dank, das hat mir sehr geholfen!", "", "oos+thanks"),
    ("Ich möchte in Deutschland eine Ausbildung anfangen – wie finde ich einen Ausbildungsplatz?", "", "oos"),
    ("Wie beantrage ich Kindergeld?", "", "oos"),
    ("Muss ich für die Einbürgerung einen Sprachtest machen?", "", "oos"),
]

if __name__ == "__main__":
    write("twelfth-faq-questions", ROWS, alias=TWELFTH, requests=False)
