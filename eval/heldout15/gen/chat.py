"""heldout15 chat.jsonl: questions wrapped as chat messages (greetings, names, companies,
signatures, e-mail addresses, thanks, several sentences, question first, lower case), 10 with two
questions, 8 long ones, 28 out of scope. Written by hand; run to rewrite ../chat.jsonl."""
from common import write

ROWS = [
    # export-betriebswechsel
    ("Hello there, my name is Ayesha Siddiqui and I'm in the second year of my apprenticeship as an industrial "
     "clerk at a paper mill near Hannover. The mill is closing its training department, so from next month I'll "
     "continue at a packaging company in Osnabrück, which belongs to a different chamber. I've written almost "
     "ninety weekly reports in the digital record book and my new trainer wants to see them. First, how do I take "
     "the record book with me? Second, a friend who changed chambers last year said her export crashed with an "
     "error every single time, whatever period she chose — what do I do if that happens to me too? Thanks a lot, "
     "Ayesha", "EX EF", "chat+en+greeting+self-intro+name+two-questions+long+thanks"),
    ("Moin, ich hab ab Sommer nen neuen Ausbildungsbetrieb. Kommen meine ganzen Berichte da mit rüber? Danke, Finn",
     "EX", "chat+greeting+name+thanks"),
    ("Guten Tag, wir übernehmen zum 1. März einen Azubi im dritten Lehrjahr von einem anderen Möbelhaus. Wie kann "
     "er uns seine bisherigen Nachweise aus dem digitalen Berichtsheft zeigen? Freundliche Grüße, Holger Brandes, "
     "Möbelhaus Brandes, Tel. 0555 31 72 04", "EX", "chat+greeting+signature+company+phone"),
    ("my trainee is switching to us from another firm — how does she bring her online reports? thanks, gemma",
     "EX", "chat+en+lower+name+thanks"),
    # export-fehler-andere-ihk
    ("Hallo, ich heiße Dilara und gehöre nach einem Umzug jetzt zur IHK Braunschweig. Der Export meines "
     "Berichtshefts dorthin klappt nicht, es erscheint immer eine Fehlermeldung, selbst wenn ich nur eine Woche "
     "auswähle. Was kann ich tun?", "EF", "chat+greeting+self-intro+name"),
    ("export zu anderer kammer bricht dauernd ab, egal welche wochen. hilfe", "EF", "chat+lower"),
    ("Hi, exporting our apprentice's reports to his new chamber keeps failing with an error. Is there some tool to "
     "check what's broken? Regards, Emma Walsh, Walsh Office Supplies", "EF", "chat+en+greeting+signature+company"),
    ("Kann es sein, dass eine kaputte Woche den ganzen Export zur neuen IHK blockiert? Bei mir kommt jedes Mal eine "
     "Fehlermeldung. Danke, Selin", "EF", "chat+question-first+name+thanks"),
    # standort-anderes-bundesland
    ("Sehr geehrte Damen und Herren, wir sind ein Elektronik-Distributor mit Hauptsitz in Nürnberg und bilden dort "
     "seit Jahren Kaufleute für Groß- und Außenhandelsmanagement aus. Das LUX-BS Self Service Portal nutzen wir über "
     "die IHK Nürnberg, unsere Ausbildungsadministratorin hat dort alle Rollen eingerichtet. Zum neuen Jahr eröffnen "
     "wir ein Vertriebsbüro in Laatzen, also im Bezirk der IHK Hannover, und wollen dort zwei Auszubildende "
     "einstellen. Bevor wir irgendetwas doppelt anlegen: Können wir den vorhandenen Account einfach weiterverwenden, "
     "oder ist für den Standort in Niedersachsen eine eigene Registrierung erforderlich? Mit freundlichen Grüßen, "
     "Thomas Reinhold, Leiter Ausbildung, Reinhold Components GmbH", "SB", "chat+greeting+company+signature+long"),
    ("Hi, our company is registered in the SSP through the chamber in Frankfurt. We've just opened a branch in "
     "Hannover-Linden. Does our login cover that too? Thanks, Sophie Martin", "SB", "chat+en+greeting+name+thanks"),
    ("konto über ihk köln vorhanden, neuer standort in garbsen – gleicher account?", "SB", "chat+lower"),
    ("Guten Tag, wir sind aus Mecklenburg und bereits im LUX-BS registriert. Für unseren neuen Betrieb in "
     "Barsinghausen – neu registrieren oder nicht? Gruß, Anke Timm, Timm Fischhandel", "SB",
     "chat+greeting+signature+company"),
    # anwendung-finden
    ("Hallo, ich starte im August meine Ausbildung zur Bankkauffrau und soll das Berichtsheft digital führen. In "
     "welchem Portal finde ich das, und brauche ich dafür einen Code von der IHK? Liebe Grüße, Emilia", "AF RC",
     "chat+greeting+self-intro+name+two-questions"),
    ("Hi, I start as an apprentice mechatronics technician next week and I'm told the record book is online. "
     "Where do I actually sign in? Cheers, Kwame", "AF", "chat+en+greeting+self-intro+name"),
    ("Guten Tag, ich bin schon als Prüfer im WFV Prüfer registriert. Komme ich mit denselben Daten auch ins digitale "
     "Berichtsheft, oder brauche ich ein neues Konto? Gruß, Hans-Peter Lamm", "AF", "chat+greeting+self-intro+name"),
    ("unter welcher seite läuft das online-berichtsheft, und mit welchem login?", "AF", "chat+lower"),
    # registrierungscode
    ("Hallo, bei uns im Betrieb wartet man angeblich auf einen Registrierungscode von der IHK, um das Berichtsheft "
     "zu nutzen. Ich finde dazu nichts. Gibt es den überhaupt? Gruß, Ute Ahlers, Ahlers Fahrzeugbau", "RC",
     "chat+greeting+signature+company"),
    ("Good morning, we're a small IT firm in Langenhagen with our first apprentice. Do we need a code to register "
     "the company for the digital record book, and if not, how does it work? Kind regards, Arjun Mehta, managing "
     "director, Mehta Software, arjun@example.com", "RC", "chat+en+greeting+company+signature+email"),
    ("brauch ich nen code fürs berichtsheft? hab keinen bekommen", "RC", "chat+lower"),
    ("Gibt es für das Berichtsheft einen Registrierungscode? Unsere Azubine kommt bei der Anmeldung nicht weiter. "
     "Danke, Bernd", "RC", "chat+question-first+name+thanks"),
    # seite-zeigt-hallo
    ("Guten Tag, zwei Probleme: Wenn ich mich anmelde, begrüßt mich das Portal freundlich mit 'Hallo', mehr passiert aber nicht. "
     "Und meiner Kollegin fehlen im SSP die Rechte, die sie im ASTA-Infocenter hat – wer kann das richten? Gruß, "
     "Matthias Oltmanns, Oltmanns Holzhandel", "HA AR", "chat+greeting+signature+company+two-questions"),
    ("Hi, the portal just says Hallo after I log in and nothing else. Did I miss a step? Thanks, Noah", "HA",
     "chat+en+greeting+name+thanks"),
    ("begrüßungsseite hallo, sonst leer. was fehlt?", "HA", "chat+lower"),
    ("Warum ist nach dem Einloggen außer einem 'Hallo' nichts zu sehen? Unser Betrieb ist neu im Portal. Gruß, "
     "Petra Kuhlmann, Kuhlmann Reisen, Tel. 0555 64 20 11", "HA", "chat+question-first+signature+company+phone"),
    # name-stimmt-nicht (6 name_correction, 3 procedure questions)
    ("Hallo liebes Berichtsheft-Team, ich bin Ausbilderin im Hotel Kurpark in Bad Nenndorf und betreue seit August "
     "zwei Auszubildende zur Hotelfachfrau. Bei einer von ihnen, Anna-Sophie Brinkmann, klappt die Anmeldung zum "
     "digitalen Berichtsheft nicht: Es kommt immer die Meldung, dass der Name nicht mit dem Ausbildungsvertrag "
     "übereinstimmt. Im Vertrag steht ihr Doppelname mit Bindestrich, sie hat sich aber ohne angemeldet. Könnten "
     "Sie das bitte korrigieren? Ihre Adresse ist annasophie.b@example.org. Und gleich noch etwas: Die zweite "
     "Auszubildende sehe ich im SSP überhaupt nicht, obwohl ihr Vertrag längst eingetragen ist. Woran kann das "
     "liegen? Vielen Dank und viele Grüße, Claudia Wendt", "NC AN",
     "chat+greeting+self-intro+company+name+symptom+plea+email+two-questions+long"),
    ("Hi, I can't get into the record book because it says my name and my contract don't agree — I left out "
     "my middle name 'Olumide'. "
     "Could you update my account? Thanks, David Adeyemi, d.adeyemi@example.org", "NC",
     "chat+en+greeting+symptom+plea+name+email+thanks"),
    ("Guten Tag, bei meiner Anmeldung heißt es ständig, der Name passe nicht zum Vertrag. Ich habe mich als "
     "'Grossmann' registriert, im Vertrag stehe ich mit ß. Was kann ich tun? Gruß, Lea Großmann", "NC",
     "chat+greeting+symptom+name"),
    ("name passt angeblich nicht zum vertrag, login geht nicht. bitte fixen: yusuf.demir@example.com", "NC",
     "chat+lower+symptom+plea+email"),
    ("Hallo, ich heiße seit der Hochzeit Schumacher-Ilić und hätte gern, dass mein Berichtsheft-Konto das auch "
     "zeigt, sonst komme ich nicht mehr rein. LG Milena", "NC", "chat+greeting+indirect+symptom+name"),
    ("Can you please fix the spelling of my first name in the portal? It's 'Zoë' in my contract but 'Zoe' in the "
     "account, and now I can't log in. Best, Zoë Hartley", "NC", "chat+en+plea+symptom+name"),
    ("Hallo, mein Ausbilder hat die Korrektur meines Namens gestern beantragt. Ab wann kann ich mich wieder "
     "einloggen? Gruß, Timo", "NS", "chat+greeting+duration+name"),
    ("Hello, when your IT corrects a name, does it follow the spelling on the training contract or on my passport? "
     "Thanks, Ines", "NS", "chat+en+greeting+details+name+thanks"),
    ("Moin, wir wollen den Nachnamen einer Azubine korrigieren lassen. Schicke ich euch nur ihren Namen oder auch "
     "ihre Mailadresse – und wohin genau? Gruß, Gerd Wolters", "NS UB", "chat+greeting+details+address+name"),
    # userdaten-bearbeiten (5 name_correction, 2 procedure questions)
    ("Hi, two things: could you correct the surname of our trainer Mr Szymański? The portal shows 'Szymanski'. His "
     "e-mail is p.szymanski@example.com. And where do I flip from one of our two locations to the other in the SPB? Thanks, Rachel "
     "Lindqvist, HR, Lindqvist Brewing", "NC MB",
     "chat+en+greeting+plea+email+signature+company+two-questions+thanks"),
    ("Guten Tag, beim Anlegen unserer Ausbilderin Frau Kruse ist uns ein Tippfehler in der E-Mail-Adresse passiert "
     "(kurse statt kruse). Bitte korrigieren Sie das: s.kruse@example.org. Gruß, Dieter Pohl, Pohl Gebäudetechnik, "
     "Tel. 0555 47 30 86", "NC", "chat+greeting+plea+email+signature+company+phone"),
    ("Hallo, wie bekommen wir im SSP den Vornamen unseres Ausbilders geändert? Da steht 'Kai', er heißt aber "
     "'Kay'. Danke, Melanie", "NC", "chat+greeting+howto+concrete+name+thanks"),
    ("ausbilderin heißt jetzt anders, name im ssp ändern, wie?", "NC", "chat+lower+howto"),
    ("Hello, a user in our SSP was set up with a misspelt surname. How do we get that put right? Regards, Oskar",
     "NC", "chat+en+greeting+howto+concrete+name"),
    ("Können wir als Ausbildungsadministrator die Namen unserer Nutzer im SSP eigentlich selbst bearbeiten? Gruß, "
     "Sabine Horn, Horn Verpackungen", "UB", "chat+who-may+signature+company"),
    ("Hi, one of our trainers has a new e-mail address. What should we send you so the portal shows the new one? "
     "Thanks, Hugo",
     "UB", "chat+en+greeting+details+name+thanks"),
    # kein-zugriff-trotz-registrierung
    ("Hallo, bei uns haben sich zwei Ausbilder registriert, sie kommen aber nicht an die Berichtshefte. Außerdem: "
     "Gibt es eine Aufstellung, welche unserer Leute schon ein Konto haben? Gruß, Olaf Dreyer, Dreyer "
     "Logistik", "KZ WR", "chat+greeting+signature+company+two-questions"),
    ("Hi, my colleague set up her account days ago and still gets no access to the Serviceportal Bildung. What are "
     "we missing? Thanks, Chloe", "KZ", "chat+en+greeting+name+thanks"),
    ("account angelegt, trotzdem kommt die kollegin an keine berichtshefte – was tun?", "KZ", "chat+lower"),
    ("Guten Tag, unser neuer Ausbilder ist registriert, aber die Berichtshefte bleiben für ihn gesperrt. Müssen wir "
     "vorher etwas zuordnen? Gruß, Martin Hügel, Hügel Metallwaren, Tel. 0555 58 11 40", "KZ",
     "chat+greeting+signature+company+phone"),
    # identnummer-nicht-gefunden
    ("Hello, I'm Mariana Costa, a first-year apprentice in hotel management at a hotel in Hannover. I've tried to "
     "register for the digital record book three times this week and keep running into problems. At first the "
     "portal rejected my ident number as unknown, although I copied it "
     "from an e-mail my trainer forwarded. On which of the chamber's papers do I look it up, and could you mail the number over? "
     "And after my trainer logged into the Serviceportal Bildung, all she could see was a page saying 'Hallo' with "
     "nothing else on it. What does she have to do? Many thanks, Mariana (mariana.costa@example.org)", "ID HA",
     "chat+en+greeting+self-intro+name+email+two-questions+long+thanks"),
    ("Guten Tag, unsere neue Auszubildende bekommt bei der Registrierung die Meldung, ihre Identnummer sei nicht "
     "bekannt. Können Sie uns die Nummer per Mail schicken? Gruß, Frank Böhme, Böhme Kfz-Teile, "
     "f.boehme@example.com", "ID", "chat+greeting+signature+company+email"),
    ("system kennt meine identnummer nicht, auf welchem schreiben find ich die echte?", "ID", "chat+lower"),
    ("Hallo, ich bin Azubi und weiß nicht, wo ich meine Identnummer herbekomme. Auf welchem Papier steht die? "
     "LG Ronja", "ID",
     "chat+greeting+self-intro+name"),
    # mehrere-rollen-eine-email
    ("Guten Tag, ich bin Ausbilderin in zwei Firmen unserer Unternehmensgruppe. Brauche ich für jede eine eigene "
     "E-Mail-Adresse? Und muss ich die Azubis danach noch freischalten? Gruß, Vanessa Kirchhoff", "MR FR",
     "chat+greeting+self-intro+name+two-questions"),
    ("Hi, I'm a trainer at one company and training admin at its sister firm. Can I do both with one e-mail? "
     "Thanks, Lucas", "MR", "chat+en+greeting+self-intro+name+thanks"),
    ("zwei betriebsstätten, eine mailadresse für beide rollen möglich oder nicht", "MR", "chat+lower"),
    ("Moin, mein Name ist Jörn Lüders, ich leite die Ausbildung bei Lüders Baustoffe in Nienburg und betreue "
     "außerdem seit diesem Jahr die Azubis unserer Niederlassung in Hoya, die als eigene GmbH geführt wird. In "
     "Nienburg bin ich als Ausbilder eingetragen, in Hoya soll ich Ausbildungsadministrator werden. Unsere IT möchte "
     "mir nicht schon wieder ein zweites Postfach einrichten, und ehrlich gesagt würde ich auch lieber alles über "
     "meine gewohnte Adresse laufen lassen. Ist es möglich, mit einer einzigen E-Mail-Adresse in beiden Unternehmen "
     "unterschiedliche Rollen zu haben, oder muss ich mir doch eine zweite Adresse besorgen? Viele Grüße, Jörn "
     "Lüders", "MR", "chat+greeting+self-intro+company+signature+long"),
    # mehrere-betriebsstaetten
    ("Hallo, ich betreue seit Kurzem auch unsere Filiale in Hemmingen. Wie komme ich im Serviceportal dorthin, "
     "ohne mich neu anzumelden? Gruß, Britta", "MB", "chat+greeting+name"),
    ("Hi, I manage apprentices at three of our stores. Where do I change between them in the Serviceportal Bildung? "
     "Thanks, Harriet", "MB", "chat+en+greeting+name+thanks"),
    ("wie wechsel ich im spb zur anderen filiale", "MB", "chat+lower"),
    ("Guten Morgen, kann ich mehrere unserer Standorte über ein einziges SPB-Konto betreuen? Gruß, Uwe Fleischer, "
     "Fleischer Backwarenhandel", "MB", "chat+greeting+signature+company"),
    # azubi-entfernen (5 deletion, 4 procedure questions)
    ("Guten Tag, mein Name ist Bettina Rohlfs, ich bin Ausbildungsadministratorin bei der Rohlfs Spedition GmbH in "
     "Hannover-Misburg. Unser Auszubildender zum Berufskraftfahrer, Herr Kevin Sander, hat seinen "
     "Ausbildungsvertrag zum 31. Oktober in der Probezeit gekündigt und arbeitet inzwischen in einer anderen "
     "Branche. Er steht aber noch immer in unserer Übersicht im Self Service Portal. Bitte entfernen Sie ihn dort. "
     "Gleichzeitig beginnen am 1. November zwei neue Auszubildende zur Fachkraft für Lagerlogistik bei uns, deren "
     "Verträge Sie bereits eingetragen haben. Wie lege ich die beiden im SSP an? Für Rückfragen bin ich unter "
     "0555 83 17 25 erreichbar. Vielen Dank!", "DA AA",
     "chat+greeting+self-intro+company+plea+phone+two-questions+long"),
    ("Hi, Laura Bennett finished her apprenticeship with us in July, so she shouldn't be in our SSP anymore — "
     "could you take her out? Thanks, Greg Holt, Holt Printing", "DA", "chat+en+greeting+plea+signature+company+thanks"),
    ("lehrling hat hingeschmissen – bitte tim reinecke bei uns im portal austragen", "DA", "chat+lower+plea"),
    ("Hallo, unser Lehrling hat letzte Woche ausgelernt. Was muss ich machen, damit er aus unserem SSP "
     "verschwindet? Gruß, Heinz", "DA", "chat+greeting+howto+concrete+name"),
    ("Hello, an apprentice who dropped out in spring still shows up in our portal overview. Regards, Fiona", "DA",
     "chat+en+greeting+statement+name"),
    ("Hallo, wann verschwinden die Berichtshefte unserer Absolventen eigentlich automatisch aus dem System? Gruß, "
     "Kerstin Wolff", "AE", "chat+greeting+deadline+name"),
    ("Hi, we train in Stuttgart and in Hannover. Is the record book kept longer after training in "
     "Baden-Württemberg? Thanks, Daniel Moser, Moser Automation", "AE",
     "chat+en+greeting+deadline+signature+company+thanks"),
    ("Guten Tag, eine ehemalige Azubine bittet uns, ihr Berichtsheft nicht erst nach Ablauf der Frist, sondern "
     "sofort zu löschen. Geht das manuell? Gruß, Annegret Specht", "AE", "chat+greeting+manual+name"),
    ("Kurze Zuständigkeitsfrage: Wenn ein Lehrling fertig ist und aus dem Portal soll – erledigen das wir oder "
     "macht das jemand bei euch? Gruß, Theo", "AE UG",
     "chat+who-may+name"),
    # user-geloescht-nicht-angezeigt (5 deletion, 3 procedure questions)
    ("Hallo zusammen, hier ist Jasmin Ehlers aus der Personalabteilung der Ehlers Feinkost GmbH in Springe. Ich "
     "habe zwei Anliegen zum Self Service Portal. Zum einen ist unser früherer Ausbilder Herr Rüdiger Steinmann "
     "(r.steinmann@example.com) zum Monatsende ausgeschieden und hat noch immer einen aktiven Zugang. Bitte löschen "
     "Sie diesen Benutzer, er soll keinen Einblick mehr in die Berichtshefte unserer Azubis haben. Zum anderen hat "
     "sich seine Nachfolgerin, Frau Nadine Kolb, bereits vor einer Woche registriert, kann aber bis heute nicht auf "
     "das Serviceportal Bildung zugreifen. Was müssen wir dafür noch tun? Ich bin unter 0555 26 93 50 erreichbar. "
     "Danke!", "DU KZ", "chat+greeting+self-intro+company+plea+email+phone+two-questions+long+thanks"),
    ("Hallo, ich habe einen Kollegen im SSP gelöscht und gleich neu angelegt, weil die Mailadresse falsch war. Jetzt "
     "finde ich ihn nicht mehr. Was ist passiert? Gruß, Sven", "DU", "chat+greeting+symptom+name"),
    ("Dear team, kindly delete the SSP account of Mr Kenji Watanabe (k.watanabe@example.org), who retired last "
     "month. Best regards, Laura Fischer, HR, Fischer Optics, Tel. 0555 91 04 62", "DU",
     "chat+en+greeting+plea+email+signature+company+phone"),
    ("wie werd ich einen alten nutzer im ssp los", "DU", "chat+lower+howto+general"),
    ("Hi, a trainer of ours has two accounts now; how can I get the older one removed? Thanks, Mira", "DU",
     "chat+en+greeting+howto+concrete+name+thanks"),
    ("Hallo, habe ich als Ausbildungsadministratorin eigentlich eine Löschfunktion für Benutzer im SSP, oder "
     "geht das nur über die IHK? Gruß, Carola", "UG", "chat+who-may+name"),
    ("Hello, to have a former colleague's login removed, what should I send and to which address? Thanks, Peter",
     "UG", "chat+en+greeting+details+address+name+thanks"),
    ("Braucht ihr für eine Löschung auch die E-Mail-Adresse des Nutzers, oder reicht der vollständige Name? Gruß, "
     "Ingo Hartmann", "UG", "chat+details+name"),
    # azubi-anlegen
    ("Guten Tag, wir haben drei neue Azubis, die bei Ihnen schon eingetragen sind. Auf welchem Weg nehme ich sie "
     "in unser SSP auf? Gruß, Kathrin Moll, Moll Bürotechnik", "AA", "chat+greeting+signature+company+adding"),
    ("Hi, our new apprentices are already on the IHK's books — which part of the SSP do I use to bring them in? "
     "Thanks, Ben", "AA", "chat+en+greeting+name+adding+thanks"),
    ("verträge der neuen sind eingetragen, wo pack ich die azubis jetzt ins ssp?", "AA", "chat+lower+adding"),
    # ausbilder-freischalten
    ("Hallo, ich bin neu als Azubi zur Kauffrau im Groß- und Außenhandel und hab mich registriert. Kann ich "
     "gleich Berichte schreiben, oder fehlt noch ein Okay von meinem Ausbilder? LG Mara", "FR", "chat+greeting+self-intro+name"),
    ("Hi, I registered yesterday. Am I good to go, or does someone at work have to approve me first? Thanks, Ethan", "FR", "chat+en+greeting+name+thanks"),
    ("Muss eigentlich ich als Ausbilder meine Azubis fürs Berichtsheft freischalten? Ich arbeite in einem Autohaus "
     "in der Wedemark und bin da unsicher. Gruß, Tobias Klement", "FR",
     "chat+question-first+self-intro+company+name"),
    ("bin azubi, hab mich registriert – muss der betrieb mich erst aktivieren?", "FR", "chat+lower"),
    # andere-rolle-asta
    ("Guten Tag, mir fehlen im Self Service Portal Rechte, die ich im ASTA-Infocenter habe – ich kann zum Beispiel "
     "keine Azubis verwalten. Wer kann mir die passende Rolle geben? Gruß, Heike Sommer, Sommer Textil", "AR",
     "chat+greeting+signature+company"),
    ("Hello, ASTA lists me as a trainer, but in the SSP I seem to have only basic rights. Who at our company can "
     "sort out my role? Cheers, Maya", "AR", "chat+en+greeting+name"),
    ("ssp rolle passt nicht zu asta, an wen wenden", "AR", "chat+lower"),
    ("Good morning, after our switch to the SSP my role doesn't match what I had in the ASTA-Infocenter. Could "
     "someone assign the right one? Regards, Joseph Ashford, Ashford Timber, Tel. 0555 43 19 07", "AR",
     "chat+en+greeting+signature+company+phone"),
    # wer-registriert
    ("Hallo, ich habe die Ausbildungsleitung bei einem Fahrradhändler in Burgdorf übernommen. Wie finde ich heraus, "
     "wer von uns schon einen SSP-Account hat? Danke, Svenja Kampe", "WR",
     "chat+greeting+self-intro+company+name+thanks"),
    ("Hi, could you send me an overview of which colleagues at Baltic Foods GmbH are already registered in the SSP? "
     "Thanks, Nora Lindgren", "WR", "chat+en+greeting+company+name+thanks"),
    ("welche von unseren ausbildern sind eigentlich schon im ssp registriert? hätte gern ne übersicht", "WR", "chat+lower"),
    ("Welche Mitarbeitenden unseres Betriebs sind schon registriert? Ich brauche das für unsere "
     "Ausbildungsplanung. Gruß, Rainer Otte, Otte Haustechnik", "WR", "chat+question-first+signature+company"),
    # azubi-nicht-angezeigt
    ("Hallo, unsere Azubine Ceren hat am 1. September angefangen, im SSP sehe ich sie aber nicht. Warum? Gruß, "
     "Wolfgang Rieke, Rieke Möbel", "AN", "chat+greeting+signature+company"),
    ("Hi, I'm a trainer and my new apprentice is missing from my list in the SSP. Any idea why? Thanks, Charlotte",
     "AN", "chat+en+greeting+self-intro+name+thanks"),
    ("heute erster tag von unserem neuen azubi, aber im ssp ist er für mich nicht da", "AN", "chat+lower"),
    ("started a new apprentice last week, but the ssp won't show her to me. why?", "AN", "chat+en+lower"),
    # out of scope (28)
    ("Vielen lieben Dank, jetzt klappt alles! Gruß aus Wennigsen, Heike", "", "chat+oos+thanks+name"),
    ("thx, that helped a lot :)", "", "chat+oos+en+lower+thanks"),
    ("Sag mal, wie alt bist du?", "", "chat+oos+smalltalk"),
    ("tell me a fun fact about owls", "", "chat+oos+en+lower+smalltalk"),
    ("Magst du lieber Katzen oder Hunde?", "", "chat+oos+smalltalk"),
    ("Hallo! Hast du heute schon viel zu tun gehabt? 😊", "", "chat+oos+smalltalk+greeting"),
    ("Hallo, ich heirate im Mai genau in der Woche der Abschlussprüfung. Kann ich die Prüfung verschieben? Gruß, "
     "Larissa", "", "chat+oos+greeting+name"),
    ("Guten Tag, ich bin Mutter eines Auszubildenden zum Kaufmann für Büromanagement im zweiten Lehrjahr. Bei "
     "meinem Sohn wurde schon in der Grundschule eine Lese-Rechtschreib-Schwäche festgestellt, und er braucht für "
     "schriftliche Aufgaben deutlich mehr Zeit als andere. In der Berufsschule bekommt er deshalb eine "
     "Zeitverlängerung, aber wir wissen nicht, wie das bei der IHK-Prüfung geregelt ist. Er hat große Angst, in der "
     "schriftlichen Abschlussprüfung nicht fertig zu werden, obwohl er fachlich gut ist. Kann man bei der IHK einen "
     "Nachteilsausgleich beantragen, welche Nachweise braucht man dafür, und bis wann muss der Antrag gestellt "
     "werden? Vielen Dank für Ihre Mühe, Andrea Kowalczyk", "", "chat+oos+greeting+self-intro+name+long"),
    ("Good afternoon, we'd like to hire an apprentice from Vietnam. Which visa does she need and how long does it "
     "take? Regards, Helen Wright, Wright Hospitality", "", "chat+oos+en+greeting+signature+company"),
    ("Hallo, unser Azubi hat sehr gute Noten. Kann er vorzeitig zur Abschlussprüfung zugelassen werden? Gruß, Bernd "
     "Hagedorn, Hagedorn Elektrohandel", "", "chat+oos+greeting+signature+company"),
    ("Guten Tag, gibt es für Industriekaufleute eine Zusatzqualifikation im Bereich Digitalisierung, die man "
     "während der Ausbildung machen kann? Gruß, Alina", "", "chat+oos+greeting+name"),
    ("Hi, our apprentice damaged the company van on a delivery. Who's liable — him or us? Thanks, Ryan Moore", "",
     "chat+oos+en+greeting+name+thanks"),
    ("Gibt es so was wie einen Azubi-Ausweis, mit dem ich Rabatte bekomme? LG Emre", "", "chat+oos+name"),
    ("Hallo, was muss ich zur praktischen Prüfung als Koch alles mitbringen? Gruß, Marcel", "",
     "chat+oos+greeting+name"),
    ("Welche Taschenrechner sind in der schriftlichen Abschlussprüfung erlaubt? Danke, Leonie", "",
     "chat+oos+name+thanks"),
    ("Sieht man eigentlich, wenn mein Ausbilder nachträglich etwas an meinen Wochenberichten ändert? Gruß, Robin", "", "chat+oos+berichtsheft+name"),
    ("Hallo, schaut die IHK während der Ausbildung eigentlich in mein digitales Berichtsheft rein? LG Sophie", "",
     "chat+oos+berichtsheft+greeting+name"),
    ("Hallo, endet meine Ausbildung mit dem Tag der bestandenen Prüfung oder erst mit dem Datum im Vertrag? Gruß, "
     "Jannis", "", "chat+oos+greeting+name"),
    ("Guten Tag, dürfen wir Ausbildungsverträge digital per DocuSign unterschreiben lassen? Gruß, Ines Albers, "
     "Albers Consulting", "", "chat+oos+greeting+signature+company"),
    ("Hallo, bietet die IHK Knigge-Kurse für Auszubildende an? Gruß, Monika Hesse, Autohaus Hesse", "",
     "chat+oos+greeting+signature+company"),
    ("Muss ich als Ausbilderin regelmäßig Fortbildungen nachweisen? Danke, Gabriele Stein", "",
     "chat+oos+name+thanks"),
    ("Hallo, darf mein Chef mein Handy während der Arbeitszeit einsammeln? LG Chiara", "", "chat+oos+greeting+name"),
    ("Hi, do I have to show up in a suit for my oral exam, or is casual fine? Cheers, Amir", "", "chat+oos+en+greeting+name"),
    ("Hallo, ich wohne weit weg von meiner Berufsschule – kann ich den Unterricht auch online besuchen? Danke, Jasper",
     "", "chat+oos+greeting+name+thanks"),
    ("Wie viele Punkte brauche ich in der schriftlichen Abschlussprüfung zum Bestehen? Frage für meinen Sohn. – "
     "Margarete", "", "chat+oos+name"),
    ("Good morning, how does a company apply to be recognised as an excellent training company? Regards, Colin "
     "Reid, Reid Engineering", "", "chat+oos+en+greeting+signature+company"),
    ("Hallo, wie kann ich bei den Wirtschaftsjunioren in unserer Region mitmachen? Danke, Jonah", "",
     "chat+oos+greeting+name+thanks"),
    ("hey, does the record book log me out automatically if i leave it open for too long?", "",
     "chat+oos+en+lower+berichtsheft"),
]

if __name__ == "__main__":
    write("chat", ROWS)
