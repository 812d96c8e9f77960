"""heldout11 eleventh-faq-questions.jsonl: questions to the invented "IHK-Beitrag online" FAQ.

Written as a user who has not seen the entries (everyday words, misspellings, English, chat,
keywords, lower case). Hand-written; run `python3 eval/heldout11/gen/eleventh.py` to rewrite
../eleventh-faq-questions.jsonl. All names and firms are fictional.
"""
from common import ELEVENTH, write

ROWS = [
    # beitragsbescheid-berechnung
    ("Nach welchen Zahlen rechnet die Kammer eigentlich aus, was ich jedes Jahr zahlen muss?", "BB", "full"),
    ("Woher hat die IHK überhaupt meine Steuerdaten? Ich hab denen nie was gemeldet.", "BB", "colloquial"),
    ("why did i get one bill covering 2024, 2025 and 2026 at once?", "BB", "en+lower"),
    ("Ich bin doch nie freiwillig eingetreten – warum soll ich überhaupt an die IHK zahlen?", "BB", "colloquial"),
    ("How does the chamber work out my yearly contribution?", "BB", "en"),
    ("Bis wann muss das Geld vom Beitragsschreiben eigentlich auf eurem Konto sein?", "BB BZ", "full+overlap"),
    # grundbeitrag-umlage
    ("Wie viel kostet die IHK-Mitgliedschaft für eine kleine GmbH im Jahr ungefähr?", "GU", "full"),
    ("Was ist der Unterschied zwischen dem festen Betrag und dem Prozentteil auf meiner Rechnung?", "GU BB", "full+overlap"),
    ("Wird bei mir als Einzelunternehmer vom Gewinn noch was abgezogen, bevor der Prozentsatz draufkommt?", "GU", "full"),
    ("what percentage of my profit does the chamber take?", "GU", "en+lower"),
    ("Who decides how high the fee is each year?", "GU", "en"),
    ("How much is the fixed part for a company that is in the commercial register?", "GU", "en"),
    # beitragsbefreiung
    ("Ich verkaufe nebenbei ein bisschen selbstgemachten Schmuck und verdiene kaum was – muss ich trotzdem was an die IHK abdrücken?", "BE", "colloquial"),
    ("Hab mich gerade erst selbstständig gemacht. Wann kommt die erste Rechnung von euch?", "BE", "colloquial"),
    ("I started my own business last year, do I get a break on the chamber fee?", "BE", "en"),
    ("Muss ich einen Antrag stellen, damit ich als Kleinunternehmer nix zahle?", "BE", "full"),
    ("existenzgründer beitragsfrei wie lange", "BE", "keywords+lower"),
    ("Hallo, ich bin Lea und habe seit März ein kleines Nagelstudio (nicht im Handelsregister). Ich soll im Portal irgendwas bestätigen wegen Beteiligungen an anderen Firmen – wozu das? LG Lea", "BE", "chat+greeting+name+self-intro+company"),
    # vorauszahlung-berichtigung
    ("Warum soll ich für dieses Jahr schon zahlen, obwohl das Jahr noch gar nicht um ist?", "VB", "full"),
    ("Unser Umsatz ist seit dem Frühjahr eingebrochen, können wir vorab weniger zahlen?", "VB", "colloquial"),
    ("Why is there suddenly another invoice for 2025? I settled that long ago.", "VB", "en"),
    ("Wann bekomm ich mein Geld zurück, wenn ich zu viel überwiesen hab?", "VB", "colloquial+typo"),
    ("Why is my advance based on numbers from two years ago?", "VB", "en"),
    ("Guten Tag, die IHK hat bei uns mit dem Gewinn von 2023 gerechnet, der war ein Ausreißer, inzwischen verdienen wir viel weniger. Soll ich Widerspruch einlegen oder gibt es einen anderen Weg? Gruß, Frank Ott, Ott Reisen", "VB WF", "chat+greeting+signature+company+overlap"),
    # sepa-lastschrift
    ("Kann die IHK den Betrag nicht einfach von meinem Konto abbuchen?", "SL", "colloquial"),
    ("Wir haben die Hausbank gewechselt, wo trag ich das neue Konto ein?", "SL", "full"),
    ("My direct debit bounced because the account was closed, what now?", "SL", "en"),
    ("Was kostet es, wenn eine Abbuchung platzt?", "SL", "colloquial"),
    ("Hi, this is Nils from Möller Bikes. We switched banks last week; will the fee due on the 15th still be taken from the old account? Cheers, Nils", "SL", "chat+en+greeting+name+company"),
    # stundung-ratenzahlung
    ("Uns geht es gerade finanziell richtig schlecht, können wir den Beitrag später zahlen?", "ST", "colloquial"),
    ("Kann ich den Betrag in mehreren Monatsteilen abstottern?", "ST", "colloquial"),
    ("Can I split the chamber fee into monthly payments?", "ST", "en"),
    ("Is there interest if I get the payment postponed?", "ST", "en"),
    ("was muss ich einreichen wenn ich um aufschub bitte", "ST", "lower"),
    ("I've already had a reminder – is it too late to ask for a payment plan?", "ST MS", "en+overlap"),
    # mahnung-saeumniszuschlag
    ("Ich hab die Zahlung verschwitzt und jetzt kam ein zweites Schreiben mit Mehrkosten. Wie viel kommt da noch drauf?", "MS", "colloquial"),
    ("Mahnung bekommen, obwohl das Geld gestern raus ist – ist das jetzt doppelt?", "MS", "full"),
    ("What's the penalty if I pay the chamber late?", "MS", "en"),
    ("Ab wann schickt ihr den Gerichtsvollzieher?", "MS", "colloquial"),
    ("Guten Tag, ich war drei Monate im Krankenhaus und habe die Post nicht geöffnet. Jetzt liegt eine Mahnung mit Zuschlägen hier. Kann man da was machen? Gruß, Herbert Lammers, Lammers Elektro", "MS ST", "chat+greeting+signature+company+overlap"),
    # widerspruch-frist
    ("Der Bescheid stimmt hinten und vorne nicht, wie kann ich mich dagegen wehren?", "WF", "colloquial"),
    ("How long do I have to challenge the notice?", "WF", "en"),
    ("Do I still have to pay while my complaint about the fee is being looked at?", "WF ST", "en+overlap"),
    ("Die Gewinnzahl auf dem Schreiben ist falsch, an wen wende ich mich – an euch oder ans Finanzamt?", "WF", "full"),
    ("einspruch ihk beitrag zu spät", "WF", "keywords+lower"),
    ("Der Bescheid lag im Portal, ich hab ihn aber erst nach sechs Wochen gesehen – kann ich noch widersprechen?", "WF BZ", "full+overlap"),
    # firmendaten-aendern
    ("Wir sind umgezogen, wohin melde ich die neue Adresse, damit die Post richtig ankommt?", "FD", "full"),
    ("Unsere Steuerberaterin soll ab jetzt die Post wegen dem Beitrag kriegen, wie geht das?", "FD PR", "colloquial+overlap"),
    ("We moved our office to Hamburg – do we still pay you?", "FD", "en"),
    ("Bei uns ist jetzt Frau Kühn statt Herrn Lutz für die IHK-Sachen zuständig, wo ändere ich das?", "FD", "full"),
    ("Das Schreiben ging noch an unsere alte Anschrift – gilt das trotzdem?", "FD BZ", "full+overlap"),
    # gewerbeabmeldung
    ("Ich habe meinen Laden im Juni zugemacht, muss ich für das ganze Jahr zahlen?", "GA", "full"),
    ("Warum krieg ich zwei Jahre nach der Geschäftsaufgabe noch Post von der IHK?", "GA", "colloquial"),
    ("I've closed my business, do I need to tell the chamber separately?", "GA", "en"),
    ("gewerbe abgemeldet was kommt noch", "GA", "keywords+lower"),
    ("Hallo, ich bin Rentnerin und habe meinen Kiosk zum 31.3. aufgegeben. Soll ich die Einzugsermächtigung jetzt kündigen? Viele Grüße, Elfriede Koch", "GA", "chat+greeting+self-intro+name"),
    # portal-registrierung
    ("Wie leg ich mir ein Konto für die Online-Seite der Kammer an, wo man die Beitragsschreiben sieht?", "PR", "colloquial"),
    ("Den Brief mit dem Code zum Anmelden hab ich weggeschmissen, was nun?", "PR", "colloquial"),
    ("I own three small companies – do I need three separate logins?", "PR", "en"),
    ("where is my member number printed?", "PR", "en+lower"),
    ("Can my accountant get his own access to our fee documents?", "PR FD", "en+overlap"),
    # passwort-zuruecksetzen
    ("Ich hab mein Kennwort vergessen und komm nicht mehr rein.", "PW", "colloquial"),
    ("Nach ein paar falschen Versuchen ist mein Zugang dicht, wie lange bleibt das so?", "PW", "colloquial"),
    ("The colleague whose email we used for the login has left the company – how do we get back in?", "PW", "en"),
    ("handy mit authenticator app verloren beitragsportal", "PW", "keywords+lower"),
    ("Moin, der Link zum Zurücksetzen aus der Mail geht bei mir nicht, da steht abgelaufen. Gruß, Björn von Hansen Fisch", "PW", "chat+greeting+name+company"),
    # bescheid-zustellung
    ("Kommt der Bescheid noch mit der Post oder nur noch online?", "BZ", "full"),
    ("Ich will die Bescheide lieber auf Papier haben, geht das?", "BZ", "colloquial"),
    ("Where can I download last year's fee notice again?", "BZ", "en"),
    ("Ab wann gilt ein Schreiben als angekommen, wenn es nur im Portal liegt?", "BZ", "full"),
    ("brauch für die steuer den bescheid von 2019, find ihn nicht mehr", "BZ", "lower+colloquial"),
    # kontakt-beitragsservice
    ("Gibt es eine Telefonnummer, wo ich jemanden zum Beitrag erreiche?", "KB", "full"),
    ("Wann ist die Beitragsabteilung telefonisch erreichbar?", "KB", "full"),
    ("Who do I email if the fee website keeps crashing?", "KB", "en"),
    ("Can I drop by in person to talk about my fee? Where is your office?", "KB", "en"),
    ("Hallo, Firma Zander Getränke hier. Welche Durchwahl ist für uns zuständig, wir fangen ja mit Z an? Danke, M. Zander", "KB", "chat+greeting+company+name+thanks"),
    # out of scope
    ("Was kostet eine Gewerbeanmeldung beim Ordnungsamt?", "", "oos+other-service"),
    ("Wie hoch ist der Gewerbesteuer-Hebesatz in Beispielstadt?", "", "oos"),
    ("Zahle ich als Tischler zusätzlich einen Beitrag an die Handwerkskammer?", "", "oos"),
    ("Kann ich den IHK-Beitrag von der Steuer absetzen?", "", "oos"),
    ("Das Finanzamt will eine Gewerbesteuer-Vorauszahlung von mir, wie kann ich die senken?", "", "oos"),
    ("Wie melde ich meinen Azubi zur Zwischenprüfung an?", "", "oos+initial-exam"),
    ("Mein Name stimmt nicht mit dem Ausbildungsvertrag überein, was soll ich tun?", "", "oos+berichtsheft"),
    ("Wie lösche ich einen Azubi aus dem Self Service Portal?", "", "oos+berichtsheft"),
    ("Brauche ich einen Registrierungscode fürs Berichtsheft?", "", "oos+berichtsheft"),
    ("Wie kann ich für die Vollversammlung der IHK kandidieren?", "", "oos+other-service"),
    ("How do I get an ATA Carnet for our trade fair equipment?", "", "oos+en+other-service"),
    ("My bank charges me for every SEPA transfer, how can I avoid that?", "", "oos+en"),
    ("Was kostet ein Handelsregisterauszug?", "", "oos+other-service"),
    ("Welche Förderprogramme gibt es für Gründer in Beispielstadt?", "", "oos+other-service"),
    ("Can the chamber help me find a successor for my business?", "", "oos+en+other-service"),
    ("Mein Mitarbeiter möchte Bildungsurlaub, muss ich das genehmigen?", "", "oos"),
    ("Wie ist das Wetter bei euch in Beispielstadt?", "", "oos+smalltalk"),
    ("Do you ever get tired of answering questions?", "", "oos+en+smalltalk"),
    ("Alles klar, danke schön!", "", "oos+thanks"),
]

if __name__ == "__main__":
    write("eleventh-faq-questions", ROWS, alias=ELEVENTH, requests=False)
