from common import write

AP = ["apprentice"]
APT = ["apprentice", "trainer"]
ALL = ["apprentice", "trainer", "training_admin"]

HEADER = """# Sections of the invented "Zeugnis- und Urkundenservice" help center (tuning FAQ without a
# vocabulary: duplicates of IHK exam certificates, name changes, fees, delivery, translations,
# certified copies and digital certificates)."""

SECTIONS = [
    ("antrag", "Zweitschriften und Änderungen beantragen", "Requesting duplicates and changes"),
    ("kosten-versand", "Gebühren, Bearbeitung und Versand", "Fees, processing and delivery"),
    ("uebersetzung", "Übersetzungen, Beglaubigungen und digitale Zeugnisse", "Translations, certified copies and digital certificates"),
    ("konto", "Servicekonto und Anmeldung", "Service account and sign-in"),
]

E = []

E.append(dict(
    id="zweitschrift-beantragen", section="antrag", audience=APT,
    question="Wie beantrage ich eine Zweitschrift meines IHK-Prüfungszeugnisses?",
    alternatives=[
        "Zweitausfertigung des Abschlusszeugnisses bestellen",
        "Welche Angaben braucht die IHK für ein Duplikat?",
        "Antrag auf Zweitschrift online",
    ],
    tags=["zweitschrift", "duplikat", "zeugnis", "prüfungszeugnis", "antrag"],
    en_question="How do I request a duplicate of my IHK exam certificate?",
    en_answer="""
Sign in with your service account and choose „Neuer Antrag“ > „Zweitschrift“ (new application > duplicate). Enter your name at the time of the exam, your date of birth, the training occupation and the year of the exam, and upload a copy of your identity card.
We can only issue certificates for exams you took at our IHK.
""",
    en_alternatives=[
        "Order a second copy of my final certificate",
        "What details does the IHK need for a duplicate?",
    ],
    answer="""
Melden Sie sich mit Ihrem Servicekonto an und wählen Sie „Neuer Antrag“ > „Zweitschrift“. Geben Sie Ihren Namen zum Zeitpunkt der Prüfung, Ihr Geburtsdatum, den Ausbildungsberuf und das Jahr der Prüfung an und laden Sie eine Kopie Ihres Personalausweises hoch.

Ausstellen können wir nur Zeugnisse über Prüfungen, die Sie bei unserer IHK abgelegt haben.
"""))

E.append(dict(
    id="zeugnis-verloren", section="antrag", audience=APT,
    question="Mein Abschlusszeugnis ist verloren gegangen. Bekomme ich ein neues Original?",
    alternatives=[
        "Zeugnis bei Umzug oder Brand vernichtet",
        "Prüfung liegt sehr lange zurück",
        "Brauche ich eine Verlustanzeige?",
    ],
    tags=["verloren", "verlust", "neues zeugnis", "archiv", "bescheinigung", "abhanden"],
    en_question="My final certificate has been lost. Can I get a new original?",
    en_answer="""
There is no second original; you receive a duplicate, marked as such, which is just as valid. We do not need a loss or theft report.
We keep exam records from 1975 onwards; if your exam was earlier, we issue a confirmation that you passed the exam, provided records still exist.
""",
    en_alternatives=[
        "My certificate was destroyed in a move or a fire",
        "Do I need to report the loss?",
    ],
    answer="""
Ein zweites Original gibt es nicht; Sie erhalten eine Zweitschrift, die als solche gekennzeichnet ist und die gleiche Gültigkeit hat. Eine Verlust- oder Diebstahlsanzeige brauchen wir nicht.

Prüfungsdaten bewahren wir seit 1975 auf. Liegt Ihre Prüfung länger zurück, stellen wir, sofern noch Unterlagen vorhanden sind, eine Bescheinigung über die bestandene Prüfung aus.
"""))

E.append(dict(
    id="pruefung-andere-ihk", section="antrag", audience=APT,
    question="Ich habe die Prüfung bei einer anderen IHK abgelegt. Wo bekomme ich die Zweitschrift?",
    alternatives=[
        "Zeugnis aus einem anderen Bundesland",
        "IHK gibt es nicht mehr oder wurde zusammengelegt",
        "Facharbeiterzeugnis aus der DDR",
    ],
    tags=["andere ihk", "zuständigkeit", "umzug", "ddr", "facharbeiterbrief", "fusion"],
    en_question="I took the exam at another IHK. Where do I get the duplicate?",
    en_answer="""
The IHK where you took the exam is always responsible, even if you have moved since; you can find it with the IHK finder on ihk.de. If that IHK has merged with another, the successor IHK holds the records.
For skilled-worker certificates from the GDR, the state archives or the successor IHK of the district are usually responsible.
""",
    en_alternatives=[
        "Certificate from another federal state",
        "My IHK no longer exists or has merged",
    ],
    answer="""
Zuständig ist immer die IHK, bei der Sie die Prüfung abgelegt haben, auch wenn Sie inzwischen umgezogen sind; Sie finden sie über die IHK-Suche auf ihk.de. Wurde diese IHK mit einer anderen zusammengelegt, hat die Nachfolge-IHK die Unterlagen.

Für Facharbeiterzeugnisse aus der DDR sind meist die Landesarchive oder die Nachfolge-IHK des Bezirks zuständig.
"""))

E.append(dict(
    id="name-aendern-zeugnis", section="antrag", audience=AP,
    question="Kann mein Zeugnis nach einer Heirat auf meinen neuen Namen ausgestellt werden?",
    alternatives=[
        "Namensänderung auf der Urkunde",
        "Geänderter Vorname oder Geschlechtseintrag auf dem Zeugnis",
        "Schreibfehler im Namen auf dem Zeugnis",
    ],
    tags=["namensänderung", "heirat", "nachname", "vorname", "geschlechtseintrag", "schreibfehler"],
    en_question="Can my certificate be issued in my new name after marriage?",
    en_answer="""
Yes. Apply under „Neuer Antrag“ > „Neuausstellung nach Namensänderung“ (new application > reissue after name change) for a certificate in your current name and upload the proof, for example the marriage certificate or the certificate of the change of first name and gender entry.
Send us the previous certificate back before we send the new one. A spelling mistake made by the IHK is corrected free of charge.
""",
    en_alternatives=[
        "Change of name on the certificate",
        "Spelling mistake in my name on the certificate",
    ],
    answer="""
Ja. Beantragen Sie unter „Neuer Antrag“ > „Neuausstellung nach Namensänderung“ ein Zeugnis mit Ihrem aktuellen Namen und laden Sie den Nachweis hoch, zum Beispiel die Heiratsurkunde oder die Bescheinigung über die Änderung von Vornamen und Geschlechtseintrag.

Das bisherige Zeugnis schicken Sie uns zurück, bevor wir das neue versenden. Einen Schreibfehler, den die IHK gemacht hat, berichtigen wir kostenlos.
"""))

E.append(dict(
    id="fortbildung-urkunden", section="antrag", audience=APT,
    question="Bekomme ich auch Zweitschriften von Meisterbrief, Fachwirt-Urkunde oder Ausbildereignung?",
    alternatives=[
        "Zweitschrift nach einer Fortbildungsprüfung",
        "AdA-Schein verloren",
        "Meisterbrief als Zierurkunde nachbestellen",
    ],
    tags=["meisterbrief", "fachwirt", "ausbildereignung", "aevo", "fortbildung", "urkunde"],
    en_question="Can I also get duplicates of a master craftsman's diploma, a Fachwirt certificate or the trainer aptitude certificate?",
    en_answer="""
Yes. For further-training exams such as Fachwirt, Meister or Betriebswirt we issue duplicates of the certificate and the diploma, and also for the trainer aptitude exam (AEVO). In the application choose the type of exam instead of a training occupation.
The Meister diploma is also available as a large decorative diploma; it costs more than the normal duplicate (see fees).
""",
    en_alternatives=[
        "Duplicate after a further-training exam",
        "I lost my trainer aptitude certificate",
    ],
    answer="""
Ja. Für Fortbildungsprüfungen wie Fachwirt, Meister oder Betriebswirt stellen wir Zweitschriften von Zeugnis und Urkunde aus, ebenso für die Ausbildereignungsprüfung (AEVO). Wählen Sie im Antrag die Art der Prüfung statt eines Ausbildungsberufs.

Den Meisterbrief gibt es zusätzlich als Zierurkunde im großen Format; sie kostet mehr als die normale Zweitschrift (siehe Gebühren).
"""))

E.append(dict(
    id="gebuehren-zweitschrift", section="kosten-versand", audience=ALL,
    question="Was kostet eine Zweitschrift und wie bezahle ich sie?",
    alternatives=[
        "Gebühr für Duplikat und Beglaubigung",
        "Bezahlung per Kreditkarte oder Rechnung",
        "Ist die Neuausstellung nach Namensänderung kostenpflichtig?",
    ],
    tags=["gebühr", "kosten", "preis", "bezahlung", "kreditkarte", "paypal"],
    en_question="How much does a duplicate cost, and how do I pay?",
    en_answer="""
A duplicate of the certificate costs 35 euros, each further copy in the same application 10 euros; the decorative Meister diploma costs 60 euros. A reissue after a name change also costs 35 euros, certified copies 5 euros per page.
You pay at the end of the online application by credit card, PayPal or bank transfer; the application is processed once the payment has arrived.
""",
    en_alternatives=[
        "Fee for a duplicate and certified copies",
        "Pay by credit card or invoice",
    ],
    answer="""
Eine Zweitschrift des Zeugnisses kostet 35 Euro, jede weitere Ausfertigung im selben Antrag 10 Euro; die Zierurkunde für den Meisterbrief kostet 60 Euro. Die Neuausstellung nach einer Namensänderung kostet ebenfalls 35 Euro, Beglaubigungen 5 Euro je Seite.

Sie zahlen am Ende des Online-Antrags per Kreditkarte, PayPal oder Überweisung; bearbeitet wird der Antrag nach Zahlungseingang.
"""))

E.append(dict(
    id="bearbeitungsdauer", section="kosten-versand", audience=ALL,
    question="Wie lange dauert es, bis ich die Zweitschrift bekomme?",
    alternatives=[
        "Expressbearbeitung für dringende Bewerbungen",
        "Status meines Antrags einsehen",
        "Zweitschrift ist noch nicht angekommen",
    ],
    tags=["bearbeitungszeit", "dauer", "express", "status", "eilig", "wartezeit"],
    en_question="How long does it take until I receive the duplicate?",
    en_answer="""
After the payment has arrived, processing usually takes two to three weeks, a little longer for exams before 1995 because of the archive search. For a surcharge of 20 euros we process the application as express within five working days.
You can see the status in your service account under „Meine Anträge“ (my applications), where the dispatch date is shown too.
""",
    en_alternatives=[
        "Express processing for urgent applications",
        "Check the status of my application",
    ],
    answer="""
Nach Zahlungseingang dauert die Bearbeitung in der Regel zwei bis drei Wochen, bei Prüfungen vor 1995 wegen der Archivsuche etwas länger. Gegen 20 Euro Aufpreis bearbeiten wir den Antrag als Express innerhalb von fünf Werktagen.

Den Stand sehen Sie im Servicekonto unter „Meine Anträge“; dort steht auch das Versanddatum.
"""))

E.append(dict(
    id="abholung-versand", section="kosten-versand", audience=ALL,
    question="Kann ich die Zweitschrift abholen oder wird sie geschickt?",
    alternatives=[
        "Versand ins Ausland",
        "Jemand anderes soll das Zeugnis abholen",
        "Zustellung per Einschreiben",
    ],
    tags=["abholung", "versand", "post", "einschreiben", "ausland", "vollmacht"],
    en_question="Can I collect the duplicate or will it be sent to me?",
    en_answer="""
You choose between delivery and collection in the application. Within Germany we send the certificate by registered mail at no extra charge; delivery abroad costs 8 euros.
To collect it at the service centre bring your identity card; another person also needs your written authorisation and a copy of your identity card. We let you know by e-mail as soon as the document is ready.
""",
    en_alternatives=[
        "Delivery abroad",
        "Someone else should collect my certificate",
    ],
    answer="""
Sie wählen im Antrag zwischen Versand und Abholung. Innerhalb Deutschlands schicken wir das Zeugnis ohne Aufpreis per Einschreiben; der Versand ins Ausland kostet 8 Euro.

Zur Abholung im Servicecenter bringen Sie Ihren Ausweis mit; eine andere Person braucht zusätzlich Ihre schriftliche Vollmacht und eine Kopie Ihres Ausweises. Wir benachrichtigen Sie per E-Mail, sobald das Dokument bereitliegt.
"""))

E.append(dict(
    id="englische-fassung", section="uebersetzung", audience=ALL,
    question="Gibt es mein Zeugnis auch auf Englisch?",
    alternatives=[
        "Zeugniserläuterung in englischer Sprache",
        "Übersetzung für eine Bewerbung im Ausland",
        "Certificate Supplement für meinen Beruf",
    ],
    tags=["englisch", "übersetzung", "zeugniserläuterung", "certificate supplement", "ausland", "europass"],
    en_question="Is my certificate also available in English?",
    en_answer="""
For every recognised training occupation there is an English certificate supplement describing the content and level of the training; you can download it free of charge in the portal under „Downloads“. On application we issue an English version of your personal certificate with your grades for 25 euros.
For translations into other languages or sworn translations, please contact a sworn translator.
""",
    en_alternatives=[
        "English certificate supplement",
        "Translation for a job application abroad",
    ],
    answer="""
Zu jedem anerkannten Ausbildungsberuf gibt es eine englische Zeugniserläuterung (Certificate Supplement), die Inhalte und Niveau der Ausbildung beschreibt; Sie können sie kostenlos im Portal unter „Downloads“ herunterladen. Eine englische Fassung Ihres persönlichen Zeugnisses mit Ihren Noten stellen wir auf Antrag für 25 Euro aus.

Übersetzungen in andere Sprachen oder beeidigte Übersetzungen erhalten Sie bei vereidigten Übersetzerinnen und Übersetzern.
"""))

E.append(dict(
    id="beglaubigung", section="uebersetzung", audience=ALL,
    question="Beglaubigt die IHK Kopien meines Zeugnisses?",
    alternatives=[
        "Amtlich beglaubigte Kopie für eine Bewerbung",
        "Beglaubigung von Schulzeugnissen",
        "Kopie für die Anerkennung im Ausland beglaubigen lassen",
    ],
    tags=["beglaubigung", "beglaubigte kopie", "abschrift", "amtlich", "apostille"],
    en_question="Does the IHK certify copies of my certificate?",
    en_answer="""
We certify copies of certificates and diplomas issued by our IHK. You can order them together with a duplicate in the application, or bring the original and the copies to the service centre; a certification costs 5 euros per page.
School and university certificates are certified by citizens' offices and notaries. An apostille for use abroad is not issued by the IHK but by the responsible state authority.
""",
    en_alternatives=[
        "Officially certified copy for a job application",
        "Certified copy for recognition abroad",
    ],
    answer="""
Wir beglaubigen Kopien von Zeugnissen und Urkunden, die unsere IHK ausgestellt hat. Sie können sie im Antrag zusammen mit einer Zweitschrift bestellen oder das Original und die Kopien im Servicecenter vorlegen; eine Beglaubigung kostet 5 Euro je Seite.

Schul- und Hochschulzeugnisse beglaubigen Bürgerämter und Notariate. Eine Apostille für das Ausland stellt nicht die IHK aus, sondern die zuständige Landesbehörde.
"""))

E.append(dict(
    id="digitales-zeugnis", section="uebersetzung", audience=ALL,
    question="Kann ich mein Prüfungszeugnis auch digital bekommen?",
    alternatives=[
        "Zeugnis als PDF mit elektronischem Siegel",
        "Echtheit eines digitalen Zeugnisses prüfen",
        "Digitales Zeugnis an einen Arbeitgeber weitergeben",
    ],
    tags=["digital", "pdf", "elektronisch", "siegel", "echtheit", "prüfcode"],
    en_question="Can I get my exam certificate in digital form?",
    en_answer="""
Since 2024 you also receive your certificate as a PDF with a qualified electronic seal in your service account under „Meine Dokumente“ (my documents). For earlier exams you can apply for a digital duplicate; it costs the same as the printed one.
Employers check authenticity with the verification code on the document on our website; a printout of the PDF is not a certified copy.
""",
    en_alternatives=[
        "Certificate as a PDF with an electronic seal",
        "Verify a digital certificate",
    ],
    answer="""
Seit 2024 erhalten Sie Ihr Zeugnis zusätzlich als PDF mit einem qualifizierten elektronischen Siegel im Servicekonto unter „Meine Dokumente“. Für frühere Prüfungen können Sie eine digitale Zweitschrift beantragen; sie kostet genauso viel wie die gedruckte.

Arbeitgeber prüfen die Echtheit mit dem Prüfcode auf dem Dokument auf unserer Webseite. Ein Ausdruck des PDF ist keine beglaubigte Kopie.
"""))

E.append(dict(
    id="servicekonto-anlegen", section="konto", audience=ALL,
    question="Brauche ich für den Antrag ein Servicekonto?",
    alternatives=[
        "Registrierung im Zeugnisservice",
        "Antrag ohne Konto stellen",
        "Ich habe schon ein Konto aus der Prüfungsanmeldung",
    ],
    tags=["servicekonto", "registrierung", "konto", "anmeldung", "papierantrag"],
    en_question="Do I need a service account for the application?",
    en_answer="""
Yes, applications are made through a service account so that you can follow the status and fetch digital documents. To register you need an e-mail address, your name and date of birth; then confirm the link in our e-mail within 24 hours.
If you already have an account with us, for example from the online exam registration, sign in with it. If you do not want an account, fill in the application as a PDF form and send it by post.
""",
    en_alternatives=[
        "Register for the certificate service",
        "Apply without an account",
    ],
    answer="""
Ja, Anträge stellen Sie über ein Servicekonto; so können Sie den Stand verfolgen und digitale Dokumente abrufen. Zur Registrierung genügen E-Mail-Adresse, Name und Geburtsdatum; danach bestätigen Sie innerhalb von 24 Stunden den Link aus unserer E-Mail.

Haben Sie bei uns schon ein Konto, etwa aus der Online-Prüfungsanmeldung, melden Sie sich damit an. Wer kein Konto anlegen möchte, füllt den Antrag als PDF-Formular aus und schickt ihn per Post.
"""))

E.append(dict(
    id="passwort-servicekonto", section="konto", audience=ALL,
    question="Ich habe mein Passwort für das Servicekonto vergessen.",
    alternatives=[
        "Kennwort für den Zeugnisservice zurücksetzen",
        "Konto nach falschen Eingaben gesperrt",
        "E-Mail-Adresse des Kontos gibt es nicht mehr",
    ],
    tags=["passwort", "kennwort", "zurücksetzen", "gesperrt", "login"],
    en_question="I forgot the password for my service account.",
    en_answer="""
On the sign-in page click „Passwort vergessen“ (forgot password) and enter your e-mail address; the link is valid for two hours. After five failed attempts the account is locked for 20 minutes.
If you no longer use the e-mail address on file, write to us via the contact form with your name and date of birth; we change the address after checking your identity.
""",
    en_alternatives=[
        "Reset the password for the certificate service",
        "My account e-mail address no longer exists",
    ],
    answer="""
Klicken Sie auf der Anmeldeseite auf „Passwort vergessen“ und geben Sie Ihre E-Mail-Adresse ein; der Link ist zwei Stunden gültig. Nach fünf Fehlversuchen ist das Konto für 20 Minuten gesperrt.

Nutzen Sie die hinterlegte E-Mail-Adresse nicht mehr, schreiben Sie uns über das Kontaktformular mit Name und Geburtsdatum; wir ändern die Adresse nach einer Prüfung Ihrer Identität.
"""))

E.append(dict(
    id="anmeldung-probleme", section="konto", audience=ALL,
    question="Ich bekomme keine Bestätigungsmail und kann mich nicht anmelden.",
    alternatives=[
        "Aktivierungslink ist abgelaufen",
        "Fehlermeldung „E-Mail-Adresse bereits registriert“",
        "Anmeldung im Servicekonto klappt nicht",
    ],
    tags=["bestätigung", "aktivierung", "anmeldung", "login", "fehlermeldung", "spam"],
    en_question="I do not get a confirmation e-mail and cannot sign in.",
    en_answer="""
First check your spam folder; the e-mail comes from noreply@zeugnisservice.example. If the link has expired, simply register again with the same address; the old, unconfirmed account is replaced.
If the message „E-Mail-Adresse bereits registriert“ (e-mail address already registered) appears, you already have an account, for example from the exam registration; sign in with it or reset the password.
""",
    en_alternatives=[
        "The activation link has expired",
        "Error: e-mail address already registered",
    ],
    answer="""
Prüfen Sie zuerst den Spam-Ordner; die E-Mail kommt von noreply@zeugnisservice.example. Ist der Link abgelaufen, registrieren Sie sich einfach erneut mit derselben Adresse; das alte, unbestätigte Konto wird dann ersetzt.

Erscheint „E-Mail-Adresse bereits registriert“, haben Sie schon ein Konto, zum Beispiel aus der Prüfungsanmeldung; melden Sie sich damit an oder setzen Sie das Passwort zurück.
"""))

Q = [
    # zweitschrift-beantragen
    ("Mein neuer Arbeitgeber will mein IHK-Abschlusszeugnis sehen, ich finde es aber nicht mehr. Wie bestelle ich ein zweites Exemplar?", ["zweitschrift-beantragen", "zeugnis-verloren"], "full"),
    ("Duplikat Kaufmannsgehilfenbrief bestellen", ["zweitschrift-beantragen"], "keywords"),
    ("I need another copy of the certificate I got after my apprenticeship exam - how do I order one?", ["zweitschrift-beantragen"], "en"),
    ("was muss ich alles angeben wenn ich mein zeugnis nochmal haben will? ausweis auch?", ["zweitschrift-beantragen"], "colloquial"),
    ("Hallo, ich bin Kevin Schulz und habe 2012 die Abschlussprüfung als Industriemechaniker bei Ihnen gemacht. Ich brauche eine zweite Ausfertigung meines Zeugnisses. Wie gehe ich vor?", ["zweitschrift-beantragen"], "chat+greeting+intro"),
    # zeugnis-verloren
    ("Bei unserem Umzug ist der Ordner mit meinem Berufsabschluss verschwunden. Was kann ich tun?", ["zeugnis-verloren", "zweitschrift-beantragen"], "full"),
    ("Do I need a police report to replace a stolen certificate?", ["zeugnis-verloren"], "en"),
    ("meine pruefung war 1971, gibt es da ueberhaupt noch unterlagen bei euch", ["zeugnis-verloren"], "no-umlaut"),
    ("Zeugniss verlohren – bekomme ich ein neues Orginal?", ["zeugnis-verloren"], "typo"),
    ("Hi, my flat flooded and my IHK certificate got destroyed. Is a duplicate as valid as the original?\nThanks, Maria Rossi", ["zeugnis-verloren"], "en+chat+signature"),
    # pruefung-andere-ihk
    ("Ich wohne jetzt in Hamburg, habe die Prüfung aber in Stuttgart gemacht. Bei wem beantrage ich das Duplikat?", ["pruefung-andere-ihk"], "full"),
    ("I sat my exam at a different chamber. Can you still issue the duplicate?", ["pruefung-andere-ihk"], "en"),
    ("Zeugnis aus DDR-Zeiten nachbestellen", ["pruefung-andere-ihk"], "keywords"),
    ("die ihk wo ich geprüft wurde gibts so nich mehr, die wurde fusioniert oder so. wer hat jetzt meine akte?", ["pruefung-andere-ihk"], "colloquial"),
    ("welche kammer ist zustaendig wenn ich nach der pruefung umgezogen bin", ["pruefung-andere-ihk"], "no-umlaut"),
    # name-aendern-zeugnis
    ("Ich habe geheiratet und trage jetzt den Nachnamen meines Mannes. Kann das Zeugnis angepasst werden?", ["name-aendern-zeugnis"], "full"),
    ("My name changed after my transition. Can I get a new certificate with my current first name?", ["name-aendern-zeugnis"], "en"),
    ("Neues Zeugnis nach Namensänderng, welche Urkunde brauch ich?", ["name-aendern-zeugnis"], "typo"),
    ("Guten Tag, auf meinem Zeugnis ist mein Vorname falsch geschrieben (Jana statt Janna). Kostet die Korrektur etwas?\nViele Grüße\nJanna Becker\nj.becker@example.org", ["name-aendern-zeugnis"], "chat+greeting+signature+email"),
    ("Do I have to send back my old certificate when you reissue it in my married name?", ["name-aendern-zeugnis"], "en"),
    # fortbildung-urkunden
    ("Ich habe meinen Ausbilderschein verlegt. Kann ich den nachbestellen?", ["fortbildung-urkunden"], "full"),
    ("Can I get a duplicate of my Industriemeister diploma?", ["fortbildung-urkunden"], "en"),
    ("Betriebswirt IHK Urkunde neu ausstellen", ["fortbildung-urkunden"], "keywords"),
    ("gibts den meisterbrief auch in groß zum aufhängen?", ["fortbildung-urkunden"], "colloquial"),
    ("brauche einen nachweis ueber meine bestandene ausbilderpruefung fuer den neuen job", ["fortbildung-urkunden"], "no-umlaut"),
    # gebuehren-zweitschrift
    ("Wie teuer ist ein Duplikat meines Abschlusszeugnisses?", ["gebuehren-zweitschrift"], "full"),
    ("What's the price of a second copy of my diploma?", ["gebuehren-zweitschrift"], "en"),
    ("Kosten Ersatzzeugnis Zahlungsarten", ["gebuehren-zweitschrift"], "keywords"),
    ("kann ich die gebuehr auch per ueberweisung zahlen", ["gebuehren-zweitschrift"], "no-umlaut"),
    ("hey, how much would two extra copies plus one certified copy cost me in total?", ["gebuehren-zweitschrift"], "en+chat+lowercase"),
    # bearbeitungsdauer
    ("Ich habe meinen Antrag vor zehn Tagen gestellt. Wann kommt das Zeugnis?", ["bearbeitungsdauer"], "full"),
    ("I need the duplicate urgently for a job application next week. Is there a faster option?", ["bearbeitungsdauer"], "en"),
    ("wie lang dauert das ungefähr bis ich das neue zeugnis hab", ["bearbeitungsdauer"], "colloquial"),
    ("Wo sehe ich den Bearbeitungstand meines Antrags?", ["bearbeitungsdauer"], "typo"),
    ("Guten Tag, ich habe am 3. März bezahlt und noch nichts gehört. Ist mein Antrag schon bearbeitet?\nMit freundlichen Grüßen\nDieter Franke\nTel. 0341 555-9021", ["bearbeitungsdauer"], "chat+greeting+signature+phone"),
    # abholung-versand
    ("Kann ich das Zeugnis persönlich bei Ihnen abholen, statt es schicken zu lassen?", ["abholung-versand"], "full"),
    ("I live in Spain now. Can you mail the certificate abroad?", ["abholung-versand"], "en"),
    ("kann meine mutter das zeugnis für mich abholen? bin auf montage", ["abholung-versand"], "colloquial"),
    ("schicken sie die urkunde mit der post oder muss ich persoenlich vorbeikommen", ["abholung-versand"], "no-umlaut"),
    ("Can a friend pick up my certificate on my behalf?", ["abholung-versand"], "en"),
    # englische-fassung
    ("Ich bewerbe mich in Irland. Wie bekomme ich eine englische Version meines Zeugnisses?", ["englische-fassung"], "full"),
    ("Is there an English translation of my IHK certificate?", ["englische-fassung"], "en"),
    ("Abschlusszeugnis englischsprachig", ["englische-fassung"], "keywords"),
    ("Ubersetzung vom Zeugnis ins Englishe", ["englische-fassung"], "typo"),
    ("Hello, I'm Tom, a recruiter in Dublin. A German candidate sent us an IHK certificate. Is there an official English description of the qualification?", ["englische-fassung"], "en+chat+greeting+intro+company"),
    # beglaubigung
    ("Ich brauche drei beglaubigte Kopien meines Zeugnisses für die Anerkennung in Österreich.", ["beglaubigung"], "full"),
    ("Do you provide attested photocopies of the diploma?", ["beglaubigung"], "en"),
    ("beglaubigt ihr auch abizeugnisse? das waere praktisch", ["beglaubigung"], "no-umlaut"),
    ("wo krieg ich ne apostille für mein zeugnis her", ["beglaubigung"], "colloquial"),
    ("Hallo, ich bin Ana Petrović und wandere nach Kanada aus. Kann ich mit dem Original vorbeikommen und Kopien vor Ort bestätigen lassen?", ["beglaubigung"], "chat+greeting+intro"),
    # digitales-zeugnis
    ("Bekomme ich mein Abschlusszeugnis auch als elektronisches Dokument?", ["digitales-zeugnis"], "full"),
    ("Can I get a digital version of my certificate to send to employers?", ["digitales-zeugnis"], "en"),
    ("Zeugnis online Arbeitgeber Echtheitsprüfung", ["digitales-zeugnis"], "keywords"),
    ("How can we verify that an electronic IHK certificate is genuine?", ["digitales-zeugnis"], "en"),
    ("kann ich einfach das pdf ausdrucken und als beglaubigte kopie nehmen?", ["digitales-zeugnis"], "colloquial"),
    # servicekonto-anlegen
    ("Muss ich mich registrieren, um eine Zweitschrift zu bestellen?", ["servicekonto-anlegen"], "full"),
    ("Can I apply without creating an account?", ["servicekonto-anlegen"], "en"),
    ("hab schon nen login von der prüfungsanmeldung, geht der hier auch?", ["servicekonto-anlegen"], "colloquial"),
    ("gibt es den antrag auch als formular fuer die post", ["servicekonto-anlegen"], "no-umlaut"),
    ("Benutzerkonto Zeugnisservice erstellen", ["servicekonto-anlegen"], "keywords"),
    # passwort-servicekonto
    ("pw vergessen, wie komm ich wieder rein", ["passwort-servicekonto"], "colloquial"),
    ("Can't remember my login for the certificate portal - how do I get back in?", ["passwort-servicekonto"], "en"),
    ("Konto gespert nach falscher Pasworteingabe", ["passwort-servicekonto"], "typo"),
    ("Guten Tag, ich heiße Olga Berg. Meine alte E-Mail-Adresse von der Ausbildungsfirma gibt es nicht mehr, deshalb kann ich kein neues Passwort anfordern. Was nun?", ["passwort-servicekonto"], "chat+greeting+intro"),
    ("der link zum zuruecksetzen fuer das passwort ist abgelaufen", ["passwort-servicekonto"], "no-umlaut"),
    # anmeldung-probleme
    ("Ich habe mich registriert, aber die Mail zum Aktivieren kommt einfach nicht.", ["anmeldung-probleme"], "full"),
    ("It says my email address is already registered, but I don't have an account.", ["anmeldung-probleme"], "en"),
    ("Registrierungsmail fehlt Zeugnisservice", ["anmeldung-probleme"], "keywords"),
    ("hi, i clicked the confirmation link a few days later and now it says invalid. help?", ["anmeldung-probleme"], "en+chat+lowercase"),
    ("komm nicht ins konto, bestätigung kam nie an, spam hab ich schon geguckt", ["anmeldung-probleme"], "colloquial"),
    # two questions
    ("Was muss ich für ein Duplikat bezahlen, und wie lange dauert es, bis es da ist?", ["gebuehren-zweitschrift", "bearbeitungsdauer"], "two-questions"),
    ("I got married last year - can you reissue my certificate in my new name and also give me an English version?", ["name-aendern-zeugnis", "englische-fassung"], "two-questions+en"),
    # out of scope
    ("Wo bekomme ich eine Zweitschrift meines Gesellenbriefs aus dem Handwerk?", [], "oos"),
    ("Ich brauche eine Kopie meines Berufsschulzeugnisses.", [], "oos"),
    ("Wann bekomme ich nach der Abschlussprüfung mein Ergebnis?", [], "oos"),
    ("Wie melde ich mich zur Wiederholungsprüfung an?", [], "oos"),
    ("Can I look at my marked exam papers from the final exam?", [], "oos+en"),
    ("Mein Arbeitszeugnis vom Ausbildungsbetrieb ist falsch, an wen wende ich mich?", [], "oos"),
    ("Wie beantrage ich die Anerkennung meines ausländischen Berufsabschlusses?", [], "oos"),
    ("Do I need a certificate of good conduct to start my apprenticeship?", [], "oos+en"),
    ("Wo beantrage ich ein Ursprungszeugnis für Warenexporte?", [], "oos"),
    ("Wie führe ich das digitale Berichtsheft mit meiner Ausbilderin?", [], "oos"),
    ("Kann ich meine Ausbildung verkürzen?", [], "oos"),
    ("Was muss ich für die Ausbildereignungsprüfung lernen?", [], "oos"),
    ("Is it going to rain in Hamburg this weekend?", [], "oos+en+smalltalk"),
    ("Erzähl mir einen Witz!", [], "oos+smalltalk"),
    ("Mein Azubi hat gekündigt, wie entferne ich ihn aus dem Portal?", [], "oos"),
    ("Wie viele Punkte brauche ich, um die Prüfung zu bestehen?", [], "oos"),
    ("Can I get an attendance certificate for the IHK evening course I took?", [], "oos+en"),
    ("Wo finde ich die Termine für die Sachkundeprüfung im Bewachungsgewerbe?", [], "oos"),
    ("Ich hätte gern eine Bescheinigung über unsere IHK-Mitgliedschaft für eine Ausschreibung.", [], "oos"),
    ("Guten Morgen! Arbeitest du auch am Wochenende?", [], "oos+smalltalk"),
]

write("zeugnis-service", HEADER, SECTIONS, E, Q)
