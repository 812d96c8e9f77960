"""chat.jsonl: questions about the bundled FAQ wrapped as chat messages (hand-written)."""
from common import write

ROWS = [
    # export-betriebswechsel
    ("Hallo zusammen, ich bin Jana, Azubi im zweiten Jahr als Kauffrau für Büromanagement. Mein Chef verkauft die Firma und ich wechsle zum 1. Juni in einen anderen Betrieb. Kann ich meine ganzen Berichte irgendwie mit rübernehmen? Danke!", "EX", "greeting+name+company"),
    ("hi, kurze frage: wie krieg ich mein berichtsheft als datei raus? ich fang nächste woche bei ner anderen firma an. lg tom", "EX", "lower+name"),
    ("Good morning, I'm Lukas, an apprentice mechatronics technician. My training company is closing and I'll finish my apprenticeship elsewhere. What happens to the reports I've already written online? Best, Lukas", "EX", "en+greeting+name"),
    ("Wie exportiere ich das Berichtsheft unserer Auszubildenden, die zu einem Partnerbetrieb wechselt? Sie fängt dort am Montag an. Viele Grüße, Sabine Kröger, Personal, Holzbau Wendland GmbH", "EX", "question-first+signature"),
    ("Hallo, wo genau ist die Exportfunktion versteckt? Ich will mein Berichtsheft sichern, bevor ich den Betrieb wechsle. Danke, Nora", "EX", "greeting+thanks"),
    # export-fehler-andere-ihk
    ("Guten Tag, ich versuche seit gestern, mein Berichtsheft zu exportieren, weil ich in den Bezirk der IHK Braunschweig wechsle. Jedes Mal kommt eine Fehlermeldung, auch wenn ich nur eine Woche auswähle. Was kann ich tun? Gruß, Melanie Hoff", "EF", "greeting+name"),
    ("hey, export klappt nicht, immer error. hab schon verschiedene monate probiert. woran liegt das??", "EF", "lower+colloquial"),
    ("Hello, my apprentice is moving to a company in another chamber district and we need to transfer her record book. The export stops with an error every time. Is something broken in her weeks? Thanks, Ian Drummond, Training Lead, Kestrel Logistics", "EF", "en+signature"),
    ("Wo finde ich die Anleitung, um kaputte Wochen zu reparieren? Beim Export kommt bei mir eine Meldung, dass etwas fehlerhaft ist. Ich bin Azubi bei einem Elektrobetrieb in Nienburg, danke im Voraus.", "EF", "question-first+company"),
    # standort-anderes-bundesland
    ("Moin, wir sind ein Familienbetrieb mit Sitz in Erfurt und nutzen das SSP dort schon seit zwei Jahren. Ab Herbst bilden wir auch in unserer neuen Filiale in Laatzen aus. Können wir dafür den vorhandenen Account nehmen oder müssen wir uns bei der IHK Hannover neu anmelden? Grüße, Frank Bauer", "SB", "greeting+company+name"),
    ("Dear team, our group is already registered in the LUX-BS portal through our head office in Munich. We are opening a workshop in the Hannover region with two apprentices. Can we keep one account? Kind regards, Priya Nair, HR Business Partner, Novatek Systems, priya.nair@example.com", "SB", "en+signature+email"),
    ("gilt unser account aus sachsen auch für den neuen standort bei hannover? wir haben dort ab august drei azubis. danke", "SB", "lower+question-first"),
    # anwendung-finden
    ("Hallo, ich bin Mert und fange im August meine Ausbildung zum Fachinformatiker an. Meine Ausbilderin meint, ich soll die Berichte digital schreiben. Wo finde ich das? Und brauche ich dafür extra einen Zugang?", "AF", "greeting+name"),
    ("Hi! Where exactly do I log in to write my weekly reports? I already have an account for the Azubi-Infocenter, does that work too? Cheers, Sofia", "AF", "en+greeting+name"),
    ("Über welches Portal läuft das Berichtsheft? Meine Berufsschullehrerin hat nur gesagt, es geht jetzt online. Gruß Lea", "AF", "question-first+name"),
    ("guten morgen, ich bin schon im fortbildungs-infocenter registriert, geht damit auch das berichtsheft oder muss ich mich nochmal neu anmelden? lg", "AF", "lower+greeting"),
    ("Hey, kurze Frage: Kann ich meinen ASTA-Login fürs Berichtsheft nehmen oder brauch ich einen neuen LUX-Account? Danke, Ali", "AF", "colloquial+name"),
    # registrierungscode
    ("Hallo, ich bin neu als Ausbildungsbeauftragte bei der Bäckerei Sonnenkorn in Wunstorf. Unsere Azubis sollen das digitale Berichtsheft nutzen. Bekommen wir von der IHK einen Code zur Registrierung zugeschickt? Viele Grüße, Ute Lammers", "RC", "greeting+self-intro+company"),
    ("Hello, we never received any registration code for the digital record book. Is it sent by post? Regards, Tomasz Wiśniewski, Office Manager, Baltic Freight Services", "RC", "en+signature"),
    ("ich warte seit 3 wochen auf einen registrierungscode fürs berichtsheft, kommt da noch was?? gruß kevin", "RC", "lower+name"),
    ("Wie registriert sich ein Unternehmen für das Berichtsheft? Wir haben ein ELSTER-Zertifikat. Mit freundlichen Grüßen, Dirk Seegers, Geschäftsführer, Seegers Haustechnik GmbH, Tel. 05031 000 47-11", "RC", "question-first+signature+phone"),
    # seite-zeigt-hallo
    ("Hallo, ich habe mich gerade im Serviceportal Bildung eingeloggt, aber da steht wirklich nur „Hallo“ und sonst gar nichts. Kein Berichtsheft, keine Menüs. Was habe ich falsch gemacht? Danke, Nele", "HA", "greeting+name"),
    ("Good afternoon, after signing in to the education portal I only get a page saying 'Hallo'. No tiles, nothing to click. What do I need to do? Thanks, Aaron", "HA", "en+greeting"),
    ("bei mir nur hallo-seite, sonst leer. muss unsere firma noch was mit elster machen? gruß aus hameln, selin", "HA", "lower+name"),
    ("Warum sehe ich nach dem Login nur eine Begrüßung? Ich bin Ausbilder in einem Malerbetrieb und wollte die Berichte meiner Azubis prüfen. Danke und schöne Grüße, Jörg Wiebe", "HA", "question-first+company"),
    ("Hi, this is Anja from Tiedemann Logistik. We registered the company with our ELSTER certificate, but when I log in I still only see 'Hallo'. What did we miss? Anja Tiedemann, anja@example.com", "HA", "en+self-intro+email"),
    # name-stimmt-nicht
    ("Hallo, ich heiße eigentlich Anna-Lena Marie Schubert, im Portal habe ich mich aber nur mit Anna-Lena registriert. Jetzt kommt immer, dass mein Name nicht mit dem Vertrag übereinstimmt. Was muss ich machen?", "NC", "greeting+name+symptom"),
    ("Hi, I'm Daniel. I keep getting an error that my name doesn't match my training contract when I try to log in. Could you please fix this? Thanks, Daniel Okafor, daniel.okafor@example.org", "NC", "en+plea+symptom+email"),
    ("guten tag, fehler beim login: name stimmt nicht mit ausbildungsvertrag. ich heiße müller-lüdenscheidt mit bindestrich, vielleicht deswegen? gruß", "NC", "lower+symptom"),
    ("Wie lange dauert es, bis ich mich nach der Namensanpassung wieder anmelden kann? Ich habe Ihnen gestern geschrieben. Danke, Aylin Demir", "NS", "question-first+duration"),
    ("Hello, I'm an apprentice. The login says my name is not the same as in my contract. My contract says 'Nguyen Thi Lan', I typed 'Lan Nguyen'. Can you correct it? Thank you, Lan", "NC", "en+self-intro+plea+symptom"),
    # kein-zugriff-trotz-registrierung
    ("Hallo, wir sind ein Autohaus mit fünf Ausbildern in Burgdorf. Alle haben sich im Serviceportal registriert, aber keiner kommt ans Berichtsheft. Muss ich als Admin da noch etwas einstellen? Gruß, Claudia Rehbein, Ausbildungsleitung, Autohaus Rehbein", "KZ", "greeting+company+signature"),
    ("Hello, three of our instructors created their accounts last week but they still can't access anything in the Serviceportal Bildung. What are we missing? Best regards, Oliver Grant, Training Coordinator, Harbor Tech GmbH", "KZ", "en+signature"),
    ("kollegin ist registriert, hat aber keinen zugriff, wo weise ich ihr das zu? danke, micha", "KZ", "lower+name"),
    ("Was muss passieren, damit unsere registrierten Mitarbeitenden aufs Berichtsheft zugreifen können? Ich habe die Rolle Ausbildungsadministrator. Viele Grüße aus Lehrte", "KZ", "question-first"),
    ("Guten Tag, ich bin registrierter Ausbilder, kann aber die Berichtshefte unserer Azubis nicht öffnen – ich sehe gar nichts. Fehlt mir eine Zuordnung? Gruß, Uwe Brandes, Brandes Sanitär", "KZ", "greeting+signature"),
    # identnummer-nicht-gefunden
    ("Hallo, ich wollte mich eben fürs Berichtsheft registrieren, und es kommt die Meldung, dass meine Identnummer nicht gefunden wird. Ich habe sie vom Schreiben abgetippt. Was nun? Gruß, Finn Jacobs", "ID", "greeting+name"),
    ("Hi there, where can I find my ident number? My trainer says I need it, but I don't remember getting it. Thanks, Marta", "ID", "en+greeting"),
    ("können sie mir die identnummern unserer drei neuen azubis nochmal schicken? die bestätigungen sind irgendwie weg. danke, birgit vom tischlerhof", "ID", "lower+company"),
    ("Guten Tag, bei der Registrierung heißt es, meine Identnummer gibt es im System der IHK nicht. Ich habe sie zweimal geprüft. Kann sich das jemand ansehen? Beste Grüße, Jonas Berger, jonas.berger@example.com", "ID", "greeting+email"),
    # mehrere-rollen-eine-email
    ("Guten Tag, ich bin Ausbilderin in zwei Firmen derselben Inhaberfamilie (Metallbau und Landtechnik). Kann ich beide mit meiner einen E-Mail-Adresse betreuen, oder brauche ich zwei Accounts? Viele Grüße, Heike Ostermann", "MR", "greeting+company+name"),
    ("Hi, I'm training admin for one company and a trainer in another. Can both roles run under a single email address? Kind regards, Leon", "MR", "en+self-intro"),
    ("brauch ich für jede betriebsstätte ne eigene mailadresse, wenn ich überall andere rechte habe? gruß", "MR", "lower+colloquial"),
    # mehrere-betriebsstaetten
    ("Hallo, wir haben drei Betriebsstätten (Hannover, Langenhagen, Seelze) und ich betreue alle Azubis. Im Portal sehe ich aber nur Hannover. Wie komme ich an die anderen? Danke, Ralf Henke", "MB", "greeting+company+name"),
    ("Hello, how do I switch between our different sites in the Serviceportal Bildung? I manage apprentices at two locations. Thanks, Emma Clarke", "MB", "en+question-first"),
    ("wo ist dieses dropdown zum wechseln der filiale? ich finds nicht. lg svenja", "MB", "lower+name"),
    # azubi-entfernen
    ("Hallo, unser Azubi Marvin hat letzte Woche gekündigt. Wie nehme ich ihn aus dem Self Service Portal raus? Viele Grüße, Petra Lindner, Ausbildung, Gartenbau Lindner KG", "DA", "greeting+signature+howto"),
    ("Hello, one of our apprentices finished her training in January. How do I remove her from our list in the portal? Regards, Megan", "DA", "en+howto"),
    ("Wie lange bleibt das Berichtsheft eines ausgelernten Azubis noch im System? Wir sind ein Betrieb in Stuttgart, also Baden-Württemberg. Danke, Markus Veit", "AE", "question-first+deadline"),
    ("hi, kann ich das berichtsheft von einem ehemaligen azubi auch selbst löschen oder passiert das von allein? gruß andrea", "AE", "lower+deadline"),
    ("Good morning, we need to remove an apprentice who failed his probation period from the SSP. How is that done? Regards, Henrik Lund, Workshop Manager, Lund Metalworks", "DA", "en+signature+howto"),
    # azubi-anlegen
    ("Guten Morgen, ich bin seit Kurzem Ausbildungsadministratorin bei der Stadtwerke-Service Süd GmbH. Unsere vier neuen Azubis sind bei der IHK schon eingetragen. Wie bekomme ich sie ins SSP? Danke, Katrin Möller", "AA", "greeting+self-intro+company"),
    ("Hi, where do I find the overview of all our apprentices in the SSP? I'm the new training admin. Thanks, Noah Fischer", "AA", "en+question-first"),
    ("wie lege ich einen azubi an, dessen vertrag die ihk schon hat? bei mir kommt nur, dass es ihn schon gibt. danke", "AA", "lower"),
    # user-geloescht-nicht-angezeigt
    ("Hallo, ich habe gestern einen Ausbilder gelöscht, weil die E-Mail falsch war, und ihn dann neu angelegt. Jetzt erscheint er überhaupt nicht mehr. Können Sie helfen? Gruß, Sandra Peters, Ausbildungsadmin", "DU", "greeting+symptom+signature"),
    ("Hello, please delete the account of our former trainer Mr Hansen completely, his address is hansen@example.org. Thanks, Laura Becker, HR, Becker Elektro", "DU", "en+plea+email+signature"),
    ("Darf ich als Admin Nutzer überhaupt selbst löschen oder muss das die IHK machen? Frage von Dennis, Ausbildungsleiter in einer Spedition.", "UG", "question-first+who-may"),
    ("user gelöscht, wieder angelegt, jetzt weg. was tun? gruß mo", "DU", "lower+symptom"),
    # userdaten-bearbeiten
    ("Guten Tag, beim Anlegen unseres Ausbilders habe ich „Schmitt“ statt „Schmidt“ eingetragen. Wie kann ich das ändern? Viele Grüße, Ina Vogel", "NC", "greeting+howto"),
    ("Hi, one of our trainers got married and has a new surname. Can you update her name in the portal? Thanks, Chris Wade, Training Admin, Wade & Sons Carpentry", "NC", "en+plea+signature"),
    ("Kann ich die E-Mail-Adresse eines Kollegen im SSP selbst anpassen oder läuft das über euch? Danke, Hannes", "UB", "question-first+who-may"),
    ("hallo, die mailadresse von unserer ausbilderin hat sich geändert (neue domain). wie bekomm ich die im portal geändert? gruß jan", "NC", "lower+howto"),
    # ausbilder-freischalten
    ("Hallo, ich bin Laura, Azubi zur Industriekauffrau. Ich habe mich jetzt im Portal angemeldet. Muss meine Ausbilderin mich noch irgendwo bestätigen, bevor ich loslegen kann?", "FR", "greeting+self-intro"),
    ("Hi, ich bin neu als Azubi und habe mich gestern registriert. Muss mein Ausbilder mich erst aktivieren? Danke, Ben", "FR", "self-intro"),
    ("wer muss mich eigentlich freischalten, mein ausbilder oder jemand anderes? ich warte schon seit tagen. lg kim", "FR", "lower+name"),
    ("Ist bei uns der Ausbilder oder der Ausbildungsadministrator für die Verwaltung der Azubis zuständig? Wir sind ein kleiner Betrieb mit 12 Mitarbeitenden und stellen gerade um. Gruß, Heiko", "FR AA", "question-first+company"),
    # andere-rolle-asta
    ("Hallo, im ASTA-Infocenter bin ich Ausbildungsadministrator, im SSP aber nur Ausbilder. Wer kann mir die richtige Rolle geben? Danke, Stefan Krüger, Ausbildungsleitung, Krüger Fahrzeugbau", "AR", "greeting+signature"),
    ("Hello, my permissions in the Self Service Portal don't match what I have in ASTA. Who do I ask to change my role? Thanks, Fatima", "AR", "en+greeting"),
    ("im ssp fehlt mir die admin-rolle, im asta hab ich sie. wen muss ich fragen? gruß nils", "AR", "lower+name"),
    # wer-registriert
    ("Guten Tag, ich möchte gern wissen, welche Kolleginnen und Kollegen aus unserem Betrieb schon im SSP registriert sind. Können Sie mir das zuschicken? Viele Grüße, Monika Arndt, Personalabteilung, Arndt Druck GmbH, Tel. 0511 000 38-20", "WR", "greeting+signature+phone"),
    ("Hi, is there any way to see which people from our company already have an account in the SSP? Regards, Sam Patel", "WR", "en+greeting"),
    ("woran seh ich, wer von uns schon registriert ist? bin die neue ausbildungsleiterin. lg", "WR", "lower+self-intro"),
    # azubi-nicht-angezeigt
    ("Hallo, ich bin Ausbilder in einem Dentallabor in Garbsen. Unsere neue Auszubildende ist im SSP nirgends zu sehen, obwohl ihr Vertrag durch ist. Woran liegt das? Gruß, Bernd Kaiser", "AN", "greeting+company+name"),
    ("Hello, I can't find my trainee in the portal. He started on 1 August. Is there something he needs to do first? Thanks, Grace", "AN", "en+greeting"),
    ("warum seh ich meinen azubi nich? der hat doch nen vertrag. danke", "AN", "lower+colloquial"),
    # two questions
    ("Hallo, zwei Fragen: Wo finde ich meine Identnummer, und muss mich mein Ausbilder nach der Anmeldung noch freischalten? Danke, Jana", "ID FR", "two-questions+greeting"),
    ("Hi, I have two questions. How do I switch between our two branches in the portal? And can I keep one email address for my roles at both? Thanks, Mark", "MB MR", "two-questions+en"),
    ("Guten Tag, unser ehemaliger Azubi hat die Ausbildung abgebrochen – bitte aus dem Portal entfernen. Außerdem: Wie lege ich die neue Auszubildende an, die schon eingetragen ist? Gruß, Tanja Reuter", "DA AA", "two-questions+plea"),
    ("hallo, bei mir steht nur hallo im portal. und woher bekomme ich den registrierungscode? lg", "HA RC", "two-questions+lower"),
    ("Hello, my name is wrong in the portal (my second surname is missing), so I cannot log in – please correct it. Also, where do I find the record book once I'm in? Thanks, Camila Ortega Ruiz, camila.ortega@example.org", "NC AF", "two-questions+en+plea+email"),
    ("Wir wechseln mit unserer Azubine zu einer anderen IHK. Wie exportieren wir das Berichtsheft, und was tun wir, wenn dabei ständig ein Fehler kommt? Gruß, Holger Stein", "EX EF", "two-questions"),
    ("Hallo, ich sehe meinen neuen Azubi nicht, und meine Rolle im SSP ist anders als im ASTA. Wer kann mir da helfen? Danke, Iris", "AN AR", "two-questions+greeting"),
    ("Hi, can you tell me who from our firm is already registered in the SSP? And why can't our registered trainers access anything? Thanks, Paul Meyer, Meyer Bau", "WR KZ", "two-questions+en+signature"),
    ("Guten Tag, ich habe einen User gelöscht und neu angelegt, nun wird er nicht angezeigt. Und kann ich eigentlich mehrere Standorte im Portal verwalten? Viele Grüße, Doris Engel", "DU MB", "two-questions+symptom"),
    ("Our company is already registered in Bavaria – can we use that account for our site in Hannover? And do we need a registration code for it? Regards, Felix Wagner", "SB RC", "two-questions+en"),
    # long
    ("Sehr geehrte Damen und Herren, mein Name ist Johanna Friederike Albers, ich mache seit August eine Ausbildung zur Kauffrau im Groß- und Außenhandel bei der Albers & Weiß Agrarhandel GmbH in Sulingen. Als ich mich letzte Woche im Serviceportal angemeldet habe, habe ich nur meinen ersten Vornamen eingegeben, weil ich den zweiten nie benutze. Seitdem bekomme ich bei jedem Versuch die Meldung, dass der Name nicht zu meinem Ausbildungsvertrag passt. Meine Ausbilderin meinte, ich soll mich an Sie wenden. Können Sie das bitte richtigstellen? Vielen Dank, Johanna Albers, j.albers@example.org", "NC", "long+plea+symptom+email"),
    ("Hello, my name is Aidan Murphy and I am in the second year of my apprenticeship as an IT specialist. My current training company, a small software firm in Hameln, is being taken over and the new owner will not continue the apprenticeship, so from next month I will finish my training at another company in Hildesheim. I have written all my weekly reports in the digital record book so far and I really don't want to lose them or type them again. How do I take them with me to the new company? Thanks a lot, Aidan", "EX", "long+en+self-intro"),
    ("Guten Tag, hier schreibt Gerd Wilkens, Ausbilder bei der Wilkens Kälte- und Klimatechnik in Springe. Wir haben seit dem 1. August einen neuen Auszubildenden, Jannis. Der Ausbildungsvertrag ist bei Ihnen eingetragen, die Bestätigung haben wir bekommen. Trotzdem finde ich Jannis im Self Service Portal nicht, weder in meiner Übersicht noch sonst wo, und ich kann seine Berichte natürlich auch nicht abzeichnen. Meine Kollegin aus der Verwaltung sieht ihn ebenfalls nicht. Woran kann das liegen? Mit freundlichen Grüßen, Gerd Wilkens, Tel. 05041 000 19-3", "AN", "long+signature+phone"),
    ("Hallo liebes IHK-Team, ich bin Ausbildungsadministratorin bei einem Pflegedienst mit zwei Standorten. Eine unserer Auszubildenden, Frau Celik, hat ihren Ausbildungsvertrag zum Ende der Probezeit aufgelöst und ist seit drei Wochen nicht mehr bei uns. Sie erscheint aber weiterhin in unserer Liste im Self Service Portal, und ich möchte vermeiden, dass die Ausbilder sie versehentlich noch Berichten zuordnen. Wie entferne ich sie aus dem Portal, und muss ich Ihnen dazu etwas schicken? Viele Grüße, Beate Hollmann, Pflegedienst Hollmann, b.hollmann@example.com", "DA", "long+statement+howto+email"),
    ("Good afternoon, I'm writing on behalf of Ferrum Components, a supplier with plants in Saxony and Lower Saxony. Our Leipzig plant has been using the LUX-BS Self Service Portal for some time and I am the training administrator there. Now our plant in Nienburg, which belongs to the IHK Hannover area, is taking on its first three apprentices in September. I would like to manage them with my existing account instead of creating a second one. Is that possible, and where do I find instructions? Kind regards, Katarzyna Nowak, Head of Vocational Training", "SB", "long+en+company+signature"),
    ("Moin! Ich bin Sven Rademacher und habe gerade mit meiner Ausbildung zum Fachlageristen angefangen. Mein Ausbilder hat mir gesagt, ich soll mich fürs digitale Berichtsheft anmelden. Das habe ich gemacht, mit Benutzername und Passwort und allem, aber wenn ich drin bin, steht da oben nur „Hallo“ und darunter ist die Seite komplett weiß. Ich habe es mit dem Handy und am PC probiert, gleiches Ergebnis. Mein Ausbilder weiß auch nicht weiter. Muss da noch irgendwas freigeschaltet oder bestätigt werden? Danke schon mal, Sven", "HA", "long+greeting+self-intro"),
    ("Hello, I'm Rebecca Hughes, training administrator at Brightwater Hotels in Hannover. Last month I asked four of our department heads to register in the Serviceportal Bildung so that they can review their apprentices' weekly reports. All four have confirmed that their accounts work and they can log in, but none of them can open the record books or see any apprentices at all. I assumed the accounts would be linked to our company automatically. Is there something I need to set up for them on my side? Thanks, Rebecca, rebecca.hughes@example.com", "KZ", "long+en+self-intro+email"),
    # out of scope
    ("Hallo, ich bin Azubi im ersten Jahr. Wann erfahre ich meine Note von der Zwischenprüfung? Danke, Tim", "", "oos+exam"),
    ("Hi, how many vacation days do I get as an apprentice? My boss says 24. Thanks, Mia", "", "oos+en+vacation"),
    ("guten tag, mein betrieb lässt mich nicht zur berufsschule gehen, wenn viel zu tun ist. darf der das? lg", "", "oos+lower+school"),
    ("Hallo, wir brauchen für eine Lieferung nach Ägypten ein Ursprungszeugnis. Wo beantragen wir das? Grüße, Jens Harms, Versand, Harms Maschinenbau", "", "oos+other-service+signature"),
    ("Hello, our company moved to a new address. How do we update the address in the IHK's records? Best, Olivia Brown", "", "oos+en+company-address"),
    ("Hallo, gibt es die IHK auch auf Facebook, damit ich Neuigkeiten mitbekomme? Danke", "", "oos+social"),
    ("Vielen Dank für die schnelle Hilfe gestern, hat alles geklappt! Schönes Wochenende, Gabi", "", "oos+thanks"),
    ("hey wie gehts dir so? langweilig hier in der berufsschule", "", "oos+smalltalk+lower"),
    ("Hallo, ich suche noch einen Ausbildungsplatz als Kfz-Mechatroniker in Hannover. Können Sie mir Betriebe nennen? Gruß, Leon", "", "oos+job-search"),
    ("Hello, how much does an apprentice in retail earn in the third year? Thanks, Jake", "", "oos+en+pay"),
    ("Guten Tag, in meinem Ausbildungsvertrag steht das falsche Enddatum. Wie wird der Vertrag geändert? Grüße, Sina Lorenz", "", "oos+contract"),
    ("Hallo, wie verlängern wir unser ELSTER-Organisationszertifikat? Es läuft nächsten Monat ab. Danke, Buchhaltung Meiners GmbH", "", "oos+other-portal"),
    ("Hi, how do I unsubscribe from the IHK newsletter? I get it twice. Thanks, Rachel", "", "oos+en+newsletter"),
    ("Ist eine Ausbildung in Teilzeit möglich, wenn ich ein kleines Kind habe? Ich bin 24 und möchte im Herbst anfangen. Danke, Svetlana", "", "oos+part-time"),
    ("Hallo, ich habe mein Passwort für das Serviceportal vergessen und bekomme keine Mail zum Zurücksetzen. Was kann ich tun? Gruß, Pia", "", "oos+password"),
    ("Hello, can I take the trainer aptitude exam (AEVO) online? Regards, Mateo", "", "oos+en+exam"),
    ("guten morgen, wie viele stunden darf ich als azubi unter 18 am tag arbeiten? danke", "", "oos+lower"),
    ("Hi, am I allowed to write my reports during working hours or do I have to do it at home? Thanks, Elif", "", "oos+en+recordbook"),
    ("Hallo, mein Ausbilder will, dass ich die Berichte jede Woche schreibe, in der Schule sagen sie, monatlich reicht. Was stimmt denn? Gruß, Dana", "", "oos+recordbook"),
    ("Hello, our apprentice is ill on the exam day. How do we get a new exam date? Regards, Ahmed Saleh, Saleh Catering", "", "oos+en+exam+signature"),
    ("Hallo, wir möchten als Betrieb zum ersten Mal ausbilden. Wie werden wir als Ausbildungsbetrieb anerkannt? Gruß, Karin Thiele, Thiele Floristik", "", "oos+company"),
    ("Wie bekomme ich einen Zugang zur Lernplattform Moodle an der BBS? Danke, Jonas", "", "oos+other-portal"),
    ("Hi! Wollte nur sagen, dein Chat ist echt cool. Tschüss!", "", "oos+smalltalk"),
    ("Guten Tag, welche Öffnungszeiten hat das Servicecenter der IHK Hannover? Ich möchte persönlich vorbeikommen. Gruß, Herr Yilmaz", "", "oos"),
    ("Hello, I lost my final exam certificate. How can I get a copy? Thanks, Nina Kowalski, nina.k@example.com", "", "oos+en+certificate+email"),
    ("Hallo, darf mein Betrieb mir die Fahrtkosten zur Berufsschule vom Gehalt abziehen? Danke, Luca", "", "oos+pay+school"),
    ("Hallo, kann man als Azubi einen Teil der Ausbildung im Ausland machen, zum Beispiel in Irland? Gruß, Hannah", "", "oos"),
    ("Hallo, ich bin Lara Beckmann, Azubi im dritten Lehrjahr als Hotelfachfrau bei einem Tagungshotel in Bad Nenndorf. Meine Abschlussprüfung ist im Sommer, aber unser Chef hat genau in der Prüfungswoche eine große Hochzeit geplant und meint, ich soll die Prüfung einfach verschieben. Außerdem hat die Berufsschule mir gesagt, dass ich wegen zu vieler Fehltage eventuell nicht zugelassen werde. Ich weiß gerade nicht, an wen ich mich wenden soll. Darf mein Betrieb das verlangen, und was passiert mit der Zulassung? Danke für jede Hilfe, Lara", "", "oos+long+exam+school"),
]

if __name__ == "__main__":
    write("chat", ROWS)
