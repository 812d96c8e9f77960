"""heldout7/chat.jsonl: questions wrapped as chat messages. All names, firms, addresses and
phone numbers are invented; e-mail addresses use example.org / example.com."""
from common import *  # noqa: F401,F403

ROWS = [
    # --- export-betriebswechsel
    ("Hallo zusammen, ich bin Lea, Azubi im ersten Jahr bei einer Bäckerei in Celle. Ich wechsle nach den Sommerferien den Betrieb und wollte wissen, ob meine bisherigen Berichte dann verloren sind?", [EX], None, "greeting+name+company"),
    ("moin! kurze frage: kann man das berichtsheft irgendwie sichern bevor man in nen anderen betrieb geht? lg tim", [EX], None, "lowercase+colloquial"),
    ("Can I take my record book with me to a new employer? I'm finishing my second year at a bakery in Hannover and moving to a company in Braunschweig.", [EX], None, "en+question-first"),
    ("Guten Tag, unser Azubi Jannik wechselt zum 1.9. zu einem anderen Betrieb. Wie bekommt er seine Ausbildungsnachweise mit? Mit freundlichen Grüßen, Bernd Otte, Otte Landmaschinen, Tel. 05141 66 23 10", [EX], None, "company+signature"),
    # --- export-fehler-andere-ihk
    ("Good morning, I'm Ahmed, apprentice at a logistics firm in Langenhagen. When I try to export my report book for my new chamber I get an error every time, whatever dates I select. Thanks in advance!", [EF], None, "en+greeting+name"),
    ("Guten Tag, der Export des Berichtshefts klappt bei unserer Auszubildenden nicht, es kommt jedes Mal eine Fehlermeldung. Sie zieht nach Bremen und braucht die Daten für die dortige IHK. Mit freundlichen Grüßen, Sabine Köhler, Personalabteilung, Metallbau Köhler GmbH, Tel. 05136 80 21 40", [EF], None, "company+signature"),
    ("Hi, beim Export meines Berichtshefts steht da, dass Wochen defekt sind. Was heißt das und wie krieg ich das wieder hin? Danke, Svenja", [EF], None, "greeting+name"),
    # --- standort-anderes-bundesland
    ("Hi, wir sind ein Pflegedienst mit Sitz in Kassel und schon im Self Service Portal registriert. Jetzt kommt ein Standort in Hildesheim dazu. Können wir den vorhandenen Account nutzen oder müssen wir uns neu registrieren? Gruß Jens Albers", [SB], None, "company+place+name"),
    ("Hello, our company is headquartered in Leipzig and already uses LUX-BS there. We're opening a workshop in Hannover next year – can we just keep the same account? Best, Maria Novak, HR, Novak Elektro", [SB], None, "en+company+signature"),
    ("Dürfen wir unseren Zugang aus Thüringen auch für die neue Werkstatt in Springe verwenden? Wir sind ein Kfz-Betrieb mit 40 Leuten und bilden dort ab Herbst zwei Mechatroniker aus.", [SB], None, "question-first+company"),
    # --- anwendung-finden
    ("Hallo, ich bin neu als Ausbilder und soll das digitale Berichtsheft für unsere Azubis einrichten. Wo finde ich das überhaupt? Danke, Kai", [AF], None, "greeting+name"),
    ("Hey, ich hab schon nen Zugang fürs Azubi-Infocenter. Geht der auch fürs Berichtsheft oder muss ich mich nochmal registrieren? Danke dir!", [AF], None, "colloquial+thanks"),
    ("Wie kommt man zum digitalen Berichtsheft? Ich bin Azubi im Einzelhandel in Laatzen und hab bisher alles auf Papier geschrieben.", [AF], None, "question-first+company"),
    ("Hi there, my boss says we're switching to the digital Berichtsheft. Which platform is that on and do I need a special account? Thanks, Kerem (apprentice, Autohaus Seidel)", [AF], None, "en+name+company"),
    # --- registrierungscode
    ("Guten Morgen, wir möchten als Zahnarztpraxis (4 Azubis) mit dem digitalen Berichtsheft starten. Woher bekommen wir den Registrierungscode? In der Mail der IHK stand keiner. Viele Grüße, Dr. Petra Lindner", [RC], None, "greeting+company+name"),
    ("hi there, do we need some kind of code from the IHK to sign up our company for the online record book? nobody told us anything. cheers, Tom (office manager, Brandt Logistik)", [RC], None, "en+lowercase+company"),
    ("Hallo, mein Ausbilder meint, ich brauche einen Code, um mich fürs Berichtsheft zu registrieren. Ich hab aber keinen bekommen. Wer verschickt den? LG Marie, Azubi Hotelfachfrau", [RC], None, "greeting+name"),
    # --- seite-zeigt-hallo
    ("Hallo, nach dem Login ins Serviceportal Bildung erscheint bei mir nur 'Hallo' und sonst nichts. Ich bin Ausbilderin in einem Autohaus in Garbsen. Was muss ich tun? LG Nina", [HA], None, "greeting+company+name"),
    ("Hi, I finally managed to log in but the page just says Hallo, no tiles at all. What am I missing? – Lukas, trainee at a hotel in Hannover", [HA], None, "en+name+company"),
    ("Ich sehe nach der Anmeldung keine einzige Kachel, oben steht nur eine Begrüßung. Wir haben uns gestern erst registriert, Firma Keller Bürotechnik. Gruß Andreas Keller", [HA], None, "question-first+company+signature"),
    # --- name-stimmt-nicht
    ("Hey, bei mir kommt immer 'Name stimmt nicht überein', wenn ich mich einloggen will. Liegt das an meinem Doppelnamen? Meine Mail ist j.kowalski-brandt@example.org", NC_IDS, NC, "colloquial+email"),
    ("Hello, my apprentice Mehmet can't sign in because the system says his name doesn't match the contract. Can you fix it? His email is mehmet.yilmaz@example.com. Regards, Frank Weber, trainer", NC_IDS, NC, "en+email+signature"),
    ("Guten Tag, wie lange dauert es, bis die Korrektur meines Namens durch ist und ich mich wieder anmelden kann? Ich hatte Ihnen gestern geschrieben. Viele Grüße, Aleksandra Nowicki", [NS], None, "greeting+name"),
    # --- kein-zugriff-trotz-registrierung
    ("Guten Tag, wir haben drei Ausbilder im SSP registriert, aber keiner von ihnen kommt ins Serviceportal Bildung rein. Woran liegt das? Gruß aus Nienburg, Heike Brandes, Ausbildungsleitung Brandes Landtechnik", [KZ], None, "greeting+company+signature"),
    ("Hi, quick one: my colleagues registered last week but still have no access to the Serviceportal Bildung. Do I have to do something as admin? Thanks, Clara", [KZ], None, "en+name"),
    ("Unsere neue Ausbilderin hat sich angemeldet und ist registriert, sieht aber nichts vom Berichtsheft. Fehlt da noch was von unserer Seite? Wir sind ein Hotel mit 12 Azubis in Bad Pyrmont.", [KZ], None, "question-first+company"),
    # --- identnummer-nicht-gefunden
    ("Moin, bei der Anmeldung heißt es, meine Identnummer sei im Ausbildungsverwaltungssystem nicht bekannt. Ich hab sie vom Vertrag abgetippt. Was nun? Gruß Finn, Azubi Elektroniker", [ID], None, "greeting+name"),
    ("Hallo liebes IHK-Team, wo genau finde ich die Identnummer? Ich habe meine Unterlagen vor mir, sehe aber nichts. Danke, Sophie", [ID], None, "greeting+name+thanks"),
    ("Wo finde ich meine Identnummer? Ich bin im ersten Lehrjahr und will mich gerade zum ersten Mal anmelden, aber die Eingabe klappt nicht.", [ID], None, "question-first"),
    ("Hi, I've lost the letter with my ID number for the record book. Could you send it to me again? lena.brauer@example.org, thanks!", [ID], None, "en+email"),
    # --- mehrere-rollen-eine-email
    ("Hi, I'm a trainer at two companies (one in Hannover, one in Peine). Can I get both roles with the same e-mail address or do I need two? Thanks, Jan Peters", [MR], None, "en+name+place"),
    ("Guten Tag, ich bin Ausbildungsadministratorin in unserer Zentrale und zusätzlich Ausbilderin in der Filiale. Kann ich beides mit derselben Mailadresse haben? Freundliche Grüße Katrin Vogt, Vogt Optik GmbH", [MR], None, "greeting+company+signature"),
    # --- mehrere-betriebsstaetten
    ("Hallo, wir haben Betriebsstätten in Hannover, Lehrte und Burgdorf. Kann ich die alle im SPB verwalten und wie wechsle ich dazwischen? Danke, Oliver", [MB], None, "greeting+company+name"),
    ("hey, ich seh im portal immer nur unsere hauptfiliale, wie komm ich zu den anderen standorten? gruß marc", [MB], None, "lowercase+colloquial"),
    ("Good afternoon, I look after apprentices at four of our supermarket branches. How do I switch between them in the education portal? Kind regards, Hannah Fischer, Frischmarkt Fischer", [MB], None, "en+company+signature"),
    # --- azubi-entfernen
    ("Hallo, unser Azubi Kevin hat zum 31.05. gekündigt. Wie bekomme ich ihn aus dem Self Service Portal? Viele Grüße, Birgit Hahn, Hahn Sanitär GmbH, 0511 4471 230", DEL_AZUBI, DEL, "company+signature+phone"),
    ("Hi, one of our apprentices left the company. How do I remove her from the self service portal? Cheers, Paul from Meyer Tischlerei", DEL_AZUBI, DEL, "en+name+company"),
    ("Guten Tag, wie lange bleibt das Berichtsheft eines ehemaligen Azubis im System, bevor es automatisch gelöscht wird? Unsere Auszubildende hat im Januar ausgelernt. Gruß, Renate Krüger", [AE], None, "greeting+name"),
    ("Wir sind ein Betrieb in Freiburg mit Azubis auch in Niedersachsen – gilt für uns bei der automatischen Löschung der Berichtshefte die längere Frist? Gruß, Ausbildungsleitung Schwarzwald Holz", [AE], None, "company+signature"),
    # --- azubi-anlegen
    ("Hallo, ich bin Ausbildungsadministrator bei einem Maschinenbauer mit 120 Mitarbeitenden. Unsere vier neuen Azubis sind bei der IHK schon eingetragen, wie lege ich sie im SSP an? Danke, Stefan Wolf", [AA], None, "greeting+company+name"),
    ("Hello, where can I see an overview of all apprentices in our company in the portal? Thanks, Emma (HR assistant)", [AA], None, "en+name"),
    # --- user-geloescht-nicht-angezeigt
    ("Hallo, ich habe gestern unseren Ausbilder Herrn Jansen gelöscht, weil die Mail falsch war, und dann neu angelegt. Jetzt wird er gar nicht mehr angezeigt. Können Sie helfen? Gruß, Monika Hartmann", DEL_USER, DEL, "greeting+name"),
    ("hi, deleted a user by mistake and recreated him, now he's nowhere to be found in the list. what's going on? – Daniel", DEL_USER, DEL, "en+lowercase+name"),
    ("Guten Tag, kann ich als Ausbildungsadministratorin Benutzer selbst endgültig löschen, oder läuft das über Ihre IT? Freundliche Grüße, Gisela Marten, Marten Reisen", [UG], None, "greeting+company+signature"),
    # --- userdaten-bearbeiten
    ("Hallo, bei unserer Ausbilderin hat sich nach der Hochzeit der Nachname geändert (jetzt Schäfer statt Lange). Wie können wir das im Portal ändern? Grüße, Ute Franke, Personal, Franke Bau", NC_IDS, NC, "greeting+company+signature"),
    ("Guten Tag, kann ich die E-Mail-Adresse eines bereits angelegten Ausbilders selbst ändern oder müssen Sie das machen? Danke, Herr Becker", [UB], None, "greeting+name"),
    ("Hi, we set up one of our trainers with a typo in her first name ('Sarha' instead of 'Sarah'). How can we fix that? Thanks, Ben Walker, Walker Print GmbH", NC_IDS, NC, "en+company+signature"),
    # --- ausbilder-freischalten
    ("Hallo, ich hab mich fürs Berichtsheft registriert, aber mein Ausbilder sagt, er muss mich erst freischalten. Stimmt das? Gruß Jonas, Azubi Kfz", [AFR], None, "greeting+name"),
    ("Hi, I'm a new apprentice. Do I have to wait for my supervisor to approve me before I can start writing reports? Thanks, Aylin", [AFR], None, "en+name"),
    ("Muss unser Ausbilder uns noch freischalten? Wir sind drei Azubis bei einer Steuerberatung und alle haben sich gestern angemeldet.", [AFR], None, "question-first+company"),
    # --- andere-rolle-asta
    ("Hallo, im ASTA bin ich als Ausbildungsleiterin eingetragen, im SSP aber nur als Ausbilderin. Wie bekomme ich die richtige Rolle? LG Sandra Meier, Meier & Söhne KG", [AR], None, "greeting+company+signature"),
    ("Hello, my role in the SSP doesn't match what I have in the ASTA-Infocenter. Who can change that? Kind regards, Robert Klein", [AR], None, "en+name"),
    ("Warum hab ich im Self Service Portal weniger Rechte als im ASTA? Ich bin seit zehn Jahren Ausbilder bei den Stadtwerken und kann plötzlich keine Azubis mehr sehen.", [AR], None, "question-first+company"),
    # --- wer-registriert
    ("Guten Tag, ich bin neu in der Personalabteilung und möchte wissen, wer von unseren Ausbildern bereits im SSP registriert ist. Wo kann ich das einsehen? Freundliche Grüße, Miriam Otto", [WR], None, "greeting+name"),
    ("Moin, können Sie mir eine Liste schicken, wer aus unserer Firma schon im SSP angemeldet ist? Wir sind die Tischlerei Lorenz in Wunstorf. Danke, Björn Lorenz", [WR], None, "greeting+company+name"),
    ("Hi, is there any way to check which of our staff already have an SSP account? I took over the training admin role last month. Best, Fiona Clarke, Clarke Consulting, +49 511 000 47 11", [WR], None, "en+company+signature+phone"),
    # --- azubi-nicht-angezeigt
    ("Hallo, unsere neue Auszubildende Lisa wird mir im SSP nicht angezeigt, obwohl der Vertrag eingetragen ist. Woran liegt das? Grüße aus Hameln, Thomas Berg, Ausbilder", [AN], None, "greeting+place+signature"),
    ("hi, I'm a trainer and my new apprentice doesn't show up in the SSP. he started two weeks ago. why? cheers, Nick", [AN], None, "en+lowercase+name"),
    ("Warum sehe ich unseren Azubi nicht im SSP? Er hat den Vertrag im August unterschrieben, ich bin sein Ausbilder bei Schmidt Gartenbau.", [AN], None, "question-first+company"),
    # --- two questions in one message
    ("Hallo, zwei Fragen: Woher bekomme ich den Registrierungscode für das Berichtsheft? Und muss mein Ausbilder mich danach noch freischalten? Danke, Mia", [RC, AFR], None, "two-questions+name"),
    ("Hi, the portal page only shows 'Hallo' for me – and also, where can I find my Identnummer? Thanks, Jonas", [HA, ID], None, "en+two-questions+name"),
    ("Guten Tag, unser Azubi Max Möller hat die Ausbildung abgebrochen, bitte entfernen Sie ihn aus dem Portal. Außerdem: Wo sehe ich, wer von uns schon registriert ist? Gruß, Claudia Schröder", DEL_AZUBI + [WR], DEL, "two-questions+request+name"),
    ("Moin, wie wechsle ich zwischen unseren Betriebsstätten im SPB? Und kann ich mit einer Mailadresse in beiden Standorten unterschiedliche Rollen haben? Gruß Hendrik", [MB, MR], None, "two-questions+name"),
    ("Hallo, bei meiner Auszubildenden ist der Nachname falsch geschrieben (Maier statt Meier), bitte korrigieren Sie das. Und wie finde ich eigentlich die Azubi-Verwaltung? Danke, Petra Sommer", NC_IDS + [AA], NC, "two-questions+request+name"),
    ("Hello, two things: our registered trainers still can't access the portal, and my own role in SSP differs from the one in ASTA. What can I do? Best, Ingrid", [KZ, AR], None, "en+two-questions+name"),
    ("Hallo, kann ich mein Berichtsheft beim Betriebswechsel mitnehmen? Und wieso bekomme ich beim Export zur neuen IHK immer einen Fehler? LG Emily", [EX, EF], None, "two-questions+name"),
    ("Servus, wo finde ich das digitale Berichtsheft, und brauch ich dafür einen Registrierungscode? Danke, Leon", [AF, RC], None, "two-questions+name"),
    ("Guten Tag, ich habe einen Nutzer gelöscht und neu angelegt, er erscheint nicht. Außerdem wird mir ein Azubi nicht angezeigt. Was kann ich tun? MfG Rainer Koch", DEL_USER + [AN], DEL, "two-questions+request+name"),
    ("Hi, is there a list of who in our company is registered in the SSP? And can I manage several sites with one login? Thanks, Greta", [WR, MB], None, "en+two-questions+name"),
    # --- long messages (400-650 characters)
    ("Sehr geehrtes Team des digitalen Berichtshefts, mein Name ist Johanna Sophie Petersen, ich mache seit dem 1. August eine Ausbildung zur Industriekauffrau bei der Firma Nordlicht Verpackungen GmbH in Hannover-Linden. Als ich mich heute zum ersten Mal im Serviceportal Bildung anmelden wollte, kam die Fehlermeldung, dass mein eingegebener Name nicht mit dem im Ausbildungsvertrag übereinstimmt. Ich habe bei LUX nur Johanna eingetragen, im Vertrag steht aber auch mein zweiter Vorname. Was muss ich tun? Meine E-Mail-Adresse lautet j.petersen@example.org. Vielen Dank und freundliche Grüße, Johanna Petersen", NC_IDS, NC, "long+greeting+name+company+email"),
    ("Guten Tag, wir sind ein mittelständischer Elektrobetrieb mit Hauptsitz in Erfurt und rund 200 Beschäftigten. In Thüringen nutzen wir das Self Service Portal schon seit zwei Jahren und sind dort mit unserem LUX-BS-Zugang registriert. Ab dem kommenden Ausbildungsjahr bilden wir zum ersten Mal auch an unserem Standort in Langenhagen aus, also im Bezirk der IHK Hannover. Können wir dafür den bestehenden Account weiter nutzen oder brauchen wir eine komplett neue Registrierung? Für eine kurze Rückmeldung wäre ich dankbar. Mit freundlichen Grüßen, Dirk Hollmann, Leitung Ausbildung, Hollmann Elektrotechnik GmbH, Tel. 0361 55 80 120", [SB], None, "long+company+signature+phone"),
    ("Hallo, ich bin seit Kurzem Ausbilder in einer Kfz-Werkstatt in Nienburg (wir haben fünf Azubis). Zwei unserer neuen Auszubildenden haben am 1. August angefangen und ihr Vertrag ist laut IHK auch schon eingetragen. Trotzdem tauchen die beiden bei mir im SSP nicht auf, ich sehe nur die drei älteren Azubis. Ich habe schon mehrmals neu geladen und mich ab- und wieder angemeldet, hat aber nichts gebracht. Liegt das an meinen Einstellungen oder müssen die beiden vorher noch irgendetwas machen? Danke schon mal und viele Grüße, Tobias Renner", [AN], None, "long+company+name"),
    ("Hello there, my name is Priya Sharma and I'm in the third year of my apprenticeship as an IT specialist. I'm moving from Hannover to Munich in October, so my record book has to go to the chamber there. Every time I try to export it, the portal shows an error message, no matter whether I select the whole training period or just a single month. I've tried different browsers and it's always the same. My trainer says he can't help either. Is there anything I can do on my side before the move? Thanks a lot, Priya (priya.sharma@example.com)", [EF], None, "long+en+name+email"),
    ("Hi, this is Marcus from the HR team at Brückner Gastro Service (about 80 employees, 6 apprentices). Last week I noticed that one of our trainers had been entered twice, so I deleted the older user and then created her again with the right e-mail address. Since then she doesn't show up anywhere in the Self Service Portal, neither in the list of users nor in the apprentice management. She can't log in either. Did I break something? What do you need from me to sort this out? Best regards, Marcus Brückner, +49 5101 000 88 20", DEL_USER, DEL, "long+en+company+signature+phone"),
    ("Guten Morgen, ich bin Ausbildungsadministratorin bei der Sparkasse Musterland und betreue dieses Jahr 14 neue Auszubildende. Die Ausbildungsverträge sind alle schon bei der IHK eingetragen, die Eintragungsbestätigungen liegen mir vor. Ich möchte die Azubis jetzt im Self Service Portal anlegen, damit sie mit dem digitalen Berichtsheft starten können, finde aber keine Funktion, mit der ich bereits eingetragene Auszubildende übernehmen kann. Wie gehe ich da am besten vor? Vielen Dank für Ihre Hilfe! Freundliche Grüße, Andrea Wiegand", [AA], None, "long+company+signature"),
    ("Hallo liebes Team, ich bin Jana, 17, Azubi als Verkäuferin in einem Modegeschäft in Hildesheim. Meine Chefin hat mir gesagt, dass wir jetzt alle das digitale Berichtsheft nutzen sollen, und ich hab mich auch schon registriert. Jetzt steht da aber nur „Hallo“ und ich sehe kein Berichtsheft und keine anderen Funktionen. Meine Kollegin im zweiten Lehrjahr sieht bei sich ganz viele Kacheln. Muss meine Chefin da noch etwas freischalten oder habe ich bei der Registrierung etwas falsch gemacht? Danke für eure Hilfe!", [HA, AFR], None, "long+name+company"),
    # --- more requests and questions, various styles
    ("Guten Tag, unsere Azubine heißt inzwischen Aydın statt Kaya, sie hat im Juni geheiratet. Bitte ändern Sie den Namen im Portal, ihre Adresse ist e.aydin@example.org. Danke, Lohmann Steuerberatung", NC_IDS, NC, "request+email+company"),
    ("hallo, mein zweiter vorname fehlt im account und ich komm deshalb nicht ins berichtsheft. könnt ihr das machen? lg ronja", NC_IDS, NC, "lowercase+request+name"),
    ("Hi, please delete the user account of our former trainer Markus Stein (m.stein@example.com), he left us in March. Regards, Eva Lindqvist, office manager", DEL_USER, DEL, "en+request+email+signature"),
    ("Guten Tag, zwei unserer Azubis haben die Ausbildung beendet und stehen immer noch in der Liste im SSP. Wie bekomme ich die raus? Gruß, Holger Thiele, Thiele Logistik, Tel. 05721 90 11 22", DEL_AZUBI, DEL, "request+company+signature+phone"),
    ("Moin, der Benutzer von unserem alten Ausbildungsleiter soll bitte komplett gelöscht werden, er ist in Rente. Danke, Kerstin", DEL_USER, DEL, "request+name"),
    ("Hello, we need the surname of one of our apprentices corrected in the portal – it's 'Schultz', not 'Schulz'. How do we get this done? Thanks, Rachel", NC_IDS, NC, "en+request+name"),
    ("Hallo, ich hab gerade gesehen, dass ich mit 'Mueller' statt 'Müller' angelegt bin. Kann das jemand richtigstellen? Danke, Felix", NC_IDS, NC, "request+name"),
    ("Guten Tag, wer ist bei Ihnen eigentlich zuständig, wenn ein Nutzer aus dem SSP entfernt werden soll? Ich will nur wissen, an wen ich mich wende. Gruß, Anke Peters", [UG], None, "greeting+name"),
    ("Hi, we're a small bakery (2 apprentices) in Wennigsen and want to start with the online record book. How do we register the business? Is there a code? Cheers, Luca", [RC], None, "en+company+name"),
    ("Hallo, wir sind ein Familienbetrieb mit einem Azubi. Beim Registrieren des Unternehmens werden wir nach ELSTER gefragt – ist das richtig so, oder gibt es einen anderen Weg mit einem Code von Ihnen? Viele Grüße, Familie Brandt", [RC, HA], None, "greeting+company"),
    ("Die Identnummer wird nicht angenommen, Fehlermeldung sagt, sie sei im System der IHK nicht gefunden worden. Können Sie das bitte prüfen? Mein Name ist Deniz Aksoy, Azubi bei Hofmann Logistik.", [ID], None, "question-first+name+company"),
    ("Hallo, ich bin Ausbilderin in zwei verschiedenen Filialen und brauche in einer Admin-Rechte. Geht das alles über meine eine Mailadresse? Grüße, Nadine", [MR], None, "greeting+name"),
    ("Hey, I'm the only admin for our three sites in Hannover, Celle and Gifhorn. Is it possible to handle all of them in the SPB? Thanks, Sam", [MB], None, "en+place+name"),
    ("Guten Tag, bei mir passt die Rolle im SSP nicht, im ASTA-Infocenter ist sie richtig. Wer kann das ändern? Freundliche Grüße, Holger Brinkmann, Ausbildungsleiter, Brinkmann Druck", [AR], None, "greeting+company+signature"),
    ("Hi, I'm a new training admin. How can I find out who from our company is already registered in the portal? Thanks, Maya", [WR], None, "en+name"),
    ("Moin, mein Azubi ist im SSP einfach nicht zu finden. Liegt das daran, dass er sich selbst noch nicht angemeldet hat? Gruß, Uwe Meyer, Meyer Dachbau", [AN], None, "greeting+company+signature"),
    # --- out of scope
    ("Hallo, ich bin Azubi bei einer Bank in Hannover. Wann bekomme ich die Ergebnisse meiner Zwischenprüfung? Danke, Lara", [], None, "oos+greeting+name"),
    ("Guten Tag, wie viel Urlaub steht unseren Azubis unter 18 zu? Gruß, Frau Peters, Friseursalon Peters", [], None, "oos+company"),
    ("Hi, my vocational school teacher wants my weekly reports printed and signed – is the IHK okay with that? Thanks, Sam", [], None, "oos+en+name"),
    ("Moin, ich komme nicht mehr in mein Moodle von der Berufsschule, könnt ihr mein Passwort zurücksetzen? Gruß Ben", [], None, "oos+name"),
    ("Hallo, wir möchten ein Ursprungszeugnis für eine Lieferung in die Türkei beantragen. Geht das auch über das Serviceportal Bildung? Grüße, Exportabteilung Hansen Maschinen", [], None, "oos+company"),
    ("Guten Tag, wie ändere ich die Anschrift unseres Ausbildungsbetriebs bei der IHK? Wir sind umgezogen. Freundliche Grüße, Martina Wolff", [], None, "oos+name"),
    ("Hi, how do I delete my Facebook account? thx", [], None, "oos+en"),
    ("Danke für die schnelle Hilfe, hat alles geklappt! Schönes Wochenende, Karin", [], None, "oos+thanks"),
    ("Hallo? Ist da jemand?", [], None, "oos+smalltalk"),
    ("Guten Morgen, ich suche einen Ausbildungsplatz als Mechatroniker in Hannover. Können Sie mir Betriebe nennen? Danke, Yusuf", [], None, "oos+name"),
    ("Hi, what's the usual training allowance for a first-year IT apprentice? Thanks, Chris", [], None, "oos+en+name"),
    ("Hallo, muss ich die Berichte eigentlich täglich oder wöchentlich schreiben? Gruß Mila, Azubi Hotelfach", [], None, "oos+name"),
    ("Guten Tag, wie lange dauert es, bis ein neuer Ausbildungsvertrag bei der IHK eingetragen ist? Mit freundlichen Grüßen, Gerd Schulz, Schulz Dachdeckerei, Tel. 05031 70 88 12", [], None, "oos+signature+phone"),
    ("Hello, I can't log into ELSTER to renew our organisation certificate and ELSTER support isn't answering. Can you reset it for us? Best, Olga, Petrov Transport", [], None, "oos+en+company"),
    ("Hallo, kann ich meine Ausbildung verlängern, weil ich lange krank war? Gruß Lena", [], None, "oos+name"),
    ("Moin, kann man sich bei euch für die Ausbildereignungsprüfung anmelden? Danke, Hannes, Kfz-Meister", [], None, "oos+name"),
    ("Hi! Bist du ein echter Mensch oder ein Bot? :)", [], None, "oos+smalltalk"),
    ("Guten Tag, gibt es eine Vorlage, mit der der Ausbilder das Berichtsheft bewerten soll? Mit freundlichen Grüßen, Doris Lang", [], None, "oos+name"),
    ("Hello, the end date in my training contract is wrong. How do I get the contract itself changed? Best, Lisa", [], None, "oos+en+name"),
    ("Guten Tag, wie viele Stunden pro Woche darf ein minderjähriger Azubi arbeiten? Gruß, Sven, Gastronomie Eule", [], None, "oos+company"),
    ("Hi, is the IHK office in Hannover open on Saturdays? Cheers, Anna", [], None, "oos+en+name"),
    ("Hallo, ich hab mein Berichtsheft aus dem ersten Jahr auf Papier verloren. Muss ich das nachschreiben? Gruß Nils", [], None, "oos+name"),
    ("Hey, wer prüft eigentlich, ob mein Berichtsheft vollständig ist, bevor ich zur Prüfung zugelassen werde? LG Aylin", [], None, "oos+name"),
    ("Good afternoon, can you recommend a course to prepare for the final exam in retail? Thanks, Priya", [], None, "oos+en+name"),
    ("Hallo, mein Azubi hat seine Berichte seit Wochen nicht geschrieben. Was kann ich als Ausbilder da machen? Grüße, Werner Busch", [], None, "oos+name"),
    ("Guten Tag, ich möchte mich vom IHK-Newsletter abmelden. Wie geht das? Danke, Brigitte Sander", [], None, "oos+name"),
    ("Hallo, unser Betrieb hat den Namen geändert (aus Müller & Co. wurde Müller Solutions GmbH). Wie teilen wir das der IHK mit? Gruß, Geschäftsführung", [], None, "oos+company"),
    ("Guten Tag, ich bin Ausbilderin bei einem Pflegeheim in Uelzen. Unsere Azubine möchte ihre Ausbildung in Teilzeit fortsetzen, weil sie ein Kind bekommt. Was müssen wir dafür bei der IHK beantragen, und ändert sich dadurch etwas an der Prüfungszulassung oder am Berichtsheft, das sie bisher ganz normal digital führt? Ich habe auf der Webseite nichts Eindeutiges gefunden und würde mich über eine kurze Antwort oder einen Ansprechpartner freuen. Vielen Dank und freundliche Grüße, Helga Brandt, Pflegeheim Am Kurpark, Tel. 0581 000 37 45", [], None, "oos+long+company+signature+phone"),
]

if __name__ == "__main__":
    write("chat", ROWS)
    for q, *_ in ROWS:
        if len(q) >= 400:
            print(len(q), q[:50])
