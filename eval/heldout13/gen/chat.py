"""heldout13 chat.jsonl: questions wrapped as chat messages (greetings, names, companies,
signatures, e-mail addresses, thanks, several sentences, question first, lower case), 10 with two
questions, 8 long ones, 28 out of scope. Written by hand; run to rewrite ../chat.jsonl."""
from common import write

ROWS = [
    # export-betriebswechsel
    ("Hallo zusammen, ich bin Jonas und mache im zweiten Lehrjahr eine Ausbildung zum Fachlageristen. "
     "Mein Betrieb schließt leider und ich wechsle ab August zu einer Spedition in Laatzen. Was passiert "
     "dann mit meinem digitalen Berichtsheft – kann ich das mitnehmen? Danke!", "EX", "chat+greeting+self-intro+name+thanks"),
    ("hi there, quick one: can my weekly reports move with me when I change employers next month? thanks, Priya",
     "EX", "chat+en+lower+name+thanks"),
    ("Guten Tag, unsere Auszubildende Frau Kowalczyk setzt ihre Ausbildung ab dem 1. Oktober bei unserer "
     "Schwesterfirma fort. Wie kommen ihre bisherigen Nachweise dorthin? Mit freundlichen Grüßen, Heike Brandes, "
     "Personalabteilung, Brandes Elektrotechnik GmbH, Tel. 0555 213-40", "EX", "chat+greeting+signature+company+phone"),
    ("Hey, I'm moving from a bakery in Wunstorf to a hotel in Hannover to finish my apprenticeship. How do I take "
     "my record book along, and will my new trainer have to unlock me again in the portal? Cheers, Mateo",
     "EX FR", "chat+en+greeting+name+two-questions"),
    ("Guten Tag, ich wechsle mitten in der Ausbildung den Betrieb. Kann ich mein Berichtsheft irgendwie "
     "exportieren, damit mein neuer Ausbilder die früheren Wochen sieht? Viele Grüße, Ivan Horvat", "EX", "chat+greeting+name"),
    # export-fehler-andere-ihk
    ("Moin, beim Export meines Berichtshefts an die IHK Osnabrück-Emsland kommt immer eine Fehlermeldung, ich hab "
     "schon alle möglichen Zeiträume probiert. Hat jemand eine Idee? LG Finn", "EF", "chat+greeting+name+colloquial"),
    ("export zur anderen ihk klappt nicht, fehler kommt egal was ich auswähle. was kann ich machen", "EF", "chat+lower"),
    ("Good morning, I'm an apprentice who moved from Hannover to Bremen. The record book export to the Bremen "
     "chamber fails every single time with an error. Could you tell me how to sort this out? Best regards, Olena Petrenko",
     "EF", "chat+en+greeting+self-intro+name"),
    ("Hallo, zwei Sachen: Erstens kriege ich beim Exportieren eines Berichtshefts in einen anderen Kammerbezirk "
     "immer einen Fehler. Zweitens: Wie wechsle ich im Portal zwischen unseren beiden Filialen in Hannover und Peine? "
     "Gruß, Sabine Ohlendorf, Ohlendorf Optik", "EF MB", "chat+greeting+signature+company+two-questions"),
    # standort-anderes-bundesland
    ("Sehr geehrte Damen und Herren, wir sind ein Sanitärgroßhandel aus Kassel mit rund 120 Beschäftigten und "
     "bilden seit Jahren Kaufleute im Groß- und Außenhandel aus. Unser Unternehmen hat bei der IHK Kassel-Marburg "
     "bereits einen Zugang zum Self Service Portal, über den unsere Ausbildungsleitung alles verwaltet. Zum "
     "1. September eröffnen wir eine Niederlassung in Hannover-Linden und stellen dort zwei neue Auszubildende ein. "
     "Können wir für diesen Standort unseren vorhandenen Account weiterverwenden, oder müssen wir uns bei der IHK "
     "Hannover komplett neu registrieren? Für eine kurze Rückmeldung wäre ich dankbar. Mit freundlichen Grüßen, "
     "Thomas Reuter, Ausbildungsleitung, Reuter Haustechnik GmbH", "SB", "chat+greeting+company+signature+long"),
    ("Hi, we're a logistics company based in Leipzig and already use the SSP there. We've just opened a depot in "
     "Lehrte. Same account or a new one? Thanks, Daniel Fischer, Fischer Logistik", "SB", "chat+en+company+signature+thanks"),
    ("kurze frage: firma ist in nrw schon registriert, neue filiale in hannover – geht das mit dem gleichen login?",
     "SB", "chat+lower"),
    ("Guten Tag, unser Mutterhaus in Magdeburg nutzt das Portal schon. Dürfen wir den Zugang auch für unseren neuen "
     "Standort in Burgdorf nutzen, und kann ich dann im Serviceportal Bildung zwischen beiden Standorten hin- und "
     "herschalten? Viele Grüße, Anja Wendt", "SB MB", "chat+greeting+name+two-questions"),
    # anwendung-finden
    ("Hallo, ich bin Lea, ab 1. August Azubi als Kauffrau für Büromanagement. Mein Chef meinte, ich soll das "
     "Berichtsheft online führen – aber wo genau? Welche Seite ist das?", "AF", "chat+greeting+self-intro+name"),
    ("Hello, I'm a new trainer at a car dealership in Hannover. Where do I actually log in to see the digital "
     "record books? Thanks, Kemal Aydın", "AF", "chat+en+greeting+self-intro+company+name"),
    ("Guten Morgen! Ich bin Prüferin und habe schon Zugangsdaten für WFV Prüfer. Kann ich mich damit auch im Portal "
     "fürs digitale Berichtsheft anmelden, oder brauche ich einen neuen Account? Gruß, Dr. Ute Lindemann",
     "AF", "chat+greeting+self-intro+name"),
    ("hi! two questions before I get started: do I need some kind of registration code for the online record book, "
     "and which site is it on anyway? thx, Aiko", "RC AF", "chat+en+lower+name+two-questions"),
    ("Hallo Team, wo genau läuft denn das digitale Berichtsheft, ist das ein eigenes Programm? Unser Azubi hat "
     "schon einen Login fürs Azubi-Infocenter, falls das hilft.", "AF", "chat+greeting"),
    # registrierungscode
    ("Hallo liebes IHK-Team, mein Ausbildungsbetrieb sagt, ich bräuchte einen Code, um mich fürs digitale "
     "Berichtsheft zu registrieren, aber ich hab nie einen bekommen. Wer verschickt den? Liebe Grüße, Mia Schröder",
     "RC", "chat+greeting+name"),
    ("Dear Sir or Madam, we'd like to start using the digital record book for our four apprentices. Is there a "
     "registration code we need to request from you first? Kind regards, Fiona Gallagher, HR, Gallagher Print "
     "Solutions, Garbsen", "RC", "chat+en+greeting+signature+company"),
    ("code für berichtsheft registrierung wo anfordern?? niemand weiß was", "RC", "chat+lower"),
    ("Braucht man zum Anmelden fürs Berichtsheft irgendeinen Code von euch? Frage für unseren neuen Azubi, der am Montag anfängt. "
     "Grüße, Holger Timm, Timm Bau GmbH", "RC", "chat+question-first+signature+company"),
    # seite-zeigt-hallo
    ("Hi, ich hab mich gerade im Serviceportal Bildung eingeloggt und da steht nur „Hallo“ – sonst gar nichts. "
     "Hab ich was vergessen? Grüße aus Springe, Tim", "HA", "chat+greeting+name"),
    ("Hello, after logging in I only see a greeting and an otherwise empty page on the education portal. Is there "
     "a step I missed? Regards, Sophie Turner, office manager, Turner Dental Lab", "HA", "chat+en+greeting+signature+company"),
    ("Guten Tag, bei mir zeigt das Serviceportal Bildung nach der Anmeldung nur 'Hallo', und meine beiden Ausbilder, "
     "die sich letzte Woche registriert haben, kommen auch nicht ans Berichtsheft. Hängt das zusammen? Mit "
     "freundlichen Grüßen, Gerd Wilkens, Geschäftsführer, Wilkens Holzbau GmbH", "HA KZ",
     "chat+greeting+signature+company+two-questions"),
    ("moin, seite sagt nur hallo und sonst nix. bug?", "HA", "chat+lower"),
    ("Hallo, seit gestern sehe ich im Serviceportal Bildung nur noch ein „Hallo“. Das Elster-Zertifikat haben wir "
     "noch nicht eingebunden – hat das damit zu tun? Gruß, Nils", "HA", "chat+greeting+name"),
    # name-stimmt-nicht
    ("Hallo liebes Team, ich bin Azubi im ersten Lehrjahr bei einer Apotheke in Hildesheim und wollte heute zum "
     "ersten Mal mein digitales Berichtsheft öffnen. Beim Einloggen kommt aber jedes Mal die Meldung, dass mein "
     "Name nicht zu meinem Ausbildungsvertrag passt. Ich heiße laut Vertrag Ana-Lucía Ferreira Gomes, im Portal "
     "habe ich mich aber nur als Ana Ferreira registriert, weil das Feld für den Namen so kurz aussah. Vielleicht "
     "liegt es daran? Meine Ausbilderin meinte, ich soll mich direkt an euch wenden. Könnt ihr das bitte richten? "
     "Meine E-Mail ist ana.ferreira@example.org. Vielen Dank schon mal!",
     "NC", "chat+greeting+self-intro+name+email+symptom+long"),
    ("Hi, I get an error saying the name I entered doesn't match my training contract. My full name is Nguyen Thi "
     "Thu Ha, and I only entered Thu Ha Nguyen. Could you correct it please? Thanks!", "NC", "chat+en+symptom+plea+thanks"),
    ("Guten Tag, nach meiner Heirat heiße ich nicht mehr Schulz, sondern Schulz-Öztürk, und jetzt klappt die "
     "Anmeldung nicht mehr. Können Sie meinen Namen im Account anpassen? E-Mail: m.schulz-oeztuerk@example.org. "
     "Danke, Melanie", "NC", "chat+greeting+statement+email+name"),
    ("Question first: how long after a name correction can I log in again? I sent you my details yesterday "
     "morning. Thanks, Lukas Brenner", "NS", "chat+en+question-first+duration+name"),
    ("Welche Schreibweise nimmt Ihre IT eigentlich, wenn im Vertrag 'Jörg' steht, ich mich aber als 'Joerg' "
     "registriert habe? Gruß, Jörg Meyerhoff", "NS", "chat+details+name"),
    ("Hallo, mein Name im Portal ist falsch geschrieben (Annika Meier statt Anika Meyer), bitte korrigieren. "
     "Außerdem bin ich im SSP nur als Ausbilderin geführt, obwohl ich im ASTA Administratorin bin – wer kann das "
     "ändern? Anika Meyer, Ausbilderin, Meyer & Söhne Gartenbau, anika.meyer@example.com", "NC AR",
     "chat+greeting+plea+signature+company+email+two-questions"),
    ("Hallo, in meinem Account fehlt mein zweiter Vorname 'Maria', der im Ausbildungsvertrag steht, und deshalb "
     "komme ich nicht rein. Könnt ihr das bitte ergänzen? Sophie Maria Lange, sophie.lange@example.org",
     "NC", "chat+greeting+symptom+plea+email"),
    ("Frage vorweg: Warum sagt das Portal, mein Name stimme nicht mit dem Vertrag überein? Ich heiße laut Vertrag "
     "'Mohammed Al-Hassan', hab mich aber als 'Mohamed Alhassan' angemeldet. Danke!", "NC",
     "chat+question-first+symptom+thanks"),
    ("Nach der Namenskorrektur – melde ich mich dann mit meinem alten oder mit dem neuen Namen an? Danke, Hatice",
     "NS", "chat+afterwards+name"),
    ("Hallo, was genau muss ich Ihnen schicken, damit ein falsch geschriebener Name korrigiert wird, und an welche "
     "Adresse? Viele Grüße, Birgit Sommer", "NS UB", "chat+greeting+details+address+name"),
    # userdaten-bearbeiten
    ("Guten Tag, bei unserem Ausbilder Herrn Bäcker ist im Portal der Vorname falsch hinterlegt (Jens statt Jan). "
     "Könnten Sie das bitte ändern? E-Mail des Users: jan.baecker@example.com. Vielen Dank, Petra Lorenz, "
     "Ausbildungsleitung, Lorenz Metallbau GmbH, Tel. 0555 8812-3", "NC",
     "chat+greeting+plea+email+signature+company+phone"),
    ("Hey, wie kann ich als Admin den Nachnamen einer Azubine ändern, die geheiratet hat? Danke, Sven", "NC",
     "chat+howto+concrete+name"),
    ("Hello, one of our trainers has a new work e-mail since our rebranding (chioma.okafor@example.com instead of "
     "the old one). Could you update it in her user account? Best, Rebecca Hall, training coordinator", "NC",
     "chat+en+greeting+plea+email+signature"),
    ("benutzerdaten nachträglich ändern wie geht das? beim anlegen vertippt", "NC", "chat+lower+howto"),
    ("Hi, could you please fix the spelling of my apprentice's surname in the portal? It should be 'Kowalski', "
     "not 'Kovalski'. Her e-mail is ewa.kowalski@example.com. Thanks, Mark Davies, Davies Engineering Ltd, Langenhagen",
     "NC", "chat+en+plea+email+signature+company"),
    ("Darf ich als Ausbildungsadministratorin Benutzernamen eigentlich selbst bearbeiten oder muss das immer über "
     "euch laufen? Viele Grüße, Carla Nowak", "UB", "chat+who-may+name"),
    ("Hi! Which details do you need from me when a user's e-mail address changes? Thanks, Marek", "UB",
     "chat+en+greeting+details+name"),
    # kein-zugriff-trotz-registrierung
    ("Hallo IHK-Team, wir sind ein kleines Reisebüro in Nienburg und haben uns vor zwei Wochen endlich für das "
     "digitale Berichtsheft entschieden. Ich habe unser Unternehmen registriert, und danach haben sich auch unsere "
     "drei Ausbilderinnen mit eigenen Zugangsdaten im Portal angemeldet. Das hat laut Bestätigungsmail alles "
     "geklappt. Trotzdem kann keine von ihnen das Berichtsheft öffnen, sie landen immer auf einer Seite ohne die "
     "entsprechenden Funktionen. Ich bin ehrlich gesagt etwas ratlos, was da noch fehlt. Müssen wir in unserem "
     "Account noch etwas einstellen? Viele Grüße, Brigitte Hahn, Inhaberin, Hahn Reisebüro, Tel. 0555 72 19 03",
     "KZ", "chat+greeting+company+signature+phone+long"),
    ("Hi, our staff signed up last week but still have no access to the education portal. Do we need to do "
     "something on our end? Thanks, Jamal Price, IT, Price Components", "KZ", "chat+en+signature+company"),
    ("unsere mitarbeiter sind registriert kommen aber nicht rein, woran liegts", "KZ", "chat+lower"),
    ("Hallo, unser Ausbilder ist registriert, sieht aber weder das Berichtsheft noch seine Azubis. Woran liegt das? "
     "Danke, Nadine Wolf", "KZ AN", "chat+greeting+name"),
    # identnummer-nicht-gefunden
    ("Guten Tag, bei der Registrierung bekomme ich die Meldung, dass meine Identnummer nicht gefunden wurde. Wo "
     "steht die Nummer denn genau? Danke und Gruß, Paulina Zielińska", "ID", "chat+greeting+name"),
    ("Hello, could you please send me my ident number again by e-mail? I can't find the letter from the IHK "
     "anymore. My e-mail: r.osei@example.org. Thank you, Richard Osei", "ID", "chat+en+greeting+email+name"),
    ("Moin, unsere Azubis bekommen alle einen Fehler mit der Identnummer. Kann man die telefonisch mit Ihnen "
     "abgleichen? Grüße, Kai-Uwe Stamer, Stamer Kfz-Technik, Tel. 0555 47 11 08", "ID",
     "chat+greeting+signature+company+phone"),
    ("Hi, I'm the training administrator at Rivera Catering in Hannover, a family business with a restaurant and "
     "an events kitchen. We took on three apprentices this summer, two chefs and one hospitality specialist, and "
     "their contracts have already been registered with the IHK. Now I'd like to get them into our self service "
     "portal so they can start their weekly reports, but I'm not sure where to begin: how do I add apprentices who "
     "are already registered? Also, one of them tried to sign up yesterday and says her ident number isn't "
     "recognised by the system. Where can she find the right one? Many thanks, Carmen Rivera, carmen@example.org",
     "AA ID", "chat+en+greeting+self-intro+company+email+two-questions+long"),
    ("wo find ich die identnummer von meinem azubi? portal sagt nicht gefunden", "ID", "chat+lower"),
    # mehrere-rollen-eine-email
    ("Hallo, ich betreue als Ausbilder Azubis in zwei GmbHs unserer Unternehmensgruppe. Kann ich beide Rollen mit "
     "meiner einen Mailadresse bekommen? Beste Grüße, Oliver Krüger", "MR", "chat+greeting+self-intro+name"),
    ("Hi, geht das, dass ich mit einer einzigen E-Mail-Adresse Rollen in zwei verschiedenen Niederlassungen habe, "
     "oder brauche ich eine zweite? Beste Grüße, Hannah Weiss", "MR", "chat+greeting+name"),
    ("Guten Tag, können Sie mir sagen, welche Kollegen aus unserer Firma schon im SSP angemeldet sind? Und geht "
     "es, dass ich mit derselben E-Mail-Adresse Rollen für unsere Standorte in Langenhagen und Hannover bekomme? "
     "Mit freundlichen Grüßen, Simone Barth, Barth Bürotechnik, simone.barth@example.com", "WR MR",
     "chat+greeting+signature+company+email+two-questions"),
    ("Moin! Ich arbeite in Teilzeit für zwei Betriebe und bin in beiden Ausbilderin. Reicht meine private "
     "E-Mail-Adresse für beide Rollen? Gruß, Tanja", "MR", "chat+greeting+self-intro+name"),
    # mehrere-betriebsstaetten
    ("Moin, wir haben vier Filialen im Raum Hannover. Kann ich alle im Serviceportal Bildung von einem Zugang aus "
     "betreuen? Gruß, Henrik", "MB", "chat+greeting+name"),
    ("Hello, I manage apprentices at our plants in Hameln and Barsinghausen. Where do I switch between them in "
     "the portal? Thanks, Eilidh MacLeod", "MB", "chat+en+greeting+self-intro+name"),
    ("wo ist der umschalter für die betriebsstätten im spb? find nix", "MB", "chat+lower"),
    # azubi-entfernen
    ("Hallo, unser Azubi Kevin hat im Mai die Ausbildung abgebrochen. Bitte nehmt ihn aus dem Self Service Portal "
     "raus. Danke, Martina Vogt, Vogt Gastronomie, Lehrte", "DA", "chat+greeting+plea+signature+company"),
    ("Hi, how do I remove apprentices who have finished their training from the SSP? We still have five of them "
     "in our list. Regards, Tom Becker", "DA", "chat+en+howto+general+name"),
    ("Guten Tag, wann werden die Berichtshefte unserer Absolventen eigentlich automatisch gelöscht? Ich möchte sie "
     "nicht zu früh verlieren. Gruß, Ines Kramer, Ausbildungsleitung", "AE", "chat+greeting+deadline+signature"),
    ("Hello, we're a company with sites in Stuttgart and Hannover. Is it true that record books are kept longer in "
     "Baden-Württemberg before they're deleted? Regards, Felix Haas", "AE", "chat+en+greeting+company+deadline"),
    ("Hi, two things: please remove our former apprentice Luca Romano from the portal, he left in June. Also our "
     "new apprentice doesn't show up in my list at all — why is that? Thanks, Giulia Conti, Conti Eiscafé, Hannover",
     "DA AN", "chat+en+greeting+plea+signature+company+two-questions"),
    ("azubi hat gekündigt, aus ssp löschen bitte. name: jan-ole petersen", "DA", "chat+lower+plea"),
    ("Guten Tag, wie entferne ich einen Azubi aus dem SSP, der in der Probezeit gekündigt hat? Gruß, Anke Behrens",
     "DA", "chat+greeting+howto+concrete+name"),
    ("Guten Tag, kann ich das Berichtsheft eines ehemaligen Azubis auch selbst manuell löschen, statt auf die Frist "
     "zu warten? Gruß, Sabine Kröger", "AE", "chat+greeting+manual+name"),
    ("Wer entfernt eigentlich Azubis aus dem Self Service Portal – wir oder die IHK? Danke, Thorsten", "AE UG",
     "chat+who-may+name"),
    # user-geloescht-nicht-angezeigt
    ("Hallo, ich bin seit drei Monaten Ausbildungsadministrator bei der Jost Dachdeckerei in Gehrden und habe mich "
     "gestern ein bisschen durch das Self Service Portal geklickt, um unsere Benutzer aufzuräumen. Dabei habe ich "
     "versehentlich unseren Ausbilder Herrn Lüders gelöscht. Ich habe ihn dann sofort mit derselben E-Mail-Adresse "
     "neu angelegt, aber seitdem ist er nirgends mehr zu sehen, weder in der Übersicht noch bei der Rollenvergabe. "
     "Er selbst kommt auch nicht mehr ins Berichtsheft. Was habe ich da falsch gemacht und wie bekommen wir das "
     "wieder hin? Gruß, Rainer Jost, r.jost@example.com",
     "DU", "chat+greeting+self-intro+company+email+symptom+long"),
    ("Guten Tag, bitte löschen Sie den Benutzer Stefan Albers (s.albers@example.com), er hat unser Unternehmen "
     "verlassen. Mit freundlichen Grüßen, Katrin Mertens, Personal, Mertens Druck GmbH, Tel. 0555 900-12", "DU",
     "chat+greeting+plea+email+signature+company+phone"),
    ("Hi! We deleted a user and created her again with the same e-mail, and now she's not listed anywhere. Any "
     "idea? Cheers, Ben O'Connor", "DU", "chat+en+greeting+symptom+name"),
    ("Können wir als Admins Nutzer eigentlich selbst löschen, oder ist das Sache eurer IT? Grüße, Dirk", "UG",
     "chat+who-may+name"),
    ("Hallo liebes IHK-Team, ich melde mich von der Roth Elektro GmbH aus Pattensen, wo ich seit Kurzem die "
     "Ausbildung organisiere. Könntet ihr bitte den Account von Frau Sandra Kühn löschen (sandra.kuehn@example.org)? "
     "Sie ist zum Monatsende ausgeschieden und soll keinen Zugriff mehr auf die Berichtshefte unserer Azubis haben. "
     "Und wo ich gerade schreibe, noch eine grundsätzliche Frage: Kann ich die Daten anderer Benutzer, also zum "
     "Beispiel Namen oder E-Mail-Adressen, eigentlich selbst im Portal ändern, oder läuft das ebenfalls über euch? "
     "Danke und viele Grüße, Matthias Roth, Tel. 0555 34 56 78",
     "DU UB", "chat+greeting+self-intro+company+plea+email+phone+two-questions+long"),
    ("how do i delete a user from the self service portal? thanks", "DU", "chat+en+lower+howto+general+thanks"),
    ("Hi, where do I send a deletion request for a user, and what do you need in it? Thanks, Oscar", "UG",
     "chat+en+greeting+address+details+name"),
    # azubi-anlegen
    ("Hallo, ich bin neu als Ausbildungsadministratorin bei einem Autohaus in Neustadt am Rübenberge und kümmere "
     "mich ab sofort um alles rund um unsere Auszubildenden. Meine Vorgängerin ist leider schon weg, eine Übergabe "
     "gab es kaum. Unsere sechs Azubis sind bei der IHK mit ihren Verträgen schon gemeldet, einige seit letztem "
     "Sommer, zwei ganz frisch. Im Self Service Portal sehe ich sie aber noch nicht in unserer Verwaltung. Wie "
     "bekomme ich die dort hinein, und wo finde ich danach die Übersicht über alle? Ich wäre für eine kurze "
     "Anleitung sehr dankbar. Viele Grüße, Yvonne Gerdes, Autohaus Gerdes, yvonne.gerdes@example.com",
     "AA", "chat+greeting+self-intro+company+email+adding+long"),
    ("Hello, where in the SSP can I see and add our apprentices whose contracts are already on file with the IHK? "
     "Regards, Arjun Mehta, Mehta Software, Hannover", "AA", "chat+en+greeting+signature+company+adding"),
    ("azubis schon eingetragen, wie leg ich die im ssp an??", "AA", "chat+lower+adding"),
    # ausbilder-freischalten
    ("Hi, ich bin Azubi im ersten Jahr und hab mich fürs Berichtsheft angemeldet. Muss mein Ausbilder mich jetzt "
     "noch freigeben, oder kann ich direkt loslegen? LG Emily", "FR", "chat+greeting+self-intro+name"),
    ("Hello, after signing up for the digital record book, am I waiting on my supervisor to approve me? Nothing "
     "has happened yet. Thanks, Noah Schmidt", "FR", "chat+en+greeting+name"),
    ("Guten Tag, unsere Azubis fragen, ob ich sie als Ausbilder im Portal aktivieren muss. Ist das meine Aufgabe "
     "oder die unserer Administratorin? Grüße, Bernd Kaiser", "FR", "chat+greeting+self-intro+name"),
    ("muss mich jemand freischalten nach der registrierung? azubi hier", "FR", "chat+lower"),
    # andere-rolle-asta
    ("Hallo, im ASTA-Infocenter bin ich als Ausbildungsleiterin geführt, im SSP aber nur als Ausbilderin. Wie "
     "bekomme ich die richtige Rolle? Gruß, Dana Köhler", "AR", "chat+greeting+name"),
    ("Hi, my permissions in the SSP are different from what I have in ASTA. Who can sort that out? Thanks, Sam Okafor",
     "AR", "chat+en+greeting+name"),
    ("Guten Morgen, meine Rolle im Self Service Portal stimmt nicht – im ASTA habe ich mehr Rechte. Wen muss ich "
     "fragen? Mit freundlichen Grüßen, Jürgen Pohl, Pohl Gebäudereinigung, Tel. 0555 63 20 14", "AR",
     "chat+greeting+signature+company+phone"),
    # wer-registriert
    ("Hallo, ich bin seit Kurzem Ausbildungsleiter in einem Hotel in Hannover und möchte wissen, wer von uns schon "
     "im SSP registriert ist. Wie komme ich an so eine Übersicht? Danke, Frank Hübner", "WR",
     "chat+greeting+self-intro+company+name"),
    ("Hi, can you send me a list of the people from our company who have already registered in the SSP? Company: "
     "Greenleaf Gardens GmbH, Isernhagen. Thanks, Chloe Martin", "WR", "chat+en+greeting+company+name"),
    ("wer aus unserer firma ist schon im ssp? gibts da ne liste", "WR", "chat+lower"),
    # azubi-nicht-angezeigt
    ("Hallo, meine neue Auszubildende Selin taucht im SSP bei mir nicht auf. Sie hat den Vertrag schon "
     "unterschrieben. Was kann ich tun? Gruß, Markus Engel, Engel Fahrradladen", "AN",
     "chat+greeting+signature+company"),
    ("Hi, one of our apprentices is invisible in my SSP overview. Any idea why? Thanks, Laura Bennett", "AN",
     "chat+en+greeting+name"),
    ("mein azubi taucht im ssp einfach nicht auf. warum?", "AN", "chat+lower"),
    # out of scope (28)
    ("Vielen Dank, jetzt hat alles geklappt! Schönes Wochenende, Marion", "", "chat+oos+thanks+name"),
    ("thanks a lot, that solved it!", "", "chat+oos+en+lower+thanks"),
    ("Hast du eigentlich auch mal Feierabend? 😄", "", "chat+oos+smalltalk"),
    ("what's your name, by the way?", "", "chat+oos+en+lower+smalltalk"),
    ("Kannst du mir ein Gedicht über Azubis schreiben?", "", "chat+oos+smalltalk"),
    ("Hallo, ich habe das Passwort für meinen LUX-BS-Account vergessen und die Mail zum Zurücksetzen kommt nicht "
     "an. Was kann ich tun? Gruß, Jana", "", "chat+oos+berichtsheft+greeting+name"),
    ("Hi, is the education portal available in English? My apprentice from Ghana would find that easier. "
     "Thanks, Grace", "", "chat+oos+en+berichtsheft+name"),
    ("Guten Tag, wie richte ich für meinen LUX-BS-Account eine Zwei-Faktor-Anmeldung ein? Gruß, Ralf", "",
     "chat+oos+berichtsheft+greeting+name"),
    ("Hallo, kann ich als Ausbilder alle offenen Wochenberichte auf einmal abzeichnen statt jede Woche einzeln? "
     "Danke, Uwe Brinkmann, Brinkmann Landtechnik", "", "chat+oos+berichtsheft+signature+company"),
    ("Hi, where is the data from the digital record book stored — on servers in Germany? Our works council is "
     "asking. Regards, Eva Lindqvist, HR", "", "chat+oos+en+berichtsheft+signature"),
    ("Moin, unser Azubi hat die Einladung zur Abschlussprüfung nicht bekommen, obwohl wir ihn angemeldet haben. "
     "An wen wende ich mich? Gruß, Petra", "", "chat+oos+greeting+name"),
    ("Welche Kündigungsfrist gilt eigentlich, wenn ein Azubi nach der Probezeit aufhören will? Grüße, Andrea "
     "Stein, Stein Kosmetik", "", "chat+oos+signature+company"),
    ("Hello, who pays the fee for the final exam — the company or the apprentice? Thanks, Yusuf", "",
     "chat+oos+en+greeting+name"),
    ("Hallo, ich möchte über das Jobcenter eine Umschulung zum Kaufmann im E-Commerce machen. Bietet die IHK so "
     "etwas an? Gruß, Sven Hartmann", "", "chat+oos+greeting+name"),
    ("Guten Tag, wir möchten auf der Ausbildungsmesse im Herbst einen Stand buchen. Wo melden wir uns an? MfG, "
     "Claudia Rehm, Rehm Steuerberatung", "", "chat+oos+greeting+signature+company"),
    ("Hi, is a school pupil doing a two-week work experience with us insured through our company or through the "
     "school? Thanks, Peter Walsh, Walsh Joinery", "", "chat+oos+en+signature+company"),
    ("Hallo, kann ich im Serviceportal Bildung unser Firmenlogo hochladen? Gruß, Lisa", "",
     "chat+oos+berichtsheft+greeting+name"),
    ("Hallo, wo lade ich im digitalen Berichtsheft den betrieblichen Ausbildungsplan hoch? Danke, Gabi Ernst", "",
     "chat+oos+berichtsheft+greeting+name"),
    ("Good morning, are travel costs to the exam venue reimbursed? It's 60 km for our apprentice. Regards, Hugo "
     "Lambert", "", "chat+oos+en+greeting+name"),
    ("Hey, weiß jemand, ob man an der Prüfungsstelle in Hannover parken kann? LG Max", "", "chat+oos+greeting+name"),
    ("Hallo, ich bin Umschüler bei einem Bildungsträger. Muss ich dort auch ein Berichtsheft führen, und wenn ja, "
     "digital? Gruß, Andreas", "", "chat+oos+berichtsheft+self-intro+name"),
    ("Guten Tag, die Berufsschule hat unserem Azubi kein Halbjahreszeugnis ausgestellt. Wer ist da zuständig? "
     "Gruß, Frau Weber", "", "chat+oos+greeting+name"),
    ("Hi, can two apprentices share one login for the record book to save time? Thanks, Nora", "",
     "chat+oos+en+berichtsheft+name"),
    ("Hallo, ich werde demnächst ehrenamtlicher Prüfer – bekomme ich dafür eine Aufwandsentschädigung? Gruß, "
     "Detlef Brandt", "", "chat+oos+greeting+name"),
    ("Guten Tag, wir sind ein mittelständischer Maschinenbauer in Springe mit derzeit acht Auszubildenden in "
     "technischen Berufen. Ab dem nächsten Jahr möchten wir zusätzlich ein duales Studium Maschinenbau anbieten, "
     "und zwar gemeinsam mit einer Hochschule in der Region. Unsere Idee ist, dass die Studierenden parallel eine "
     "IHK-Ausbildung zum Industriemechaniker absolvieren. Wie läuft so ein ausbildungsintegrierendes Studium mit "
     "der IHK ab, brauchen wir dafür einen normalen Ausbildungsvertrag, und wie werden die Prüfungszeiten mit den "
     "Semestern abgestimmt? Über eine Rückmeldung oder einen Ansprechpartner würde ich mich freuen. Mit "
     "freundlichen Grüßen, Wolfgang Ritter, Technischer Leiter, Ritter Maschinenbau GmbH",
     "", "chat+oos+greeting+company+signature+long"),
    ("Hi, does the IHK have a template for a training contract in English? Regards, Pieter de Vries", "",
     "chat+oos+en+greeting+name"),
    ("Hallo, wir würden gern einen Ausbildungsbotschafter an eine Schule in unserer Nähe schicken. Wie "
     "funktioniert das? Grüße, Melanie Frerichs", "", "chat+oos+greeting+name"),
    ("Wie wird eigentlich das Wetter morgen in Hannover? Muss mit dem Rad zur Berufsschule 😅", "",
     "chat+oos+smalltalk"),
]

if __name__ == "__main__":
    write("chat", ROWS)
