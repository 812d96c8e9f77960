# One-off writer for eval/train/train3.jsonl (kept for reference; the .jsonl file is the data).
# Written 2026-11-30 from the FAQ entries in faq/data and imagination (not from eval/heldout):
# ticket requests phrased many ways (pleas, statements, how-tos about a concrete case, English,
# typos, chat-wrapped) next to questions *about* the procedure with the same words (duration,
# cost, who may, what happens after, automatic deletion, deadlines), and chat-style messages
# (greetings, names, company context, signatures, e-mail addresses, two questions).
import json

N = None
E = "export-betriebswechsel"; F = "export-fehler-andere-ihk"; ST = "standort-anderes-bundesland"
AF = "anwendung-finden"; RC = "registrierungscode"; HA = "seite-zeigt-hallo"; NS = "name-stimmt-nicht"
KZ = "kein-zugriff-trotz-registrierung"; ID = "identnummer-nicht-gefunden"; MR = "mehrere-rollen-eine-email"
MB = "mehrere-betriebsstaetten"; AE = "azubi-entfernen"; AA = "azubi-anlegen"; UG = "user-geloescht-nicht-angezeigt"
UD = "userdaten-bearbeiten"; AU = "ausbilder-freischalten"; AR = "andere-rolle-asta"; WR = "wer-registriert"
AN = "azubi-nicht-angezeigt"
NC = "name_correction"; DL = "deletion"
NAME = [NS, UD]
DEL = [AE, UG]

# --- ticket requests: deletion ---------------------------------------------------------------
deletion = [
    ("Bitte löschen Sie den Account von unserem ehemaligen Azubi Tim Becker.", DEL, "request"),
    ("Der Azubi hat gekündigt, bitte raus aus dem Portal.", DEL, "statement"),
    ("Unser Lehrling hat die Ausbildung abgebrochen, bitte den Zugang entfernen.", DEL, "statement"),
    ("Können Sie bitte die Auszubildende Lara Schmitt aus unserem SSP entfernen?", DEL, "request"),
    ("Ich möchte einen Benutzer löschen lassen, der nicht mehr bei uns arbeitet.", DEL, "request"),
    ("Wie kriege ich den Azubi aus dem System raus, der ist seit Juni weg?", DEL, "howto"),
    ("Wie werde ich den alten Ausbilder-Account los?", DEL, "howto"),
    ("Mitarbeiter hat das Unternehmen verlassen – Konto bitte deaktivieren", DEL, "statement"),
    ("Bitte den doppelt angelegten Nutzer entfernen", DEL, "request"),
    ("Please delete the account of our former apprentice.", DEL, "en"),
    ("Our trainee quit last month, can you remove him from the portal?", DEL, "en"),
    ("How do I get rid of an old user account in the SSP?", DEL, "en"),
    ("I need a user removed from the self service portal", DEL, "en"),
    ("Kick out the apprentice who left, please", DEL, "en"),
    ("bitte azubi löschn der is nich mehr da", DEL, "typo"),
    ("benutzer entferen bitte, doppelt angelegt", DEL, "typo"),
    ("wie lösch ich den lehrlin aus dem ssp", DEL, "typo"),
    ("Löschung des Nutzers Max Weber beantragen", DEL, "request"),
    ("Ich beantrage hiermit die Löschung unseres Azubis aus dem Portal.", DEL, "request"),
    ("Könnt ihr den User von Frau Kaya rausnehmen? Die ist nicht mehr im Betrieb.", DEL, "request"),
    ("Unsere ehemalige Auszubildende soll aus dem Self Service Portal verschwinden.", DEL, "statement"),
    ("Wie entferne ich Herrn Yilmaz aus der Liste der Auszubildenden? Er hat gewechselt.", DEL, "howto"),
    ("Ein Azubi ist zu einem anderen Betrieb gegangen und steht noch bei uns drin, bitte austragen.", DEL, "statement"),
    ("Bitte tragen Sie unseren früheren Ausbilder aus dem SSP aus.", DEL, "request"),
    ("Den Account von Jana bitte komplett löschen, sie hat gekündigt.", DEL, "request"),
    ("Wir haben einen Nutzer aus Versehen zweimal angelegt, einer muss weg.", DEL, "statement"),
    ("Wie bekomme ich einen abgebrochenen Azubi aus unserer Übersicht?", DEL, "howto"),
    ("Die Ausbildung von Paul wurde beendet, sein Zugang soll gelöscht werden.", DEL, "statement"),
    ("Lösche bitte den Benutzer kevin.mueller@example.org", DEL, "request"),
    ("Remove user account, employee left the company", DEL, "en"),
    ("Can you please erase the profile of our former trainee from your system?", DEL, "en"),
    ("We want the apprentice who dropped out to be deleted from the portal", DEL, "en"),
    ("Azubi weg, Account löschen", DEL, "keywords"),
    ("nutzer löschen lassen", DEL, "keywords"),
    ("Lehrling entfernen SSP", DEL, "keywords"),
    ("delete user account", DEL, "keywords"),
    ("Ich will den Zugang eines Mitarbeiters entfernen, wie mache ich das?", DEL, "howto"),
    ("Wie nehme ich unseren ausgeschiedenen Azubi aus dem Self Service Portal?", DEL, "howto"),
    ("Hallo, unser Azubi Leon ist seit letzter Woche nicht mehr bei uns. Bitte löschen Sie ihn aus dem SSP. Danke, Petra Hoffmann", DEL, "chat"),
    ("Guten Morgen! Wir sind eine Bäckerei in Celle. Eine Auszubildende hat die Probezeit nicht bestanden – wie entfernen wir sie aus dem Portal? Viele Grüße", DEL, "chat"),
    ("Hi, ich hab aus Versehen einen Ausbilder doppelt angelegt. Könnt ihr den zweiten Account löschen? LG Sven", DEL, "chat"),
    ("Sehr geehrte Damen und Herren, bitte entfernen Sie die Nutzerin Anna Roth (anna.roth@example.com) aus unserem Self Service Portal. Mit freundlichen Grüßen Markus Lenz, Personalabteilung", DEL, "chat"),
    ("Hello, one of our apprentices left the company. Please delete her account. Best regards, John", DEL, "chat"),
    ("Moin, der Lehrling ist raus bei uns, wie krieg ich ihn aus dem Portal? Gruß Heiko", DEL, "chat"),
    ("Der Auszubildende hat den Betrieb gewechselt. Bitte nehmen Sie ihn aus unserer Liste.", DEL, "statement"),
    ("Bitte alten Benutzer sperren und löschen", DEL, "request"),
    ("Unser Ausbilder ist in Rente, bitte Account entfernen.", DEL, "statement"),
]

# --- ticket requests: name / data correction --------------------------------------------------
correction = [
    ("Bitte korrigieren Sie meinen Nachnamen, da steht Meyer statt Meier.", NAME, "request"),
    ("Mein Name ist im Portal falsch geschrieben.", NAME, "statement"),
    ("Im SSP fehlt mein zweiter Vorname, bitte nachtragen.", NAME, "request"),
    ("Ich habe geheiratet und heiße jetzt Schulz, bitte den Namen ändern.", NAME, "statement"),
    ("Der Vorname unserer Azubine ist falsch hinterlegt, können Sie das anpassen?", NAME, "request"),
    ("Wie bekomme ich meinen Namen im Account geändert? Da fehlt ein Buchstabe.", NAME, "howto"),
    ("Die E-Mail-Adresse unseres Ausbilders ist falsch, bitte ändern.", [UD], "request"),
    ("Please correct my surname in the portal, it is misspelled.", NAME, "en"),
    ("My first name is wrong in my account, can you fix it?", NAME, "en"),
    ("I got married and my last name changed, please update it", NAME, "en"),
    ("Please change the e-mail address of our trainer in the SSP", [UD], "en"),
    ("mein nachnahme is falsch bitte korigieren", NAME, "typo"),
    ("namen ändern lasen im portal", NAME, "typo"),
    ("vorname falsch geschriebn azubi", NAME, "typo"),
    ("Namensänderung nach Heirat beantragen", NAME, "request"),
    ("Ich brauche eine Namenskorrektur für unseren Auszubildenden.", NAME, "request"),
    ("Beim Nachnamen unseres Azubis ist ein Tippfehler, wie lässt sich das korrigieren?", NAME, "howto"),
    ("Im Ausbildungsvertrag steht Müller-Schmidt, im Portal nur Müller. Bitte angleichen.", NAME, "statement"),
    ("Können Sie die Schreibweise meines Namens an den Vertrag anpassen?", NAME, "request"),
    ("Das Umlaut in meinem Namen fehlt, statt Jürgen steht Jurgen da", NAME, "statement"),
    ("Meine Daten im Account sind veraltet, bitte aktualisieren", [UD], "request"),
    ("Die Mailadresse der Azubine hat sich geändert, bitte im SSP ändern.", [UD], "request"),
    ("Name fehler korrigieren", NAME, "keywords"),
    ("nachname ändern", NAME, "keywords"),
    ("fix my name", NAME, "keywords"),
    ("Mein Name passt nicht zum Ausbildungsvertrag, deshalb komme ich nicht rein.", [NS], "statement"),
    ("Ich kann mich nicht anmelden, weil mein Name nicht mit dem Vertrag übereinstimmt.", [NS], "statement"),
    ("Can you update my name so it matches my training contract?", NAME, "en"),
    ("Wie ändere ich den Namen unseres Azubis, der wurde falsch angelegt?", NAME, "howto"),
    ("Ich möchte die E-Mail-Adresse eines angelegten Users ändern.", [UD], "request"),
    ("Hallo, ich bin Azubi bei der Stadtwerke GmbH. Mein Nachname ist im Portal falsch, bitte korrigieren. Danke, Aylin", NAME, "chat"),
    ("Guten Tag, bei unserer Auszubildenden Sophie Klein fehlt der zweite Vorname (Marie). Können Sie das ergänzen? Mit freundlichen Grüßen, Ausbildungsleitung Holzbau Nord", NAME, "chat"),
    ("Hi! I'm Tom from Example Ltd. My name is spelled wrong in the portal, please correct it. Thanks", NAME, "chat"),
    ("Servus, hab geheiratet und heiß jetzt Wagner statt Huber. Wie krieg ich das im Portal geändert? Grüße Lisa", NAME, "chat"),
    ("Sehr geehrte Damen und Herren, die E-Mail-Adresse unseres Ausbilders Herrn Kurz hat sich geändert (neu: a.kurz@example.org). Bitte passen Sie das an. Viele Grüße", [UD], "chat"),
    ("Beim Anmelden kommt: Name stimmt nicht mit Vertrag überein. Ich heiße laut Vertrag Anna-Lena Vogt.", [NS], "statement"),
    ("Bitte Namen von Herrn Öztürk berichtigen, da steht Ozturk", NAME, "request"),
    ("In meinem Profil steht ein falscher Vorname, das muss geändert werden", NAME, "statement"),
    ("The portal says my name does not match the contract. Please fix it.", NAME, "en"),
    ("Mein Name wurde bei der Registrierung falsch übernommen, wie lasse ich ihn korrigieren?", NAME, "howto"),
    ("Wir brauchen eine Änderung der Benutzerdaten für eine Ausbilderin.", [UD], "request"),
    ("Correct the spelling of my last name please", NAME, "en"),
    ("Mein Name hat sich durch Heirat geändert, was muss ich tun damit das im Portal steht?", NAME, "howto"),
    ("Falscher Nachname im SPB", NAME, "keywords"),
    ("bitte name anpassen laut ausbildungsvertrag", NAME, "request"),
    ("Der Name des Azubis ist falsch geschrieben, wie kann ich ihn ändern?", NAME, "howto"),
]

# --- not requests: questions about the procedure with the same words ---------------------------
procedure = [
    ("Wie lange dauert es, bis mein Name korrigiert ist?", NAME, "procedure"),
    ("Was kostet eine Namensänderung im Portal?", NAME, "procedure"),
    ("Wer darf Namen im Self Service Portal ändern?", NAME, "procedure"),
    ("Wer kann Azubis aus dem SSP löschen?", DEL, "procedure"),
    ("Wann wird das Berichtsheft automatisch gelöscht?", [AE], "procedure"),
    ("Werden die Berichte nach der Ausbildung automatisch entfernt?", [AE], "procedure"),
    ("Wie lange ist die Löschfrist für das Berichtsheft?", [AE], "procedure"),
    ("Was passiert nach der Löschung eines Azubis mit seinen Berichten?", [AE], "procedure"),
    ("Was passiert, nachdem mein Name korrigiert wurde? Muss ich mich neu anmelden?", NAME, "procedure"),
    ("Ist eine Namenskorrektur kostenpflichtig?", NAME, "procedure"),
    ("How long does it take to delete a user?", DEL, "procedure"),
    ("Who is allowed to delete apprentices from the portal?", DEL, "procedure"),
    ("What happens to the record book after the training ends?", [AE], "procedure"),
    ("Is a name correction free of charge?", NAME, "procedure"),
    ("When will the report book be deleted?", [AE], "procedure"),
    ("Wie lange muss ich nach der Namenskorrektur warten?", NAME, "procedure"),
    ("Bis wann muss ich eine Löschung beantragen?", DEL, "procedure"),
    ("Gibt es eine Frist, bis wann Azubis gelöscht werden?", [AE], "procedure"),
    ("Wird ein Azubi automatisch entfernt, wenn die Ausbildung endet?", [AE], "procedure"),
    ("Darf der Ausbilder selbst Namen ändern oder nur die IT?", NAME, "procedure"),
    ("Kann ich als Ausbilder Benutzer selbst löschen?", DEL, "procedure"),
    ("Welche Angaben braucht ihr für eine Namenskorrektur?", NAME, "procedure"),
    ("Wie läuft eine Löschung im SSP ab?", DEL, "procedure"),
    ("Wie viele Tage dauert die Löschung eines Benutzers?", DEL, "procedure"),
    ("Bleiben die Berichtshefte nach dem Löschen des Azubis erhalten?", [AE], "procedure"),
    ("Wird das Berichtsheft in Baden-Württemberg später gelöscht?", [AE], "procedure"),
    ("Wie lange werden Berichtshefte aufbewahrt?", [AE], "procedure"),
    ("Who takes care of name corrections?", NAME, "procedure"),
    ("How much does it cost to change a name?", NAME, "procedure"),
    ("Can trainers delete users themselves?", DEL, "procedure"),
    ("Is the apprentice removed automatically after the final exam?", [AE], "procedure"),
    ("Wann ist die Namenskorrektur erledigt?", NAME, "procedure"),
    ("Bekomme ich eine Bestätigung, wenn mein Name geändert wurde?", NAME, "procedure"),
    ("Wird man informiert, wenn ein Azubi gelöscht wurde?", DEL, "procedure"),
    ("Kann eine Löschung rückgängig gemacht werden?", DEL, "procedure"),
    ("Warum darf ich Namen nicht selbst ändern?", NAME, "procedure"),
    ("löschfrist baden württemberg", [AE], "procedure"),
    ("dauer namenskorrektur", NAME, "procedure"),
    ("Hallo, kurze Frage: wie lange dauert eigentlich eine Namenskorrektur bei euch? Danke!", NAME, "procedure_chat"),
    ("Guten Tag, ich bin Ausbilderin bei der Muster AG. Werden die Berichtshefte unserer Azubis nach der Prüfung automatisch gelöscht? Viele Grüße", [AE], "procedure_chat"),
    ("Hi, who can delete a user in the SSP? Thanks, Mia", DEL, "procedure_chat"),
    ("Moin, was passiert eigentlich mit dem Berichtsheft, wenn der Azubi gelöscht wird? Gruß", [AE], "procedure_chat"),
    ("Wie oft werden Löschungen durchgeführt?", DEL, "procedure"),
    ("Muss ich für eine Namensänderung einen Nachweis schicken?", NAME, "procedure"),
    ("Wer ist für die Löschung von Nutzern zuständig?", DEL, "procedure"),
    ("Was passiert mit den Daten, wenn ich einen User lösche?", DEL, "procedure"),
    ("Ab wann gilt die Löschfrist?", [AE], "procedure"),
]

# --- not requests: other messages that share the words (no ticket) -----------------------------
other_null = [
    ("Wie lege ich einen Azubi an, der schon eingetragen ist?", [AA], "paraphrase"),
    ("Mein Azubi wird im SSP nicht angezeigt.", [AN], "paraphrase"),
    ("Wo sehe ich, welche Mitarbeiter schon registriert sind?", [WR], "paraphrase"),
    ("Kann ich mehrere Betriebsstätten mit einer E-Mail verwalten?", [MR, MB], "paraphrase"),
    ("Die Identnummer wird nicht gefunden, was kann ich tun?", [ID], "paraphrase"),
    ("Wo finde ich den Namen meiner Anwendung für das Berichtsheft?", [AF], "paraphrase"),
    ("Beim Export kommt eine Fehlermeldung", [F, E], "paraphrase"),
    ("Wie exportiere ich mein Berichtsheft vor dem Betriebswechsel?", [E], "paraphrase"),
    ("Ich habe eine andere Rolle im SSP als im ASTA", [AR], "paraphrase"),
    ("Can I remove the old export file from my computer?", [], "oos"),
    ("Wie lösche ich meinen Browserverlauf?", [], "oos"),
    ("Kann ich eine Prüfungsanmeldung wieder löschen?", [], "oos"),
    ("Wie ändere ich mein Passwort im Online-Banking?", [], "oos"),
    ("Wie ändere ich den Namen meiner Firma im Handelsregister?", [], "oos"),
    ("Ich möchte meinen Ausbildungsvertrag kündigen.", [], "oos"),
    ("Wie lange dauert die Abschlussprüfung?", [], "oos"),
    ("Was kostet die Eintragung des Ausbildungsvertrags?", [], "oos"),
]

# --- chat-style messages (no ticket) -------------------------------------------------------------
chat = [
    ("Hallo zusammen, ich bin Jonas und mache eine Ausbildung zum Elektroniker. Wo finde ich eigentlich das digitale Berichtsheft? Danke euch!", [AF]),
    ("Guten Tag, wir sind ein Familienbetrieb aus Nienburg mit drei Azubis. Woher bekommen wir den Registrierungscode? Mit freundlichen Grüßen, Familie Brandt", [RC]),
    ("Hi, meine Mail ist lena.k@example.org. Nach dem Login steht bei mir nur Hallo, sonst nichts. Was tun?", [HA]),
    ("Sehr geehrte Frau Schulze, unsere Mitarbeiter sind registriert, kommen aber nicht ins Serviceportal Bildung. Können Sie helfen? Beste Grüße, Ralf Neumann, IT-Leitung, Neumann Metallbau GmbH, Tel. 0511 1234567", [KZ]),
    ("Moin! Ich wechsle im Sommer den Ausbildungsbetrieb. Kann ich mein Berichtsheft mitnehmen? Gruß Finn", [E]),
    ("Hallo, ich heiße Selin Arslan und bin im zweiten Lehrjahr. Der Export meines Berichtshefts zur IHK Braunschweig bricht immer mit einem Fehler ab. Was kann ich machen? LG Selin", [F]),
    ("Guten Morgen, wir haben Standorte in Hamburg und Hannover. Kann eine Ausbilderin mit einer E-Mail-Adresse Rollen in beiden Betriebsstätten haben? Viele Grüße aus der Personalabteilung", [MR, MB, ST]),
    ("Hello, I'm Priya, an apprentice at Example Logistics. Where do I get a registration code? Kind regards, Priya", [RC]),
    ("Hi there! Our company is already registered in Bavaria in the self service portal. Can we use the same account for our branch in Hanover? Cheers, Mark (HR)", [ST]),
    ("Liebes Team, beim Anmelden kommt die Meldung, dass meine Identnummer nicht gefunden wird. Ich bin Azubi bei der Sparkasse. Danke im Voraus! Jana", [ID]),
    ("Hallo Frau Peters, ich bin Ausbildungsleiter bei der Firma Kröger KG. Wo sehe ich, wer aus unserem Unternehmen schon im SSP registriert ist? Mit freundlichem Gruß Uwe Kröger", [WR]),
    ("Servus, ich bin der neue Ausbilder bei der Autohaus Weber GmbH. Unser neuer Azubi wird mir im SSP nicht angezeigt, woran liegt das? Gruß Tobias Weber, Tel. 05121 998877", [AN]),
    ("Guten Tag! Muss mich mein Ausbilder nach der Anmeldung erst freischalten? Ich bin Azubi im ersten Jahr. Viele Grüße, Marie", [AU]),
    ("Hallo, ich habe im SSP eine andere Rolle als im ASTA-Infocenter. Was kann ich tun? Mit freundlichen Grüßen, Birgit Lange, Ausbildungsbeauftragte", [AR]),
    ("Hey, wie lege ich einen Azubi an, der schon eingetragen ist? Danke! Gruß aus Göttingen, Kai", [AA]),
    ("Hallo! Kann ich mehrere Betriebsstätten im SPB verwalten? Wir sind ein Handwerksbetrieb mit zwei Filialen in Hameln und Peine. LG", [MB]),
    ("Dear Sir or Madam, after I log in to the Serviceportal Bildung, the page only says Hallo. What should I do? Yours sincerely, Anna Novak", [HA]),
    ("Hallo zusammen, ich bin Kemal, Azubi bei einem Malerbetrieb. Woher bekomme ich den Registrierungscode? Und muss mich mein Ausbilder danach freischalten? Danke!", [RC, AU]),
    ("Guten Tag, zwei Fragen: Wo finde ich das digitale Berichtsheft? Und wo bekomme ich den Registrierungscode? Vielen Dank, Olga Petrova", [AF, RC]),
    ("Hi, quick question from Example GmbH: in which application do I find the digital record book? Thanks a lot, Ben Carter, Training Coordinator, +49 511 555 0101", [AF]),
    ("Hallo, meine E-Mail-Adresse ist tom.fischer@example.com. Ich bekomme keinen Zugriff aufs Serviceportal Bildung, obwohl ich registriert bin. Gruß Tom", [KZ]),
    ("Guten Abend, ich mache eine Ausbildung bei der Bäckerei Sonnenschein in Wunstorf. Ich wechsle nächsten Monat den Betrieb – was passiert mit meinem Berichtsheft? Liebe Grüße, Emma", [E]),
    ("Moin moin, hier ist Frank vom Autohaus Nord. Ich habe einen User gelöscht und neu angelegt, jetzt wird er nicht angezeigt. Was nun? Gruß Frank", [UG]),
    ("Hallo liebes Berichtsheft-Team, ich habe eine Frage. Mein Ausbilder sieht mich im SSP nicht. Ich bin seit August dabei. Danke und LG, Noah", [AN]),
    ("Sehr geehrte Damen und Herren, wir haben bereits ein Konto im LUX-BS Self Service Portal in Nordrhein-Westfalen. Können wir es für unseren neuen Standort in Hannover verwenden? Mit freundlichen Grüßen, Dr. Claudia Horn, Geschäftsführung, Horn Technik GmbH & Co. KG", [ST]),
    ("Hallo! Wie bekomme ich meine Berichte zum neuen Betrieb, wenn ich wechsle? Danke, Ida (Azubi Kauffrau für Büromanagement)", [E]),
    ("Guten Tag, ich heiße Peter Wolf. Wie kann ich im Serviceportal zwischen unseren Standorten wechseln? Beste Grüße", [MB]),
    ("hi, bin azubi bei nem dachdecker in hildesheim. wo bekomm ich den registrierungscode her? thx", [RC]),
    ("Hallo, ich bin Ausbilderin bei der Stadt Hannover. Wer aus unserem Haus ist schon im SSP registriert, wo kann ich das sehen? Danke, Sabine", [WR]),
    ("Hello team, my identification number cannot be found when I register. I'm an apprentice at Example Corp. Thanks, Luis", [ID]),
    # more chat styles: multi-line signatures, company context, inline e-mail, no question mark
    ("Hallo,\n\nwir sind ein Betrieb mit 40 Mitarbeitern und bilden seit 2019 aus. Seit heute sehen unsere registrierten Ausbilder im Serviceportal Bildung nichts mehr, sie haben keinen Zugriff.\n\nViele Grüße\nKarin Schulte\nAusbildungsleitung\nSchulte Elektro GmbH\nTel. 0511 4455667", [KZ]),
    ("Guten Tag,\nich bin Auszubildender im dritten Lehrjahr bei der Firma Gerdes. Kurze Frage: Wie nehme ich mein Berichtsheft zu meinem neuen Ausbildungsbetrieb mit?\nDanke und Gruß\nMalte Gerdes", [E]),
    ("Hi! Kurze Frage: in welcher Anwendung finde ich das digitale Berichtsheft", [AF]),
    ("Moin, ich bin Ausbilder bei Meyer Landtechnik in Uelzen und suche die Liste, wer von uns schon im SSP registriert ist", [WR]),
    ("Hallo Team, meine Azubi-Mail ist jonas.b@example.org und ich bekomme beim Registrieren die Meldung, dass meine Identnummer nicht gefunden wurde. Was soll ich tun?", [ID]),
    ("Guten Morgen Herr Schneider, wir haben unseren Hauptsitz in Bremen und eine Filiale in Hannover. Können wir für die Filiale unseren bestehenden LUX-BS Account nutzen? Freundliche Grüße, Anja Reuter", [ST]),
    ("Hello,\nI'm the training manager at Example Foods in Hanover. Can one e-mail address hold roles for several of our sites?\nBest,\nDaniel Brooks\n+49 511 123 4567", [MR, MB]),
    ("Servus zusammen! Ich hab im ASTA eine andere Rolle als im Self Service Portal, wie krieg ich das hin? Danke schon mal, Steffi", [AR]),
    ("Hallo, ich bin neu als Ausbildungsbeauftragte. Mein Azubi erscheint bei mir im SSP nicht. Woran kann das liegen? Danke! Grüße aus Lüneburg", [AN]),
    ("Sehr geehrte Damen und Herren,\n\nmein Auszubildender hat sich registriert und fragt, ob ich ihn erst freischalten muss.\n\nMit freundlichen Grüßen\nThomas Brenner\nBrenner Haustechnik e.K.", [AU]),
    ("Hi, ich bin Lea, Azubi zur Industriekauffrau. Mein Export zur IHK Lüneburg-Wolfsburg klappt nicht, egal welchen Zeitraum ich nehme. Und wo finde ich das Berichtsheft nach dem Wechsel? LG", [F, E]),
    ("Guten Tag, wir sind ein Pflegedienst aus Wolfsburg. Wie legen wir eine Auszubildende an, die schon im System eingetragen ist? Vielen Dank, Verwaltung", [AA]),
    ("Hallo, ich heiße Murat und bin im ersten Ausbildungsjahr. Nach der Anmeldung sehe ich im Serviceportal nur \"Hallo\". Was mache ich falsch? Gruß Murat", [HA]),
    ("Good afternoon, we are a small bakery from Hildesheim. How do we get a registration code for the digital report book? Many thanks, Sofia Marino, owner", [RC]),
    ("Liebe Kolleginnen und Kollegen, wie kann ich im SPB zwischen unseren drei Betriebsstätten wechseln? Beste Grüße, Jürgen Wolff, Personal", [MB]),
    ("Hallo, ich arbeite in der Personalabteilung der Stadtwerke Celle (kontakt@example.com). Woher bekommen unsere Azubis den Registrierungscode?", [RC]),
    ("Hi, hope you're well! I changed my training company last month. What happens to my record book? Thanks, Jamie", [E]),
    ("Guten Abend, ich habe einen Nutzer gelöscht und danach wieder angelegt, jetzt taucht er nicht auf. Grüße, Ute Kamp, Ausbildung, Tel. 05141 22334", [UG]),
    # out of scope, chat-wrapped
    ("Hallo, ich bin Ausbilderin bei der Firma Wendt. Wie melde ich einen Azubi zur Zwischenprüfung an? Danke, Carla", []),
    ("Guten Tag, wir sind ein Maler aus Stade. Wo finden wir die Prüfungstermine für den Winter? Viele Grüße", []),
    ("Hi, I'm an apprentice at Example Ltd. How many vacation days do I get? Thanks, Ali", []),
    ("Moin, wie wird das Wetter am Wochenende in Hannover? Gruß Ole", []),
    ("Sehr geehrte Damen und Herren, wie beantrage ich eine Verkürzung meiner Ausbildung? Mit freundlichen Grüßen, Nina Graf", []),
    ("Hallo zusammen, was kostet ein Lehrgang zum Ausbilderschein bei der IHK? LG Paul", []),
    # out of scope, chat-wrapped
    ("Hallo, ich bin Azubi bei der Firma Lenz. Wann ist meine Zwischenprüfung? Danke, Tim", []),
    ("Guten Tag, wir sind ein Betrieb aus Celle. Wie hoch ist die Ausbildungsvergütung für Bürokaufleute? Viele Grüße", []),
    ("Hi, I'm Sara from Example Ltd. What's the weather in Hanover tomorrow? Cheers", []),
    ("Moin, kann ich meine Ausbildung verkürzen? Gruß Jan, Azubi bei der Meyer GmbH", []),
    ("Sehr geehrte Damen und Herren, wie melde ich mich zur Sachkundeprüfung an? Mit freundlichen Grüßen, Herbert Ost", []),
    ("Hallo zusammen, wie viele Urlaubstage stehen mir als Azubi zu? LG Mia", []),
    ("Hello, how do I apply for a trade licence at the IHK? Best regards, Omar", []),
    ("Guten Morgen, wo finde ich die Termine für die Abschlussprüfung Sommer? Danke, Julia Kern, Ausbildungsleitung", []),
]


def line(q, expect, intent, tag):
    return json.dumps({"q": q, "expect": expect, "intent": intent, "tag": tag}, ensure_ascii=False)


out = []
out += [line(q, e, DL, t) for q, e, t in deletion]
out += [line(q, e, NC, t) for q, e, t in correction]
out += [line(q, e, N, t) for q, e, t in procedure]
out += [line(q, e, N, t) for q, e, t in other_null]
# A user deleted and created again is a deletion case (as in the dev set's labels).
out += [line(q, e, DL if e == [UG] else N, "chat" if e else "chat_out_of_scope") for q, e in chat]
with open("eval/train/train3.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(len(out), "lines;", len(deletion) + len(correction), "requests,", len(procedure) + len(other_null), "non-requests,", len(chat), "chat")
