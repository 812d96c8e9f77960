"""heldout11 chat.jsonl: questions wrapped as real chat messages.

Hand-written; run `python3 eval/heldout11/gen/chat.py` to rewrite ../chat.jsonl.
All names, firms, e-mail addresses and phone numbers are fictional.
"""
from common import write

LONG_EX = (
    "Hallo zusammen, mein Name ist Merve Aksoy und ich bin im zweiten Lehrjahr als Kauffrau für "
    "Büromanagement. Mein Ausbildungsbetrieb, ein kleines Architekturbüro in Nienburg, macht zum "
    "Quartalsende leider dicht, und ich habe zum Glück schon eine Zusage von einer Steuerkanzlei in "
    "Verden, wo ich die Lehre zu Ende machen kann. Jetzt mache ich mir Sorgen um meine ganzen "
    "Wochenberichte der letzten anderthalb Jahre, die ich online geschrieben habe. Kann ich die "
    "irgendwie aus dem alten Betrieb rausholen und in die neue Firma mitnehmen? Danke und viele Grüße, Merve"
)
LONG_SB = (
    "Guten Morgen, hier schreibt Dirk Hansen, Leiter Personalentwicklung bei der Nordlicht Logistik "
    "GmbH. Unser Stammhaus liegt in Kiel, dort sind wir seit zwei Jahren im LUX-BS Self Service Portal "
    "angemeldet und betreuen darüber rund zwanzig Azubis. Zum Herbst eröffnen wir ein neues Lager in "
    "Laatzen, also im Bezirk der IHK Hannover, und stellen dort vier Fachkräfte für Lagerlogistik ein. "
    "Müssen wir für Laatzen eine komplett neue Registrierung durchlaufen, oder können wir das mit "
    "unserem vorhandenen Konto abdecken? Beste Grüße, Dirk Hansen, Tel. 0555 2394-17"
)
LONG_HA = (
    "Hi, I'm Sophie Becker, office manager at a small joinery in Wunstorf. We are training our very "
    "first apprentice this year, so all of this is new to me. I created an account, confirmed the "
    "e-mail and logged in, but the education portal just shows a page that says 'Hallo' – no tiles, "
    "no menu, nothing I can click to get to the record book. I've tried two browsers and cleared the "
    "cache. Is something missing on our side, like some company verification? Thanks in advance, "
    "Sophie (sophie.becker@example.org)"
)
LONG_NC = (
    "Sehr geehrte Damen und Herren, ich heiße Ana Sofia Pereira Lima und beginne gerade meine "
    "Ausbildung zur Hotelfachfrau in Bad Nenndorf. Beim Einrichten des Berichtshefts habe ich nur "
    "Ana Lima eingetragen, weil meine vier Namen sonst nie in die Formulare passen. Jetzt erscheint "
    "bei jedem Anmeldeversuch, dass der Name nicht mit meinem Ausbildungsvertrag übereinstimmt, und "
    "ich komme nicht weiter. Könnten Sie meinen Account bitte auf den vollständigen Namen anpassen? "
    "Meine Adresse ist ana.lima@example.com. Vielen Dank und freundliche Grüße"
)
LONG_DU = (
    "Hallo liebes Team, ich bin Birgit Ohlendorf, Ausbildungsadministratorin bei der Stadtwerke "
    "Musterhausen GmbH (Tel. 0555 8812-40). Letzte Woche ist bei einem unserer Ausbilder etwas "
    "schiefgegangen: Sein Benutzer war doppelt vorhanden, also habe ich den älteren gelöscht und ihn "
    "danach sicherheitshalber noch einmal frisch angelegt. Seitdem taucht er nirgends mehr auf, "
    "weder in der Benutzerliste noch bei der Zuordnung der Azubis, und er kann sich auch nicht "
    "anmelden. Könnt ihr euch das bitte anschauen und den alten Eintrag endgültig rausnehmen? "
    "Danke, Birgit"
)
LONG_KZ = (
    "Moin aus Stade! Wir sind ein Pflegedienst mit drei Ausbilderinnen, die sich letzte Woche alle "
    "brav im Serviceportal Bildung registriert haben. Ich selbst bin als Admin drin und sehe auch "
    "alles. Die drei Kolleginnen landen nach dem Einloggen aber nirgends, wo sie die Berichte ihrer "
    "Azubis sehen oder abzeichnen könnten, und eine bekommt sogar den Hinweis, dass ihr die "
    "Berechtigung fehlt. Was muss ich als Admin jetzt noch machen, damit die drei arbeiten können? "
    "Gruß, Jens Wiegmann, Geschäftsführer, Pflege am Hafen GmbH, jens.wiegmann@example.org"
)
LONG_AE = (
    "Good afternoon, this is Olga Kowalczyk, HR assistant at Weserglas AG in Hameln. Two of our "
    "apprentices finished their training in June and passed their exams, and a third one left us "
    "in spring to start university. Their record books are still sitting in our overview. I don't "
    "want to do anything by hand if it isn't necessary. Will the system clear those record books "
    "by itself after some time, and if so, how long after the end of training does that happen? "
    "We also have a small branch in Baden-Württemberg, is it different there? Kind regards, Olga"
)
LONG_MB_AA = (
    "Hallo, Frank Delius hier, Ausbildungsleiter bei Delius Baustoffe mit Hauptlager in Garbsen "
    "und einer Filiale in Springe. Zwei Fragen auf einmal, weil ich gerade alles einrichte: Erstens "
    "sehe ich im Portal nur Garbsen – wie komme ich zu den Daten der Filiale in Springe, ohne mich "
    "jedes Mal neu anzumelden? Zweitens haben wir dort zum 1. August zwei Azubis eingestellt, deren "
    "Verträge bei der IHK längst eingetragen sind. Wie bekomme ich die beiden in unsere Verwaltung, "
    "damit ihre Ausbilder loslegen können? Danke, Frank, Tel. 0555 4410-2"
)
LONG_OOS = (
    "Hallo, ich bin Kevin, 19, und mache seit einem Jahr eine Ausbildung zum Industriemechaniker in "
    "Peine. Ehrlich gesagt merke ich immer mehr, dass mir die Arbeit an den Maschinen keinen Spaß "
    "macht und ich lieber etwas Kaufmännisches machen würde. Mein Betrieb hätte sogar einen Platz als "
    "Industriekaufmann frei. Kann ich einfach in den anderen Beruf wechseln, und wird mir das erste "
    "Jahr dann angerechnet, oder muss ich komplett von vorne anfangen? Und muss dafür ein neuer "
    "Vertrag gemacht werden? Wäre super, wenn mir jemand helfen kann. LG Kevin"
)

ROWS = [
    # export-betriebswechsel
    (LONG_EX, "EX", "greeting+name+self-intro+company+long+thanks"),
    ("hey, ich wechsel zum 1.3. die firma. krieg ich meine alten berichte irgendwie mit rüber? lg finn", "EX", "lower+colloquial+name"),
    ("Hello, I'm an apprentice cook switching restaurants next month. Can I bring my weekly reports to the new place? Thanks, Mateo", "EX", "en+greeting+self-intro+thanks"),
    ("Wie bekomme ich mein Berichtsheft als Datei raus? Unser Azubi Tim geht zu einem anderen Betrieb und möchte alles mitnehmen. Gruß, Heike Ernst, Ausbilderin", "EX", "question-first+signature"),
    # export-fehler-andere-ihk
    ("Guten Tag, ich ziehe nach Bremen und setze dort meine Ausbildung fort. Die Übertragung nach Bremen klappt aber nie, es erscheint jedes Mal ein Fehler, auch wenn ich nur ein paar Wochen auswähle. Was kann ich tun? Lena Voss", "EF", "greeting+self-intro+name"),
    ("export zur neuen ihk geht einfach nicht, kommt jedes mal ein fehler. jemand ne idee?", "EF", "lower+colloquial"),
    ("Hi team, my apprentice is moving to the chamber in Leipzig and the transfer of her record book keeps throwing an error. Is a week broken or something? Regards, Paul Winter, trainer at Winter Elektro", "EF", "en+greeting+signature+company"),
    ("Was macht eigentlich dieser Reparieren-Knopf beim Export? Mein Export bricht immer ab und ich will nichts kaputt machen. Danke, Jule", "EF", "question-first+name+thanks"),
    # standort-anderes-bundesland
    (LONG_SB, "SB", "greeting+name+signature+company+phone+long"),
    ("Hallo, wir sind eine Bäckereikette aus Thüringen und bereits im Self Service Portal. Jetzt übernehmen wir zwei Filialen bei Hannover. Reicht unser bisheriger Zugang? Grüße, Ines Rauch", "SB", "greeting+company+name"),
    ("Hi, quick one: our company is registered with the chamber in Munich, and we're opening a workshop in Hannover. Same account or a new one? – Tom", "SB", "en+greeting+name"),
    ("Gilt unser Account aus Rheinland-Pfalz auch für das neue Zweigwerk bei Hannover? Wir wollen dort ab Herbst ausbilden. Mit freundlichen Grüßen, S. Brandt, Personalleitung", "SB", "question-first+signature"),
    # anwendung-finden
    ("Hallo! Ich bin Noah und fange im August als Fachinformatiker an. Wo schreibe ich denn das digitale Berichtsheft, gibt es da eine bestimmte Seite?", "AF", "greeting+name+self-intro"),
    ("ich hab schon nen zugang zum azubi-infocenter. kann ich den fürs berichtsheft nehmen oder muss ich mich neu registrieren?", "AF", "lower"),
    ("Hello, I'm a new trainer at a car dealership in Celle. Where exactly do apprentices keep their record book online, which portal is it? Best, Marco Ricci", "AF", "en+greeting+self-intro+company+signature"),
    ("What credentials get me into the online report book? I already have a login for the Fortbildungs-Infocenter from my exam last year. Cheers, Hanna", "AF", "en+question-first+name"),
    # registrierungscode
    ("Guten Tag, hier ist Meike Stolte vom Autohaus Stolte in Gifhorn. Wir wollen ab dem nächsten Lehrjahr die Ausbildungsnachweise online führen lassen. Von wem bekommen wir einen Registrierungscode? Unter 0555 7731-0 bin ich erreichbar.", "RC", "greeting+name+company+phone"),
    ("Moin, uns hat keiner nen Code geschickt für das Berichtsheft, brauchen wir den überhaupt?", "RC", "greeting+colloquial"),
    ("Hi, do we need an activation code from you before our apprentices can start? We're a small IT shop in Hildesheim. Thanks! Yusuf", "RC", "en+greeting+company+name+thanks"),
    ("wo gibts den code zum registrieren? danke", "RC", "lower+keywords+thanks"),
    # seite-zeigt-hallo
    (LONG_HA, "HA", "en+name+self-intro+company+email+long+thanks"),
    ("Hallo, ich bin eingeloggt, aber da steht nur „Hallo“ und ich sehe keine Kacheln. Was fehlt noch? Grüße, Carola Wendt, Ausbildungsbeauftragte, Wendt & Söhne", "HA", "greeting+signature+company"),
    ("bei mir steht nach dem login nur hallo, sonst nix. was muss ich machen?", "HA", "lower"),
    ("Why am I greeted with a bare 'Hallo' screen once I'm signed in? Our trainee can't find the report book. Regards, Ben Clarke", "HA", "en+question-first+name"),
    # name-stimmt-nicht
    (LONG_NC, "NC", "greeting+name+self-intro+email+long+plea+symptom"),
    ("Hallo, bei mir kommt die Meldung, dass mein Name nicht zum Vertrag passt. Ich heiße Jan-Ole Petersen, mit Bindestrich. Was kann ich tun?", "NC", "greeting+name+symptom"),
    ("Hi, the system won't let me in because my middle name is missing compared to my apprenticeship contract. Could you sort that out? Thanks, Maria Elena Rossi", "NC", "en+greeting+name+symptom+plea"),
    ("warum passt mein name nicht mit dem ausbildungsvertrag, ich hab alles richtig eingegeben??", "NC", "lower+symptom"),
    ("Guten Tag, ihr habt meinen Namen korrigiert, danke! Mit welchem Namen melde ich mich jetzt genau an, mit beiden Vornamen? Gruß, Karl-Heinz", "NS", "greeting+name+thanks+afterwards"),
    ("Hi, I sent you my details for the name fix yesterday morning. How long until I can log in again? Regards, Chiara", "NS", "en+greeting+name+duration"),
    # userdaten-bearbeiten
    ("Hallo, hier ist Sandra Lück von der Spedition Lück in Uelzen. Bei unserem Ausbilder Herrn Schmidt steht im Portal „Schmitt“. Könnten Sie das bitte korrigieren? Danke!", "NC", "greeting+name+company+plea+concrete"),
    ("Hi, one of our trainers got divorced and has her old surname back. How do we change it in the portal? Regards, Owen Price, training admin", "NC", "en+greeting+signature+howto+concrete"),
    ("nachname von kollegin falsch angelegt, bitte ändern. gruß nicole", "NC", "lower+keywords+plea+name"),
    ("Bitte die E-Mail-Adresse unseres Ausbilders Herrn Okafor im Account auf okafor@example.com ändern, die alte gibt es nicht mehr. Viele Grüße, Petra Sommer, Sommer Haustechnik", "NC", "plea+concrete+email+signature+company"),
    ("Are we as admins allowed to adjust our trainers' names ourselves, or does that always have to go through you? Thanks, Uwe", "UB", "en+who-may+name+thanks"),
    # kein-zugriff-trotz-registrierung
    (LONG_KZ, "KZ", "greeting+company+signature+email+long"),
    ("Hallo, meine Kollegin hat sich letzte Woche registriert, kann aber die Berichte ihrer Azubis nicht aufrufen. Woran liegt das? Gruß, Tanja, Ausbildungsleitung Hotel Seeblick", "KZ", "greeting+signature+company"),
    ("hi, our trainers registered but get no access to anything. what do i need to do as admin? thx, rick", "KZ", "en+lower+name+thanks"),
    ("Was fehlt noch, wenn unsere Leute ein Konto haben, aber trotzdem vor verschlossener Tür stehen? Wir sind ein Elektrobetrieb in Sehnde. Danke, Ralf Kuhn", "KZ", "question-first+company+name+thanks"),
    # identnummer-nicht-gefunden
    ("Hallo, ich bin Aylin, Azubi bei einer Apotheke in Hannover. Bei der Anmeldung sagt das System, es kennt meine Identnummer nicht. Hab ich die falsch abgetippt?", "ID", "greeting+name+self-intro+company"),
    ("Hello, where can I find my apprentice ID number? I've looked everywhere on my contract. Thanks, Dilan", "ID", "en+greeting+name+thanks"),
    ("Guten Tag, könnten Sie mir die Identnummern unserer drei neuen Azubis noch einmal mailen? An: ausbildung@example.org. Danke, Frau Behrens, Kanzlei Behrens", "ID", "greeting+email+signature+company+thanks"),
    ("identnummer nicht im system, was tun", "ID", "lower+keywords"),
    # mehrere-rollen-eine-email
    ("Hallo, ich bin Ausbilderin bei der Holding und gleichzeitig Admin in einer Tochterfirma. Komme ich da mit einem einzigen Postfach aus? Grüße, Svenja Krull", "MR", "greeting+self-intro+name"),
    ("Hi, I look after apprentices in two of our companies. Can I use one email for both roles or do I need two accounts? Cheers, Ahmed", "MR", "en+greeting+self-intro+name"),
    ("brauch ich für jede firma eine eigene mailadresse oder geht das mit einer?", "MR", "lower"),
    ("Wie kann mein Account zwei Unternehmen zugeordnet werden, mit unterschiedlichen Rollen? Ich bin Ausbilder bei Kraus Kälte in Lehrte und bei Kraus Klima in Burgdorf. MfG, Lars Kraus", "MR", "question-first+company+name"),
    # mehrere-betriebsstaetten
    ("Moin, wir haben drei Filialen in der Region Hannover. Wie springe ich im Portal von der einen zur anderen? Danke, Gesa aus der Personalabteilung", "MB", "greeting+self-intro+thanks"),
    ("Hi, I manage apprentices at two of our sites. Where do I switch from one site to the other in the portal? Thanks, Grace Holm", "MB", "en+greeting+name+thanks"),
    ("wie komm ich im portal von einer filiale zur anderen?", "MB", "lower"),
    ("Lassen sich beide Werke über einen einzigen Zugang betreuen? Wir haben eins in Alfeld und eins in Elze. Viele Grüße, Thomas Riedel, Papierfabrik Riedel", "MB", "question-first+signature+company"),
    # azubi-entfernen
    (LONG_AE, "AE", "en+greeting+name+self-intro+company+long+deadline"),
    ("Hallo, unser Azubi Marvin hat zum 30. April gekündigt. Bitte nehmen Sie ihn aus unserem Self Service Portal raus. Danke, Claudia Meister, Autohaus Meister", "DA", "greeting+statement+plea+signature+company"),
    ("Hi, how do I remove an apprentice who failed probation from our list in the portal? Thanks, Jonas", "DA", "en+greeting+howto+concrete+name"),
    ("azubi hat abgebrochen und steht immer noch bei uns drin. wie krieg ich den raus?", "DA", "lower+statement+howto"),
    ("Wie lange bleibt das Berichtsheft nach dem Ende der Ausbildung noch im System? Ich bin ab Juli fertig. Gruß, Melina", "AE", "question-first+name+deadline"),
    ("Kann ich ein Berichtsheft auch selbst von Hand löschen, statt auf die Frist zu warten? Viele Grüße, Horst Janssen, Ausbildungsadministrator", "AE", "question-first+signature+manual"),
    # user-geloescht-nicht-angezeigt
    (LONG_DU, "DU", "greeting+name+company+phone+long+symptom+plea"),
    ("Hallo, ich habe einen Nutzer gelöscht und gleich danach neu angelegt, jetzt sehe ich ihn nicht mehr. Was ist da los? Gruß, Wiebke", "DU", "greeting+symptom+name"),
    ("Hi, I deleted a trainer account by mistake and created it again, but it's not showing anywhere now. Help? – Nina Berg, HR, Berg Optik", "DU", "en+greeting+symptom+signature+company"),
    ("Bitte löschen Sie den Benutzer „m.fischer@example.org“ komplett aus unserem Firmenkonto, Herr Fischer ist nicht mehr bei uns. Mit freundlichen Grüßen, Anke Roth", "DU", "plea+statement+email+name"),
    ("Welche Angaben braucht ihr, damit ein Benutzer gelöscht werden kann, und an welche Adresse schicke ich das? Danke, Dennis", "UG", "details+address+thanks+name"),
    # ausbilder-freischalten
    ("Hallo, ich bin Azubi im ersten Jahr bei einer Gärtnerei. Ich bin jetzt registriert – wartet da noch eine Freigabe durch meinen Ausbilder auf mich? LG Pia", "FR", "greeting+self-intro+company+name"),
    ("Hi, does my supervisor have to approve me in the system before I can start writing my reports? Thanks, Leon", "FR", "en+greeting+name+thanks"),
    ("muss mich mein chef freigeben oder wer macht das?", "FR", "lower+colloquial"),
    ("Wer ordnet bei uns die Azubis den Ausbildern zu, das müsste ich als neue Ausbilderin wissen. Danke, Frau Yilmaz, Stadtbäckerei Sarstedt", "FR", "question-first+self-intro+signature+company"),
    # azubi-anlegen
    ("Guten Tag, ich bin neuer Ausbildungsadministrator bei Hoffmann Verpackungen. Wie bekomme ich unsere Lehrlinge ins Portal, deren Verträge ihr längst habt? Gruß, Malte Hoffmann", "AA", "greeting+self-intro+company+name"),
    ("Hi, where do I get an overview of all our apprentices in the self service portal? Regards, Laura Schulz, training admin", "AA", "en+greeting+signature"),
    ("ich such schon ewig die stelle, wo man die azubis verwaltet", "AA", "lower+keywords"),
    ("Wie füge ich einen Azubi hinzu, dessen Vertrag schon eingetragen ist? Sie fängt am Montag bei uns an. Vielen Dank, Bettina Groß, Zahnarztpraxis Groß", "AA", "question-first+signature+company+thanks"),
    # andere-rolle-asta
    ("Hallo, im ASTA-Infocenter bin ich Ausbildungsleiter, im SSP aber nur einfacher Ausbilder. Was muss ich tun, damit das passt? Gruß, Michael Stein", "AR", "greeting+name"),
    ("Hello, in ASTA I can do far more than in the self service portal. Who can sort this out? Thanks, Aiko", "AR", "en+greeting+name+thanks"),
    ("im ssp hab ich die falsche rolle, im asta stimmt sie. wer kann das umstellen?", "AR", "lower"),
    ("Wer bei uns darf mich im SSP hochstufen? In ASTA habe ich sie ja schon. Ich arbeite in der Personalabteilung der Werkzeugbau Nord GmbH. Danke, Eva", "AR", "question-first+company+self-intro+thanks"),
    # wer-registriert
    ("Hallo, ich möchte gern wissen, welche unserer Ausbilder schon im SSP angemeldet sind. Bekomme ich so eine Aufstellung von Ihnen? Grüße, Bernd Klages, Klages Gartenbau", "WR", "greeting+signature+company"),
    ("Hi, can I see somewhere which employees of ours already have an account in the portal? Thanks, Fiona", "WR", "en+greeting+name+thanks"),
    ("welche kollegen haben bei uns schon nen zugang? kann man das irgendwo nachgucken", "WR", "lower"),
    ("Gibt es eine Liste unserer registrierten Mitarbeiter? Ich bin seit Kurzem für die Ausbildung zuständig. Danke, Heiko, Möbelhaus Winkler", "WR", "question-first+self-intro+company+thanks"),
    # azubi-nicht-angezeigt
    ("Hallo, ich bin Ausbilder bei einem Kfz-Betrieb in Wedemark. Unser neuer Azubi erscheint bei mir im SSP einfach nicht. Woran kann das liegen? Gruß, Sven", "AN", "greeting+self-intro+company+name"),
    ("Hi, my new apprentice isn't listed for me in the portal. Why could that be? Best, Rachel", "AN", "en+greeting+name"),
    ("neuer lehrling taucht bei mir nirgends auf, warum?", "AN", "lower+keywords"),
    ("Warum sehe ich meine neue Auszubildende nicht? Sie hat am 1. September angefangen. Danke, Kerstin Lange, Ausbilderin, Lange Druck GmbH", "AN", "question-first+signature+company+thanks"),
    # two questions
    ("Hallo, unser Azubi Emre hat die Ausbildung abgebrochen, bitte aus dem Portal entfernen. Und noch was: die Neue, die im August angefangen hat, ist bei mir unsichtbar – warum? Danke, Gabi Wolter", "DA AN", "two-questions+greeting+plea+statement+name+thanks"),
    ("Hi, two things: the portal only says Hallo after I log in, and I'm not even sure which application the record book is in. Can you help? Thanks, Kim", "HA AF", "two-questions+en+greeting+name+thanks"),
    ("Guten Tag, bei der Anmeldung heißt es, meine Identnummer gibt es nicht. Brauche ich vielleicht zusätzlich einen Registrierungscode? Gruß, Lukas", "ID RC", "two-questions+greeting+name"),
    ("Hallo, wir haben Standorte in Hannover und in Erfurt. Können wir das alles mit einem Account machen, und wie wechsle ich dann zwischen den Standorten? Grüße, Sabine Fuchs", "SB MB", "two-questions+greeting+name"),
    ("Hello, my colleague registered but has no access, and is there a list of who in our firm is already registered? Thanks, Ethan Ross, HR, Ross Bau", "KZ WR", "two-questions+en+greeting+signature+company+thanks"),
    ("Hallo, bitte korrigieren Sie den Vornamen unserer Ausbilderin von „Katrin“ auf „Catrin“. Und darf sie mit ihrem bisherigen Postfach zusätzlich bei unserer Tochterfirma als Ausbilderin auftreten? Danke, Olaf", "NC MR", "two-questions+greeting+plea+concrete+name+thanks"),
    ("Hi, I removed a colleague's account and set it up afresh, and now it has vanished. Also, how do I bring in trainees the chamber already has on record? Thanks, Sarah", "DU AA", "two-questions+en+greeting+symptom+name+thanks"),
    ("Hallo, wartet mein Account noch auf eine Bestätigung von meinem Ausbilder? Und wieso bin ich im SSP was anderes als im ASTA? LG Jannik", "FR AR", "two-questions+greeting+name"),
    ("Wann wird das Berichtsheft nach der Ausbildung gelöscht, und kann ich es vorher noch exportieren, um es zu behalten? Danke, Selin", "AE EX", "two-questions+question-first+deadline+name+thanks"),
    (LONG_MB_AA, "MB AA", "two-questions+greeting+name+company+phone+long"),
    # out of scope
    ("Moin, ich bin Jana, Azubi im Einzelhandel. Wie viele Überstunden darf mein Chef von mir verlangen?", "", "oos+greeting+name+self-intro"),
    ("Super, vielen Dank für die schnelle Hilfe! Schönes Wochenende, Grüße Tom", "", "oos+thanks+name"),
    ("thanks a lot, that solved it! cheers, priya", "", "oos+en+thanks+lower+name"),
    ("Hi, hier ist Ole. Was machst du so, wenn gerade keiner was fragt?", "", "oos+smalltalk+greeting+name"),
    ("Mein WhatsApp-Konto wurde gesperrt, könnt ihr das wieder freischalten?", "", "oos+other-service"),
    ("Bitte löschen Sie mein Kundenkonto im IHK-Shop für Prüfungsbücher. Danke, Armin Sauer", "", "oos+other-service+plea+name"),
    ("Hallo, wir möchten den Ausbildungsvertrag mit unserem Azubi im gegenseitigen Einvernehmen auflösen. Wie geht das? Gruß, Metzgerei Bode", "", "oos+contract+greeting+company"),
    ("Guten Tag, wir sind ein Fitnessstudio in Langenhagen und wollen erstmals ausbilden. Wie wird unser Betrieb als Ausbildungsstätte anerkannt? MfG, Doreen Albers", "", "oos+greeting+company+name"),
    ("Where can I find old exam papers to practise for my final exam? Thanks, Ronja", "", "oos+en+initial-exam+name+thanks"),
    ("Hallo, mein Azubi hatte auf dem Weg zur Berufsschule einen Fahrradunfall. Wo muss ich das melden? Gruß, Herr Tietje", "", "oos+greeting+name"),
    ("Was schreibe ich ins Berichtsheft, wenn ich die ganze Woche nur das Lager aufgeräumt habe? 😅 Gruß, Luca", "", "oos+berichtsheft+name"),
    ("Muss ich im Berichtsheft eigentlich die Uhrzeiten angeben, wann ich was gemacht habe?", "", "oos+berichtsheft"),
    ("Hallo, unser Azubi hat drei Wochen lang keine Berichte geschrieben. Dürfen wir ihn deswegen abmahnen? Grüße, Inhaberin Blumen Harms", "", "oos+berichtsheft+greeting+signature+company"),
    ("Hi, I'm Lucas from Brazil doing an apprenticeship in Hannover. Will I need a new residence permit after I finish my training?", "", "oos+en+greeting+name+self-intro"),
    ("hello! could you recommend a good laptop for writing my reports?", "", "oos+en+lower+greeting"),
    ("Hi there, my trainer keeps shouting at me in front of customers. Who can I talk to at the chamber about that?", "", "oos+en+greeting"),
    ("Dear team, how can we book a seminar room at the chamber for our company event? Best, Hannah Vogt, Office Manager, Vogt Immobilien", "", "oos+en+greeting+signature+company+other-service"),
    ("Zählt das Berichtsheft eigentlich mit in die Note der Abschlussprüfung? Danke, Emily", "", "oos+berichtsheft+initial-exam+thanks+name"),
    ("Hallo, wir suchen für die Prüfung unseres Azubis aus Eritrea einen Dolmetscher. Stellt die IHK so jemanden? Gruß, Ute Brüning", "", "oos+initial-exam+greeting+name"),
    ("Does the company have to pay for an apprentice's public transport ticket? Greetings from Nienburg, Timo", "", "oos+en+question-first+name"),
    ("Ist unser Azubi versichert, wenn er zwei Wochen in einer Partnerfirma mitarbeitet? Vielen Dank, Rüdiger Haase, Haase Metall", "", "oos+signature+company+thanks"),
    ("Ich möchte mich über einen Prüfer beschweren, der in meiner mündlichen Prüfung ziemlich unfreundlich war. An wen wende ich mich?", "", "oos+initial-exam"),
    ("na, schon feierabend oder musst du auch noch ran? 😄", "", "oos+smalltalk+lower"),
    ("Good night, talk to you tomorrow!", "", "oos+en+smalltalk"),
    ("Hallo, ich bin Frau Krüger von der Bäckerei Krüger in Peine. Wie lange müssen wir Lohnunterlagen aufbewahren?", "", "oos+greeting+name+company"),
    ("Could you send me a template for a reference letter for our intern? Thanks, Mia Jung, team lead", "", "oos+en+signature+thanks"),
    ("Hallo, unser Azubi möchte für ein Jahr zur Bundeswehr. Ruht der Ausbildungsvertrag dann so lange? Gruß, Axel Behn", "", "oos+contract+greeting+name"),
    (LONG_OOS, "", "oos+greeting+name+self-intro+long+contract"),
]

if __name__ == "__main__":
    for q, _, t in ROWS:
        if "long" in t.split("+"):
            assert 500 <= len(q) <= 600, (len(q), q[:40])
    write("chat", ROWS)
