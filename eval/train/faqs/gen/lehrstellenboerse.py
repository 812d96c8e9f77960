from common import write

CO = ["trainer", "training_admin"]
AP = ["apprentice"]
ALL = ["apprentice", "trainer", "training_admin"]

HEADER = """# Sections of the invented "IHK-Lehrstellenbörse" help center (tuning FAQ without a vocabulary:
# online board where companies post apprenticeships and internships and applicants search them)."""

SECTIONS = [
    ("zugang", "Registrierung und Anmeldung", "Registration and sign-in"),
    ("angebote", "Lehrstellen und Praktika anbieten", "Posting apprenticeships and internships"),
    ("suche", "Lehrstellen suchen und Kontakt aufnehmen", "Searching vacancies and contacting companies"),
    ("datenschutz", "Datenschutz und Konto löschen", "Data protection and deleting your account"),
]

E = []

E.append(dict(
    id="unternehmen-registrieren", section="zugang", audience=CO,
    question="Wie registriert sich unser Ausbildungsbetrieb in der IHK-Lehrstellenbörse?",
    alternatives=[
        "Firmenkonto für die Lehrstellenbörse anlegen",
        "Wer darf als Unternehmen Lehrstellen in der Börse veröffentlichen?",
        "Freischaltung des Unternehmenszugangs dauert lange",
    ],
    tags=["registrierung", "unternehmen", "firmenkonto", "ausbildungsbetrieb", "mitgliedsnummer", "freischaltung"],
    en_question="How does our training company register with the IHK apprenticeship board?",
    en_answer="""
Click „Als Unternehmen registrieren“ (register as a company) and enter your IHK membership number, the company name and a contact person with e-mail address. The IHK checks that your company is registered as a training company and usually activates the access within two working days.
You then receive an e-mail with a link to set your password. Companies that do not train apprentices yet should first contact the training advisers of their IHK.
""",
    en_alternatives=[
        "Create a company account for the apprenticeship board",
        "Who may post apprenticeships as a company?",
    ],
    answer="""
Klicken Sie auf „Als Unternehmen registrieren“ und geben Sie Ihre IHK-Mitgliedsnummer, den Firmennamen und eine Ansprechperson mit E-Mail-Adresse an. Die IHK prüft, ob Ihr Unternehmen als Ausbildungsbetrieb eingetragen ist, und schaltet den Zugang in der Regel innerhalb von zwei Werktagen frei.

Danach erhalten Sie eine E-Mail mit einem Link, über den Sie Ihr Passwort festlegen. Betriebe, die noch nicht ausbilden, wenden sich zuerst an die Ausbildungsberatung ihrer IHK.
"""))

E.append(dict(
    id="bewerberkonto-anlegen", section="zugang", audience=AP,
    question="Brauche ich als Bewerberin oder Bewerber ein Konto für die Lehrstellenbörse?",
    alternatives=[
        "Registrierung für Schülerinnen und Schüler",
        "Kann ich ohne Anmeldung nach Ausbildungsplätzen suchen?",
        "Bestätigungslink für das Bewerberkonto",
    ],
    tags=["bewerberkonto", "registrierung", "schüler", "konto", "anmeldung", "bestätigungslink"],
    en_question="Do I need an account for the apprenticeship board as an applicant?",
    en_answer="""
You do not need an account to search for apprenticeships. A free applicant account is only needed if you want to save searches, keep a watch list or write to companies through the contact form.
To register you need an e-mail address and a password; then confirm the link we send you by e-mail (valid for 48 hours). You must be at least 14 years old.
""",
    en_alternatives=[
        "Do I have to sign up to search for apprenticeships?",
        "Create an applicant account",
    ],
    answer="""
Für die Suche nach Lehrstellen brauchen Sie kein Konto. Ein kostenloses Bewerberkonto benötigen Sie nur, wenn Sie Suchaufträge speichern, eine Merkliste führen oder Unternehmen über das Kontaktformular anschreiben möchten.

Zur Registrierung genügen eine E-Mail-Adresse und ein Passwort; danach bestätigen Sie den Link, den wir Ihnen per E-Mail schicken (er ist 48 Stunden gültig). Sie müssen mindestens 14 Jahre alt sein.
"""))

E.append(dict(
    id="passwort-vergessen-boerse", section="zugang", audience=ALL,
    question="Ich habe mein Passwort für die Lehrstellenbörse vergessen. Was nun?",
    alternatives=[
        "Kennwort zurücksetzen",
        "Konto nach zu vielen Fehlversuchen gesperrt",
        "Mail zum Zurücksetzen kommt nicht an",
    ],
    tags=["passwort", "kennwort", "zurücksetzen", "gesperrt", "login"],
    en_question="I forgot my password for the apprenticeship board. What now?",
    en_answer="""
On the sign-in page click „Passwort vergessen“ (forgot password) and enter the e-mail address of your account. You receive a link that is valid for 24 hours.
If no e-mail arrives, check your spam folder and whether you used the right address; companies often use a shared address such as ausbildung@… . After five wrong attempts the account is locked for 30 minutes.
""",
    en_alternatives=[
        "Reset my password",
        "My account is locked after too many attempts",
    ],
    answer="""
Klicken Sie auf der Anmeldeseite auf „Passwort vergessen“ und geben Sie die E-Mail-Adresse Ihres Kontos ein. Sie erhalten einen Link, der 24 Stunden gültig ist.

Kommt keine E-Mail an, prüfen Sie den Spam-Ordner und ob Sie die richtige Adresse verwenden – bei Unternehmen ist das oft eine Sammeladresse wie ausbildung@… . Nach fünf falschen Eingaben wird das Konto für 30 Minuten gesperrt.
"""))

E.append(dict(
    id="anmeldung-klappt-nicht", section="zugang", audience=ALL,
    question="Ich bin registriert, kann mich aber nicht anmelden.",
    alternatives=[
        "Meldung „Konto noch nicht aktiviert“",
        "Login funktioniert trotz richtigem Passwort nicht",
        "Zugang zur Lehrstellenbörse geht nicht",
    ],
    tags=["anmeldung", "login", "aktivierung", "freischaltung", "fehlermeldung"],
    en_question="I am registered but cannot sign in.",
    en_answer="""
First read the message on the sign-in page. For applicant accounts, „Konto noch nicht aktiviert“ (account not activated yet) means the confirmation link has not been clicked; request it again with „Bestätigung erneut senden“ (resend confirmation).
For company accounts the message appears until the IHK has activated the access. Always sign in with your e-mail address, not with the company name or the membership number.
""",
    en_alternatives=[
        "The site says my account is not activated",
        "Login fails although the password is right",
    ],
    answer="""
Prüfen Sie zuerst die Meldung auf der Anmeldeseite. „Konto noch nicht aktiviert“ bedeutet bei Bewerberkonten, dass der Bestätigungslink noch nicht angeklickt wurde; fordern Sie ihn über „Bestätigung erneut senden“ neu an.

Bei Unternehmenskonten erscheint die Meldung, bis die IHK den Zugang freigeschaltet hat. Melden Sie sich immer mit Ihrer E-Mail-Adresse an, nicht mit dem Firmennamen oder der Mitgliedsnummer.
"""))

E.append(dict(
    id="weitere-benutzer", section="zugang", audience=CO,
    question="Wie können mehrere Personen in unserem Betrieb die Angebote verwalten?",
    alternatives=[
        "Weiteren Benutzer zum Unternehmenskonto hinzufügen",
        "Andere Ansprechperson je Standort angeben",
        "Ausbilder hat das Unternehmen verlassen – Zugang übertragen",
    ],
    tags=["benutzer", "mitarbeiter", "ansprechpartner", "standort", "unternehmenskonto", "zugang übertragen"],
    en_question="How can several people in our company manage our postings?",
    en_answer="""
The person who registered the company can invite colleagues under „Unternehmensprofil“ > „Benutzer“ (company profile > users); they receive an e-mail and set their own password. Each posting can have its own contact person and its own location.
If the main contact leaves the company, hand the role over to another user beforehand; if that is no longer possible, your IHK will help.
""",
    en_alternatives=[
        "Add another user to our company account",
        "Our trainer left the company - transfer the access",
    ],
    answer="""
Die Person, die das Unternehmen registriert hat, kann unter „Unternehmensprofil“ > „Benutzer“ weitere Kolleginnen und Kollegen einladen; sie erhalten eine E-Mail und legen ihr eigenes Passwort fest. Jedes Angebot kann eine eigene Ansprechperson und einen eigenen Standort haben.

Verlässt die Hauptansprechperson den Betrieb, übertragen Sie die Rolle vorher an einen anderen Benutzer; ist das nicht mehr möglich, hilft Ihre IHK.
"""))

E.append(dict(
    id="lehrstelle-einstellen", section="angebote", audience=CO,
    question="Wie veröffentliche ich eine freie Lehrstelle in der Börse?",
    alternatives=[
        "Neues Ausbildungsplatzangebot anlegen",
        "Welche Angaben braucht eine Stellenanzeige für Azubis?",
        "Mehrere freie Plätze im selben Beruf eintragen",
    ],
    tags=["lehrstelle", "angebot", "anzeige", "ausbildungsplatz", "veröffentlichen", "ausbildungsberuf"],
    en_question="How do I publish a vacant apprenticeship on the board?",
    en_answer="""
Sign in and choose „Meine Angebote“ > „Neues Angebot“ (my postings > new posting). Select the occupation from the list and enter the start date, location, number of places, the school qualification you expect and a short description.
For several places in the same occupation and location one posting with the right number is enough. „Zur Freigabe senden“ (submit for approval) sends the posting to the IHK.
""",
    en_alternatives=[
        "Create a new apprenticeship posting",
        "What details does an ad for apprentices need?",
    ],
    answer="""
Melden Sie sich an und wählen Sie „Meine Angebote“ > „Neues Angebot“. Wählen Sie den Ausbildungsberuf aus der Liste und geben Sie Ausbildungsbeginn, Ort, Anzahl der Plätze, den gewünschten Schulabschluss und eine kurze Beschreibung an.

Für mehrere Plätze im selben Beruf und am selben Ort genügt ein Angebot mit der passenden Anzahl. Mit „Zur Freigabe senden“ geht das Angebot an die IHK.
"""))

E.append(dict(
    id="angebot-freigabe", section="angebote", audience=CO,
    question="Warum ist meine Lehrstelle noch nicht in der Börse zu sehen?",
    alternatives=[
        "Wie lange dauert die Prüfung eines Angebots durch die IHK?",
        "Angebot wurde abgelehnt",
        "Status „In Prüfung“ bei meiner Anzeige",
    ],
    tags=["freigabe", "prüfung", "sichtbarkeit", "status", "abgelehnt", "veröffentlichung"],
    en_question="Why is my apprenticeship posting not visible on the board yet?",
    en_answer="""
The IHK reviews every new posting before it is published, usually within two working days; until then it is listed under „Meine Angebote“ with the status „In Prüfung“ (under review). Among other things the IHK checks that the occupation is a recognised training occupation and that your company may train in it.
You get an e-mail as soon as the posting is visible. If it is rejected, the e-mail gives the reason and you can correct the posting and submit it again.
""",
    en_alternatives=[
        "How long does the IHK take to approve a posting?",
        "My posting was rejected",
    ],
    answer="""
Jedes neue Angebot prüft die IHK vor der Veröffentlichung, meist innerhalb von zwei Werktagen; bis dahin steht es unter „Meine Angebote“ mit dem Status „In Prüfung“. Geprüft wird unter anderem, ob der Beruf ein anerkannter Ausbildungsberuf ist und Ihr Betrieb darin ausbilden darf.

Sobald das Angebot sichtbar ist, erhalten Sie eine E-Mail. Bei einer Ablehnung steht der Grund in der E-Mail, und Sie können das Angebot korrigieren und erneut einreichen.
"""))

E.append(dict(
    id="angebot-bearbeiten", section="angebote", audience=CO,
    question="Wie ändere ich eine Lehrstelle oder nehme sie aus der Börse, wenn sie besetzt ist?",
    alternatives=[
        "Anzeige deaktivieren oder löschen",
        "Ausbildungsbeginn in einem Angebot korrigieren",
        "Angebot läuft ab – Erinnerungsmail",
    ],
    tags=["bearbeiten", "deaktivieren", "besetzt", "löschen", "ändern", "ablauf"],
    en_question="How do I change a posting or take it off the board once the place is filled?",
    en_answer="""
Under „Meine Angebote“ you can change any posting with „Bearbeiten“ (edit). Small changes such as the description or the contact person are visible at once; if you change the occupation or the location, the posting is reviewed again.
When the place is filled, click „Deaktivieren“ (deactivate): the posting is no longer public and can be reactivated later. Postings whose start date is more than three months in the past are deactivated automatically; we remind you by e-mail beforehand.
""",
    en_alternatives=[
        "Deactivate or delete an ad",
        "Correct the start date of a posting",
    ],
    answer="""
Unter „Meine Angebote“ können Sie jedes Angebot über „Bearbeiten“ ändern. Kleine Änderungen wie Beschreibung oder Ansprechperson sind sofort sichtbar; ändern Sie Beruf oder Ort, wird das Angebot erneut geprüft.

Ist die Stelle besetzt, klicken Sie auf „Deaktivieren“: Das Angebot ist dann nicht mehr öffentlich und kann später wieder aktiviert werden. Angebote, deren Ausbildungsbeginn mehr als drei Monate zurückliegt, werden automatisch deaktiviert; wir erinnern Sie vorher per E-Mail.
"""))

E.append(dict(
    id="praktikum-anbieten", section="angebote", audience=CO,
    question="Können wir in der Lehrstellenbörse auch Praktikumsplätze anbieten?",
    alternatives=[
        "Schülerpraktikum ausschreiben",
        "Duales Studium in der Börse veröffentlichen",
        "Ferienpraktikum als Angebot eintragen",
    ],
    tags=["praktikum", "schülerpraktikum", "duales studium", "angebotsart", "ferienpraktikum"],
    en_question="Can we also offer internships on the apprenticeship board?",
    en_answer="""
Yes. When you create the posting, choose „Praktikum“ (internship) as the type and enter the period, the duration and the training occupation the internship gives an insight into. Internships are also approved by the IHK and appear in the search with the filter „Praktikum“.
You can post a dual study programme if it is combined with an IHK apprenticeship; pure study offers are not possible.
""",
    en_alternatives=[
        "Advertise a school internship",
        "Post a dual study programme",
    ],
    answer="""
Ja. Wählen Sie beim Anlegen als Angebotsart „Praktikum“ und geben Sie Zeitraum, Dauer und den Ausbildungsberuf an, in den das Praktikum Einblick gibt. Praktika werden ebenfalls von der IHK freigegeben und erscheinen in der Suche mit dem Filter „Praktikum“.

Ein duales Studium können Sie eintragen, wenn es mit einer IHK-Ausbildung verbunden ist; reine Studienangebote sind nicht möglich.
"""))

E.append(dict(
    id="lehrstellen-suchen", section="suche", audience=AP,
    question="Wie finde ich passende Ausbildungsplätze in meiner Nähe?",
    alternatives=[
        "Suche nach Beruf und Postleitzahl",
        "Filter für Ausbildungsbeginn und Schulabschluss",
        "Lehrstellen auf der Karte anzeigen",
    ],
    tags=["suche", "ausbildungsplatz", "umkreis", "postleitzahl", "filter", "karte"],
    en_question="How do I find suitable apprenticeships near me?",
    en_answer="""
On the start page enter an occupation or a keyword and your postcode or town, and choose the radius, for example 25 km. You can filter the results by start date, school qualification and type of offer (apprenticeship or internship) and show them on the map.
If you do not have an occupation in mind yet, search for a sector such as „Handel“ (retail) or „IT“.
""",
    en_alternatives=[
        "Search by occupation and postcode",
        "Show apprenticeships on a map",
    ],
    answer="""
Geben Sie auf der Startseite einen Beruf oder ein Stichwort und Ihre Postleitzahl oder Ihren Ort ein und wählen Sie den Umkreis, zum Beispiel 25 km. Die Ergebnisse können Sie nach Ausbildungsbeginn, Schulabschluss und Angebotsart (Ausbildung oder Praktikum) filtern und in der Kartenansicht anzeigen.

Wenn Sie noch keinen bestimmten Beruf im Kopf haben, suchen Sie nach einer Branche wie „Handel“ oder „IT“.
"""))

E.append(dict(
    id="suchauftrag-speichern", section="suche", audience=AP,
    question="Kann ich mich benachrichtigen lassen, wenn neue Lehrstellen eingestellt werden?",
    alternatives=[
        "Suche speichern und per E-Mail informiert werden",
        "Suchauftrag wieder abbestellen",
        "Merkliste für interessante Angebote",
    ],
    tags=["suchauftrag", "benachrichtigung", "e-mail", "merkliste", "gespeicherte suche", "abbestellen"],
    en_question="Can I be notified when new apprenticeships are posted?",
    en_answer="""
Yes, with an applicant account. Run a search and click „Suche speichern“ (save search); then choose whether you want a daily or weekly e-mail with new matching offers. Saved searches and your watch list are under „Mein Bereich“ (my area).
You can unsubscribe there or with the link at the end of every notification.
""",
    en_alternatives=[
        "Save a search and get e-mail alerts",
        "Unsubscribe from search alerts",
    ],
    answer="""
Ja, mit einem Bewerberkonto. Starten Sie eine Suche und klicken Sie auf „Suche speichern“; dann wählen Sie, ob Sie täglich oder wöchentlich eine E-Mail mit neuen passenden Angeboten erhalten. Gespeicherte Suchen und Ihre Merkliste finden Sie unter „Mein Bereich“.

Abbestellen können Sie die E-Mails dort oder über den Link am Ende jeder Benachrichtigung.
"""))

E.append(dict(
    id="unternehmen-kontaktieren", section="suche", audience=AP,
    question="Wie bewerbe ich mich auf eine Lehrstelle aus der Börse?",
    alternatives=[
        "Kontakt zum Ausbildungsbetrieb aufnehmen",
        "Leitet die IHK meine Bewerbung weiter?",
        "Nachricht über das Kontaktformular an ein Unternehmen",
    ],
    tags=["bewerbung", "kontakt", "kontaktformular", "unternehmen", "bewerbungsunterlagen"],
    en_question="How do I apply for an apprenticeship from the board?",
    en_answer="""
You apply directly to the company: every posting shows the contact person, their contact details and, where available, a link to the company's application portal. With an applicant account you can also send a message with attachments of up to 10 MB via „Unternehmen kontaktieren“ (contact company).
The IHK does not forward applications and does not know the status of your application.
""",
    en_alternatives=[
        "Contact the training company",
        "Does the IHK forward my application?",
    ],
    answer="""
Sie bewerben sich direkt beim Unternehmen: In jedem Angebot stehen die Ansprechperson, ihre Kontaktdaten und gegebenenfalls ein Link zum Bewerbungsportal des Betriebs. Mit einem Bewerberkonto können Sie außerdem über „Unternehmen kontaktieren“ eine Nachricht mit Anhängen bis 10 MB senden.

Die IHK leitet keine Bewerbungen weiter und kennt den Stand Ihrer Bewerbung nicht.
"""))

E.append(dict(
    id="angebot-nicht-mehr-verfuegbar", section="suche", audience=AP,
    question="Ein Angebot, das ich gespeichert hatte, ist nicht mehr da. Warum?",
    alternatives=[
        "Meldung „Angebot nicht mehr verfügbar“",
        "Lehrstelle aus der Merkliste verschwunden",
        "Ist die Stelle schon vergeben?",
    ],
    tags=["merkliste", "nicht verfügbar", "verschwunden", "besetzt", "abgelaufen"],
    en_question="An offer I had saved is gone. Why?",
    en_answer="""
An offer disappears from the search when the company has deactivated it, usually because the place is filled, or when its start date has passed. In your watch list it stays, greyed out, with the note „Angebot nicht mehr verfügbar“ (offer no longer available).
Only the company can tell you whether the place has really been taken; its contact details remain visible in your watch list.
""",
    en_alternatives=[
        "The offer says it is no longer available",
        "Has the place already been filled?",
    ],
    answer="""
Ein Angebot verschwindet aus der Suche, wenn das Unternehmen es deaktiviert hat, meist weil die Stelle besetzt ist, oder wenn der Ausbildungsbeginn abgelaufen ist. In Ihrer Merkliste bleibt es grau mit dem Hinweis „Angebot nicht mehr verfügbar“ stehen.

Ob die Stelle wirklich vergeben ist, kann Ihnen nur das Unternehmen sagen; die Kontaktdaten sehen Sie weiterhin in der Merkliste.
"""))

E.append(dict(
    id="datenschutz-sichtbarkeit", section="datenschutz", audience=ALL,
    question="Welche meiner Daten sind in der Lehrstellenbörse öffentlich sichtbar?",
    alternatives=[
        "Sehen Unternehmen mein Bewerberprofil?",
        "Name der Ansprechperson in der Anzeige ausblenden",
        "Datenschutz in der Lehrstellenbörse",
    ],
    tags=["datenschutz", "sichtbar", "öffentlich", "daten", "ansprechperson", "dsgvo"],
    en_question="Which of my data are publicly visible on the apprenticeship board?",
    en_answer="""
Applicant accounts are not visible to companies; a company only learns what you send it yourself through the contact form or your application. In postings, the company name, the location and the contact person given are public.
Instead of a personal name, companies can give a team address such as „Ausbildungsteam“ (training team). Details are in the privacy policy linked at the bottom of every page.
""",
    en_alternatives=[
        "Can companies see my applicant profile?",
        "Hide the contact person's name in our posting",
    ],
    answer="""
Bewerberkonten sind für Unternehmen nicht sichtbar; ein Betrieb erfährt nur, was Sie ihm selbst über das Kontaktformular oder Ihre Bewerbung schicken. Bei Angeboten sind Firmenname, Ort und die angegebene Ansprechperson öffentlich.

Statt eines persönlichen Namens können Unternehmen auch eine Funktionsbezeichnung wie „Ausbildungsteam“ mit Sammeladresse angeben. Einzelheiten stehen in der Datenschutzerklärung, die unten auf jeder Seite verlinkt ist.
"""))

E.append(dict(
    id="konto-loeschen", section="datenschutz", audience=ALL,
    question="Wie lösche ich mein Konto in der Lehrstellenbörse?",
    alternatives=[
        "Bewerberkonto entfernen, weil ich einen Ausbildungsplatz habe",
        "Unternehmenszugang kündigen",
        "Was passiert mit meinen Daten nach der Löschung?",
    ],
    tags=["löschen", "konto löschen", "kündigen", "daten", "abmelden"],
    en_question="How do I delete my account on the apprenticeship board?",
    en_answer="""
Applicants delete their account under „Mein Bereich“ > „Konto löschen“ (my area > delete account); saved searches, the watch list and messages are removed at once. Only the main contact person can delete a company account; all its postings are deactivated.
Accounts that have not been used for two years are deleted automatically after a reminder by e-mail.
""",
    en_alternatives=[
        "Remove my applicant account",
        "Close our company access",
    ],
    answer="""
Bewerberinnen und Bewerber löschen ihr Konto unter „Mein Bereich“ > „Konto löschen“; gespeicherte Suchen, Merkliste und Nachrichten werden sofort entfernt. Ein Unternehmenskonto kann nur die Hauptansprechperson löschen; dabei werden alle Angebote deaktiviert.

Konten, die zwei Jahre nicht genutzt wurden, löschen wir nach einer Erinnerung per E-Mail automatisch.
"""))

Q = [
    # unternehmen-registrieren
    ("Unser Betrieb möchte zum ersten Mal freie Ausbildungsplätze in der Online-Börse der IHK anbieten. Wie bekommen wir einen Zugang?", ["unternehmen-registrieren"], "full"),
    ("Lehrstellenbörse Firma Zugang beantragen", ["unternehmen-registrieren"], "keywords"),
    ("How can our company sign up to advertise trainee positions on the IHK board?", ["unternehmen-registrieren"], "en"),
    ("Guten Tag, wir haben uns vor vier Tagen als Firma angemeldet, aber noch keine Mail zum Festlegen des Passworts bekommen. Ist das normal?\nMit freundlichen Grüßen\nSabine Krüger\nPersonal, Krüger Logistik GmbH\ns.krueger@example.org", ["unternehmen-registrieren"], "chat+greeting+signature+company+email"),
    ("was brauchen wir als firma um bei der lehrstellenboerse mitzumachen? die mitgliedsnummer?", ["unternehmen-registrieren"], "no-umlaut"),
    # bewerberkonto-anlegen
    ("muss ich mich echt anmelden um mir azubistellen anzuschauen?", ["bewerberkonto-anlegen"], "colloquial"),
    ("Do I have to create a profile before I can browse training places?", ["bewerberkonto-anlegen"], "en"),
    ("Ab welchem Alter darf ich mich in der Lehrstelenbörse registriren?", ["bewerberkonto-anlegen"], "typo"),
    ("Hi, ich bin Lena, 15, und mache nächstes Jahr meinen Realschulabschluss. Kann ich mir bei euch ein Profil machen, um mir Stellen zu merken?", ["bewerberkonto-anlegen"], "chat+greeting+intro"),
    ("Benutzerkonto Bewerber kostenlos?", ["bewerberkonto-anlegen"], "keywords"),
    # passwort-vergessen-boerse
    ("Ich komme nicht mehr in mein Konto, weil ich das Passwort nicht mehr weiß. Wie bekomme ich ein neues?", ["passwort-vergessen-boerse"], "full"),
    ("forgot my login password for the apprenticeship site, how do i get a new one", ["passwort-vergessen-boerse"], "en+lowercase"),
    ("Passwrt vergesen, Reset-Mail kommt nicht", ["passwort-vergessen-boerse"], "typo"),
    ("Hallo, unser Firmenzugang ist blockiert, nachdem ein Kollege mehrmals das falsche Kennwort eingetippt hat. Wie lange dauert das?\nGruß\nThomas Beck\nAusbildungsleitung, Beck Elektronik GmbH\nTel. 0711 555-2040", ["passwort-vergessen-boerse"], "chat+greeting+signature+company+phone"),
    ("link zum passwort neu setzen funktioniert nicht mehr, ist der schon ungueltig?", ["passwort-vergessen-boerse"], "no-umlaut"),
    # anmeldung-klappt-nicht
    ("Ich habe mich registriert, aber beim Einloggen steht immer, dass mein Konto nicht aktiv ist. Was mache ich falsch?", ["anmeldung-klappt-nicht"], "full"),
    ("I signed up yesterday, but the site keeps telling me my account hasn't been activated. What should I do?", ["anmeldung-klappt-nicht"], "en"),
    ("login geht nich, passwort stimmt aber 100%", ["anmeldung-klappt-nicht"], "colloquial"),
    ("Guten Morgen, ich versuche mich mit unserer Mitgliedsnummer einzuloggen und komme nicht rein. Was ist denn der richtige Benutzername?", ["anmeldung-klappt-nicht"], "chat+greeting"),
    ("Einloggen Fehler Azubibörse", ["anmeldung-klappt-nicht"], "keywords"),
    # weitere-benutzer
    ("Wie kann eine zweite Kollegin aus der Personalabteilung ebenfalls unsere Stellenanzeigen pflegen?", ["weitere-benutzer"], "full"),
    ("The training manager who set up our account has left the company. How do we take over the account?", ["weitere-benutzer"], "en"),
    ("zusätzlicher Nutzer Firmenzugang", ["weitere-benutzer"], "keywords"),
    ("Moin, wir sind ein Hotel mit zwei Häusern in Rostock und Warnemünde. Können wir für jedes Haus eine eigene Ansprechpartnerin in den Anzeigen angeben?", ["weitere-benutzer"], "chat+greeting+company"),
    ("kann ich kollegen fuer unser firmenkonto einladen, damit die auch anzeigen pflegen koennen", ["weitere-benutzer"], "no-umlaut"),
    # lehrstelle-einstellen
    ("Wie trage ich einen neuen Ausbildungsplatz als Kaufmann für Büromanagement ein?", ["lehrstelle-einstellen"], "full"),
    ("How do I advertise a vacancy for an apprentice on your job board?", ["lehrstelle-einstellen"], "en"),
    ("wir suchen 3 azubis als fachlageristen, muss ich da 3 anzeigen machen??", ["lehrstelle-einstellen"], "colloquial"),
    ("Stelenanzeige für Auszubildende erstelen – wo geht das?", ["lehrstelle-einstellen"], "typo"),
    ("Hallo, wir möchten ab August einen Ausbildungsplatz zur Industriekauffrau anbieten. Wie kommt der in Ihre Börse?\nViele Grüße\nMarkus Brandt\nBrandt Kunststofftechnik GmbH\nm.brandt@example.org", ["lehrstelle-einstellen"], "chat+greeting+signature+company+email"),
    # angebot-freigabe
    ("Ich habe gestern eine Lehrstelle eingetragen, aber sie taucht in der Suche nicht auf.", ["angebot-freigabe"], "full"),
    ("Our posting was turned down by the chamber. Why, and can we send it in again?", ["angebot-freigabe"], "en"),
    ("Inserat wartet auf Freischaltung wie lange", ["angebot-freigabe"], "keywords"),
    ("wann wird unsere stellenanzeige endlich freigeschaltet? steht seit montag auf pruefung", ["angebot-freigabe"], "no-umlaut"),
    ("Hi, I posted an apprenticeship for a warehouse clerk on Monday. It's still not public. Is something wrong?\nThanks, Jan de Vries", ["angebot-freigabe"], "en+chat+signature"),
    # angebot-bearbeiten
    ("die stelle ist besetzt – wie krieg ich die anzeige wieder raus?", ["angebot-bearbeiten"], "colloquial"),
    ("Kann ich bei einer veröffentlichten Lehrstelle nachträglich den Starttermin und den Text ändern?", ["angebot-bearbeiten"], "full"),
    ("We have hired someone. How do I take our ad down?", ["angebot-bearbeiten"], "en"),
    ("Angebot deaktiveren und später wieder akitvieren möglich?", ["angebot-bearbeiten"], "typo"),
    ("Guten Tag, ich habe eine E-Mail bekommen, dass unser Angebot bald automatisch abgeschaltet wird. Was heißt das und muss ich etwas tun?", ["angebot-bearbeiten"], "chat+greeting"),
    # praktikum-anbieten
    ("Dürfen wir auch Plätze für ein zweiwöchiges Schulpraktikum ausschreiben?", ["praktikum-anbieten"], "full"),
    ("Can we list work experience placements for school pupils too?", ["praktikum-anbieten"], "en"),
    ("Praktikumsplatz inserieren", ["praktikum-anbieten"], "keywords"),
    ("Ich bin Ausbilderin bei einer Versicherungsagentur, und wir möchten ein Studium mit integrierter Ausbildung anbieten. Geht das in der Börse?", ["praktikum-anbieten"], "chat+intro+company"),
    # lehrstellen-suchen
    ("Wie kann ich nach Ausbildungsstellen im Umkreis von 20 Kilometern um Bielefeld suchen?", ["lehrstellen-suchen"], "full"),
    ("ich weiß noch nicht was ich werden will, wie find ich da was bei euch", ["lehrstellen-suchen"], "colloquial"),
    ("How do I look for apprenticeships close to my town?", ["lehrstellen-suchen"], "en"),
    ("Ausbildungsplätze nach Postleitzal und Schulabschlus filtern", ["lehrstellen-suchen"], "typo"),
    ("Azubistellen Landkarte", ["lehrstellen-suchen"], "keywords"),
    # suchauftrag-speichern
    ("Gibt es eine Funktion, die mir per Mail Bescheid gibt, sobald eine neue Stelle als Mechatroniker reinkommt?", ["suchauftrag-speichern"], "full"),
    ("Can I get email alerts for new apprenticeship openings?", ["suchauftrag-speichern"], "en"),
    ("wie bestelle ich die taeglichen mails mit neuen angeboten wieder ab", ["suchauftrag-speichern"], "no-umlaut"),
    ("Hallo, ich bin Jonas und suche eine Ausbildung als Fachinformatiker. Kann ich mir Stellen irgendwo markieren, damit ich sie später wiederfinde?", ["suchauftrag-speichern"], "chat+greeting+intro"),
    ("Suchagent Lehrstellen", ["suchauftrag-speichern"], "keywords"),
    # unternehmen-kontaktieren
    ("Schicke ich meine Bewerbungsunterlagen an die IHK oder direkt an den Betrieb?", ["unternehmen-kontaktieren"], "full"),
    ("How do I apply for a training place I found on your website?", ["unternehmen-kontaktieren"], "en"),
    ("wo seh ich wie weit meine bewerbung ist? hab mich vor 3 wochen beworben und nix gehört", ["unternehmen-kontaktieren"], "colloquial"),
    ("Anhang beim Kontaktformlar zu groß, wie viel MB gehen?", ["unternehmen-kontaktieren"], "typo"),
    ("hi i want to send my cv to a company from the board but there's no email address, only a button. does that work?", ["unternehmen-kontaktieren"], "en+chat+lowercase"),
    # angebot-nicht-mehr-verfuegbar
    ("Gestern war die Stelle als Bankkauffrau noch in meiner Merkliste, heute ist sie grau. Was bedeutet das?", ["angebot-nicht-mehr-verfuegbar"], "full"),
    ("A job I bookmarked now says it's no longer available. Does that mean it's taken?", ["angebot-nicht-mehr-verfuegbar"], "en"),
    ("warum steht bei meinem gemerkten angebot jetzt nicht mehr verfuegbar", ["angebot-nicht-mehr-verfuegbar"], "no-umlaut"),
    ("Lehrstelle weg Merkzettel", ["angebot-nicht-mehr-verfuegbar"], "keywords"),
    # datenschutz-sichtbarkeit
    ("Können Firmen sehen, dass ich mir ihre Stellen angeschaut oder gespeichert habe?", ["datenschutz-sichtbarkeit"], "full"),
    ("Is my applicant profile visible to employers?", ["datenschutz-sichtbarkeit"], "en"),
    ("Hallo, als Ausbilder möchte ich nicht, dass mein persönlicher Name öffentlich in unserer Anzeige steht. Geht das anders?\nRalf Oswald, Oswald Druck GmbH", ["datenschutz-sichtbarkeit"], "chat+greeting+signature+company"),
    ("Datenschutzerklärung Azubibörse", ["datenschutz-sichtbarkeit"], "keywords"),
    # konto-loeschen
    ("hab jetzt nen ausbildungsplatz, wie krieg ich mein profil bei euch weg?", ["konto-loeschen"], "colloquial"),
    ("How do I get rid of my profile and everything you stored about me?", ["konto-loeschen"], "en"),
    ("Wir bilden künftig nicht mehr aus und möchten unser Firmenprofil in der Börse entfernen.", ["konto-loeschen"], "full"),
    ("werden meine daten geloescht wenn ich das konto jahrelang nicht benutze?", ["konto-loeschen"], "no-umlaut"),
    ("We no longer take apprentices. Can we close our company account, and what happens to our listings?", ["konto-loeschen"], "en+company"),
    # two questions
    ("Wie deaktiviere ich unsere besetzte Lehrstelle, und wie lege ich gleich eine neue für nächstes Jahr an?", ["angebot-bearbeiten", "lehrstelle-einstellen"], "two-questions"),
    ("I forgot my password, and once I'm back in I'd like to delete my account completely.", ["passwort-vergessen-boerse", "konto-loeschen"], "two-questions+en"),
    # out of scope
    ("Wie melde ich meinen Azubi zur Zwischenprüfung an?", [], "oos"),
    ("Wo trage ich den neuen Ausbildungsvertrag bei der IHK ein?", [], "oos"),
    ("Wie viel verdient man als Azubi im Einzelhandel?", [], "oos"),
    ("Does the IHK help me find an apprenticeship abroad?", [], "oos+en"),
    ("Wie schreibe ich ein gutes Anschreiben für meine Bewerbung?", [], "oos"),
    ("Mein Azubi soll das Berichtsheft digital führen – wie schalte ich ihn frei?", [], "oos"),
    ("Can my apprentice shorten the training period?", [], "oos+en"),
    ("Was muss ich für die Ausbildereignungsprüfung lernen?", [], "oos"),
    ("Gibt es Zuschüsse, wenn wir einen Azubi mit Förderbedarf einstellen?", [], "oos"),
    ("Wie wird das Wetter morgen in Köln?", [], "oos+smalltalk"),
    ("Hallo, wie geht's dir heute?", [], "oos+smalltalk"),
    ("Kann ich meine Ausbildung auch in Teilzeit machen?", [], "oos"),
    ("How do I cancel my apprenticeship contract during probation?", [], "oos+en"),
    ("Wir suchen fertig ausgebildete Fachkräfte – können wir auch normale Stellenanzeigen schalten?", [], "oos"),
    ("Wann ist die nächste Ausbildungsmesse der IHK?", [], "oos"),
    ("Mein Azubi taucht im Self Service Portal nicht auf.", [], "oos"),
    ("Hi, I'm Carla from a supermarket chain. Where can I see the exam results of our apprentices?", [], "oos+en+chat+intro+company"),
    ("Berufsschule Stundenplan wo finden", [], "oos+keywords"),
    ("Wo bekomme ich eine Zweitschrift meines IHK-Prüfungszeugnisses?", [], "oos"),
    ("Danke für die Hilfe, schönen Tag noch!", [], "oos+smalltalk"),
]

write("lehrstellenboerse", HEADER, SECTIONS, E, Q)
