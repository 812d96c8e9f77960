#!/usr/bin/env python3
"""heldout9/chat.jsonl: the bundled FAQ's questions wrapped as chat messages.

Greetings, fictional names and companies, signatures, example.org/.com addresses, thanks,
several sentences, question first, lower case, English; two-question and long messages; out of
scope. Hand-written; see common.py for the codes. Run: python3 eval/heldout9/gen/chat.py
"""
from common import write

ROWS = [
    # export-betriebswechsel
    ("Hallo liebes IHK-Team, mein Name ist Mira Hollweg und ich mache eine Ausbildung zur Kauffrau für Büromanagement im zweiten Lehrjahr. Leider schließt mein Ausbildungsbetrieb, eine kleine Werbeagentur in Lehrte, zum Jahresende, und ich habe zum Glück schon eine Zusage von einer Steuerkanzlei in Hannover, wo ich ab Januar weitermachen kann. Jetzt frage ich mich, was aus meinen ganzen Berichten wird, die ich seit über einem Jahr digital schreibe. Kann ich die irgendwie mitnehmen, damit meine neue Ausbilderin sie sehen kann? Vielen Dank schon mal! Mira", "EX", "long+greeting+name+self-intro+company+thanks"),
    ("moin, kurze frage: kann ich mein berichtsheft irgendwie abspeichern und beim neuen ausbildungsbetrieb wieder reinladen? ich fang da im märz an. lg timo", "EX", "chat+lower+greeting+name"),
    ("Good morning, my name is Daniel Osei and I'm an apprentice electrician. I'll be finishing my training with another company from next month. How can I take my existing weekly entries with me? Thanks a lot.", "EX", "chat+en+greeting+self-intro+thanks"),
    ("Wie ziehe ich mir mein komplettes Berichtsheft raus? Hintergrund: Ich gehe nach der Zwischenprüfung zu einer Spedition in Langenhagen und meine neue Ausbilderin möchte die bisherigen Wochen sehen. Danke, Kiara", "EX", "chat+question-first+name"),
    ("Hey! I'm leaving my training company and starting over at another bakery. What happens to all my entries in the online record book – can I take them along? Cheers, Noah", "EX", "chat+en+greeting+name"),

    # export-fehler-andere-ihk
    ("Hallo, hier ist Lea Hartung von der Bäckerei Kranz in Springe. Unsere Auszubildende zur Bäckereifachverkäuferin zieht mit ihrer Familie nach Bremen und setzt ihre Ausbildung dort in der Filiale einer anderen Bäckerei fort. Dafür soll ihr Berichtsheft zur Handelskammer Bremen übertragen werden. Beim Export erscheint aber jedes Mal eine Fehlermeldung, ganz gleich, ob wir das ganze Jahr, ein Quartal oder nur einzelne Wochen auswählen. Wir haben es auch an zwei verschiedenen Rechnern probiert. Was können wir tun? Viele Grüße, Lea Hartung", "EF", "long+greeting+name+company"),
    ("hi, export klappt nicht, jedes mal fehler. hab schon einzelne monate probiert, bringt nix. was kann ich machen?? gruß kevin", "EF", "chat+lower+name"),
    ("Hello, I'm transferring to a company in Munich and need to send my record book to the chamber there, but the export always stops with an error message. Is one of my weeks corrupt or something? Best, Priya", "EF", "chat+en+greeting+name"),
    ("Es gibt da so einen Knopf zum Reparieren beim Export – wofür ist der genau? Ich frage, weil mein Export nach Köln seit Tagen abbricht. Mit freundlichen Grüßen, Jonas Weidemann, Auszubildender Fachinformatiker", "EF", "chat+question-first+signature"),

    # standort-anderes-bundesland
    ("Sehr geehrte Damen und Herren, wir sind die Holtmeyer Metallbau GmbH mit Hauptsitz in Erfurt. Dort sind wir seit zwei Jahren im LUX-BS Self Service Portal registriert und nutzen das digitale Berichtsheft für unsere acht Auszubildenden. Ab dem kommenden Ausbildungsjahr bilden wir erstmals auch in unserer neuen Niederlassung in Garbsen aus, die ja zum Bezirk der IHK Hannover gehört. Können wir dafür unseren bestehenden Zugang weiterverwenden oder müssen wir uns komplett neu registrieren? Mit freundlichen Grüßen Sandra Möllering, Personalabteilung, Tel. 0361 555-0178", "SB", "long+greeting+company+signature+phone"),
    ("hallo, wir sind ne firma aus hamburg mit ssp zugang, jetzt haben wir nen standort in der region hannover aufgemacht. geht das mit dem selben konto oder nochmal alles neu? danke", "SB", "chat+lower+company+thanks"),
    ("Hi there, we're a logistics firm registered in the SSP through our head office in Bavaria. We're opening a warehouse near Hanover and will train two apprentices there. Do we need a separate account for the Hanover site? Cheers, Tom Becker, HR", "SB", "chat+en+greeting+company+signature"),
    ("Gilt unsere bestehende Registrierung aus Baden-Württemberg auch für die neue Filiale im Bezirk Hannover? Wir sind eine Optikerkette mit zwölf Standorten. Gruß, Petra Hollenberg", "SB", "chat+question-first+company+name"),

    # anwendung-finden
    ("Hallo! Ich bin Jule, habe am 1. August als Hotelfachfrau angefangen und soll meine Ausbildungsnachweise digital führen. Wo genau mache ich das und brauche ich dafür ein neues Konto? Danke!", "AF", "chat+greeting+self-intro+thanks"),
    ("servus, bin ausbilder bei einem autohaus und hab schon nen login fürs asta infocenter. muss ich mich fürs digitale berichtsheft noch irgendwo neu registrieren? gruß mario", "AF", "chat+lower+greeting+self-intro"),
    ("Hello, I'm starting my apprenticeship as an IT specialist next week. Which portal do I use to keep my digital training record, and what kind of account is needed? Thanks, Lukas", "AF", "chat+en+greeting+self-intro"),
    ("Wo im Netz schreiben die Azubis eigentlich ihre Berichte? Unsere Azubis fragen mich das ständig und ich weiß es selbst nicht genau. Viele Grüße aus der Gärtnerei Lindholm, Anke Lindholm", "AF", "chat+question-first+company"),

    # registrierungscode
    ("Sehr geehrte Damen und Herren, wir möchten als Ausbildungsbetrieb mit dem digitalen Berichtsheft starten. In einer Infomail war von einem Registrierungscode die Rede, den wir aber nie erhalten haben. Wie gehen wir vor? Mit freundlichen Grüßen, Frank Sandhagen, Elektro Sandhagen KG, Tel. 05031 555-0187", "RC AF", "chat+greeting+signature+phone"),
    ("hey, unser azubi sagt er braucht nen code um sich fürs berichtsheft anzumelden. wo bekommen wir den? lg", "RC", "chat+lower+greeting"),
    ("Dear team, we're a small hotel in Hanover and want to register our business for the digital report book. Is there some registration code we need, and who sends it to us? Kind regards, Elena Rossi, Hotel am Lindenhof", "RC", "chat+en+greeting+company+signature"),
    ("Brauchen wir irgendeinen Aktivierungsschlüssel von euch? Wir sind ein neuer Ausbildungsbetrieb (Druckerei Vossberg, 14 Mitarbeitende) und haben bisher nur das ELSTER-Zertifikat. Danke, Bernd Vossberg", "RC", "chat+question-first+company"),

    # seite-zeigt-hallo
    ("Hallo, mein Name ist Kerstin Albers, ich bin Ausbilderin im Einzelhandel. Wenn ich mich im Serviceportal Bildung einlogge, erscheint oben nur „Hallo“ und der Rest der Seite bleibt leer. Wo ist das Berichtsheft hin? Danke und Gruß", "HA", "chat+greeting+name+self-intro"),
    ("hallo? da steht nur hallo im portal lol. sonst nix. was muss ich tun", "HA", "chat+lower"),
    ("Hi, after I log into the Serviceportal Bildung all I get is a page saying 'Hallo' with nothing to click. Do we have to verify something first? Regards, Marco Lindqvist, Training Manager", "HA", "chat+en+greeting+signature"),
    ("Fehlt bei uns noch irgendeine Bestätigung der Firma? Im Portal bekomme ich nach dem Login nur ein „Hallo“ angezeigt. Gruß, Heike Brunotte, Personal, Brunotte Fensterbau", "HA", "chat+question-first+signature"),
    ("Guten Abend, nach der Anmeldung im Bildungsportal bleibt bei mir alles leer, nur ein Hallo steht da. Woran liegt das? Gruß, Vanessa", "HA", "chat+greeting+name"),

    # name-stimmt-nicht
    ("Guten Morgen, ich bin Maria-Theresa Kaczmarek, Azubi im 1. Lehrjahr. Ich kann mich nicht registrieren, weil angeblich mein Name nicht zu dem im Ausbildungsvertrag passt. Im Vertrag steht mein zweiter Vorname, den habe ich weggelassen. Was kann ich tun?", "NC", "chat+greeting+self-intro+symptom"),
    ("hi, wenn ich mich anmelden will kommt fehlermeldung name passt nicht zum vertrag. was soll ich machen? lg ben", "NC", "chat+lower+symptom"),
    ("Hello, my name is David Oluwaseun Adeyemi and I started my apprenticeship as a warehouse logistics specialist at Nordstern Logistik GmbH in Hanover this August. When I try to register for the digital report book, the system refuses me with a message that my name is not the same as the one on my training contract. I only entered David Adeyemi because I never use my middle name, but I think the contract has all three names. What should I do to get access? My e-mail is d.adeyemi@example.org. Thank you very much, David", "NC", "long+en+greeting+self-intro+company+email+symptom"),
    ("Warum akzeptiert das Portal meinen Namen nicht? Es erscheint immer der Hinweis, er weiche von den Vertragsdaten ab. Ich heiße Özdemir, vielleicht liegt es am Ö? Viele Grüße, Elif Özdemir", "NC", "chat+question-first+name+symptom"),
    ("Hallo liebes Team, ich bin Auszubildende bei Holtmeyer Metallbau und habe im Juni geheiratet. Mein Nachname ist jetzt Lindner statt Kurz. Könnt ihr das bitte in meinem Account anpassen? Danke! Sophie Lindner", "NC", "chat+greeting+self-intro+plea"),

    # kein-zugriff-trotz-registrierung
    ("Guten Tag, hier schreibt Ralf Pieper, Ausbildungsleiter beim Autohaus Pieper & Söhne in Nienburg. Wir haben vier Kfz-Mechatroniker-Azubis und drei Meister, die sich vergangene Woche alle brav im Serviceportal Bildung registriert haben. Die Azubis können ihre Berichte schreiben, aber keiner unserer Meister kommt an die Berichtshefte heran, um sie durchzusehen und abzuzeichnen. Ich bin bei uns als Ausbildungsadministrator eingetragen. Muss ich da noch irgendetwas einstellen, damit die Kollegen Zugriff bekommen? Besten Dank und Gruß, Ralf Pieper, Tel. 05021 555-0131", "KZ", "long+greeting+self-intro+company+phone"),
    ("kollegin hat sich registriert, kommt aber nicht rein ins spb. muss ich da als admin noch was einstellen? gruß", "KZ", "chat+lower"),
    ("Hi, several of our trainers have registered but none of them can open the digital report book. Is there an extra step I need to take as the training admin? Best regards, Sophie Clarke, Nordstern Logistik GmbH", "KZ", "chat+en+greeting+signature"),
    ("Woran liegt es, dass angemeldete Mitarbeitende nicht reinkommen? Wir sind ein Hotel mit sechs Ausbildern und ich bin die Ausbildungsadministratorin. Liebe Grüße, Nadine Rehberg", "KZ", "chat+question-first+company+name"),

    # identnummer-nicht-gefunden
    ("Hallo, ich heiße Finn und werde Mechatroniker. Bei der Registrierung sagt das System, meine Identnummer könne nicht gefunden werden. Ich habe sie vom Vertrag abgetippt. Was jetzt?", "ID", "chat+greeting+self-intro"),
    ("identnummer?? keine ahnung wo die steht, kann mir jemand sagen wo ich die herbekomme. danke", "ID", "chat+lower"),
    ("Hello, I'm an apprentice and the portal says my Identnummer is unknown. Where exactly is it printed, and could you e-mail it to me again? Thanks, Aylin", "ID", "chat+en+greeting"),
    ("Hätten Sie die Identnummern unserer drei neuen Azubis noch einmal für uns? Die Eintragungsbestätigungen sind bei uns leider nicht mehr auffindbar. Gruß, Claudia Fenske, Ausbildung, Fenske Dachtechnik GmbH, Tel. 0511 555-0123", "ID", "chat+question-first+signature+phone"),

    # mehrere-rollen-eine-email
    ("Guten Tag, ich bin Uwe Brandhorst. In unserer Firmengruppe kümmere ich mich um zwei GmbHs: in der einen als Ausbilder, in der anderen als Ausbildungsadministrator. Geht das mit meiner einen Dienst-Mailadresse oder brauche ich zwei? Grüße", "MR", "chat+greeting+self-intro+company"),
    ("kann ich mit einer mail bei zwei firmen verschiedene rollen haben? bin bei beiden ausbilderin. danke, jana", "MR", "chat+lower+name"),
    ("Hello, I work for two sister companies and need trainer rights in both. Can I use one e-mail address for both, or do I need a second account? Regards, Martin Vogel", "MR", "chat+en+greeting+name"),
    ("Kann ich meine Rollen in drei Unternehmen über ein einziges Postfach laufen lassen? Ich bin freiberufliche Ausbildungsbeauftragte für mehrere kleine Betriebe. Viele Grüße, Sabine Kuhlmann, sabine.kuhlmann@example.org", "MR", "chat+question-first+email"),

    # mehrere-betriebsstaetten
    ("Hallo, Stefan Rudolph hier, Ausbildungsleiter bei einer Supermarktkette mit fünf Märkten. Im Portal sehe ich immer nur den Markt in Laatzen. Wie komme ich an die Azubis der anderen Märkte? Danke!", "MB", "chat+greeting+self-intro+company"),
    ("wie wechselt man im portal zwischen filialen? find nix. gruß", "MB", "chat+lower"),
    ("Hi, I manage apprentices at our two branches. In the education portal I can only see one site at a time – how do I get to the other? Thanks, Grace", "MB", "chat+en+greeting+name"),
    ("Wo genau wähle ich die andere Betriebsstätte aus? Wir haben in Hannover und in Wunstorf je eine und ich bin für beide zuständig. Beste Grüße, Holger Wendt", "MB", "chat+question-first+name"),

    # azubi-entfernen
    ("Hallo, ich bin Ina Stöver und kümmere mich in unserer Gärtnerei in Wunstorf um die Ausbildung. Unsere Auszubildende im ersten Lehrjahr hat uns leider nach vier Monaten verlassen, weil sie doch lieber studieren möchte – der Aufhebungsvertrag ist unterschrieben und liegt der IHK vor. Im Self Service Portal steht sie aber noch bei uns in der Liste, und ich möchte nicht, dass da Karteileichen herumliegen. Wie bekomme ich sie aus unserem Bereich im Portal heraus? Vielen Dank, Ina Stöver, Gärtnerei Stöver, i.stoever@example.com", "DA", "long+greeting+self-intro+company+email+howto+concrete"),
    ("azubi ist seit märz weg, steht aber noch bei uns im portal drin. bitte raus damit. gruß dirk", "DA", "chat+lower+statement+plea"),
    ("Hello, one of our apprentices finished his training in January. Will his digital report book be deleted automatically, and when? Regards, Helen Park, HR, Park Engineering", "AE", "chat+en+greeting+signature+deadline"),
    ("Wie lange wird das Berichtsheft nach der Abschlussprüfung aufbewahrt? Unser Azubi möchte wissen, ob er es noch runterladen kann. Grüße, Rainer Thiel", "AE", "chat+question-first+deadline"),
    ("Good afternoon, we have a trainee who left us after the probation period. How do I get her off our list in the self service portal? Thanks, Oliver Grant, Grant Bau GmbH, +49 511 555 0190", "DA", "chat+en+greeting+signature+phone+howto+concrete"),
    ("Please remove our former apprentice Jan Köster from the portal, he completed his training in June. Thanks, Laura Bennett, HR Manager, Bennett Foods Ltd., laura.bennett@example.com", "DA", "chat+en+plea+signature+email"),

    # azubi-anlegen
    ("Hallo, ich bin neu Ausbildungsadministratorin bei der Druckerei Vossberg. Die Verträge unserer zwei neuen Azubis hat die IHK bereits erfasst. Wie kommen die beiden jetzt in unsere Verwaltung im SSP? Danke, Lisa Vossberg", "AA", "chat+greeting+self-intro+company"),
    ("wo im ssp verwaltet man eigentlich die azubis? will unseren neuen lehrling reinnehmen, vertrag ist schon durch. lg", "AA", "chat+lower"),
    ("Hi, I'm the training admin at a small hotel. The IHK already recorded our new apprentice's contract – what's the way to put her into our SSP account? Thanks, Mia Hoffmann", "AA", "chat+en+greeting+self-intro"),
    ("Wie bekomme ich einen Überblick über alle unsere Auszubildenden? Ich habe die Admin-Rolle neu übernommen und finde mich noch nicht zurecht. Gruß, Torsten Kramer, Kramer Sanitär GmbH, Tel. 05121 555-0144", "AA", "chat+question-first+signature+phone"),

    # user-geloescht-nicht-angezeigt
    ("Hallo, Susanne Meyerhoff hier. Ich habe einen falsch erfassten Ausbilder entfernt und anschließend frisch erstellt. Seitdem ist er nirgends mehr zu sehen. Was ist da schiefgelaufen?", "DU", "chat+greeting+name+symptom"),
    ("hab nen user gelöscht und neu gemacht, jetzt ist er weg. hilfe. gruß", "DU", "chat+lower+symptom"),
    ("Hello, I deleted a colleague's account in the SSP and created it again, but now he doesn't show up at all. Can you help? Kind regards, Anna Kowalski, Training Coordinator", "DU", "chat+en+greeting+signature+symptom"),
    ("Ist es richtig, dass nur eure IT Nutzer löschen kann? Ein Kollege meinte das. Grüße, Frank Löhr", "UG", "chat+question-first+who-may"),
    ("Guten Tag, ein Kollege hat unser Unternehmen verlassen. Bitte löschen Sie seinen Zugang: Thomas Winter, t.winter@example.com. Danke, Anja Ruhl, Ausbildungsadministration, Ruhl Elektro GmbH, Tel. 0511 555-0166", "DU", "chat+greeting+plea+signature+email+phone"),

    # userdaten-bearbeiten
    ("Hi there, I'm the training administrator at Optik Wernicke, an optician with three shops in the Hanover region. When we set up one of our trainers in the self-service portal last year, we misspelled her surname: it says 'Schmitt' but it should be 'Schmidt'. She has now noticed because the wrong spelling shows up everywhere and she'd like it fixed before the exams start. How can we correct the name of a user who already exists? Many thanks and best regards, Petra Wernicke, Training Admin, Optik Wernicke, phone 0511 555-0152", "NC", "long+en+greeting+self-intro+company+signature+phone+howto+concrete"),
    ("hallo, unsere ausbilderin heißt nach der hochzeit jetzt kramer statt beck. wie ändern wir das im portal? danke", "NC", "chat+lower+statement+howto"),
    ("Hi, a colleague's e-mail address changed because of a company rebrand. Am I able to change it on my own in the portal, or is that something the IHK does? Thanks, Ben Walsh", "UB", "chat+en+greeting+who-may"),
    ("Wie lassen sich Angaben zu einem Mitarbeiter, den wir schon angelegt haben, im Nachhinein richtigstellen? Konkret fehlt bei einem Kollegen der zweite Vorname. Danke, Ulla Brenner, Brenner Logistik", "NC", "chat+question-first+company+howto+concrete"),

    # ausbilder-freischalten
    ("Hallo, ich bin Emre, Azubi zum Industriemechaniker. Ich habe mein Konto eingerichtet. Muss jetzt erst jemand aus dem Betrieb auf „okay“ drücken, oder kann ich gleich loslegen? Danke!", "FR", "chat+greeting+self-intro+thanks"),
    ("muss mein chef mich erst irgendwo bestätigen bevor ich berichte schreiben kann? lg sarah", "FR", "chat+lower+name"),
    ("Hi, I've just signed up for the digital report book. Is it my trainer's job to give me access now, or someone else in the company? Thanks, Ahmed", "FR", "chat+en+greeting+name"),
    ("Wer kümmert sich bei der Umstellung um unsere Lehrlinge – jeder Ausbilder selbst oder unsere Admin? Wir stellen gerade auf das digitale Berichtsheft um. Grüße, Monika Sauer", "FR AA", "chat+question-first+name"),

    # andere-rolle-asta
    ("Hallo, mein Name ist Wolfgang Heise, ich bin Ausbilder bei einem Maschinenbauer. Im Infocenter (ASTA) bin ich als Ausbilder geführt, im Portal dagegen nur mit einer einfachen Rolle. Wie gleiche ich das an? Gruß", "AR", "chat+greeting+name+self-intro"),
    ("im ssp hab ich die falsche rolle, im asta passt alles. wer macht das? danke", "AR", "chat+lower"),
    ("Hello, in ASTA I'm set up as a trainer, but the self-service portal gives me a different role. Who can correct that? Best, Julia Novak", "AR", "chat+en+greeting+name"),
    ("Wen spreche ich an, wenn ich im SSP weniger darf als im ASTA-Infocenter? Danke, Markus Ehlers, Ehlers Elektrotechnik", "AR", "chat+question-first+company"),

    # wer-registriert
    ("Guten Tag, ich bin seit kurzem Ausbildungsadministratorin bei einer Versicherungsagentur. Ich möchte gern wissen, welche Kolleginnen und Kollegen sich bereits im SSP registriert haben. Wo sehe ich das? Danke, Katrin Bode", "WR", "chat+greeting+self-intro"),
    ("any way to check which of my coworkers already made an account on the portal? thx", "WR", "chat+en+lower"),
    ("Hi, is there a way to check which of our staff already have an account in the SSP? Thanks, Robert Young, Young & Partner GmbH", "WR", "chat+en+greeting+company"),
    ("Könnten Sie mir eine Liste der bereits registrierten Mitarbeitenden unseres Betriebs schicken? Wir möchten prüfen, wer noch fehlt. Mit freundlichen Grüßen, Gabriele Timm, Timm Fleischwaren KG, g.timm@example.com", "WR", "chat+question-first+signature+email"),

    # azubi-nicht-angezeigt
    ("Hallo, ich bin Ausbilder im Malerbetrieb Sievers. Unser neuer Lehrling hat am Montag angefangen, aber ich sehe ihn im SSP nicht. Woran kann das liegen? Gruß, Olaf Sievers", "AN", "chat+greeting+self-intro+company"),
    ("mein azubi taucht bei mir nicht auf im portal. warum? lg", "AN", "chat+lower"),
    ("Hello, I'm a trainer and my apprentice isn't visible in the SSP even though she started two weeks ago. What could be the reason? Thanks, Karen Mills", "AN", "chat+en+greeting+self-intro"),
    ("Warum sehe ich meine Auszubildende nicht? Ich bin Ausbilderin in einer Buchhandlung und wollte ihre ersten Berichte ansehen. Viele Grüße, Birgit Lange", "AN", "chat+question-first+self-intro"),

    # two questions
    ("Hallo, zwei Fragen: Wo finde ich meine Identnummer, und muss mein Ausbilder mich danach noch freischalten? Danke, Lina", "ID FR", "two-questions+greeting+name"),
    ("Hi, I have two questions: how do I jump from one of our sites to the other in the portal, and can I use my one e-mail address for roles in both? Thanks, Chris", "MB MR", "two-questions+en+greeting"),
    ("Guten Tag, unser Azubi Nico Brandt hat gekündigt – bitte entfernen Sie ihn aus dem Portal. Und wie bekomme ich unsere neue Auszubildende hinein, deren Vertrag schon eingetragen ist? Gruß, Heiko Strunk", "DA AA", "two-questions+greeting+plea"),
    ("hallo, im account steht meyer, richtig wäre maier – bitte ändern. außerdem: warum sehe ich im portal nur hallo? danke", "NC HA", "two-questions+lower+plea"),
    ("Hallo, ich habe einen User gelöscht und neu angelegt, seitdem fehlt er. Und gibt es irgendwo eine Übersicht, wer von uns schon ein Konto hat? Grüße, Carola Voigt", "DU WR", "two-questions+greeting+symptom"),
    ("Hello, the export of my report book keeps failing with an error, and I'm also changing companies next month – can I take the book along at all? Thanks, Sam", "EF EX", "two-questions+en+greeting"),
    ("Moin! Im Portal bin ich nur einfache Nutzerin, obwohl ich im ASTA Ausbilderin bin, und meine Kolleginnen kommen trotz Registrierung nicht rein. Hängt das zusammen? LG Frauke", "AR KZ", "two-questions+greeting"),
    ("Guten Morgen, brauchen wir einen Registrierungscode, und in welcher Anwendung ist das Berichtsheft überhaupt? Wir bilden ab Herbst zum ersten Mal aus. Viele Grüße, Familie Brandes, Café Brandes", "RC AF", "two-questions+greeting+company"),
    ("Hi, the SSP doesn't list my apprentice for me at all – and how long will her report book stay stored once she's done with the training? Regards, Ian Fletcher", "AN AE", "two-questions+en+greeting"),
    ("Unser Firmensitz ist in Sachsen registriert, gilt das für Hannover mit? Und wie wechsle ich dann zwischen den Standorten? Danke, Kai Lorenz, Lorenz Fördertechnik", "SB MB", "two-questions+question-first+company"),

    # out of scope
    ("Hallo, ich bin Azubi im 2. Lehrjahr. Meine Zwischenprüfung ist schlecht gelaufen – zählt die Note eigentlich für den Abschluss? Danke, Merle", "", "oos+chat+greeting+self-intro"),
    ("hi, wie viele urlaubstage hab ich als azubi unter 18? lg", "", "oos+chat+lower"),
    ("Guten Tag, muss mein Betrieb mich für die Berufsschule freistellen, auch wenn der Unterricht erst um 10 Uhr beginnt? Gruß, Yannik", "", "oos+chat+greeting"),
    ("Hello, we export machinery to Egypt and need a certificate of origin. How do we apply for one with the IHK? Regards, Paul Wright, Export Sales", "", "oos+chat+en+signature"),
    ("Sehr geehrte Damen und Herren, unsere Firma ist umgezogen. Wie teilen wir Ihnen die neue Anschrift mit? Mit freundlichen Grüßen, Gerda Hansen, Hansen Bürotechnik", "", "oos+chat+greeting+company"),
    ("hab mein facebook-passwort vergessen, könnt ihr mir helfen? lol", "", "oos+chat+lower"),
    ("Vielen Dank für die schnelle Hilfe gestern! Schönes Wochenende, Birte", "", "oos+chat+thanks"),
    ("Hey, how's it going? Just testing this chat :)", "", "oos+chat+en+smalltalk"),
    ("Hallo, ich suche noch einen Ausbildungsplatz als Mediengestalter in Hannover. Habt ihr Tipps? Gruß, Luca", "", "oos+chat+greeting"),
    ("Good morning, what's the minimum monthly pay for a first-year apprentice? Thanks, Ewa", "", "oos+chat+en+greeting"),
    ("Guten Tag, im Ausbildungsvertrag unseres Azubis steht ein falsches Ende der Ausbildung. Wie wird das geändert? Gruß, Jörg Mattern", "", "oos+chat+greeting"),
    ("Hallo, wir wollen das ELSTER-Organisationszertifikat auf einen anderen Geschäftsführer umstellen. Wie geht das? Danke", "", "oos+chat+greeting"),
    ("Hi, how do I unsubscribe from the IHK newsletter? Thanks, Rachel", "", "oos+chat+en+greeting"),
    ("Moin, kann ich meine Ausbildung nach der Elternzeit in Teilzeit fortsetzen? LG, Svenja", "", "oos+chat+greeting"),
    ("Hallo, ich habe das Passwort für mein E-Mail-Postfach beim Mailanbieter vergessen und komme deshalb nicht an die Bestätigungsmail. Könnt ihr das zurücksetzen? Gruß", "", "oos+chat+greeting"),
    ("Guten Tag, ich möchte die Ausbildereignungsprüfung ablegen. Wann sind die nächsten Termine? Grüße, Dennis Kühn", "", "oos+chat+greeting"),
    ("Hi, my trainee is 16 – how many hours a day is she allowed to work? Regards, Sarah Mitchell", "", "oos+chat+en+greeting"),
    ("hallo, darf ich meine berichte zuhause am wochenende schreiben oder muss das in der arbeitszeit passieren? danke", "", "oos+chat+lower"),
    ("Guten Morgen, müssen die Berichte wöchentlich geschrieben werden oder reicht monatlich? Unser Azubi fragt. Gruß, Petra Dörr", "", "oos+chat+greeting"),
    ("Hello, I'll probably be ill on the day of my final exam. How do I get a new exam date? Thanks, Mehmet", "", "oos+chat+en+greeting"),
    ("Hallo, wir würden gern zum ersten Mal ausbilden. Welche Voraussetzungen muss unser Betrieb dafür erfüllen? Grüße, Claudia Witt, Witt Immobilien", "", "oos+chat+greeting+company"),
    ("hi, wie komm ich in den moodle kurs für die prüfungsvorbereitung? lg", "", "oos+chat+lower"),
    ("Wann hat die IHK am Brückentag geöffnet? Ich wollte persönlich vorbeikommen. Danke, Hannes", "", "oos+chat+question-first"),
    ("Hello, I lost my final exam certificate during a move. Can I get a copy? Best, Fatima", "", "oos+chat+en+greeting"),
    ("Good afternoon, does anyone pay back the travel costs to vocational school? Leonie", "", "oos+chat+en+greeting"),
    ("Hi, can I do part of my apprenticeship abroad, e.g. three months in Ireland? Thanks, Jonas", "", "oos+chat+en+greeting"),
    ("Danke schön, das hat geholfen 👍", "", "oos+chat+thanks"),
    ("Hallo zusammen, ich bin Aylin Demir, Auszubildende zur Industriekauffrau im dritten Lehrjahr bei der Nordstern Logistik GmbH in Hannover. Ich habe ein Problem: Meine mündliche Abschlussprüfung wurde auf denselben Tag gelegt wie eine Klausur in der Berufsschule, die für meine Zeugnisnote zählt. Außerdem war ich in den letzten Wochen zweimal krank und frage mich, ob die Fehltage in der Schule Auswirkungen auf meine Zulassung zur Prüfung haben. Wen muss ich wegen der Terminüberschneidung kontaktieren? Vielen Dank und viele Grüße, Aylin Demir", "", "oos+long+greeting+self-intro+company"),
]

if __name__ == "__main__":
    write("chat", ROWS)
