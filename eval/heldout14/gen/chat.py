"""heldout14 chat.jsonl: questions wrapped as chat messages (greetings, names, companies,
signatures, e-mail addresses, thanks, several sentences, question first, lower case), 10 with two
questions, 8 long ones, 28 out of scope. Written by hand; run to rewrite ../chat.jsonl."""
from common import write

ROWS = [
    # export-betriebswechsel
    ("Hallo liebes IHK-Team, ich bin Svea, 19, und mache eine Ausbildung zur Kauffrau im Einzelhandel bei einem "
     "kleinen Modegeschäft in Burgwedel. Leider hört meine Chefin zum Jahresende auf und der Laden wird nicht "
     "weitergeführt. Zum Glück hat mir eine Drogeriekette in Sehnde angeboten, dass ich meine Ausbildung dort "
     "fortsetzen kann, ab Januar im dritten Lehrjahr. Ich habe in den letzten zwei Jahren jede Woche brav im "
     "digitalen Berichtsheft geschrieben und will das auf keinen Fall verlieren. Kann ich das irgendwie mitnehmen, "
     "damit mein neuer Ausbilder sieht, was ich schon gemacht habe? Vielen Dank im Voraus!",
     "EX", "chat+greeting+self-intro+name+long"),
    ("hey, switching employers in march — do my record book entries come along with me? cheers, tobi",
     "EX", "chat+en+lower+name"),
    ("Guten Tag, unser neuer Auszubildender Herr Yılmaz kommt im zweiten Lehrjahr von einem anderen Autohaus zu "
     "uns. Wie kann er seine bisherigen Berichtswochen mitbringen? Mit freundlichen Grüßen, Doris Heinemann, "
     "Ausbildungsleitung, Autohaus Heinemann, Tel. 0555 404-17", "EX", "chat+greeting+signature+company+phone"),
    ("Guten Tag, unsere Auszubildende wechselt nach dem zweiten Lehrjahr zu einem Betrieb in Hildesheim. Wie nimmt "
     "sie ihr Berichtsheft mit, und wie lange bleibt es danach noch bei uns im System, bevor es automatisch "
     "gelöscht wird? Gruß, Frieda Lohmann", "EX AE", "chat+greeting+name+two-questions+deadline"),
    # export-fehler-andere-ihk
    ("Hallo, ich bin von Celle nach Bielefeld gezogen und muss mein Berichtsheft an die IHK Ostwestfalen "
     "übertragen. Da kommt aber jedes Mal ein Fehler, sogar wenn ich nur den März auswähle. Hilfe? Gruß, Merve",
     "EF", "chat+greeting+self-intro+name"),
    ("berichtsheft export an neue ihk → fehler. egal welcher zeitraum. ideen?", "EF", "chat+lower"),
    ("Dear IHK team, our apprentice has transferred to the chamber district of Stade, and exporting her record "
     "book there fails with an error message every time. Is there a way to fix this? Kind regards, Oliver Grant, "
     "training manager, Grant Marine Services", "EF", "chat+en+greeting+signature+company"),
    ("Woran liegt es, dass der Export meines Berichtshefts zu einer anderen IHK immer abbricht? Ich hab's jetzt "
     "fünfmal versucht, mit jedem denkbaren Zeitraum. Danke, Luis", "EF", "chat+question-first+name+thanks"),
    # standort-anderes-bundesland
    ("Sehr geehrte Damen und Herren, wir sind ein Hersteller von Verpackungsmaschinen mit Sitz in Erfurt und "
     "beschäftigen dort rund 300 Mitarbeitende. Unsere Ausbildungsabteilung arbeitet seit zwei Jahren mit dem "
     "LUX-BS Self Service Portal und ist über die IHK Erfurt registriert; alle Rollen sind dort sauber vergeben. "
     "Im kommenden Frühjahr übernehmen wir einen Zulieferbetrieb in Lehrte, der zum Bezirk der IHK Hannover "
     "gehört, und wollen dort ab August vier Industriemechaniker ausbilden. Meine Frage: Dürfen wir für diesen "
     "neuen Standort unser bestehendes Konto nutzen, oder brauchen wir eine eigene Registrierung bei Ihnen? "
     "Mit freundlichen Grüßen, Dr. Katrin Vogler, Leiterin Personalentwicklung, Vogler Maschinenbau AG",
     "SB", "chat+greeting+company+signature+long"),
    ("Hi, our group is registered in the SSP through our head office in Düsseldorf. Can we use that account for "
     "our new workshop in Springe, and can I as a trainer hold roles at both places with just my one e-mail "
     "address? Thanks, Hannah Clarke, Clarke Automotive", "SB MR",
     "chat+en+greeting+signature+company+two-questions"),
    ("firma schon in hessen im lux-bs, standort neu in hannover. neuer account nötig?", "SB", "chat+lower"),
    ("Moin, wir haben ein Büro in Hamburg mit SSP-Zugang und übernehmen jetzt eine Firma in Wunstorf. Gilt unser "
     "Zugang auch dort? Gruß, Kerstin Mahnke", "SB", "chat+greeting+name"),
    # anwendung-finden
    ("Hallo, ich heiße Jonas Wiebe und fange am 1. September als Mechatroniker-Azubi an. Wo genau führe ich das "
     "Berichtsheft, gibt es dafür ein bestimmtes Portal?", "AF", "chat+greeting+self-intro+name"),
    ("Guten Tag, unter welcher Adresse erreiche ich eigentlich das Berichtsheft im Netz? Und als ich mich irgendwo registrieren wollte, "
     "hieß es, meine Identnummer gebe es nicht. Gruß, Ilyas", "AF ID", "chat+greeting+name+two-questions"),
    ("Hi, I'm a training coordinator and already have an ASTA login. Is the record book part of some other "
     "website, and can I use my existing details there? Regards, Fatima Khan, Khan Logistics",
     "AF", "chat+en+greeting+self-intro+signature+company"),
    ("Mit welchem Login arbeitet man eigentlich im digitalen Berichtsheft? Frage für meinen Sohn, der bei einem "
     "Elektrogroßhandel in Rinteln anfängt. Danke, Sabine Kurz", "AF", "chat+question-first+name+thanks"),
    # registrierungscode
    ("Hallo IHK, unser Azubi sagt, er braucht einen Code für die Registrierung zum Berichtsheft, den hätte ihm "
     "angeblich die IHK schicken sollen. Stimmt das? Beste Grüße, Ralf Meinecke, Meinecke Dachbaustoffe",
     "RC", "chat+greeting+signature+company"),
    ("Guten Morgen! Zwei Dinge: Brauchen wir einen Registrierungsschlüssel, um unser Unternehmen fürs Berichtsheft "
     "anzumelden? Und wenn ich mich einlogge, begrüßt mich das Portal bloß mit 'Hallo' und zeigt sonst nichts – ist das normal? Gruß, Annette Bode",
     "RC HA", "chat+greeting+name+two-questions"),
    ("is there a code the ihk sends out that i need before signing up for the digital record book? thanks",
     "RC", "chat+en+lower+thanks"),
    ("Hello, we're a small café in Hannover-List taking on our first apprentice. How do we register the business "
     "for the online record book — is there a code we should have received? Best, Lucia Moretti, owner, Caffè "
     "Moretti, lucia@example.com", "RC", "chat+en+greeting+company+signature+email"),
    # seite-zeigt-hallo
    ("Hi zusammen, ich sehe nach der Anmeldung im Serviceportal Bildung bloß ein 'Hallo' oben und sonst gähnende "
     "Leere. Fehlt da noch ein Schritt? Grüße aus Sulingen, Pia", "HA", "chat+greeting+name"),
    ("Good afternoon, the education portal only shows me a greeting after signing in. Do we still have to verify "
     "our company somewhere? Regards, Henrik Larsen, office manager, Larsen Print", "HA",
     "chat+en+greeting+signature+company"),
    ("nur hallo auf der seite, was nun", "HA", "chat+lower"),
    ("Guten Tag, wir kommen nach dem Login nicht über die Begrüßungsseite ('Hallo') hinaus. Was müssen wir tun, "
     "damit das Berichtsheft erscheint? Gisela Hoppe, Hoppe Bürobedarf, Tel. 0555 77 23 10", "HA",
     "chat+greeting+signature+company+phone"),
    # name-stimmt-nicht (6 name_correction, 3 procedure questions)
    ("Hallo zusammen, ich bin Marie-Luise Weber, Auszubildende zur Industriekauffrau bei einem Hersteller von "
     "Landmaschinen in Stadthagen, und sollte diese Woche mit dem digitalen Berichtsheft anfangen. Bei der "
     "Registrierung habe ich mich der Einfachheit halber nur als Marie Weber eingetragen, so nennen mich alle. "
     "Jetzt bekomme ich aber bei jedem Anmeldeversuch die Meldung, dass der eingegebene Name nicht zu meinem "
     "Ausbildungsvertrag passt. Mein Ausbilder hat schon zweimal draufgeschaut und weiß auch nicht weiter. Könnt "
     "ihr meinen Account bitte so ändern, dass es wieder passt? Meine Mailadresse ist "
     "marie-luise.weber@example.org. Danke euch!", "NC", "chat+greeting+self-intro+name+email+symptom+plea+long"),
    ("Hello, whenever I sign in, an error pops up claiming my name and the one on my training agreement differ. The contract says "
     "'Abdirahman Mohamed Ali', I registered as 'Abdi Ali'. Can you sort it out? Thanks, Abdi", "NC",
     "chat+en+greeting+symptom+plea+name+thanks"),
    ("Guten Tag, seit meiner Hochzeit heiße ich Kaminski statt Berger und komme nicht mehr ins Berichtsheft. Bitte "
     "den Namen im Konto anpassen: j.kaminski@example.org. Gruß, Julia", "NC",
     "chat+greeting+statement+plea+email+name"),
    ("Hallo, bitte korrigieren Sie bei unserem Ausbilder den Vornamen im Portal (Jürgen statt Jörgen), "
     "juergen.pape@example.com. Außerdem würde ich gern erfahren, welche anderen Kollegen bei uns bereits einen SSP-Zugang haben. "
     "Danke, Meike Pape, Pape Gerüstbau", "NC WR",
     "chat+greeting+plea+email+signature+company+two-questions"),
    ("Warum lässt mich das Berichtsheft nicht rein, obwohl ich meinen Namen richtig schreibe? Laut Fehlermeldung passt er nicht zu meinem Vertrag – da steht wohl noch mein zweiter Vorname 'Konstantin'. Danke, Leon",
     "NC", "chat+question-first+symptom+name+thanks"),
    ("Hi, I'm Tran Minh Khoa, a first-year apprentice in warehouse logistics at Nordlicht Distribution in "
     "Isernhagen. I have two problems with the digital record book and hope you can help. First, each login attempt ends with a message that my name isn't the same as on my apprenticeship agreement. In Germany my "
     "papers list my family name first, so maybe I typed it the wrong way round; could you please correct it in "
     "my account? Second, my colleague, who started together with me, gets a message that his ident number cannot "
     "be found when he registers. Where would he find the right number? Many thanks, Khoa (khoa.tran@example.org)",
     "NC ID", "chat+en+greeting+self-intro+company+email+symptom+plea+two-questions+long"),
    ("Kurze Frage: Wie lange nach einer Namenskorrektur muss ich warten, bevor ich es noch mal probiere? Gruß, Tamara",
     "NS", "chat+duration+name"),
    ("Hi, once IT has fixed my name, which version should I type when I log in — the one from my contract? "
     "Thanks, Rosa", "NS", "chat+en+greeting+afterwards+name+thanks"),
    ("Moin, wenn bei einer Azubine der Nachname falsch übernommen wurde – welche Angaben braucht ihr dann von mir, "
     "und reicht eine Mail an euch? Gruß, Volker Harms", "NS UB", "chat+greeting+details+address+name"),
    # userdaten-bearbeiten (5 name_correction, 2 procedure questions)
    ("Guten Tag, bei unserer Ausbilderin Frau Dziedzic steht im Portal 'Dzidzic'. Bitte korrigieren, ihre Mail: "
     "a.dziedzic@example.com. Freundliche Grüße, Norbert Vieth, Personalleitung, Vieth Logistik GmbH, "
     "Tel. 0555 61 09 33", "NC", "chat+greeting+plea+email+signature+company+phone"),
    ("Hi, wie ändere ich beim Kollegen Hansen die Mailadresse im SSP? Er hat eine neue Firmenadresse bekommen. "
     "Danke, Ole", "NC", "chat+greeting+howto+concrete+name+thanks"),
    ("Hello, could you update the surname of our trainer Ms Kovač in the portal? She's Ms Kovač-Lang since her "
     "wedding. Her e-mail: m.kovac@example.org. Thanks, Derek Owens, HR, Owens Packaging", "NC",
     "chat+en+greeting+plea+email+signature+company+thanks"),
    ("user angelegt, name falsch getippt – wie bekomm ich das korrigiert?", "NC", "chat+lower+howto"),
    ("Hi there, what's the process for changing a user's details once they're set up in the SSP? Regards, Imogen",
     "NC", "chat+en+greeting+howto+general+name"),
    ("Hallo, zwei Fragen: Ist es vorgesehen, dass wir Benutzerdaten wie Namen selbst im SSP pflegen? Und wie "
     "bekommt eine Kollegin im SSP die Rolle, die sie im ASTA hat? Danke, Heiko Brandt, Brandt Kältetechnik",
     "UB AR", "chat+greeting+who-may+signature+company+two-questions"),
    ("Does the IHK's IT have to change user data, or can our admin do it in the portal? Thanks, Liam Doyle",
     "UB", "chat+en+who-may+name+thanks"),
    # kein-zugriff-trotz-registrierung
    ("Hallo, drei unserer Ausbilder haben sich im LUX-BS registriert. Trotzdem sieht keiner von ihnen das "
     "Berichtsheft. Müssen wir da noch etwas zuordnen? Gruß, Sandra Pieper, Pieper Stahlhandel", "KZ",
     "chat+greeting+signature+company"),
    ("Hi, our trainers registered but can't access anything in the Serviceportal Bildung. Also, do they have to "
     "approve our apprentices once they're in? Thanks, Grace Hoffmann, Hoffmann Electronics", "KZ FR",
     "chat+en+greeting+signature+company+two-questions"),
    ("kollegen angemeldet, portal bleibt für die zu. rollen?", "KZ", "chat+lower"),
    ("Hello, my colleague created her account last Monday but still can't reach the record books. Anything we "
     "should check? Thanks, Victor", "KZ", "chat+en+greeting+name+thanks"),
    # identnummer-nicht-gefunden
    ("Guten Tag, mein Azubi bekommt bei der Registrierung die Meldung, dass seine Identnummer unbekannt ist. "
     "Können wir die Nummer telefonisch durchgehen? Gruß, Manfred Bruns, Bruns Agrarhandel, Tel. 0555 38 12 90",
     "ID", "chat+greeting+signature+company+phone"),
    ("Hi, I've lost the letter with my ident number. Could you e-mail it to me? tomasz.nowicki@example.org — "
     "thanks, Tomasz", "ID", "chat+en+greeting+email+name+thanks"),
    ("identnummer wird nicht gefunden bei der registrierung, was tun", "ID", "chat+lower"),
    ("Hallo, ich bin Azubi als Kaufmann für Spedition und wollte mich registrieren, aber das System kennt meine "
     "Identnummer nicht. Wo steht die denn? LG Nico", "ID", "chat+greeting+self-intro+name"),
    # mehrere-rollen-eine-email
    ("Guten Tag, ich bin seit vielen Jahren Ausbilderin im Familienunternehmen meines Mannes, einem "
     "Fliesenfachhandel in Gehrden. Seit diesem Sommer helfe ich zusätzlich im Betrieb meiner Schwester aus, "
     "einem Reisebüro in Ronnenberg, und soll dort als Ausbildungsadministratorin die beiden neuen Azubis "
     "betreuen. Ich habe für das Serviceportal nur eine einzige E-Mail-Adresse, die private, und möchte ungern "
     "noch eine zweite anlegen, weil ich dann ständig zwei Postfächer im Blick behalten müsste. Ist es möglich, "
     "dass ich mit dieser einen Adresse in beiden Unternehmen jeweils meine eigene Rolle bekomme? Herzliche Grüße, "
     "Renate Ebeling, Ebeling Fliesen", "MR", "chat+greeting+self-intro+company+signature+long"),
    ("Hello, I train apprentices at two separate firms owned by the same family. Does the second role mean I have to set up another mailbox? Regards, Amelia Stone", "MR", "chat+en+greeting+self-intro+name"),
    ("eine mail, zwei betriebe, zwei rollen – geht das?", "MR", "chat+lower"),
    ("Moin! Ich bin in unserer Zentrale Ausbildungsadministratorin und in der Tochterfirma Ausbilderin. Klappt das "
     "mit nur einer E-Mail-Adresse? Gruß, Rieke", "MR", "chat+greeting+self-intro+name"),
    # mehrere-betriebsstaetten
    ("Hallo, ich habe Zugriff auf unsere Betriebsstätte in Nienburg, soll jetzt aber auch die in Stolzenau "
     "betreuen. Wie komme ich im Portal von der einen zur anderen? Gruß, Björn", "MB", "chat+greeting+name"),
    ("Guten Tag, wie springe ich im Serviceportal Bildung von unserem Werk in Wennigsen zu dem in Springe? Und warum sehe ich unseren "
     "neuen Azubi in keiner der beiden? Gruß, Carsten Ulrich, Ulrich Haustechnik", "MB AN",
     "chat+greeting+signature+company+two-questions"),
    ("Hi, where's the switch between sites in the SPB? I manage our stores in Hameln and Holzminden. Thanks, Jack",
     "MB", "chat+en+greeting+name+thanks"),
    ("can a single login look after all our branches in the spb?", "MB", "chat+en+lower"),
    # azubi-entfernen (5 deletion, 4 procedure questions)
    ("Hallo liebes Team vom digitalen Berichtsheft, ich bin seit Anfang des Jahres für die Ausbildung in unserer "
     "Steuerberatungsgesellschaft in Hannover-Südstadt zuständig und räume gerade unsere Übersicht im Self Service "
     "Portal auf. Dabei ist mir aufgefallen, dass dort noch Lina Petrović geführt wird, die ihre Ausbildung zur "
     "Steuerfachangestellten bei uns im Februar abgebrochen hat, um ein Studium zu beginnen. Sie hat seitdem "
     "natürlich nichts mehr eingetragen. Bitte nehmen Sie sie aus unserem Bereich heraus, damit die Liste wieder "
     "stimmt. Wenn Sie noch Angaben brauchen, erreichen Sie mich unter c.hartwig@example.com. Viele Grüße, "
     "Christina Hartwig", "DA", "chat+greeting+self-intro+company+plea+email+long"),
    ("Hi, please remove our former apprentice Nathan Brooks from the SSP — he moved to another company in May. "
     "Thanks, Claire Dunn, Dunn Bakery Supplies, Garbsen", "DA", "chat+en+greeting+plea+signature+company+thanks"),
    ("azubi hat abgebrochen, bitte aus dem ssp nehmen: melina hoffmann", "DA", "chat+lower+plea"),
    ("Moin, eine Azubine von uns hat dank Verkürzung schon im Winter ausgelernt. Was muss ich tun, damit sie nicht mehr in unserem SSP steht? Gruß, Rita Voss",
     "DA", "chat+greeting+howto+concrete+name"),
    ("Hey, one of our apprentices quit two months ago and is still on our list in the self service portal. "
     "Cheers, Ahmed", "DA", "chat+en+greeting+statement+name"),
    ("Guten Tag, unsere Azubis sind im Juni fertig geworden. Wie lange bleiben deren Berichtshefte noch im System, bevor sie von selbst verschwinden? Gruß, Birte Jahn", "AE", "chat+greeting+deadline+name"),
    ("Hello, we have apprentices in Mannheim as well as in Hannover. Do different deletion periods apply in "
     "Baden-Württemberg? Regards, Paul Kessler, Kessler Tools", "AE", "chat+en+greeting+deadline+signature+company"),
    ("Hallo, unser ehemaliger Azubi möchte, dass seine Berichte nicht noch wochenlang im System liegen. Können wir "
     "sie vorzeitig von Hand entfernen? Danke, Jan Kruse", "AE", "chat+greeting+manual+name+thanks"),
    ("Wer ist bei euch eigentlich dafür zuständig, Azubis aus dem Portal zu nehmen – der Betrieb oder die IHK? "
     "Gruß, Sönke", "AE UG", "chat+who-may+name"),
    # user-geloescht-nicht-angezeigt (5 deletion, 3 procedure questions)
    ("Guten Tag, hier schreibt Annika Brüggemann, Ausbildungsadministratorin bei der Brüggemann Sicherheitstechnik "
     "GmbH in Laatzen. Ich habe gleich zwei Anliegen. Erstens: Unser langjähriger Ausbilder Herr Tobias Klenke "
     "(t.klenke@example.com) ist zum 30. September in den Ruhestand gegangen. Bitte löschen Sie seinen Zugang zum "
     "Self Service Portal, damit er keinen Zugriff mehr auf die Berichtshefte hat. Zweitens: Wir haben zum 1. August "
     "zwei neue Auszubildende eingestellt, deren Verträge bei Ihnen bereits eingetragen sind. Wie bekomme ich die "
     "beiden in unser SSP? Für Rückfragen erreichen Sie mich unter 0555 29 64 18. Vielen Dank!",
     "DU AA", "chat+greeting+self-intro+company+plea+email+phone+two-questions+long"),
    ("Hi, ich habe unseren Ausbilder gelöscht und mit neuer Mailadresse wieder angelegt – jetzt ist er "
     "unauffindbar. Was ist da schiefgelaufen? Gruß, Marlene", "DU", "chat+greeting+symptom+name"),
    ("Good morning, please delete the user account of Ms Rachel Adams (r.adams@example.com); she left our company "
     "at the end of June. Kind regards, Simon Price, HR manager, Price & Partner, Tel. 0555 70 81 92", "DU",
     "chat+en+greeting+plea+email+signature+company+phone"),
    ("nutzer aus ssp rauswerfen, wie geht das", "DU", "chat+lower+howto+general"),
    ("Hello, how do I get rid of the old account of our trainer Mr Petrov? He now has a new one with a different "
     "address. Thanks, Irina", "DU", "chat+en+greeting+howto+concrete+name+thanks"),
    ("Steht es uns frei, ehemalige Kollegen selbst aus dem SSP zu entfernen, oder läuft das zwingend über euch? "
     "Gruß, Frank", "UG", "chat+who-may+name"),
    ("Before I ask you to remove a former colleague's account: which of her details do you need, and is there a "
     "specific mailbox for this? Best, Henrietta", "UG", "chat+en+details+address+name"),
    ("Welche Daten braucht ihr, um einen Benutzer zu löschen – reicht der Name? Gruß, Dennis Kraft", "UG",
     "chat+details+name"),
    # azubi-anlegen
    ("Hallo, wir haben vier neue Azubis, deren Verträge schon eingetragen sind. Wo lege ich die im SSP an? Viele "
     "Grüße, Ulrike Steffens, Steffens Optik", "AA", "chat+greeting+signature+company+adding"),
    ("Hi, our apprentices are registered with the IHK already; how do I add them in the SSP and see them all in "
     "one place? Thanks, Mei Chen, Chen Trading, Langenhagen", "AA",
     "chat+en+greeting+signature+company+adding+thanks"),
    ("wo ist die azubi-verwaltung im ssp, will eingetragene azubis hinzufügen", "AA", "chat+lower+adding"),
    # ausbilder-freischalten
    ("Hi, bin seit Montag Azubi und registriert. Kann ich jetzt schon Berichte schreiben, oder muss mein Ausbilder "
     "mich erst aktivieren? LG Jana", "FR", "chat+greeting+self-intro+name"),
    ("Hello, I'm an apprentice and just created my account. Does my supervisor have to unlock it? Thanks, Mohammed",
     "FR", "chat+en+greeting+self-intro+name+thanks"),
    ("Wer gibt eigentlich Azubis fürs Berichtsheft frei – der Ausbilder selbst? Ich bin Ausbilder in einem "
     "Gartencenter in Isernhagen und werde von unseren Azubis ständig danach gefragt. Gruß, Lars Röhrs", "FR",
     "chat+question-first+self-intro+company+name"),
    ("ausbilder muss mich freischalten oder wie läuft das", "FR", "chat+lower"),
    # andere-rolle-asta
    ("Guten Tag, im ASTA-Infocenter bin ich Ausbildungsadministrator, im SSP werde ich aber nur als Ausbilder "
     "geführt. Wer ändert das? Gruß, Werner Gaus, Gaus Metallhandel", "AR", "chat+greeting+signature+company"),
    ("Hi, my role in the SSP isn't the same as in ASTA. Who do I need to talk to? Thanks, Leila", "AR",
     "chat+en+greeting+name+thanks"),
    ("rolle im ssp falsch, im asta richtig. wer kann das ändern", "AR", "chat+lower"),
    ("Good morning, I have fewer permissions in the self service portal than in ASTA. Who can assign me the missing "
     "role? Regards, Daniel Weber, Weber Engineering, Tel. 0555 12 48 61", "AR",
     "chat+en+greeting+signature+company+phone"),
    # wer-registriert
    ("Hallo, ich bin neue Ausbildungsleiterin bei einer Spedition in Sehnde. Kann ich irgendwo nachlesen, welche unserer Mitarbeitenden schon ein SSP-Konto haben? Danke, Katja Lenz", "WR", "chat+greeting+self-intro+company+name+thanks"),
    ("Hi, could you tell me which staff members of Northwind Logistics GmbH, Hannover, already have SSP accounts? "
     "Thanks, Ella Morgan", "WR", "chat+en+greeting+company+name+thanks"),
    ("liste registrierte kollegen ssp anfragen wie", "WR", "chat+lower"),
    ("Wer aus unserem Betrieb hat eigentlich schon einen SSP-Zugang? Ich soll das für unsere Geschäftsführung "
     "klären. Gruß, Peter Lüdtke, Lüdtke Druck", "WR", "chat+question-first+signature+company"),
    # azubi-nicht-angezeigt
    ("Hallo, unsere neue Auszubildende Zeynep erscheint bei mir im SSP nicht. Ihr Vertrag läuft seit dem "
     "1. August. Woran liegt's? Gruß, Michael Rust, Rust Baustoffe", "AN", "chat+greeting+signature+company"),
    ("Hi, I'm a trainer and can't find my apprentice anywhere in the SSP. What could be the reason? Thanks, Olivia",
     "AN", "chat+en+greeting+self-intro+name+thanks"),
    ("hab nen neuen azubi, im ssp ist der aber nirgends zu finden", "AN", "chat+lower"),
    ("my apprentice is nowhere to be found in the ssp, how come?", "AN", "chat+en+lower"),
    # out of scope (28)
    ("Danke euch, hat alles funktioniert! Liebe Grüße aus Barsinghausen, Stefanie", "", "chat+oos+thanks+name"),
    ("cheers, that's sorted then", "", "chat+oos+en+lower+thanks"),
    ("Welche Sprachen sprichst du denn so?", "", "chat+oos+smalltalk"),
    ("do you like football?", "", "chat+oos+en+lower+smalltalk"),
    ("Kannst du mir ein Rezept für Kartoffelsalat geben?", "", "chat+oos+smalltalk"),
    ("Guten Morgen! Wie geht's dir heute? 🙂", "", "chat+oos+smalltalk+greeting"),
    ("Guten Tag, unsere Firma wird im Mai 50 Jahre alt. Stellt die IHK dafür eine Ehrenurkunde aus? Gruß, Hartmut "
     "Scholz, Scholz Landmaschinen", "", "chat+oos+greeting+signature+company"),
    ("Hallo, eine Mitarbeiterin ist nächsten Monat 25 Jahre bei uns. Bekommt man dafür eine Urkunde von der IHK? "
     "Gruß, Bernd Kühl", "", "chat+oos+greeting+name"),
    ("Hallo, ich habe mein IHK-Prüfungszeugnis beim Umzug verloren. Bekomme ich eine Zweitschrift? Gruß, Dominik",
     "", "chat+oos+greeting+name"),
    ("Hi, mein Betrieb hat mir seit zwei Monaten keine Ausbildungsvergütung gezahlt. An wen kann ich mich wenden? "
     "LG Aylin", "", "chat+oos+greeting+name"),
    ("Hallo, ich bin Azubi im zweiten Jahr als Fachinformatiker für Systemintegration bei einem IT-Dienstleister "
     "in Hannover. Seit ein paar Monaten läuft es mit meinem Ausbilder überhaupt nicht mehr gut: Er gibt mir fast "
     "nur noch Botengänge und Aufräumarbeiten, erklärt nichts mehr und macht sich vor den Kollegen über meine "
     "Fragen lustig. Mit der Berufsschule komme ich gut klar, aber im Betrieb lerne ich kaum noch etwas, und ich "
     "habe Angst, dass ich so die Prüfung nicht schaffe. Kündigen möchte ich eigentlich nicht. Gibt es bei der IHK "
     "jemanden, der in so einem Fall vermittelt oder mich berät, und bekommt mein Betrieb davon etwas mit? Danke, "
     "Felix", "", "chat+oos+greeting+self-intro+name+long"),
    ("Guten Tag, bietet die IHK einen Zertifikatslehrgang zum Social-Media-Manager an? Gruß, Nadine Busch", "",
     "chat+oos+greeting+name"),
    ("Muss ich als Azubi Rundfunkbeitrag zahlen? Wohne seit August allein. Danke, Kim", "", "chat+oos+name+thanks"),
    ("Hallo, kann ich meine Wochenberichte im digitalen Berichtsheft auch per Spracheingabe diktieren? Gruß, Malte",
     "", "chat+oos+berichtsheft+greeting+name"),
    ("Hi, can my trainer see at what time I wrote my weekly reports in the digital record book? Asking for a "
     "friend 😅 — Sam", "", "chat+oos+en+berichtsheft+greeting+name"),
    ("Guten Tag, verschickt das digitale Berichtsheft eine Erinnerung, wenn ein Azubi mit seinen Berichten im "
     "Rückstand ist? Gruß, Jutta Bremer, Ausbilderin, Bremer Großhandel", "",
     "chat+oos+berichtsheft+greeting+signature+company"),
    ("Hallo, ich habe die Ausbilderprüfung in Österreich gemacht. Wird die in Deutschland anerkannt? Gruß, "
     "Florian Gruber", "", "chat+oos+greeting+name"),
    ("Guten Tag, dürfen Auszubildende in Kurzarbeit geschickt werden, wenn unser Betrieb Kurzarbeit anmeldet? "
     "Gruß, Heike Rohde, Rohde Gießerei", "", "chat+oos+greeting+signature+company"),
    ("Hallo, wie wählen unsere Azubis eine Jugend- und Auszubildendenvertretung? Danke, Jonas Weber", "",
     "chat+oos+greeting+name+thanks"),
    ("Hallo, kann man bei der IHK Werbeplakate für freie Ausbildungsplätze bestellen? Grüße, Tina Reuter", "",
     "chat+oos+greeting+name"),
    ("Guten Tag, wie kann ich mich als Kandidat für die Vollversammlung der IHK aufstellen lassen? MfG, Reinhard "
     "Fuchs, Fuchs Immobilien", "", "chat+oos+greeting+signature+company"),
    ("Hallo, darf unser Azubi im Einzelhandel auch am verkaufsoffenen Sonntag arbeiten? Gruß, Svenja", "",
     "chat+oos+greeting+name"),
    ("Hi, I'm moving to Hamburg for family reasons. Can the IHK help me find a new training company there? Thanks, "
     "Laura Schulz", "", "chat+oos+en+greeting+name+thanks"),
    ("Moin, bei wem muss ich mich krankmelden, wenn ich an einem Berufsschultag krank bin – Schule oder Betrieb? "
     "LG Tom", "", "chat+oos+greeting+name"),
    ("Guten Tag, wer sitzt eigentlich im Prüfungsausschuss für die Abschlussprüfung, und kann ich einen Prüfer "
     "ablehnen? Gruß, Selina", "", "chat+oos+greeting+name"),
    ("hey, gibts im serviceportal bildung nen dark mode? meine augen 😵", "", "chat+oos+berichtsheft+lower"),
    ("Hallo, darf ich als Azubi im Homeoffice arbeiten, und wie trage ich so einen Tag im Berichtsheft ein? "
     "Gruß, Paula", "", "chat+oos+berichtsheft+greeting+name"),
    ("Good morning, how do we report a vacant apprenticeship place to the employment agency? Regards, Nina Berg, "
     "Berg Hotels", "", "chat+oos+en+greeting+signature+company"),
]

if __name__ == "__main__":
    write("chat", ROWS)
