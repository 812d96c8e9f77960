"""chat.jsonl: questions wrapped as chat messages (greetings, fictional names, companies, places,
signatures, thanks, several sentences, lower case, English, two questions, long messages)."""
from common import DEL_AZUBI, DEL_USER, NAME, emit

EB = ["export-betriebswechsel"]
EF = ["export-fehler-andere-ihk"]
SB = ["standort-anderes-bundesland"]
AF = ["anwendung-finden"]
RC = ["registrierungscode"]
SH = ["seite-zeigt-hallo"]
KZ = ["kein-zugriff-trotz-registrierung"]
IN = ["identnummer-nicht-gefunden"]
MR = ["mehrere-rollen-eine-email"]
MB = ["mehrere-betriebsstaetten"]
AE = ["azubi-entfernen"]
AA = ["azubi-anlegen"]
UG = ["user-geloescht-nicht-angezeigt"]
UB = ["userdaten-bearbeiten"]
AU = ["ausbilder-freischalten"]
AR = ["andere-rolle-asta"]
WR = ["wer-registriert"]
AN = ["azubi-nicht-angezeigt"]
NC, DE = "name_correction", "deletion"

rows = [
    # export-betriebswechsel
    ("Hallo zusammen, ich bin Azubi bei der Weserbau GmbH in Hameln und wechsle zum 1. März in einen anderen Betrieb. Wie bekomme ich mein bisheriges Berichtsheft dorthin? Viele Grüße, Jonas Petersen", EB, None, "chat+greeting+signature"),
    ("guten morgen, kurze frage: kann ich meine berichte exportieren bevor mein zugang beim alten betrieb zu ist? ich fange im april woanders an", EB, None, "chat+lower"),
    ("Hi, I'm Aylin, apprentice at Leinetal Logistik. I'm switching employers next month – can I keep my weekly records and take them along? Thanks!", EB, None, "chat+en"),
    ("Wo genau finde ich die Exportfunktion fürs Berichtsheft? Hintergrund: Unsere Auszubildende Lea Sommer wechselt zu einem Partnerbetrieb und braucht ihre Nachweise. Gruß, Frederike Quast, Personalabteilung, Druckerei Nordlicht GmbH", EB, None, "chat+context-after+signature"),
    ("Moin! Zwei Sachen: Wie exportiere ich mein Berichtsheft für meinen neuen Ausbildungsbetrieb, und was mache ich, wenn dabei immer eine Fehlermeldung kommt? Danke, Tim", EB + EF, None, "chat+two"),
    # export-fehler-andere-ihk
    ("Sehr geehrte Damen und Herren, ich ziehe nach Bremen und will mein Berichtsheft zur dortigen Kammer übertragen. Leider bekomme ich beim Export jedes Mal einen Fehler, egal welchen Zeitraum ich wähle. Was kann ich tun? Mit freundlichen Grüßen, Sophie Albers", EF, None, "chat+formal+signature"),
    ("export klappt nicht, kommt immer fehler. hab schon verschiedene monate probiert. hilfe??", EF, None, "chat+lower"),
    ("Hello, the export of my report book to the IHK in Munich keeps failing with an error. Is one of my weeks corrupted? Best, Marco Lindemann, apprentice, Heidekraut Software AG", EF, None, "chat+en+signature"),
    ("Was macht eigentlich dieses „Berichtsheftexport reparieren“? Ich hab das Fenster gefunden, traue mich aber nicht drauf zu klicken. Svenja", EF, None, "chat"),
    ("Guten Tag liebes Team vom digitalen Berichtsheft, ich bin Auszubildende im dritten Lehrjahr zur Kauffrau im Groß- und Außenhandel und ziehe im Sommer aus familiären Gründen nach Rostock, wo ich die Ausbildung in einem Partnerbetrieb beende. Die dortige Kammer möchte mein bisheriges Berichtsheft haben. Jedes Mal, wenn ich den Export starte, kommt eine Fehlermeldung, und zwar egal, ob ich das ganze Jahr oder nur einen einzelnen Monat auswähle. Ich habe es schon an zwei verschiedenen Rechnern probiert. Woran kann das liegen und wie bekomme ich den Export hin? Viele Grüße, Johanna Brandt, johanna.brandt@example.org", EF, None, "chat+long+signature"),
    # standort-anderes-bundesland
    ("Guten Tag, wir sind die Elektro Stöver OHG mit Hauptsitz in Kassel und dort bereits im LUX-BS Self Service Portal registriert. Jetzt eröffnen wir eine Werkstatt in Laatzen und stellen dort Azubis ein. Können wir den vorhandenen Account weiter benutzen? Freundliche Grüße, Petra Stöver, Geschäftsführung, Tel. 0561 555 0198", SB, None, "chat+signature+phone"),
    ("hi, our company is registered with the chamber in stuttgart already. we just opened a site in garbsen – same account or new registration? cheers, ben", SB, None, "chat+en+lower"),
    ("Brauchen wir für unsere neue Filiale im Raum Hannover eine zweite Registrierung? Das Unternehmen ist in Sachsen schon im Portal angemeldet. Gruß aus Leipzig, R. Hübner", SB, None, "chat+context-after"),
    ("Sehr geehrte Damen und Herren, mein Name ist Carsten Willms, ich leite die Ausbildung bei der Nordhaus Bau GmbH. Unser Unternehmen sitzt in Schwerin und nutzt das LUX-BS Self Service Portal dort schon seit zwei Jahren, alle Ausbilder und Azubis sind angelegt. Ab dem kommenden Ausbildungsjahr bilden wir erstmals auch an unserer Baustellenniederlassung in Hannover-Linden aus, also im Bezirk der IHK Hannover. Müssen wir uns dafür komplett neu registrieren oder kann ich mit meinem bisherigen Account auch den neuen Standort betreuen? Vielen Dank vorab und freundliche Grüße, Carsten Willms, Tel. 0385 555 0144, c.willms@example.com", SB, None, "chat+long+signature+phone"),
    # anwendung-finden
    ("Hallo! Ich habe gerade meine Ausbildung zur Kauffrau für Büromanagement begonnen und soll das Berichtsheft digital führen. Wo finde ich das denn? LG Mia", AF, None, "chat+greeting"),
    ("Ich bin schon im Fortbildungs-Infocenter registriert. Kann ich diese Zugangsdaten fürs Serviceportal Bildung nehmen oder brauche ich was Neues? Danke vorab, Karsten Ohlendorf", AF, None, "chat+thanks"),
    ("hey, what's the url or app for the digital berichtsheft? my trainer just said 'it's online' lol", AF, None, "chat+en+lower"),
    ("welches konto brauche ich eigentlich für das online-berichtsheft? bin neu im betrieb", AF, None, "chat+lower"),
    ("Guten Tag, wo finde ich das digitale Berichtsheft und brauche ich dafür einen Registrierungscode von Ihnen? Mit freundlichen Grüßen, Nadine Wolters, Ausbilderin, Bäckerei Sonnenkorn", AF + RC, None, "chat+two+signature"),
    ("Hello, my name is Daniel Okafor and I have just started an apprenticeship as an IT specialist at a small software company in Hannover. My trainer told me on my first day that I have to keep my weekly training records digitally through the IHK, but nobody could tell me where exactly this is done or which account I need for it. I already have a login for the Azubi-Infocenter from when my contract was registered. Can I use that, or do I have to create something new, and where do I go to start writing my reports? Many thanks, Daniel Okafor, daniel.okafor@example.com", AF, None, "chat+en+long+signature"),
    # registrierungscode
    ("Hallo IHK-Team, unser Betrieb möchte das digitale Berichtsheft einführen. Wer schickt uns den Registrierungscode? Viele Grüße, Holger Brinkmann, Autohaus Brinkmann KG, 05151 555 0142", RC, None, "chat+signature+phone"),
    ("ich warte seit zwei wochen auf meinen registrierungscode, kommt der per mail oder per post?", RC, None, "chat+lower"),
    ("Hi there, our trainee says she needs a code from the IHK to register for the report book. Where do we request it? Regards, Oliver Grant, HR, oliver.grant@example.com", RC, None, "chat+en+signature"),
    ("Wie läuft die Registrierung unseres Unternehmens fürs Berichtsheft ab? Muss ich da irgendwo einen Code eingeben? Ich frage für unseren Gartenbaubetrieb in Wunstorf. Gruß, Jens Ahrens", RC, None, "chat+context-after"),
    ("Guten Tag, ich bin Inhaberin eines kleinen Friseursalons in Nienburg und habe zum ersten August meine erste Auszubildende eingestellt. Die Berufsschule hat uns gesagt, dass das Berichtsheft inzwischen digital über die IHK geführt wird. In einem Forum habe ich gelesen, dass man dafür einen Registrierungscode braucht, den die IHK verschickt. Bei uns ist aber bis heute nichts angekommen, weder per Post noch per E-Mail. Muss ich den Code irgendwo beantragen, oder wie kommen wir sonst ins System? Über eine kurze Antwort würde ich mich sehr freuen. Herzliche Grüße, Sabine Kortmann, Salon Kortmann", RC, None, "chat+long+signature"),
    # seite-zeigt-hallo
    ("Moin, ich hab mich gerade im Serviceportal Bildung eingeloggt, aber da steht nur 'Hallo'. Keine Kacheln, nix. Was fehlt da noch? Gruß Lukas", SH, None, "chat+greeting"),
    ("Sehr geehrtes Team, nach der Anmeldung sehe ich eine fast leere Seite mit einer Begrüßung. Wo ist das Berichtsheft? Mit freundlichen Grüßen, Dr. Hanna Meyerhof, Kanzlei Meyerhof, Hildesheim", SH, None, "chat+formal+signature"),
    ("hello, after signing in the portal just says hallo and nothing else. do we still need to verify the company somehow? thanks, priya", SH, None, "chat+en+lower"),
    ("Die Seite ist leer bis auf ein Hallo – liegt das daran, dass wir das ELSTER-Zertifikat noch nicht hinterlegt haben? Wir sind ein kleiner Handwerksbetrieb aus Springe. VG, Dennis Kruse", SH, None, "chat+context-after"),
    ("Hallo, bei mir steht im Portal nur „Hallo“, und meine Kollegin hat trotz Registrierung gar keinen Zugriff aufs Berichtsheft. Was können wir tun? Grüße, Anja Reimers", SH + KZ, None, "chat+two"),
    # name-stimmt-nicht (symptom = name_correction)
    ("Hallo, beim Login kommt bei mir die Meldung, dass mein Name nicht mit meinem Ausbildungsvertrag übereinstimmt. Ich heiße Maria Fernanda Lopes Ribeiro, im Account steht nur Maria Lopes. Können Sie das korrigieren? Meine Mail: maria.lopes@example.org", NAME, NC, "chat+email"),
    ("ich komm nicht rein, angeblich passt mein name nicht zum vertrag. was soll ich machen? gruß kevin", NAME, NC, "chat+lower"),
    ("Hi, I keep getting an error that the name I entered is different from the one in my training contract. My second first name is missing, I think. Can you help? Ahmed Karimi", NAME, NC, "chat+en"),
    ("Warum stimmt mein Name angeblich nicht mit dem Vertrag überein? Ich habe mich ganz normal registriert. Azubi bei Heidekraut Software AG, Nils Baumgart", NAME, NC, "chat+context-after"),
    ("Sehr geehrte Damen und Herren, ich bin Auszubildender zum Elektroniker bei der Elektro Stöver OHG und versuche seit Tagen, mich für das digitale Berichtsheft anzumelden. Jedes Mal erscheint die Fehlermeldung, dass mein eingegebener Name nicht mit dem Namen in meinem Ausbildungsvertrag übereinstimmt. Im Vertrag stehe ich als Jan-Hendrik Oltmanns, bei der Registrierung im LUX habe ich aber nur Jan Oltmanns eingegeben, weil mich alle so nennen. Können Sie das bitte so anpassen, dass ich mich wieder anmelden kann? Meine E-Mail-Adresse lautet jan.oltmanns@example.org. Vielen Dank und freundliche Grüße, Jan-Hendrik Oltmanns", NAME, NC, "chat+long+email"),
    # kein-zugriff-trotz-registrierung
    ("Guten Tag, drei unserer Ausbilder haben sich im LUX-BS registriert, kommen aber nicht ans Berichtsheft ran. Was müssen wir noch einstellen? Beste Grüße, Claudia Renner, Ausbildungsleitung, Leinetal Logistik GmbH, Tel. 0511 555 0177", KZ, None, "chat+signature+phone"),
    ("meine kollegin ist registriert, hat aber keinen zugriff aufs spb. fehlt da ne zuordnung?", KZ, None, "chat+lower"),
    ("Hello, our new trainer registered last week but the portal won't let him into the report books. Do I have to assign him something? Kind regards, Sarah Whitfield", KZ, None, "chat+en"),
    ("Woran liegt es, dass registrierte Mitarbeiter trotzdem nicht ins Serviceportal Bildung kommen? Frage kommt aus unserer Filiale in Nienburg. Danke, Uwe", KZ, None, "chat+context-after"),
    # identnummer-nicht-gefunden
    ("Hallo, ich bekomme bei der Registrierung die Meldung, dass meine Identnummer nicht gefunden wurde. Ich habe sie von meiner Eintragungsbestätigung abgetippt. Was jetzt? Grüße, Lara Neumann", IN, None, "chat+greeting"),
    ("wo find ich die identnummer? brauch die fürs berichtsheft", IN, None, "chat+lower"),
    ("Hi, I lost my registration confirmation. Could you send me my ident number again? My name is Tomasz Nowak, apprentice at Weserbau GmbH, tomasz.nowak@example.com", IN, None, "chat+en+email"),
    ("Können Sie mir die Identnummern unserer vier neuen Azubis noch einmal zuschicken? Die Eintragungsbestätigungen sind bei uns leider untergegangen. Mit freundlichen Grüßen, Birgit Hollmann, Personal, Hotel Am Lindenhof, Bad Nenndorf", IN, None, "chat+signature"),
    ("hey, the portal keeps telling me my ID number isn't in the IHK system. i typed it exactly like on my contract confirmation. any idea? – sam", IN, None, "chat+en+lower"),
    ("Meine Identnummer wird nicht erkannt, und außerdem weiß ich nicht, ob mich mein Ausbilder danach noch freischalten muss. Können Sie helfen? Emma", IN + AU, None, "chat+two"),
    # mehrere-rollen-eine-email
    ("Guten Tag, ich bin Ausbilderin bei der Druckerei Nordlicht GmbH und zusätzlich Ausbildungsadministratorin bei unserer Schwesterfirma. Kann ich beide Rollen mit meiner Adresse j.kowalski@example.org bekommen? Gruß, Jana Kowalski", MR, None, "chat+email"),
    ("brauche ich für jede betriebsstätte eine eigene e-mail-adresse oder kann ich mit einer mehrere rollen haben?", MR, None, "chat+lower"),
    ("Hi, I'm admin at two sister companies. Can I use one email for both, with different roles? Best, Lisa", MR, None, "chat+en"),
    ("Wie werde ich mit einer E-Mail mehreren Unternehmen zugeordnet? Ich betreue Azubis in zwei GmbHs derselben Gruppe. Danke, Matthias Ebeling, Ausbildungsleiter", MR, None, "chat+context-after+signature"),
    ("Kann ich mit einer Mailadresse Rollen in zwei Betriebsstätten haben? Und wie wechsle ich dann im Portal zwischen denen? Gruß, Vanessa", MR + MB, None, "chat+two"),
    # mehrere-betriebsstaetten
    ("Hallo, wir haben Standorte in Hannover, Celle und Peine. Wie kann ich im Portal zwischen den Betriebsstätten umschalten? Danke und Gruß, Stefanie Otte, Ausbildungsverwaltung, Gartenbau Ahrens", MB, None, "chat+signature"),
    ("wo ist denn dieses dropdown, um die betriebsstätte umzustellen? ich finde es nicht", MB, None, "chat+lower"),
    ("Hello, can I manage several locations of our company in the SPB with one login? Regards, Jan de Vries, Training Coordinator, Elektro Stöver OHG", MB + MR, None, "chat+en+signature"),
    ("Ich sehe im Serviceportal immer nur unsere Zentrale. Wie komme ich zu den Azubis in der Außenstelle? Viele Grüße aus Garbsen", MB, None, "chat"),
    # azubi-entfernen
    ("Guten Tag, unser Azubi Finn Maier hat die Ausbildung zum 31.01. abgebrochen. Bitte entfernen Sie ihn aus dem Self Service Portal. Mit freundlichen Grüßen, Karin Lüders, Personal, Bäckerei Sonnenkorn, Tel. 05021 555 0110", DEL_AZUBI, DE, "chat+signature+phone"),
    ("wie lösche ich azubis, die fertig sind? die stehen alle noch in unserer liste", DEL_AZUBI, DE, "chat+lower"),
    ("Hi, how long does the report book stay in the system after the apprenticeship is over? We're a company in Baden-Württemberg, by the way. Thanks, Felix", AE, None, "chat+en+context-after"),
    ("Wird das Berichtsheft eigentlich von selbst gelöscht, wenn die Ausbildung vorbei ist? Unsere Azubine hat im Sommer ausgelernt. Gruß, Andrea Seidel", AE, None, "chat+context-after"),
    ("Hallo, wie entferne ich eine ehemalige Auszubildende aus dem SSP, und wie lege ich ihre Nachfolgerin an, deren Vertrag schon eingetragen ist? Danke, Melanie Fricke, Autohaus Brinkmann KG", DEL_AZUBI + AA, DE, "chat+two+signature"),
    # azubi-anlegen
    ("Hallo, wir haben zum 1. August zwei neue Azubis, deren Verträge die IHK schon eingetragen hat. Wie bekomme ich die in unser Self Service Portal? Grüße, Thomas Vogt, Ausbildungsadministrator, Weserbau GmbH", AA, None, "chat+signature"),
    ("wo ist die azubi-verwaltung? will die neuen lehrlinge anlegen", AA, None, "chat+lower"),
    ("Hi, where can I see all our apprentices and add the new ones in the SSP? Thanks, Grace", AA, None, "chat+en"),
    ("Wie füge ich einen Auszubildenden hinzu, der schon bei der Kammer registriert ist? Ich bin neu als Administratorin und kenne mich noch nicht aus. LG, Nicole", AA, None, "chat+context-after"),
    # user-geloescht-nicht-angezeigt (symptom = deletion)
    ("Hallo, ich habe den Account unseres Ausbilders Peter Lange gelöscht, weil er doppelt war, und neu angelegt. Jetzt wird er gar nicht mehr angezeigt. Was ist da passiert? Gruß, Simone Jäger, Elektro Stöver OHG", DEL_USER, DE, "chat+signature"),
    ("hab nen user gelöscht und neu gemacht, jetzt ist er weg. kann man das reparieren?", DEL_USER, DE, "chat+lower"),
    ("Hello, I removed a colleague's user and created it again, but the new one isn't visible. Please help. Kind regards, Daniel Moore, daniel.moore@example.com", DEL_USER, DE, "chat+en+email"),
    ("Wer kann bei Ihnen Nutzer endgültig löschen? Bei uns verschwinden Kollegen, die wir nach dem Löschen neu anlegen. Viele Grüße, Team Ausbildung, Kanzlei Meyerhof", DEL_USER, DE, "chat+context-after"),
    ("Guten Morgen, ich bin Ausbildungsadministrator bei der Leinetal Logistik GmbH in Hannover. Letzte Woche ist mir aufgefallen, dass unsere Ausbilderin Frau Katharina Vöge zweimal im Self Service Portal angelegt war, einmal mit ihrer alten und einmal mit ihrer neuen Mailadresse. Ich habe daraufhin beide Einträge gelöscht und sie danach noch einmal sauber neu angelegt. Seitdem wird sie nirgends mehr angezeigt, weder in der Übersicht noch bei der Zuordnung der Azubis. Was ist da schiefgelaufen und wie bekommen wir das wieder hin? Beste Grüße, Florian Husmann, Tel. 0511 555 0188", DEL_USER, DE, "chat+long+signature+phone"),
    # userdaten-bearbeiten
    ("Guten Tag, bei unserer Ausbilderin Katrin Scholz hat sich der Nachname nach der Hochzeit in Scholz-Behrens geändert. Wie passen wir das im Portal an? Mit freundlichen Grüßen, Frank Wendt, Personal, Leinetal Logistik GmbH", NAME, NC, "chat+signature"),
    ("kann ich die e-mail-adresse eines angelegten ausbilders selbst ändern oder geht das nur über euch?", UB, None, "chat+lower"),
    ("Hi, one of our trainers was created with a typo in his first name ('Micheal' instead of 'Michael'). How do we fix it? Regards, Laura Becker, HR", NAME, NC, "chat+en"),
    ("Wie ändere ich Daten von Usern, die schon angelegt sind? Es geht um mehrere falsche Mailadressen in unserem Betrieb in Hildesheim. Danke, Olaf", NAME, NC, "chat+context-after"),
    ("Hallo, wie kann ich den Namen eines angelegten Users ändern, und wo sehe ich eigentlich, wer aus unserer Firma schon registriert ist? Gruß, Ina", NAME + WR, NC, "chat+two"),
    # ausbilder-freischalten
    ("Hallo, ich bin seit gestern im Serviceportal angemeldet. Muss meine Ausbilderin mich jetzt noch irgendwo freischalten, damit ich loslegen kann? LG, Paula, Azubi bei Gartenbau Ahrens", AU, None, "chat+greeting"),
    ("muss mein ausbilder mich bestätigen oder kann ich direkt schreiben?", AU, None, "chat+lower"),
    ("Hi! Do I have to wait for my trainer to activate me after registering for the report book? Thanks a lot, Jamal", AU, None, "chat+en"),
    ("Wer ist bei uns dafür zuständig, Azubis im Berichtsheft freizugeben – der Ausbilder oder jemand anderes? Ich bin Ausbilder im Autohaus Brinkmann und unsicher. Gruß, Sven", AU, None, "chat+context-after"),
    ("Hi, two questions: where do I find the digital report book, and does my trainer need to unlock me afterwards? Thanks, Noah", AF + AU, None, "chat+en+two"),
    # andere-rolle-asta
    ("Guten Tag, im ASTA-Infocenter habe ich die Rolle Ausbilder, im SSP bin ich aber ganz anders hinterlegt. Wie bekomme ich die passende Rolle? Mit freundlichen Grüßen, Rainer Kühn, Weserbau GmbH", AR, None, "chat+signature"),
    ("warum hab ich im ssp andere rechte als im asta infocenter?", AR, None, "chat+lower"),
    ("Hello, my role in the SSP is not the same as in ASTA. Who can change that for me? Best, Emily Clarke", AR, None, "chat+en"),
    ("An wen wende ich mich, wenn meine Rolle im Self Service Portal nicht stimmt? Im ASTA bin ich Ausbildungsleiterin. Danke, Gabriele", AR, None, "chat+context-after"),
    # wer-registriert
    ("Hallo, ich bin neue Ausbildungsleiterin bei der Heidekraut Software AG. Können Sie mir eine Liste schicken, wer bei uns bereits im SSP registriert ist? Viele Grüße, Dr. Miriam Falk, m.falk@example.org", WR, None, "chat+email"),
    ("wie seh ich welche kollegen schon im portal registriert sind?", WR, None, "chat+lower"),
    ("Hi, is there a list of everyone from our company who is already registered in the SSP? Regards, Tom Baker, Training Manager", WR, None, "chat+en+signature"),
    ("Kann ich irgendwo nachsehen, ob unser Unternehmen überhaupt schon im SSP registriert ist? Wir übernehmen die Ausbildung von einem Vorgänger. Gruß, Heike", WR, None, "chat+context-after"),
    # azubi-nicht-angezeigt
    ("Guten Morgen, unser neuer Azubi Leon Becker wird mir im SSP nicht angezeigt, obwohl sein Vertrag längst eingetragen ist. Woran kann das liegen? Viele Grüße, Manfred Krüger, Ausbilder, Elektro Stöver OHG", AN, None, "chat+signature"),
    ("ich sehe meine azubine nicht im ssp. muss sie sich erst selbst anmelden?", AN, None, "chat+lower"),
    ("Hello, I'm a trainer and I can't see one of my apprentices in the portal. Why might that be? Thanks, Olivia", AN, None, "chat+en"),
    ("Hallo, zwei Fragen: Warum wird mir meine Auszubildende im SSP nicht angezeigt, und wie lege ich Azubis an, die schon eingetragen sind? Danke, Bernd", AN + AA, None, "chat+two"),
    ("Mein Azubi taucht nicht auf und mein Kollege kommt trotz Registrierung nicht ins Portal – hängt das zusammen? Grüße, Ralf", AN + KZ, None, "chat+two"),
    ("Hallo liebes IHK-Team, ich bin seit diesem Monat Ausbilder in der Fleischerei Budde in Hameln und betreue zwei Auszubildende. Die eine, Marie, sehe ich im Self Service Portal ganz normal und kann ihre Wochenberichte lesen. Der zweite, Ole, der am selben Tag angefangen hat und dessen Vertrag laut Eintragungsbestätigung auch schon bei Ihnen eingetragen ist, taucht bei mir aber überhaupt nicht auf. Ich habe schon mehrfach neu geladen und mich ab- und wieder angemeldet. Woran liegt das, und muss ich da selbst noch etwas machen? Vielen Dank und schöne Grüße, Hendrik Budde", AN, None, "chat+long+signature"),
    # out of scope
    ("Hallo, ich bin Azubi bei der Weserbau GmbH. Wann bekomme ich die Ergebnisse meiner Zwischenprüfung? Gruß, Jonas", [], None, "chat+oos"),
    ("Guten Tag, wie hoch ist die Ausbildungsvergütung für Fachinformatiker im dritten Jahr? Danke, Aylin", [], None, "chat+oos"),
    ("hi, wie viele urlaubstage hab ich im ersten lehrjahr?", [], None, "chat+oos+lower"),
    ("Hallo, meine Berufsschule geht bis 13 Uhr und danach soll ich noch in den Betrieb – ist das erlaubt? LG Mia", [], None, "chat+oos"),
    ("Hello, how do I register for the final exam as an external candidate? Regards, Piotr", [], None, "chat+oos+en"),
    ("Sehr geehrte Damen und Herren, wo beantrage ich eine Verlängerung meiner Ausbildungszeit? Mit freundlichen Grüßen, Nils Baumgart", [], None, "chat+oos+formal"),
    ("moin, ich hab mein passwort fürs elster-portal vergessen. wie komm ich wieder rein?", [], None, "chat+oos+lower"),
    ("Hallo, ich möchte mein Konto im Weiterbildungsportal der IHK-Akademie löschen. Wie geht das? Gruß, Karin", [], None, "chat+oos"),
    ("Hi, can you change the address of our company in your member records? We moved from Laatzen to Hannover. Thanks, Ben", [], None, "chat+oos+en"),
    ("Danke für die schnelle Hilfe gestern! Schönes Wochenende, Svenja", [], None, "chat+oos+thanks"),
    ("Hallo, ist hier ein Mensch oder ein Bot? Gruß, Tim", [], None, "chat+oos+smalltalk"),
    ("Guten Tag, wie viele Stunden Ausbildungsnachweis muss ich pro Tag schreiben? Mit freundlichen Grüßen, Lara", [], None, "chat+oos"),
    ("kann mein ausbilder meine berichte kommentieren? und sieht der das sofort?", [], None, "chat+oos+lower"),
    ("Hello, can I attach photos of my work to the weekly report? Thanks, Jamal", [], None, "chat+oos+en"),
    ("Hallo, unser Azubi ist seit drei Wochen krank. Wie trage ich das im Berichtsheft ein? Grüße, Manfred Krüger", [], None, "chat+oos"),
    ("Sehr geehrtes Team, wie kündige ich einem Auszubildenden in der Probezeit richtig? Mit freundlichen Grüßen, Holger Brinkmann, Autohaus Brinkmann KG", [], None, "chat+oos+signature"),
    ("hi, where can I find the dates for the summer exam period? cheers, grace", [], None, "chat+oos+en+lower"),
    ("Guten Tag, wir möchten erstmals ausbilden. Wie werden wir Ausbildungsbetrieb und wer prüft die Eignung? Gruß, Dennis Kruse, Springe", [], None, "chat+oos"),
    ("hallo, mein moodle-login von der bbs funktioniert nicht mehr, könnt ihr da was machen?", [], None, "chat+oos+lower"),
    ("Hello, my apprentice wants to do part of his training abroad. Is that allowed? Regards, Sarah Whitfield", [], None, "chat+oos+en"),
    ("Moin, wie ist das Wetter bei euch in Hannover? :)", [], None, "chat+oos+smalltalk"),
    ("Guten Tag, wo bekomme ich eine Bescheinigung über meine bestandene Prüfung für eine Bewerbung? Viele Grüße, Emma", [], None, "chat+oos"),
    ("Hallo, müssen Berichtshefte eigentlich täglich oder wöchentlich geführt werden? Danke, Paula", [], None, "chat+oos"),
    ("Hi, who pays for my travel to the vocational school? Thanks, Noah", [], None, "chat+oos+en"),
    ("Hallo, ich möchte mein Profil bei der IHK-Lehrstellenbörse löschen, weil ich etwas gefunden habe. Gruß, Lea", [], None, "chat+oos"),
    ("Sehr geehrte Damen und Herren, gibt es eine Schulung für Ausbilder zum digitalen Berichtsheft? Mit freundlichen Grüßen, Claudia Renner", [], None, "chat+oos+formal"),
    ("vielen dank, hat alles geklappt!", [], None, "chat+oos+thanks+lower"),
    ("Hello, can the IHK mediate in a conflict between me and my trainer? Best, Ahmed", [], None, "chat+oos+en"),
]

if __name__ == "__main__":
    emit("chat", rows)
    for q, *_ , tag in rows:
        if "long" in tag.split("+"):
            print(len(q), tag)
    print("two:", sum("two" in r[3].split("+") for r in rows))
