"""heldout12 chat.jsonl: questions wrapped as real chat messages.

Written by hand; run `python3 eval/heldout12/gen/chat.py` to rewrite ../chat.jsonl.
"""
from common import write

ROWS = [
    # export-betriebswechsel
    ("Hallo zusammen, ich bin Lea Hartmann und mache eine Ausbildung zur Kauffrau im Groß- und Außenhandel. Zum 1. März gehe ich zu einer anderen Firma in Wolfsburg. Kann ich meine ganzen Berichte von hier dorthin mitnehmen? Danke!", "EX", "greeting+name+self-intro+chat"),
    ("wie krieg ich mein berichtsheft aus dem portal raus? ich wechsel nächste woche den betrieb und will nix verlieren", "EX", "lower+colloquial+chat"),
    ("Hi, I'm Daniel, an apprentice warehouse clerk. My employer is closing our site, so I'll finish my training with another company. Is there a way to save my weekly reports and hand them to my new trainer?", "EX", "en+greeting+name+self-intro+chat"),
    ("Guten Tag, unser neuer Azubi kommt im dritten Lehrjahr von einem Autohaus aus Peine zu uns. Wie bekommen wir seine bisherigen Nachweise? Mit freundlichen Grüßen, Sabine Krüger, Ausbildungsleitung, Logistik Nordheide GmbH, Tel. 0555 218-40", "EX", "greeting+company+signature+phone+chat"),
    # export-fehler-andere-ihk
    ("Moin! Ich bin vor kurzem nach Bremen gezogen und soll mein Berichtsheft an die dortige Kammer übergeben. Egal welchen Zeitraum ich nehme, es kommt immer eine Fehlermeldung. Was mach ich falsch? Gruß, Ole", "EF", "greeting+name+chat"),
    ("Export zur neuen IHK scheitert jedes Mal – ich habe schon einzelne Monate probiert, hilft nichts. Kurz zu mir: Azubi als Mechatroniker, Wechsel nach Kassel.", "EF", "question-first+self-intro+chat"),
    ("hello, my record book won't transfer to the chamber in Munich, it just throws an error whatever dates I pick. thanks in advance, Priya (priya.nair@example.com)", "EF", "en+lower+name+email+chat"),
    ("Guten Morgen, wenn ich mein Berichtsheft an die Kammer an meinem neuen Wohnort schicken will, kommt eine Fehlermeldung. Mein Ausbilder vermutet, dass eine Woche kaputt ist. Kann man das irgendwie reparieren? Viele Grüße aus Hildesheim, Jonas Albrecht", "EF", "greeting+name+chat"),
    # standort-anderes-bundesland
    ("Hallo, wir sind eine Spedition mit Hauptsitz in Erfurt und dort schon im LUX-BS-Portal unterwegs. Ab Herbst bilden wir auch in unserer Niederlassung in Laatzen aus. Müssen wir uns dafür erneut registrieren? Beste Grüße, Tanja Reuter, Personal, Spedition Reuter & Söhne", "SB", "greeting+company+signature+chat"),
    ("Good afternoon, our retail chain is headquartered in Cologne and already has a self service account there. We are opening a store in the Hannover area with two apprentices. Can we keep using the same account? Kind regards, Mark Jensen, HR Manager", "SB", "en+greeting+company+signature+chat"),
    ("kann ich den account von unserer zentrale in sachsen auch für die neue filiale in hannover nehmen? sind ein elektrofachmarkt, falls das wichtig ist", "SB", "lower+question-first+company+chat"),
    # anwendung-finden
    ("Hallo! Ich heiße Emma und fange im August als Hotelfachfrau an. Mein Ausbilder hat gesagt, ich soll das Berichtsheft online führen, aber wo genau finde ich das? Danke schon mal!", "AF", "greeting+name+self-intro+thanks+chat"),
    ("hey, brauch ich für das online berichtsheft nen extra account oder reicht mein login vom azubi infocenter?", "AF", "lower+colloquial+chat"),
    ("Hi! Quick one: in which portal do I write my weekly training reports? I'm a new apprentice at a hotel in Celle and nobody here seems to know.", "AF", "en+greeting+question-first+self-intro+chat"),
    ("Sehr geehrte Damen und Herren, ich bin Prüfer und habe bereits Zugangsdaten für WFV Prüfer. Kann ich diese auch für das Serviceportal Bildung verwenden oder brauche ich etwas Neues? Mit freundlichen Grüßen, Dr. Heinrich Voss", "AF", "greeting+self-intro+signature+chat"),
    # registrierungscode
    ("Hallo, wir sind ein kleiner Onlinehändler aus Gifhorn und haben zum ersten Mal einen Azubi. Von welcher Stelle bekommen wir eigentlich den Code zum Anmelden für das Berichtsheft? Viele Grüße, Kerstin Lahm", "RC", "greeting+company+name+chat"),
    ("Has anyone sent us a code to register? We signed the apprenticeship contract weeks ago and never got one. — Tom Becker, owner, Becker IT Services", "RC", "en+question-first+signature+company+chat"),
    ("wir brauchen doch bestimmt so nen code um unseren betrieb anzumelden oder? wo krieg ich den her", "RC", "lower+colloquial+chat"),
    ("Guten Tag! Was müssen wir tun, damit unser Betrieb beim Online-Berichtsheft mitmachen kann? Ein ELSTER-Zertifikat haben wir, einen Code aber nicht. Danke, Petra Kowalski (p.kowalski@example.org)", "RC", "greeting+name+email+chat"),
    # seite-zeigt-hallo
    ("Hallo liebes Team, wenn ich mich im Serviceportal einlogge, kommt nur „Hallo“ und dann nichts mehr. Keine Kacheln, kein Berichtsheft. Woran kann das liegen? LG Mira", "HA", "greeting+name+chat"),
    ("hi, after logging in all I get is a page that says Hallo. no menu, no tiles. I'm the training admin at a small print shop in Nienburg. what am I missing?", "HA", "en+lower+greeting+self-intro+company+chat"),
    ("Da steht echt nur Hallo, sonst nix – müssen wir die Firma vorher noch irgendwo verifizieren? Ich bin die Ausbilderin bei Optik Sommer in Uelzen.", "HA", "question-first+self-intro+company+chat"),
    ("Guten Tag, unser Ausbildungsleiter sieht nach der Anmeldung im SPB eine komplett leere Seite mit einer Begrüßung. Wie geht es weiter? Freundliche Grüße, Ralf Neumann, IT, Hagebau Nord GmbH, Tel. 0555 77 12", "HA", "greeting+company+signature+phone+chat"),
    # name-stimmt-nicht
    ("Hallo, ich bin Sofia Maria Lopes, Azubi im Einzelhandel. Beim Einloggen kommt immer die Meldung, mein Name passt nicht zum Vertrag. Im Account steht nur Sofia Lopes. Können Sie das bitte anpassen?", "NC", "greeting+name+self-intro+symptom+plea+chat"),
    ("warum passt mein name nicht zum ausbildungsvertrag?? hab alles richtig eingegeben und komm trotzdem nicht rein", "NC", "lower+colloquial+symptom+chat"),
    ("Hi, the portal won't let me log in because my name apparently doesn't match my contract. My full name is Kwame Osei Mensah, I only entered Kwame Mensah. Please fix it. Thanks, Kwame (k.mensah@example.com)", "NC", "en+greeting+name+email+symptom+plea+chat"),
    ("Wie lange dauert es nach der Korrektur des Namens, bis ich mich wieder anmelden kann? Ich hatte gestern an die Adresse geschrieben. Danke, Nils", "NS", "question-first+duration+name+thanks+chat"),
    ("Guten Tag, wir haben bei unserer Azubine den Doppelnamen nicht vollständig eingetragen, jetzt kommt sie nicht ins Berichtsheft. Bitte korrigieren: Lena Schulte-Brinkmann, lena.sb@example.org. Danke! Heike Vogt, Ausbildung, Stadtwerke Beispielhausen", "NC", "greeting+plea+concrete+email+signature+company+chat"),
    ("Hello, after my name was corrected, which spelling should I use to log in again – the one on the contract or the one I used before? Best, Ana", "NS", "en+greeting+afterwards+name+chat"),
    # userdaten-bearbeiten
    ("Hallo, bei unserem Ausbilder Herrn Dreher ist der Vorname falsch geschrieben (Stefen statt Stefan). Wie kriegen wir das im SSP korrigiert? Gruß, Marion Brandt, Elektro Brandt KG, Lehrte", "NC", "greeting+howto+concrete+signature+company+chat"),
    ("One of our trainers got married and has a new surname now. How do we update her name in the self service portal? Regards, Julia Wendt, HR, Nordlicht Hotels", "NC", "en+howto+concrete+signature+company+chat"),
    ("kann ich die daten von bereits angelegten usern eigentlich selbst ändern oder muss das die ihk machen?", "UB", "lower+who-may+chat"),
    ("Guten Tag, unser Ausbilder Herr Okonkwo hat eine neue dienstliche E-Mail-Adresse (j.okonkwo@example.com). Bitte ändern Sie die Adresse in seinem Konto. Vielen Dank, Ines Faber, Ausbildungsadministration, Faber Verpackungen GmbH", "NC", "greeting+plea+concrete+email+signature+company+chat"),
    ("Hi there, which details do you need so you can change a user's e-mail address? I'm the training admin at a logistics firm in Sehnde. Thanks!", "UB", "en+greeting+details+self-intro+company+thanks+chat"),
    # azubi-entfernen
    ("Hallo, unser Azubi Kevin Lorenz hat zum 31. Mai gekündigt. Bitte nehmt ihn aus dem Self Service Portal raus. Danke, Birgit Sander, Sander Getränkehandel, 0555 930 11", "DA", "greeting+plea+concrete+signature+company+phone+chat"),
    ("Wie entferne ich Auszubildende, die ihre Prüfung hinter sich haben, aus unserer Liste? Wir sind ein Autohaus in Wunstorf mit sechs Azubis.", "DA", "question-first+howto+general+company+chat"),
    ("hi, how long is an apprentice's report book kept once they've completed their training? we're in Baden-Württemberg if that matters. cheers, Felix", "AE", "en+lower+greeting+deadline+name+chat"),
    ("Good morning, our apprentice Lucy Hamid left the company last Friday but is still listed in the SSP. Could you remove her, please? Kind regards, Owen Parker, Training Manager, Parker Logistics", "DA", "en+greeting+statement+plea+concrete+signature+company+chat"),
    ("Kann ich ein abgeschlossenes Berichtsheft eigentlich auch selbst vorzeitig löschen, statt auf die Frist zu warten? Frage von Carla aus der Personalabteilung.", "AE", "question-first+manual+name+chat"),
    # user-geloescht-nicht-angezeigt
    ("Hallo, ich habe unseren Ausbilder Herrn Pohl gelöscht und danach neu angelegt, weil etwas nicht stimmte. Seitdem sehe ich ihn gar nicht mehr. Was ist da passiert? Gruß, Anja Wiese", "DU", "greeting+symptom+name+chat"),
    ("removed a user by mistake, set him up a second time and now he's nowhere to be seen. any idea? – Sam, training admin, Brückner Metallbau", "DU", "en+lower+symptom+signature+company+chat"),
    ("Wer ist denn eigentlich befugt, Konten aus dem SSP zu entfernen? Ich bin Ausbildungsadministratorin bei einem Pflegedienst-Zulieferer in Garbsen.", "UG", "question-first+who-may+self-intro+company+chat"),
    ("Guten Tag, bitte löschen Sie den Account unseres ehemaligen Ausbilders Herbert Lange (h.lange@example.org) komplett. Er ist seit März im Ruhestand. Mit freundlichen Grüßen, Claudia Reimers, Reimers Feinkost GmbH, Tel. 0555 402 88", "DU", "greeting+plea+concrete+email+signature+company+phone+chat"),
    ("Hi! What info do you need from us to remove a user's account? Name, e-mail, anything else? Thanks, Leonie", "UG", "en+greeting+details+name+thanks+chat"),
    # kein-zugriff-trotz-registrierung
    ("Hallo, drei unserer Ausbilder haben sich im Serviceportal registriert, können aber nicht auf die Berichtshefte zugreifen. Fehlt da noch ein Schritt? Viele Grüße, Daniela Hof, Hof & Partner Steuerberatung", "KZ", "greeting+signature+company+chat"),
    ("our new trainers all have accounts but can't get into the portal. what do I have to do as admin? thx", "KZ", "en+lower+thanks+chat"),
    ("Meine Kollegin ist angemeldet, kommt aber nicht ans digitale Berichtsheft – müssen wir ihr noch etwas zuweisen? Ich bin Ausbildungsadministrator bei Kaufhaus Meyer in Stade.", "KZ", "question-first+self-intro+company+chat"),
    ("Guten Tag, unsere Mitarbeitenden sind registriert, haben aber keinen Zugriff. Wo prüfe ich die Zuordnung? Danke und Gruß, Frank Ilić", "KZ", "greeting+name+thanks+chat"),
    # identnummer-nicht-gefunden
    ("Hallo, ich bin Azubi als Industriekauffrau und wollte mich anmelden, aber es heißt, meine Identnummer sei im System nicht vorhanden. Was kann ich tun? Liebe Grüße, Hanna", "ID", "greeting+self-intro+name+chat"),
    ("diese identnummer, auf welchem zettel steht die eigentlich? hab keinen plan", "ID", "lower+colloquial+chat"),
    ("Hello, could you send me the ident numbers of our three apprentices again? I can't find the confirmation letters anymore. Best regards, Lisa Brandt, Brandt Catering, lisa.brandt@example.com", "ID", "en+greeting+plea+signature+company+email+chat"),
    ("Guten Tag, beim Registrieren wird die Identnummer meines Azubis nicht erkannt. Kann man das telefonisch mit Ihnen abgleichen? Freundliche Grüße, Martin Zöller, Zöller Elektrotechnik, 0555 61 09", "ID", "greeting+signature+company+phone+chat"),
    # mehrere-rollen-eine-email
    ("Hallo, ich bin Ausbilderin in unserer Filiale in Celle und Ausbildungsadministratorin in der Filiale in Soltau. Geht das alles über meine eine E-Mail-Adresse? Danke, Sandra Klein", "MR", "greeting+self-intro+name+thanks+chat"),
    ("Hi, I'm responsible for apprentices in two companies of our group. Do I really have to set up another mailbox just for the second firm? Thanks, Ahmed", "MR", "en+greeting+self-intro+name+thanks+chat"),
    ("Kann man mit einer Mailadresse in zwei Unternehmen unterschiedliche Rollen haben? Hintergrund: Ich bin Geschäftsführer von zwei kleinen Firmen in Nienburg.", "MR", "question-first+self-intro+company+chat"),
    # mehrere-betriebsstaetten
    ("Hallo, wir haben drei Betriebsstätten, ich sehe im Portal aber immer nur die in Hannover. Wie komme ich an die anderen beiden? Grüße, Thomas Riedel, Riedel Baustoffe", "MB", "greeting+signature+company+chat"),
    ("how do I flip from one site to the other in the Serviceportal Bildung? I look after the apprentices at two warehouses. cheers, Beth", "MB", "en+lower+question-first+self-intro+name+chat"),
    ("Gibt es im SPB irgendwo ein Menü zum Umschalten zwischen den Standorten? Frage von der Ausbildungsleitung der Bäckerei-Kette Goldkorn.", "MB", "question-first+company+chat"),
    # azubi-anlegen
    ("Hallo, die Verträge unserer zwei neuen Azubis sind bei der IHK schon eingetragen. Wie bekomme ich die beiden jetzt in die Azubi-Verwaltung im Portal? Viele Grüße, Nadine Frerichs, Frerichs Landtechnik", "AA", "greeting+adding+signature+company+chat"),
    ("Hi, where do I find the tile to manage our apprentices in the SSP? We're a hotel in Goslar and I'm the new training administrator.", "AA", "en+greeting+adding+self-intro+company+chat"),
    ("unsere azubis habt ihr schon im system, wie bekomm ich die jetzt in unsere verwaltung im portal? danke", "AA", "lower+adding+thanks+chat"),
    # ausbilder-freischalten
    ("Hallo, ich habe mich fürs Berichtsheft angemeldet. Muss jetzt noch jemand im Betrieb auf einen Knopf drücken, bevor ich loslegen kann? LG Tim", "FR", "greeting+name+chat"),
    ("Hey, my trainer says he has to approve me before I can write reports, but he can't find any button for it. Who actually does that? – Marco, 1st year apprentice", "FR", "en+greeting+signature+chat"),
    ("Wer ist denn bei uns dafür zuständig, die Azubis im Portal zuzuordnen – mein Ausbilder oder die Personalabteilung? Ich bin Azubi bei Möbel Hansen in Buxtehude.", "FR", "question-first+self-intro+company+chat"),
    # andere-rolle-asta
    ("Hallo, im ASTA bin ich als Ausbilder hinterlegt, im SSP habe ich aber nur eingeschränkte Rechte. Wer kann das ändern? Gruß, Patrick Engel, Engel Sanitärgroßhandel", "AR", "greeting+signature+company+chat"),
    ("Hi, my role in the SSP isn't the one I have in ASTA. Who in our company can give me the right one? Thanks, Eva", "AR", "en+greeting+name+thanks+chat"),
    ("im portal hab ich andere rechte als das, was im asta-infocenter hinterlegt ist. an wen wend ich mich?", "AR", "lower+chat"),
    # wer-registriert
    ("Hallo, können Sie mir sagen, welche Kolleginnen und Kollegen aus unserem Betrieb schon einen SSP-Zugang haben? Wir sind die Druckerei Lindemann in Hameln. Danke, Susanne Lindemann", "WR", "greeting+company+name+thanks+chat"),
    ("Is there any way to find out which of our people already have SSP logins? I took over as training admin last month. Regards, Chris Walter, c.walter@example.org", "WR", "en+question-first+self-intro+signature+email+chat"),
    ("gibts irgendwo ne liste wer von uns schon im portal angemeldet ist?", "WR", "lower+colloquial+chat"),
    # azubi-nicht-angezeigt
    ("Hallo, unsere neue Auszubildende hat am 1. August angefangen, ich sehe sie aber im SSP nicht. Der Vertrag ist eingetragen. Woran liegt das? Viele Grüße, Gabriele Sauer, Ausbilderin, Sauer Bürotechnik", "AN", "greeting+signature+company+chat"),
    ("hi, one of my apprentices just isn't there in my SSP list, even though the others are. why? – Jake, trainer at a garden centre in Verden", "AN", "en+lower+greeting+signature+company+chat"),
    ("Warum taucht mein Azubi bei mir im Self Service Portal nicht auf? Kurz zu uns: Wir sind ein Reisebüro in Lüneburg mit einem Auszubildenden.", "AN", "question-first+company+chat"),
    ("Good morning! I'm the trainer of two new apprentices at Harbour Foods in Cuxhaven. I can see one of them in the portal but not the other. What's the reason?", "AN", "en+greeting+self-intro+company+chat"),
    ("bitte user löschen: markus.feld@example.org, markus feld, ist nicht mehr bei uns. gruß aus dem lager, sven", "DU", "lower+plea+concrete+email+name+chat"),
    ("Hello, our trainer's name is spelled wrong in the portal – it says 'Jonh Miller' instead of 'John Miller'. Could you correct it? Many thanks, Karen Ellis, Ellis Print Ltd, 0555 120 45", "NC", "en+greeting+plea+concrete+signature+company+phone+chat"),
    # two questions
    ("Hallo, ich wechsle zum Sommer den Ausbildungsbetrieb und will mein Berichtsheft exportieren. Beim Export zur neuen IHK kommt aber jedes Mal ein Fehler, egal welcher Zeitraum. Wo exportiere ich richtig und warum klappt es nicht? Danke, Laura", "EX EF", "two-questions+greeting+name+thanks+chat"),
    ("Hi, two things: where do I actually find the digital record book, and is there anything my trainer has to do before I can start writing? Thanks, Yusuf", "AF FR", "en+two-questions+greeting+name+thanks+chat"),
    ("Guten Tag, wir möchten unsere Firma anmelden. Brauchen wir einen Registrierungscode? Und nach dem Einloggen steht bei mir nur „Hallo“ – hängt das zusammen? Grüße, Oliver Schramm, Schramm Kältetechnik", "RC HA", "two-questions+greeting+signature+company+chat"),
    ("Hallo, beim Anmelden heißt es, mein Name stimmt nicht mit dem Vertrag überein – bitte korrigieren Sie das (Anna-Lena Fuchs, al.fuchs@example.com). Und auf welchem Schreiben steht eigentlich diese Identnummer?", "NC ID", "two-questions+greeting+symptom+plea+email+chat"),
    ("Hi, our apprentice Tim Schröder quit, please delete him from the SSP. Also, can you send me a list of who from our company is registered? Regards, Paula Grimm, Grimm Tools, 0555 318 20", "DA WR", "en+two-questions+greeting+plea+concrete+signature+company+phone+chat"),
    ("Hallo, zwei Fragen: Kann ich mit meiner einen E-Mail-Adresse in zwei Firmen Rollen haben? Und wieso bin ich im SSP etwas anderes als im ASTA, und wer kann das ändern? Danke, Kai Brunner", "MR AR", "two-questions+greeting+name+thanks+chat"),
    ("my colleagues are registered but have no access, and my new apprentice doesn't show up either. what's going on? thanks", "KZ AN", "en+lower+two-questions+thanks+chat"),
    ("Guten Tag, unser Betrieb ist schon in Bayern im Self Service Portal registriert. Geht derselbe Account für unseren neuen Standort bei Hannover? Und können Sie mir sagen, wer bei uns schon registriert ist? Grüße, Martina Hohl", "SB WR", "two-questions+greeting+name+chat"),
    ("Hallo, darf ich die Namen unserer Nutzer selbst bearbeiten oder geht das nur über euch? Und wie kommen Azubis, deren Verträge die IHK längst erfasst hat, in unsere Verwaltung? Viele Grüße, Robert Kühne, Ausbildungsadministrator, Kühne Metall GmbH, Tel. 0555 204 66", "UB AA", "two-questions+greeting+who-may+adding+signature+company+phone+chat"),
    # long ones
    ("Hallo liebes Berichtsheft-Team, ich heiße Merve Aydın und bin seit knapp zwei Jahren Auszubildende zur Fachkraft für Lagerlogistik bei einem Getränkegroßhandel in Peine. Leider schließt unser Standort zum Jahresende, und ich darf meine Ausbildung bei einem Partnerbetrieb in Braunschweig beenden. Mein Ausbilder ist schon weg, und in der Firma weiß keiner so richtig Bescheid. Ich habe Angst, dass meine ganzen Wochenberichte verloren gehen, wenn mein Zugang hier gelöscht wird. Kann ich das Berichtsheft irgendwie mitnehmen? Vielen Dank!", "EX", "long+greeting+name+self-intro+company+thanks+chat"),
    ("Guten Tag, mein Name ist Friedrich Albers, ich bin Ausbildungsadministrator bei der Albers Haustechnik GmbH in Celle. Wir haben im Frühjahr einen Ausbilder versehentlich gelöscht, ihn danach wieder neu angelegt, und seitdem ist er im System einfach nicht mehr zu sehen. Außerdem hat mir eine Kollegin erzählt, dass sie im SSP eine andere Rolle hat als im ASTA-Infocenter, und fragt, wer das ändern kann. Können Sie mir bei beidem helfen? Mit freundlichen Grüßen, Friedrich Albers, Tel. 0555 733 19, f.albers@example.org", "DU AR", "long+two-questions+greeting+self-intro+company+symptom+signature+phone+email+chat"),
    ("Hello, my name is Olena Kovalenko and I started an apprenticeship as an office management assistant in Hannover this autumn. When I tried to register for the digital report book, the portal told me that my name does not match the one in my training contract. In my passport my name is written Olena Kovalenko, but the contract seems to say Olena Kovalenko-Shevchenko because of my married name. I don't know which one is right, and my trainer is on holiday. Could you please correct my account so that I can log in? Thank you very much!", "NC", "en+long+greeting+name+self-intro+symptom+plea+chat"),
    ("Hallo, hier schreibt Bernd Kuhlmann von der Kuhlmann Fahrzeugteile GmbH in Salzgitter. Wir bilden seit Jahren aus und nutzen seit diesem Jahr das digitale Berichtsheft. Jetzt haben zwei Azubis ihre Ausbildung abgebrochen, einer ist in die Bundeswehr gegangen, die andere hat studiert. Beide stehen noch in unserer Übersicht, und ich möchte, dass sie dort verschwinden. Wie werde ich die zwei in der Liste los? Und muss ich vorher noch etwas sichern? Besten Dank und Gruß, Bernd Kuhlmann, Tel. 0555 180 27", "DA", "long+greeting+self-intro+company+howto+concrete+signature+phone+chat"),
    ("Hi everyone, I'm Grace, training coordinator at a family-run hotel group with houses in Hannover, Hameln and Bad Pyrmont. Each hotel counts as its own site and we have apprentices in all three. At the moment I only ever see the Hannover house when I log into the Serviceportal Bildung, and I have no idea how to get to the apprentices and reports of the other two. Is there a way to manage all of them from my one login, or does each hotel need a separate person? Any help is really appreciated, thanks a lot!", "MB", "en+long+greeting+self-intro+company+thanks+chat"),
    ("Guten Tag, ich bin Ausbilderin bei der Stadtbäckerei Korn in Nienburg und betreue zwei Auszubildende im Verkauf. Eine der beiden hat sich letzte Woche im Portal registriert und Wochenberichte angelegt, die andere aber offenbar nicht, jedenfalls sehe ich sie nirgends. Unsere Verwaltung sagt, der Vertrag sei längst bei der IHK eingetragen. Bevor ich jetzt überall herumtelefoniere: Woran kann es liegen, dass mir eine Auszubildende im SSP nicht angezeigt wird? Vielen Dank für Ihre Hilfe, Ramona Korn, Tel. 0555 46 21", "AN", "long+greeting+self-intro+company+signature+phone+chat"),
    ("hallo, ich bin azubi im zweiten jahr als fachinformatiker bei einem kleinen systemhaus in hildesheim. wir haben bei uns letzte woche festgestellt, dass mein name im portal falsch ist, da steht Jannik statt Jannick, und seitdem kommt beim einloggen ständig die meldung dass der name nicht zum ausbildungsvertrag passt. mein ausbilder meint ich soll mich direkt bei euch melden. könnt ihr das bitte korrigieren? meine mail ist jannick.h@example.com. und wie lange dauert das dann ungefähr? danke und viele grüße, jannick", "NC", "long+lower+greeting+self-intro+company+symptom+plea+email+chat"),
    # out of scope
    ("Danke euch, läuft jetzt alles!", "", "oos+thanks+chat"),
    ("cheers, that sorted it, have a nice weekend!", "", "oos+en+thanks+lower+chat"),
    ("Hey, bist du eigentlich eine KI? Kannst du mir auch ein Gedicht schreiben?", "", "oos+smalltalk+greeting+chat"),
    ("hi there! how's your day going?", "", "oos+en+smalltalk+greeting+lower+chat"),
    ("Moin! Was hältst du eigentlich vom Fußball am Wochenende? Hannover hat ja wieder verloren.", "", "oos+smalltalk+greeting+chat"),
    ("Hallo, mein Outlook-Postfach ist voll und ich bekomme keine Mails mehr. Wie lösche ich alte Nachrichten am schnellsten? Gruß, Dennis", "", "oos+other-service+greeting+name+chat"),
    ("Guten Tag, wie lösche ich mein Profil in der IHK-Lehrstellenbörse? Ich habe inzwischen einen Ausbildungsplatz. Danke, Selin Kaya", "", "oos+other-service+greeting+name+thanks+chat"),
    ("Hallo, ich habe während der Ausbildung geheiratet. Kann mein Prüfungszeugnis auf meinen neuen Nachnamen ausgestellt werden? Viele Grüße, Jessica Wolter (vorher Lange)", "", "oos+other-service+greeting+name+chat"),
    ("Mein Chef hat mir die Ausbildungsvergütung für Juni immer noch nicht überwiesen. Was kann ich machen? Bin Azubi in einem Friseursalon in Celle.", "", "oos+question-first+self-intro+chat"),
    ("Hallo, kann ich die Berufsschule wechseln, weil ich umgezogen bin und jetzt zwei Stunden Fahrt habe? LG Noah", "", "oos+greeting+name+chat"),
    ("Können Ausbilder eigentlich Kommentare zu meinen Wochenberichten schreiben? Frage von einer Azubine bei Reisebüro Sonnenschein.", "", "oos+berichtsheft+question-first+company+chat"),
    ("wie lang darf so ein wochenbericht eigentlich sein? gibts da ne zeichengrenze?", "", "oos+berichtsheft+lower+chat"),
    ("Hallo, ich habe eine Lese-Rechtschreib-Schwäche. Bekomme ich in der Abschlussprüfung mehr Zeit? Viele Grüße, Finn Krause", "", "oos+greeting+name+chat"),
    ("Guten Tag, wann ist die Abschlussprüfung im Winter für Industriekaufleute? Danke, Melanie Roth, Ausbildungsleitung, Roth Maschinenbau", "", "oos+greeting+signature+company+chat"),
    ("Muss mein Betrieb mich nach der Ausbildung übernehmen? Ich bin im dritten Lehrjahr als Verkäuferin.", "", "oos+question-first+self-intro+chat"),
    ("Hallo, darf ich Urlaub nehmen, wenn eigentlich Berufsschule ist? Gruß, Jan", "", "oos+greeting+name+chat"),
    ("muss ich auf meine ausbildungsvergütung eigentlich steuern zahlen?", "", "oos+lower+chat"),
    ("Hallo, wie kann ich einen Termin bei der Ausbildungsberatung der IHK buchen? Wir überlegen, zum ersten Mal auszubilden. Viele Grüße, Familie Yıldız, Imbiss am Markt, Sarstedt", "", "oos+other-service+greeting+company+chat"),
    ("Bitte nehmt mich aus eurem Newsletter raus, ich bekomme jede Woche drei Mails. Danke, Gerd Hoffmann (g.hoffmann@example.com)", "", "oos+other-service+plea+name+email+chat"),
    ("Kann man das Portal eigentlich auf Dunkelmodus umstellen? Meine Augen danken es euch 😅", "", "oos+berichtsheft+chat"),
    ("Hallo, brauche ich als 17-Jähriger vor der Ausbildung eine ärztliche Untersuchung? Danke, Luca", "", "oos+greeting+name+thanks+chat"),
    ("Hi, can I do my whole apprenticeship in English? My German is still basic. Thanks, Diego", "", "oos+en+greeting+name+thanks+chat"),
    ("hey, my boss wants me to work on public holidays, is that even allowed for apprentices?", "", "oos+en+lower+greeting+chat"),
    ("Hello, does the IHK give out an award for the best apprentices of the year, and how do we nominate someone? Best, Helen Carter, Carter Engineering", "", "oos+en+greeting+other-service+signature+company+chat"),
    ("Hi, can I switch from a three-year to a two-year apprenticeship halfway through? – Omar", "", "oos+en+greeting+name+chat"),
    ("Is there a limit on how many apprentices one trainer may supervise? We're a small IT shop in Hannover. Thanks, Rachel", "", "oos+en+question-first+company+name+thanks+chat"),
    ("Guten Tag, mein Name ist Wilfried Gerdes, ich bin Inhaber eines Gartenbaubetriebs und einer kleinen Gärtnerei-Verkaufsstelle bei Uelzen. Wir möchten im nächsten Jahr zum ersten Mal zwei junge Geflüchtete ausbilden, die schon ein Praktikum bei uns gemacht haben. Ich habe gehört, dass es dafür Zuschüsse oder eine Ausbildungsprämie geben soll, und außerdem Unterstützung bei Sprachkursen. Wo kann ich so etwas beantragen, und wer ist dafür zuständig, die Arbeitsagentur oder die Kammer? Für Hinweise wäre ich sehr dankbar. Mit freundlichen Grüßen, Wilfried Gerdes", "", "oos+long+greeting+self-intro+company+signature+chat"),
    ("Hallo, kann ich mir bei euch eigentlich auch ein Zwischenzeugnis für meine Bewerbung ausstellen lassen? Gruß, Mia", "", "oos+greeting+name+chat"),
]

if __name__ == "__main__":
    write("chat", ROWS)
