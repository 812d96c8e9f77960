from common import write

CO = ["training_admin", "trainer"]

HEADER = """# Sections of the invented "Beitragsportal" help center (tuning FAQ without a vocabulary:
# the IHK membership-fee portal with fee notices, direct debit, instalments and objections)."""

SECTIONS = [
    ("zugang", "Zugang zum Beitragsportal", "Access to the fee portal"),
    ("bescheid", "Beitragsbescheid und Berechnung", "Fee notice and calculation"),
    ("zahlung", "Zahlung und Lastschrift", "Payment and direct debit"),
    ("korrektur", "Korrekturen und Widerspruch", "Corrections and objections"),
]

E = []

E.append(dict(
    id="portal-zugang-einrichten", section="zugang", audience=CO,
    question="Wie richte ich meinen Zugang zum Beitragsportal der IHK ein?",
    alternatives=[
        "Erstmalige Anmeldung im Beitragsportal",
        "Wo finde ich den Zugangscode für das Portal?",
        "Registrierung mit Mitgliedsnummer",
    ],
    tags=["registrierung", "zugangscode", "mitgliedsnummer", "erstanmeldung", "portal"],
    en_question="How do I set up my access to the IHK fee portal?",
    en_answer="""
For the first sign-in you need your IHK membership number and your personal access code; both are printed at the top right of your latest fee notice. Click „Zugang einrichten“ (set up access), enter both together with your e-mail address and confirm the link in our e-mail.
If you do not have a notice at hand, you can request the access code in the portal; it is sent by post to your company address within about five working days.
""",
    en_alternatives=[
        "First sign-in to the fee portal",
        "Where do I find the access code for the portal?",
    ],
    answer="""
Für die erste Anmeldung brauchen Sie Ihre IHK-Mitgliedsnummer und Ihren persönlichen Zugangscode; beides steht oben rechts auf Ihrem letzten Beitragsbescheid. Klicken Sie auf „Zugang einrichten“, geben Sie beides und Ihre E-Mail-Adresse ein und bestätigen Sie den Link aus unserer E-Mail.

Haben Sie keinen Bescheid zur Hand, können Sie den Zugangscode im Portal anfordern; er kommt innerhalb von etwa fünf Werktagen per Post an Ihre Firmenanschrift.
"""))

E.append(dict(
    id="passwort-beitragsportal", section="zugang", audience=CO,
    question="Ich habe das Passwort für das Beitragsportal vergessen.",
    alternatives=[
        "Kennwort für den Beitragszugang zurücksetzen",
        "Zugang nach Fehlversuchen gesperrt",
        "Neue E-Mail-Adresse für die Anmeldung hinterlegen",
    ],
    tags=["passwort", "kennwort", "gesperrt", "login", "e-mail-adresse"],
    en_question="I forgot my password for the fee portal.",
    en_answer="""
On the sign-in page click „Passwort vergessen“ (forgot password) and enter your membership number and the e-mail address on file; the reset link is valid for one hour. After three failed attempts the access is locked for one hour.
You can change the e-mail address after signing in under „Mein Zugang“ (my access). If you can no longer reach the address on file, set up the access again with a new access code.
""",
    en_alternatives=[
        "Reset the password for the fee portal",
        "Access locked after failed attempts",
    ],
    answer="""
Klicken Sie auf der Anmeldeseite auf „Passwort vergessen“ und geben Sie Ihre Mitgliedsnummer und die hinterlegte E-Mail-Adresse ein; der Link zum Zurücksetzen ist eine Stunde gültig. Nach drei Fehlversuchen wird der Zugang für eine Stunde gesperrt.

Die E-Mail-Adresse ändern Sie nach der Anmeldung unter „Mein Zugang“. Haben Sie keinen Zugriff mehr auf die hinterlegte Adresse, richten Sie den Zugang mit einem neuen Zugangscode neu ein.
"""))

E.append(dict(
    id="steuerberater-zugang", section="zugang", audience=CO,
    question="Kann unser Steuerberater oder unsere Buchhaltung auf das Beitragsportal zugreifen?",
    alternatives=[
        "Zugang für das Steuerbüro einrichten",
        "Weitere Benutzer für unser Unternehmen",
        "Bescheide an die Buchhaltung schicken lassen",
    ],
    tags=["steuerberater", "buchhaltung", "vollmacht", "benutzer", "zugriff"],
    en_question="Can our tax adviser or our accounts department use the fee portal?",
    en_answer="""
Yes. Under „Mein Zugang“ > „Weitere Personen“ (my access > further persons) you invite employees or your tax adviser by e-mail and decide whether they may only read or also change data and submit applications. For a tax firm, also upload the power of attorney in the portal.
If notices should go to another address in future, enter the firm's address under „Zustelladresse“ (delivery address).
""",
    en_alternatives=[
        "Give our tax adviser access",
        "Add further users for our company",
    ],
    answer="""
Ja. Unter „Mein Zugang“ > „Weitere Personen“ laden Sie Mitarbeitende oder Ihre Steuerberatung per E-Mail ein und legen fest, ob sie nur lesen oder auch Angaben ändern und Anträge stellen dürfen. Für eine Steuerberatungskanzlei laden Sie im Portal zusätzlich die Vollmacht hoch.

Sollen Bescheide künftig an eine andere Anschrift gehen, tragen Sie unter „Zustelladresse“ die Anschrift der Kanzlei ein.
"""))

E.append(dict(
    id="bescheid-herunterladen", section="bescheid", audience=CO,
    question="Wo finde ich meinen Beitragsbescheid im Portal?",
    alternatives=[
        "Alte Beitragsbescheide als PDF abrufen",
        "Bescheid nur noch digital statt per Post",
        "Beitragsbescheid ging verloren",
    ],
    tags=["bescheid", "pdf", "download", "herunterladen", "digital", "postzustellung"],
    en_question="Where do I find my fee notice in the portal?",
    en_answer="""
Under „Meine Bescheide“ (my notices) all fee notices of the last five years, including amended notices, can be downloaded as PDF. If you choose digital delivery under „Einstellungen“ (settings), you no longer get notices by post but an e-mail as soon as a new notice is in the portal.
We send older notices on request through the contact form.
""",
    en_alternatives=[
        "Download earlier fee notices as PDF",
        "Receive notices digitally instead of by post",
    ],
    answer="""
Unter „Meine Bescheide“ stehen alle Beitragsbescheide der letzten fünf Jahre als PDF zum Herunterladen bereit, auch Änderungsbescheide. Wenn Sie unter „Einstellungen“ die digitale Zustellung wählen, bekommen Sie Bescheide nicht mehr per Post, sondern eine E-Mail, sobald ein neuer Bescheid im Portal liegt.

Ältere Bescheide schicken wir Ihnen auf Anfrage über das Kontaktformular zu.
"""))

E.append(dict(
    id="beitrag-berechnung", section="bescheid", audience=CO,
    question="Wie wird die Höhe meines IHK-Beitrags berechnet?",
    alternatives=[
        "Was sind Grundbeitrag und Umlage?",
        "Warum ist mein Beitrag höher als letztes Jahr?",
        "Welche Zahlen verwendet die IHK für den Beitrag?",
    ],
    tags=["berechnung", "grundbeitrag", "umlage", "gewerbeertrag", "gewinn", "beitragsordnung"],
    en_question="How is the amount of my IHK fee calculated?",
    en_answer="""
The fee consists of a basic fee and a levy. The basic fee is graded by your trade earnings (for businesses not liable to trade tax: the profit from the business); the levy is a percentage of them after deduction of an allowance.
We receive the figures from the tax office; the grades and rates are set every year by the general assembly in the fee regulations. A sample calculation with your figures is on the second page of the notice.
""",
    en_alternatives=[
        "What are the basic fee and the levy?",
        "Why is my fee higher than last year?",
    ],
    answer="""
Der Beitrag besteht aus einem Grundbeitrag und einer Umlage. Der Grundbeitrag ist nach der Höhe Ihres Gewerbeertrags gestaffelt (bei nicht gewerbesteuerpflichtigen Unternehmen nach dem Gewinn aus Gewerbebetrieb); die Umlage ist ein Prozentsatz davon nach Abzug eines Freibetrags.

Die Zahlen erhalten wir vom Finanzamt; Staffeln und Sätze legt die Vollversammlung jedes Jahr in der Beitragsordnung fest. Eine Beispielrechnung mit Ihren Zahlen steht auf der zweiten Seite des Bescheids.
"""))

E.append(dict(
    id="vorlaeufiger-bescheid", section="bescheid", audience=CO,
    question="Warum bekomme ich einen vorläufigen Bescheid und später eine Nachforderung oder Erstattung?",
    alternatives=[
        "Vorauszahlung auf Basis alter Zahlen",
        "Änderungsbescheid für ein früheres Jahr erhalten",
        "Beitrag wurde nachträglich neu berechnet",
    ],
    tags=["vorläufig", "vorauszahlung", "änderungsbescheid", "nachzahlung", "erstattung", "abrechnung"],
    en_question="Why do I get a provisional notice and later a demand for more or a refund?",
    en_answer="""
Because the final figures for a year only arrive from the tax office later, we first set the fee provisionally, usually based on the trade earnings of two years earlier. As soon as the tax office reports the figures for the fee year, we settle the account and send an amended notice.
If the fee turns out lower, we refund the difference to your account; if it is higher, the difference is due one month after the notice.
""",
    en_alternatives=[
        "Advance payment based on old figures",
        "I received an amended notice for an earlier year",
    ],
    answer="""
Weil die endgültigen Zahlen eines Jahres erst später vom Finanzamt kommen, setzen wir den Beitrag zunächst vorläufig fest, meist auf der Grundlage des Gewerbeertrags von vor zwei Jahren. Sobald das Finanzamt die Zahlen für das Beitragsjahr meldet, rechnen wir ab und schicken einen Änderungsbescheid.

Ergibt sich ein geringerer Beitrag, erstatten wir die Differenz auf Ihr Konto; ist er höher, wird der Unterschied einen Monat nach dem Bescheid fällig.
"""))

E.append(dict(
    id="befreiung-kleinunternehmen", section="bescheid", audience=CO,
    question="Sind Kleingewerbetreibende und Existenzgründer vom Beitrag befreit?",
    alternatives=[
        "Beitragsfreiheit bei geringem Gewinn",
        "Befreiung in den ersten Jahren nach der Gründung",
        "Muss ich die Befreiung beantragen?",
    ],
    tags=["befreiung", "kleingewerbe", "existenzgründer", "gründung", "freibetrag", "beitragsfrei"],
    en_question="Are small traders and business founders exempt from the fee?",
    en_answer="""
Traders not entered in the commercial register whose trade earnings or profit do not exceed 5,200 euros a year pay no fee. Founders are fully exempt in the year they start and the following year, and exempt from the levy in the third and fourth year, if their profit does not exceed 25,000 euros.
The exemption applies automatically once we have the figures from the tax office; until then you can state your profit yourself in the portal under „Bemessungsgrundlage“ (basis of assessment).
""",
    en_alternatives=[
        "No fee if my profit is low",
        "Exemption in the first years after starting a business",
    ],
    answer="""
Nicht im Handelsregister eingetragene Gewerbetreibende, deren Gewerbeertrag oder Gewinn 5.200 Euro im Jahr nicht übersteigt, zahlen keinen Beitrag. Wer sich neu selbstständig macht, ist im Gründungsjahr und im folgenden Jahr ganz und im dritten und vierten Jahr von der Umlage befreit, wenn der Gewinn 25.000 Euro nicht übersteigt.

Die Befreiung gilt automatisch, sobald uns die Zahlen vom Finanzamt vorliegen; bis dahin können Sie Ihren Gewinn im Portal unter „Bemessungsgrundlage“ selbst angeben.
"""))

E.append(dict(
    id="sepa-lastschrift", section="zahlung", audience=CO,
    question="Wie erteile ich der IHK ein SEPA-Lastschriftmandat für den Beitrag?",
    alternatives=[
        "Beitrag automatisch abbuchen lassen",
        "Einzugsermächtigung erteilen",
        "Lastschrift widerrufen und selbst überweisen",
    ],
    tags=["sepa", "lastschrift", "mandat", "abbuchung", "einzug", "bankeinzug"],
    en_question="How do I give the IHK a SEPA direct debit mandate for the fee?",
    en_answer="""
In the portal choose „Zahlungsweise“ > „SEPA-Lastschrift“ (payment method > SEPA direct debit) and enter the IBAN and the account holder; you receive the mandate reference by e-mail. The fee is then debited on the due date stated in the notice.
A mandate given less than two weeks before the due date only applies from the next notice. Under „Zahlungsweise“ you can also revoke the mandate and pay by transfer again.
""",
    en_alternatives=[
        "Have the fee debited automatically",
        "Revoke the direct debit and pay by transfer",
    ],
    answer="""
Wählen Sie im Portal „Zahlungsweise“ > „SEPA-Lastschrift“ und geben Sie IBAN und Kontoinhaber ein; die Mandatsreferenz erhalten Sie per E-Mail. Der Beitrag wird dann jeweils zum Fälligkeitstag abgebucht, der im Bescheid steht.

Ein Mandat, das weniger als zwei Wochen vor der Fälligkeit erteilt wird, gilt erst ab dem nächsten Bescheid. Unter „Zahlungsweise“ können Sie das Mandat auch widerrufen und wieder selbst überweisen.
"""))

E.append(dict(
    id="bankverbindung-aendern", section="zahlung", audience=CO,
    question="Wie ändere ich die Bankverbindung für die Abbuchung des IHK-Beitrags?",
    alternatives=[
        "Neue IBAN für die Lastschrift",
        "Wir haben die Bank gewechselt",
        "Abbuchung vom alten Konto ist geplatzt",
    ],
    tags=["bankverbindung", "iban", "konto", "bankwechsel", "rücklastschrift"],
    en_question="How do I change the bank account the IHK fee is debited from?",
    en_answer="""
Enter the new IBAN under „Zahlungsweise“ > „Bankverbindung ändern“ (payment method > change bank details); this gives a new mandate and the old one ends. The change applies to the next debit if it arrives at least ten days before the due date; otherwise pay this amount by transfer yourself.
If a debit from the old account was returned, the bank charges a return fee that we have to pass on to you.
""",
    en_alternatives=[
        "New IBAN for the direct debit",
        "The debit from our old account bounced",
    ],
    answer="""
Geben Sie die neue IBAN unter „Zahlungsweise“ > „Bankverbindung ändern“ ein; damit erteilen Sie ein neues Mandat, und das alte endet. Die Änderung gilt für die nächste Abbuchung, wenn sie mindestens zehn Tage vor dem Fälligkeitstag eingeht; sonst überweisen Sie den Betrag diesmal selbst.

Ist eine Abbuchung vom alten Konto zurückgegangen, berechnet die Bank eine Rücklastschriftgebühr, die wir Ihnen weitergeben müssen.
"""))

E.append(dict(
    id="zahlungsfrist", section="zahlung", audience=CO,
    question="Bis wann muss der Beitrag bezahlt werden und wie überweise ich richtig?",
    alternatives=[
        "Fälligkeit des Beitragsbescheids",
        "Verwendungszweck bei der Überweisung",
        "Beitrag per Überweisung statt Lastschrift",
    ],
    tags=["zahlungsfrist", "fälligkeit", "überweisung", "verwendungszweck", "kassenzeichen", "zahlen"],
    en_question="By when must the fee be paid, and how do I transfer it correctly?",
    en_answer="""
The fee is due one month after the date of the notice; the exact date is given in the notice under „Fälligkeit“ (due date). If you pay by transfer, always give the Kassenzeichen (payment reference) from the notice as the reference, otherwise we cannot match the payment.
The IHK's bank details are at the bottom of every notice and in the portal under „Zahlung“ (payment).
""",
    en_alternatives=[
        "Due date of the fee notice",
        "What reference to use for the transfer",
    ],
    answer="""
Der Beitrag ist einen Monat nach dem Datum des Bescheids fällig; das genaue Datum steht im Bescheid unter „Fälligkeit“. Wenn Sie überweisen, geben Sie als Verwendungszweck unbedingt das Kassenzeichen aus dem Bescheid an, sonst können wir die Zahlung nicht zuordnen.

Die Bankverbindung der IHK steht unten auf jedem Bescheid und im Portal unter „Zahlung“.
"""))

E.append(dict(
    id="ratenzahlung-stundung", section="zahlung", audience=CO,
    question="Kann ich den IHK-Beitrag in Raten zahlen oder stunden lassen?",
    alternatives=[
        "Antrag auf Ratenzahlung für den Beitrag",
        "Zahlungsaufschub wegen finanzieller Schwierigkeiten",
        "Beitrag später bezahlen",
    ],
    tags=["ratenzahlung", "raten", "stundung", "zahlungsaufschub", "antrag", "liquidität"],
    en_question="Can I pay the IHK fee in instalments or have it deferred?",
    en_answer="""
Yes, on application. Submit it before the due date in the portal under „Anträge“ > „Ratenzahlung/Stundung“ (applications > instalments/deferral) and briefly explain why you cannot pay the amount at once.
Usually up to four monthly instalments by direct debit are possible; we decide on higher amounts or longer deferrals case by case. No reminder fees are charged until we have decided.
""",
    en_alternatives=[
        "Apply to pay the fee in instalments",
        "Defer the payment because of financial difficulties",
    ],
    answer="""
Ja, auf Antrag. Stellen Sie ihn vor dem Fälligkeitstag im Portal unter „Anträge“ > „Ratenzahlung/Stundung“ und begründen Sie kurz, warum Sie den Betrag nicht auf einmal zahlen können.

In der Regel sind bis zu vier Monatsraten per Lastschrift möglich; über höhere Beträge oder eine längere Stundung entscheiden wir im Einzelfall. Bis zur Entscheidung werden keine Mahngebühren erhoben.
"""))

E.append(dict(
    id="mahnung-erhalten", section="zahlung", audience=CO,
    question="Ich habe eine Mahnung bekommen, obwohl ich schon bezahlt habe.",
    alternatives=[
        "Zahlungserinnerung trotz Überweisung",
        "Mahngebühr für den IHK-Beitrag",
        "Zahlung wurde nicht zugeordnet",
    ],
    tags=["mahnung", "zahlungserinnerung", "mahngebühr", "zuordnung", "überweisung", "säumnis"],
    en_question="I received a reminder although I have already paid.",
    en_answer="""
Transfers take a few days until they are booked with us; if your payment crossed with the reminder, you can consider the reminder settled. If the Kassenzeichen (payment reference) was missing, we may not have been able to match the payment: then send us the proof of payment via „Kontakt“ (contact) in the portal.
Each reminder costs a fee of 5 euros, which you pay together with the outstanding amount.
""",
    en_alternatives=[
        "Payment reminder despite my transfer",
        "Reminder fee for the IHK fee",
    ],
    answer="""
Überweisungen brauchen einige Tage, bis sie bei uns verbucht sind; hat sich Ihre Zahlung mit der Mahnung gekreuzt, können Sie die Mahnung als erledigt betrachten. Fehlte das Kassenzeichen im Verwendungszweck, konnten wir die Zahlung eventuell nicht zuordnen: Schicken Sie uns dann den Zahlungsbeleg über „Kontakt“ im Portal.

Für jede Mahnung fällt eine Gebühr von 5 Euro an, die Sie zusammen mit dem offenen Betrag zahlen.
"""))

E.append(dict(
    id="bemessungsgrundlage-korrigieren", section="korrektur", audience=CO,
    question="Der Bescheid beruht auf falschen Umsatz- oder Gewinnzahlen. Wie korrigiere ich das?",
    alternatives=[
        "Beitrag wurde geschätzt",
        "Gewinn im Beitragsportal selbst angeben",
        "Neuer Gewerbesteuermessbescheid vom Finanzamt",
    ],
    tags=["korrektur", "gewinn", "umsatz", "schätzung", "gewerbesteuermessbescheid", "bemessungsgrundlage"],
    en_question="My notice is based on wrong turnover or profit figures. How do I correct this?",
    en_answer="""
If we have no figures from the tax office, the fee is estimated; the notice says so. Enter your actual trade earnings or profit in the portal under „Bemessungsgrundlage“ (basis of assessment) and upload the trade tax assessment or the tax assessment notice.
If the tax office has changed your figures later, the new notice is enough as well; you then receive a corrected fee notice. What counts is the trade earnings, not the turnover.
""",
    en_alternatives=[
        "My fee was estimated",
        "The tax office sent a new trade tax assessment",
    ],
    answer="""
Liegen uns keine Zahlen vom Finanzamt vor, wird der Beitrag geschätzt; das steht dann im Bescheid. Tragen Sie im Portal unter „Bemessungsgrundlage“ Ihren tatsächlichen Gewerbeertrag oder Gewinn ein und laden Sie den Gewerbesteuermessbescheid oder den Steuerbescheid hoch.

Hat das Finanzamt die Zahlen später geändert, genügt ebenfalls der neue Bescheid; Sie erhalten dann einen berichtigten Beitragsbescheid. Maßgeblich ist der Gewerbeertrag, nicht der Umsatz.
"""))

E.append(dict(
    id="widerspruch-beitrag", section="korrektur", audience=CO,
    question="Wie lege ich Widerspruch gegen meinen Beitragsbescheid ein?",
    alternatives=[
        "Frist für einen Widerspruch",
        "Muss ich trotz Widerspruch zahlen?",
        "Einspruch gegen den IHK-Beitrag",
    ],
    tags=["widerspruch", "einspruch", "frist", "rechtsbehelf", "aussetzung"],
    en_question="How do I lodge an objection against my fee notice?",
    en_answer="""
You can object within one month after receiving the notice, in writing or in the portal under „Anträge“ > „Widerspruch“ (applications > objection). State which notice you mean and give your reasons.
An objection does not postpone payment: pay the fee on time, or apply for suspension of enforcement together with the objection. If only the figures are wrong, correcting the basis of assessment is usually faster.
""",
    en_alternatives=[
        "Deadline for an objection",
        "Do I have to pay despite my objection?",
    ],
    answer="""
Widerspruch können Sie innerhalb eines Monats nach Zugang des Bescheids einlegen, schriftlich oder im Portal unter „Anträge“ > „Widerspruch“. Geben Sie an, welchen Bescheid Sie meinen, und begründen Sie den Widerspruch.

Der Widerspruch schiebt die Zahlung nicht auf: Zahlen Sie den Beitrag fristgerecht oder beantragen Sie zusammen mit dem Widerspruch die Aussetzung der Vollziehung. Geht es nur um falsche Zahlen, ist eine Korrektur der Bemessungsgrundlage meist schneller.
"""))

E.append(dict(
    id="gewerbe-abgemeldet", section="korrektur", audience=CO,
    question="Ich habe mein Gewerbe abgemeldet. Warum bekomme ich noch einen Beitragsbescheid?",
    alternatives=[
        "Beitrag nach Betriebsaufgabe",
        "Mitgliedschaft endet mit der Gewerbeabmeldung",
        "Firma ist geschlossen, Bescheid trotzdem erhalten",
    ],
    tags=["gewerbeabmeldung", "betriebsaufgabe", "abmeldung", "mitgliedschaft", "anteilig", "löschung"],
    en_question="I have deregistered my business. Why do I still get a fee notice?",
    en_answer="""
Membership ends when the business is deregistered, or for companies in the commercial register when they are struck off. For the year of deregistration the fee is charged pro rata for the months up to then, so a notice may still come.
If your deregistration has not reached us yet, upload the deregistration certificate in the portal under „Stammdaten“ (master data); we then correct the notice.
""",
    en_alternatives=[
        "Fee after closing my business",
        "Company closed but still got a notice",
    ],
    answer="""
Die Mitgliedschaft endet mit der Abmeldung des Gewerbes, bei Firmen im Handelsregister mit der Löschung. Für das Jahr der Abmeldung wird der Beitrag anteilig für die Monate bis dahin berechnet, deshalb kann noch ein Bescheid kommen.

Hat uns die Abmeldung noch nicht erreicht, laden Sie die Gewerbeabmeldung im Portal unter „Stammdaten“ hoch; wir berichtigen den Bescheid dann.
"""))

Q = [
    # portal-zugang-einrichten
    ("Ich möchte mich zum ersten Mal im Online-Portal für die Mitgliedsbeiträge anmelden. Was brauche ich dafür?", ["portal-zugang-einrichten"], "full"),
    ("Beitragsportal Erstzugang Code fehlt", ["portal-zugang-einrichten"], "keywords"),
    ("How do I get access to the online portal for my IHK membership fees?", ["portal-zugang-einrichten"], "en"),
    ("Guten Tag, ich habe den Brief mit dem Code nicht mehr. Wie komme ich trotzdem in das Portal?\nMit freundlichen Grüßen\nPetra Lehmann\nLehmann Gartencenter GmbH\np.lehmann@example.org", ["portal-zugang-einrichten"], "chat+greeting+signature+company+email"),
    ("wo steht meine mitgliedsnummer fuer die registrierung im beitragsportal", ["portal-zugang-einrichten"], "no-umlaut"),
    # passwort-beitragsportal
    ("kennwort vergessen, komm nicht mehr ins beitragsportal rein", ["passwort-beitragsportal"], "colloquial"),
    ("I can't remember my password for the fee portal, how do I reset it?", ["passwort-beitragsportal"], "en"),
    ("Zugang gesperrt nach mehreren falschen Pasworteingaben, wie lange?", ["passwort-beitragsportal"], "typo"),
    ("Hallo, ich bin Murat Yilmaz. Die Mailadresse für unser Beitragskonto gehörte einer Kollegin, die nicht mehr bei uns ist. Ich brauche ein neues Passwort – wie geht das?", ["passwort-beitragsportal"], "chat+greeting+intro"),
    ("hi, the reset link in the email says it has expired. what now?", ["passwort-beitragsportal"], "en+chat+lowercase"),
    # steuerberater-zugang
    ("Kann ich meiner Steuerkanzlei erlauben, unsere Beitragsbescheide online einzusehen?", ["steuerberater-zugang"], "full"),
    ("Can our accountant get their own login for the membership fee portal?", ["steuerberater-zugang"], "en"),
    ("Lesezugriff Beiträge für Mitarbeiterin", ["steuerberater-zugang"], "keywords"),
    ("Moin, ich bin Geschäftsführer einer kleinen Werbeagentur. Meine Buchhalterin soll sich künftig um die IHK-Beiträge kümmern. Wie gebe ich ihr Zugriff?", ["steuerberater-zugang"], "chat+greeting+intro+company"),
    ("bescheide sollen kuenftig direkt an unser steuerbuero gehen, wo aendere ich das", ["steuerberater-zugang"], "no-umlaut"),
    # bescheid-herunterladen
    ("Ich brauche den Beitragsbescheid von 2022 für meine Unterlagen. Wo kann ich ihn mir herunterladen?", ["bescheid-herunterladen"], "full"),
    ("Where can I download my fee notice as a PDF?", ["bescheid-herunterladen"], "en"),
    ("will keine briefe mehr von euch, geht das auch per mail?", ["bescheid-herunterladen"], "colloquial"),
    ("Beitragsbeschied verlegt, kann ich den nochmal ausdruken?", ["bescheid-herunterladen"], "typo"),
    ("I need a copy of an assessment from eight years ago for an audit.", ["bescheid-herunterladen"], "en"),
    # beitrag-berechnung
    ("Nach welchen Kriterien legt die IHK fest, wie viel meine Firma zahlen muss?", ["beitrag-berechnung"], "full"),
    ("What determines how much we pay the chamber each year?", ["beitrag-berechnung"], "en"),
    ("wieso ist der beitrag dieses jahr fast doppelt so hoch, wir haben doch nix anders gemacht", ["beitrag-berechnung"], "colloquial"),
    ("Höhe Kammerbeitrag Berechnungsgrundlage", ["beitrag-berechnung"], "keywords"),
    ("Guten Tag, was genau ist die „Umlage“ auf meinem Bescheid? Ich dachte, ich zahle nur einen festen Betrag.\nDanke und Gruß\nAndreas Vogt", ["beitrag-berechnung"], "chat+greeting+signature"),
    # vorlaeufiger-bescheid
    ("Warum fordert die IHK für 2023 jetzt noch Geld nach, obwohl ich den Beitrag längst bezahlt habe?", ["vorlaeufiger-bescheid"], "full"),
    ("Why is my fee notice marked as provisional?", ["vorlaeufiger-bescheid"], "en"),
    ("habe einen geaenderten bescheid fuer ein altes jahr bekommen, kriege ich geld zurueck?", ["vorlaeufiger-bescheid"], "no-umlaut"),
    ("Hi, I got a notice from the chamber that I'm owed a refund for 2022, but no money yet. Where will it be paid?\nRegards, Sophie Martin", ["vorlaeufiger-bescheid"], "en+chat+signature"),
    ("Nachberechnung Beitrag Vorjahr", ["vorlaeufiger-bescheid"], "keywords"),
    # befreiung-kleinunternehmen
    ("Ich habe mich letztes Jahr selbstständig gemacht. Muss ich überhaupt schon IHK-Beitrag zahlen?", ["befreiung-kleinunternehmen"], "full"),
    ("I run a tiny side business with very little profit. Do I have to pay the IHK fee?", ["befreiung-kleinunternehmen"], "en"),
    ("hab nur nen kleinen onlineshop nebenbei, muss ich da echt was zahlen?", ["befreiung-kleinunternehmen"], "colloquial"),
    ("Beitragsbefreiung für Existensgründer beantragen?", ["befreiung-kleinunternehmen"], "typo"),
    ("Hallo, ich bin Nina Hoffmann und verkaufe seit März handgemachten Schmuck auf Märkten. Jetzt kam ein Bescheid über 150 Euro. Ich dachte, Gründer zahlen nichts?", ["befreiung-kleinunternehmen"], "chat+greeting+intro"),
    # sepa-lastschrift
    ("Kann die IHK den Jahresbeitrag direkt von unserem Firmenkonto einziehen?", ["sepa-lastschrift"], "full"),
    ("Can you just take the membership dues straight from my bank account?", ["sepa-lastschrift"], "en"),
    ("Abbuchungsauftrag IHK Beitrag", ["sepa-lastschrift"], "keywords"),
    ("ich will nicht mehr abbuchen lassen sondern selbst ueberweisen, wie kuendige ich das mandat", ["sepa-lastschrift"], "no-umlaut"),
    ("Guten Tag, ich habe gestern das Lastschriftmandat erteilt. Wird der Beitrag, der nächste Woche fällig ist, schon eingezogen?", ["sepa-lastschrift"], "chat+greeting"),
    # bankverbindung-aendern
    ("Wir haben unsere Hausbank gewechselt. Wo gebe ich das neue Konto für den Beitragseinzug an?", ["bankverbindung-aendern"], "full"),
    ("We changed banks - how do I update the account number for the fee debit?", ["bankverbindung-aendern"], "en"),
    ("Rücklastschrift weil altes Kontto aufgelöst, was kostet das?", ["bankverbindung-aendern"], "typo"),
    ("konto ist neu, soll ab jetzt davon abgehen", ["bankverbindung-aendern"], "colloquial"),
    ("Hello, our company moved its account to another bank last month. The fee is due on the 15th. Will the new account be charged in time?\nBest regards, Henrik Olsen, Olsen Trading GmbH", ["bankverbindung-aendern"], "en+chat+greeting+signature+company"),
    # zahlungsfrist
    ("Wie viel Zeit habe ich, um den Beitragsbescheid zu begleichen?", ["zahlungsfrist"], "full"),
    ("What reference should I put on the bank transfer for my fee?", ["zahlungsfrist"], "en"),
    ("Zahlungsziel Kammerbeitrag", ["zahlungsfrist"], "keywords"),
    ("auf welches konto ueberweise ich den ihk beitrag", ["zahlungsfrist"], "no-umlaut"),
    ("Hallo, was muss ich bei der Überweisung in den Betreff schreiben, damit Sie die Zahlung zuordnen können?\nGruß\nKlaus Meier\nTel. 0221 555-1873", ["zahlungsfrist"], "chat+greeting+signature+phone"),
    # ratenzahlung-stundung
    ("Unser Betrieb hat gerade Liquiditätsprobleme. Können wir den Beitrag in mehreren Teilbeträgen zahlen?", ["ratenzahlung-stundung"], "full"),
    ("Is it possible to split the annual dues into several smaller payments?", ["ratenzahlung-stundung"], "en"),
    ("kann ich den beitrag nen paar monate später zahlen? grad echt knapp", ["ratenzahlung-stundung"], "colloquial"),
    ("Is it possible to postpone paying my chamber fee?", ["ratenzahlung-stundung"], "en"),
    ("Guten Tag, wir sind ein kleines Café in Leipzig und hatten einen Wasserschaden. Wie können wir den Beitrag später begleichen?", ["ratenzahlung-stundung"], "chat+greeting+company"),
    # mahnung-erhalten
    ("Heute kam ein Mahnschreiben von der IHK, dabei habe ich den Betrag letzte Woche überwiesen.", ["mahnung-erhalten"], "full"),
    ("Got a dunning letter from you even though the money left my account days ago. What now?", ["mahnung-erhalten"], "en"),
    ("Mahngebür von 5 Euro, muss ich die auch zahlen?", ["mahnung-erhalten"], "typo"),
    ("mahnung bekommen, wie schicke ich ihnen den zahlungsnachweis", ["mahnung-erhalten"], "no-umlaut"),
    ("Why am I being charged a late payment fee?", ["mahnung-erhalten"], "en"),
    # bemessungsgrundlage-korrigieren
    ("Im Bescheid steht, dass mein Gewinn geschätzt wurde. Der ist aber viel zu hoch angesetzt.", ["bemessungsgrundlage-korrigieren"], "full"),
    ("Your figures for my earnings are way off - how do I get the assessment fixed?", ["bemessungsgrundlage-korrigieren"], "en"),
    ("falsche Zahlen im Bescheid berichtigen", ["bemessungsgrundlage-korrigieren"], "keywords"),
    ("Hallo, das Finanzamt hat meinen Steuerbescheid für 2022 geändert. Wie bekommt die IHK die neuen Zahlen?\nViele Grüße\nJulia Schwarz\nj.schwarz@example.org", ["bemessungsgrundlage-korrigieren"], "chat+greeting+signature+email"),
    ("ihr habt meinen umsatz genommen, nicht den gewinn, das stimmt doch so nicht", ["bemessungsgrundlage-korrigieren"], "colloquial"),
    # widerspruch-beitrag
    ("Ich bin mit der Höhe meines Beitrags nicht einverstanden und will mich dagegen wehren.", ["widerspruch-beitrag"], "full"),
    ("I disagree with the amount I was charged. How can I contest the assessment?", ["widerspruch-beitrag"], "en"),
    ("Wiederspruch gegen Beitragsbescheid Frist?", ["widerspruch-beitrag"], "typo"),
    ("Do I still have to pay while my appeal is pending?", ["widerspruch-beitrag"], "en"),
    ("frist fuer den einspruch gegen den beitrag, zaehlt das datum vom brief?", ["widerspruch-beitrag"], "no-umlaut"),
    # gewerbe-abgemeldet
    ("Ich habe mein Geschäft im Juni aufgegeben. Warum muss ich für dieses Jahr noch zahlen?", ["gewerbe-abgemeldet"], "full"),
    ("I closed my business last year but still got a fee notice. Why?", ["gewerbe-abgemeldet"], "en"),
    ("laden is seit monaten zu und trotzdem kommt post von euch wegen beitrag", ["gewerbe-abgemeldet"], "colloquial"),
    ("Geschäftsaufgabe Kammerbeitrag weiter zahlen?", ["gewerbe-abgemeldet"], "keywords"),
    ("Guten Tag, mein Name ist Stefan Wolf. Meine GmbH wurde im Frühjahr aus dem Handelsregister gelöscht. Wann endet die Mitgliedschaft, und wohin schicke ich den Nachweis?", ["gewerbe-abgemeldet"], "chat+greeting+intro"),
    # two questions
    ("Wie ändere ich unsere IBAN, und kann ich die Nachzahlung in Raten begleichen?", ["bankverbindung-aendern", "ratenzahlung-stundung"], "two-questions"),
    ("Where do I download the fee notice, and by when do I have to pay it?", ["bescheid-herunterladen", "zahlungsfrist"], "two-questions+en"),
    # out of scope
    ("Wie melde ich ein Gewerbe an?", [], "oos"),
    ("Wo beantrage ich ein Ursprungszeugnis für den Export?", [], "oos"),
    ("Was kostet die Eintragung ins Handelsregister?", [], "oos"),
    ("How much is the exam fee for the final apprenticeship exam?", [], "oos+en"),
    ("Wie hoch ist der Beitrag zur Handwerkskammer?", [], "oos"),
    ("Wie berechne ich die Gewerbesteuer für mein Unternehmen?", [], "oos"),
    ("Wo reiche ich meine Umsatzsteuervoranmeldung ein?", [], "oos"),
    ("Can I deduct the IHK membership fee as a business expense?", [], "oos+en"),
    ("Warum muss ich überhaupt Pflichtmitglied in der IHK sein?", [], "oos"),
    ("Wie kann ich bei der Wahl zur IHK-Vollversammlung kandidieren?", [], "oos"),
    ("Wie melde ich meinen Azubi für die Abschlussprüfung an?", [], "oos"),
    ("Mein Azubi kann sich im digitalen Berichtsheft nicht anmelden.", [], "oos"),
    ("Rechnung Seminar Buchhaltung Grundlagen herunterladen", [], "oos+keywords"),
    ("Hallo, ich bin Eva Kunz von der Kunz Immobilien GmbH. Wie melde ich mich zur Sachkundeprüfung für Immobilienmakler an?", [], "oos+chat+intro+company"),
    ("What's the weather like in Munich tomorrow?", [], "oos+en+smalltalk"),
    ("Bist du ein echter Mensch oder ein Bot?", [], "oos+smalltalk"),
    ("Wie ändere ich die Firmenanschrift im Handelsregister?", [], "oos"),
    ("Where can I get a certificate of good standing for my company?", [], "oos+en"),
    ("Ich brauche eine Bescheinigung in Steuersachen vom Finanzamt.", [], "oos"),
    ("Gibt es Fördermittel für die Digitalisierung kleiner Betriebe?", [], "oos"),
]

write("beitragsportal", HEADER, SECTIONS, E, Q)
