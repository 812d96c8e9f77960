"""heldout10/chat.jsonl: questions about the bundled FAQ wrapped as chat messages.

Greetings, fictional names and companies, signatures with role/company/phone, e-mail addresses
at example.org/.com, thanks, several sentences, question first, lower case; English about 30 %.
Ten messages carry two questions, eight are long (500-590 characters, one out of scope), 28 are
out of scope. Codes: see common.py.
"""
from common import write

ROWS = [
    # export-betriebswechsel
    ("Hallo zusammen, ich bin Tim, Azubi im zweiten Jahr als Fachlagerist. Ab Oktober mache ich meine Ausbildung bei einer anderen Spedition weiter. Was wird dann aus den Wochen, die ich schon online geschrieben habe? Danke!", "EX", "chat+greeting+name+self-intro+thanks"),
    ("Kurze Frage: Wie bekomme ich mein komplettes Berichtsheft als Datei raus? Hintergrund: Mein Vertrag wird aufgelöst und ich fange bei einem Autohaus in Peine neu an. Gruß, Melina", "EX", "chat+question-first+name"),
    ("Hi there! My name is Daniel Osei and I'm a retail apprentice. My store is closing and I'm being moved to a different company to finish my training. Is there a way to bring all my weekly reports along? Cheers", "EX", "chat+en+greeting+name+self-intro"),
    ("Good afternoon, I supervise apprentices at Kessler Haustechnik. One of our trainees is leaving us for a competitor and asked whether he can keep his records. Where would he download them? Kind regards, Ruth Ambrose, Training Manager, Kessler Haustechnik GmbH, Tel. 0511 555-0187", "EX", "chat+en+signature+company+phone"),
    # export-fehler-andere-ihk
    ("Guten Tag, ich bin im März nach Kassel gezogen und mache meine Ausbildung dort weiter. Seitdem versuche ich, mein Berichtsheft an die dortige IHK zu übertragen, aber es kommt immer eine Fehlermeldung – ob ich ein Quartal oder das ganze Jahr auswähle. Können Sie helfen? Viele Grüße, Jana Ehlers", "EF", "chat+greeting+name"),
    ("Übergabe an eine andere IHK geht nicht, Fehler bei jedem Zeitraum. Was kann ich da machen? Ich bin Azubi zur Kauffrau im Einzelhandel und wechsle nach Bremen.", "EF", "chat+question-first+self-intro"),
    ("Hello, I'm trying to move my record book to the IHK in Dresden because I changed cities, but it fails every single time with an error. I read something about damaged weeks? How do I find and fix them? Thanks, Lukas", "EF", "chat+en+greeting+name+thanks"),
    ("Sehr geehrte Damen und Herren, unsere Auszubildende Frau Petrović wechselt in den Bezirk der IHK Lüneburg. Die Übergabe ihres Berichtshefts scheitert immer mit einem Fehler, egal welchen Zeitraum wir wählen. Woran liegt das? Mit freundlichen Grüßen, Werner Brakel, Personalabteilung, Brakel Landtechnik GmbH, 05141 555-0233", "EF", "chat+signature+company+phone"),
    # standort-anderes-bundesland
    ("Hallo, wir sind ein Bauunternehmen aus Magdeburg und schon im LUX-BS-Portal registriert. Nächstes Jahr starten wir mit zwei Azubis in unserem Büro in Hannover-Linden. Können wir dafür den bestehenden Zugang verwenden oder brauchen wir einen neuen? Gruß, Steffen Rauch", "SB", "chat+greeting+company+name"),
    ("Hi, we're a logistics company based in Bremen (registered there already) and we've just opened a depot in Langenhagen where we want to train apprentices. Does our existing portal account cover that, or do we register again with IHK Hannover? Best, Priya Natarajan, HR, Weserblick Logistik", "SB", "chat+en+company+signature"),
    ("Guten Morgen! Kurze Frage aus der Personalabteilung: Unsere Firma ist im SSP über die IHK Frankfurt angemeldet, jetzt kommt ein Ausbildungsort in Garbsen dazu. Gleicher Account möglich? Danke und viele Grüße aus Offenbach", "SB", "chat+greeting+company+thanks"),
    ("wir sind in sachsen schon registriert und haben jetzt ne filiale bei hannover, gleicher account oder neu anmelden? danke", "SB", "chat+lower+thanks"),
    # anwendung-finden
    ("Hallo! Ich bin Emma, ich habe gerade meine Ausbildung zur Industriekauffrau angefangen. Meine Ausbilderin hat gesagt, wir machen das Berichtsheft digital. Wo genau finde ich das denn? Danke schön :)", "AF", "chat+greeting+name+self-intro+thanks"),
    ("Hey, quick one – I already have an account in the Fortbildungs-Infocenter from my evening course. Can I just use that to get into the digital record book, or do I need a separate one? Thanks, Marco", "AF", "chat+en+greeting+name"),
    ("Guten Tag, als neue Ausbilderin bei der Bäckerei Sonnenkorn würde ich gern wissen, über welche Anwendung unsere Azubis ihr Berichtsheft schreiben und welchen Zugang ich dafür brauche. Freundliche Grüße, Ilka Brunsmann", "AF", "chat+company+self-intro+name"),
    ("wo ist dieses online berichtsheft, hab den link verschlampt. gruß kevin (azubi kfz)", "AF", "chat+lower+name"),
    # registrierungscode
    ("Sehr geehrte Damen und Herren, wir möchten ab August das digitale Berichtsheft einsetzen. Eine Kollegin meinte, dafür bräuchten wir einen Schlüssel von Ihnen – den haben wir aber nie erhalten. Müssen wir den irgendwo beantragen? Mit freundlichen Grüßen, Gerd Hollmann, Ausbildungsleitung, Hollmann Druck GmbH", "RC", "chat+signature+company"),
    ("Hi! I'm an apprentice electrician. A friend said I need some code from the IHK to get started with the online report book, but I never got one. Where do I get it? Thanks, Ben", "RC", "chat+en+greeting+self-intro+name"),
    ("Hallo, braucht man einen Code, um das Unternehmen fürs Berichtsheft anzumelden? Wir haben ein ELSTER-Zertifikat, falls das hilft. Grüße aus Wunstorf, Tanja", "RC", "chat+greeting+name"),
    ("code für berichtsheft nie bekommen, was nun? lg", "RC", "chat+lower"),
    # seite-zeigt-hallo
    ("Guten Tag! Ich habe mich gerade erfolgreich eingeloggt, aber auf der Startseite steht nur „Hallo“ und sonst nichts – keine Kacheln, kein Berichtsheft. Was habe ich falsch gemacht? Viele Grüße, Fatma Yıldırım", "HA", "chat+greeting+name"),
    ("Hello, I own a small bike shop and we want to start with the digital record book. I logged into the education portal but all it shows is 'Hallo'. Do I need to do something else first? Regards, Tom Wessling", "HA", "chat+en+company+name"),
    ("da steht nur hallo. sonst nix. bin ausbilder bei autohaus merten, was fehlt?", "HA", "chat+lower+company"),
    ("Warum steht bei mir oben nur ein Gruß und darunter ist alles leer? Ich bin Ausbildungsbeauftragte in einem Reisebüro und wollte gerade die Berichtshefte unserer Azubis anschauen. Danke im Voraus, Sabine Kohlmeier", "HA", "chat+question-first+self-intro+name"),
    # name-stimmt-nicht
    ("Hallo liebes IHK-Team, ich bin Mia Katharina Schulte, Azubi zur Steuerfachangestellten. Bei der Anmeldung heißt es jedes Mal, mein Name passe nicht zum Vertrag. Im Vertrag steht mein zweiter Vorname, im Account nicht. Könnt ihr das bitte anpassen? Liebe Grüße", "NC", "chat+greeting+name+self-intro+symptom+plea"),
    ("Hi, I keep getting an error that my name is different from the one in my training contract. My surname has an umlaut (Müller) and I typed Mueller when I signed up. Could you sort that out on your side? Thanks, Jakob Müller, jakob.mueller@example.org", "NC", "chat+en+symptom+plea+email"),
    ("Guten Tag, Sie haben meinen Namen gestern korrigiert. Ab wann kann ich mich denn jetzt wieder anmelden? Danke, Lea Hofmeister", "NS", "chat+duration+name"),
    ("anmeldung geht nicht, angeblich falscher name. im vertrag steht Nguyen Thi Lan und ich hab nur Lan Nguyen eingegeben. was soll ich tun", "NC", "chat+lower+symptom"),
    # userdaten-bearbeiten
    ("Sehr geehrtes Team, bei unserer Ausbilderin Frau Kowalczyk wurde der Nachname im Portal falsch geschrieben (Kowalzyk). Können Sie das bitte richtigstellen? Ihre E-Mail: m.kowalczyk@example.com. Vielen Dank, Andreas Pohl, Ausbildungsadministrator, Pohl Sanitär GmbH, 0511 555-0312", "NC", "chat+plea+concrete+email+signature+phone"),
    ("Hallo, ein Ausbilder von uns hat eine neue E-Mail-Adresse bekommen. Bitte ändern Sie die im Konto von Herrn Brandes von brandes@example.org auf j.brandes@example.org. Gruß, Claudia Wiemann", "NC", "chat+plea+concrete+email"),
    ("Hi, I'm the training admin at a small software company. Can I edit a trainer's name myself in the SSP, or do I have to go through you? Thanks, Owen", "UB", "chat+en+who-may+self-intro"),
    ("unser ausbilder heißt nach der scheidung wieder anders, wie ändern wir den namen im portal? lg petra, ausbildung bei leinebogen energie", "NC", "chat+lower+howto+concrete+company"),
    # azubi-entfernen
    ("Guten Tag, unser Auszubildender Herr Felix Raabe hat zum 31. Mai aufgehört. Was muss ich tun, damit er bei uns im SSP nicht mehr auftaucht? Mit freundlichen Grüßen, Monika Vehrs, Ausbildungsadministratorin, Vehrs Gartenbau", "DA", "chat+howto+concrete+signature+company"),
    ("Hello, one of our apprentices finished her training in June. How long will her record book stay in the system before it's deleted? Best regards, Henrik Dahl", "AE", "chat+en+deadline+name"),
    ("Hi, we had to let an apprentice go during probation. Please remove him from our list in the portal – his name is Luca Ferri. Thanks! Sandra, office manager at Brightline Optics", "DA", "chat+en+plea+concrete+company"),
    ("Hallo, wir sind ein Betrieb aus Stuttgart mit Filiale in Hannover – gilt für das Löschen der Berichtshefte bei uns die Frist von drei Jahren? Gruß, Uwe", "AE", "chat+deadline+company"),
    # user-geloescht-nicht-angezeigt
    ("Hallo, ich habe gestern versehentlich unseren Ausbilder Herrn Krämer gelöscht und gleich danach wieder angelegt. Jetzt taucht er nirgendwo mehr auf. Was ist da passiert? Grüße, Nadine Focke", "DU", "chat+greeting+symptom+name"),
    ("Hi team, I deleted a user by mistake and added her again, but now she's not visible anywhere in the SSP. Could you help? Kind regards, Olivia Grant, training administrator, Hartmann Opticians, olivia.grant@example.com", "DU", "chat+en+symptom+signature+email"),
    ("Bitte löschen Sie den Account von Herrn Stefan Möller (s.moeller@example.org) komplett – er hat uns verlassen und ist versehentlich zweimal im System. Vielen Dank, Katrin Thiele, Thiele Elektro", "DU", "chat+plea+concrete+email+company"),
    ("Moin! Kann ich als Ausbildungsadministrator Nutzer eigentlich selbst löschen, oder läuft das nur über die IHK? Danke, Jens", "UG", "chat+who-may+greeting"),
    # kein-zugriff-trotz-registrierung
    ("Hallo, bei uns haben sich drei Ausbilderinnen im Portal registriert, aber keine von ihnen kann die Berichtshefte der Azubis aufrufen. Müssen wir da noch etwas einstellen? Viele Grüße, Thomas Garbers, Garbers Kfz-Technik", "KZ", "chat+greeting+company+name"),
    ("Hi, our new trainer registered last week but still can't open anything in the Serviceportal Bildung. What do we have to do on our side? Thanks, Leon", "KZ", "chat+en+name+thanks"),
    ("Kollegen registriert, trotzdem kein Zugriff – woran liegt das? Wir sind ein Hotel in der Innenstadt mit fünf Azubis. Gruß, Marion", "KZ", "chat+question-first+company"),
    ("Good morning. Several of our staff have completed registration but the system doesn't let them into the report books. I'm the training admin – where do I check what's missing? Regards, Anita Lowe, Lowe & Partner Tax Advisers", "KZ", "chat+en+greeting+signature+company"),
    # identnummer-nicht-gefunden
    ("Hallo, ich bin Azubi zum Mechatroniker und will mich fürs Berichtsheft anmelden. Es kommt aber immer, dass meine Identnummer nicht gefunden wird. Wo stand die nochmal genau? Danke, Niklas", "ID", "chat+greeting+self-intro+name"),
    ("Hello, I lost the confirmation letter with my ident number. Could you email me the number once more? Apprentice at Feldmann Bakery, born 03/04/2006. Thanks, Sofia Romano, sofia.romano@example.org", "ID", "chat+en+email+company"),
    ("Guten Tag, könnten Sie mir bitte telefonisch die Identnummern unserer zwei neuen Azubis durchgeben? Wir finden die Bestätigungen der Eintragung nicht. Freundliche Grüße, Birgit Rohlfs, Rohlfs Immobilien, 05031 555-0144", "ID", "chat+signature+company+phone"),
    ("identnummer wird nicht akzeptiert beim registrieren, hab alles richtig eingegeben?! was jetzt", "ID", "chat+lower"),
    # mehrere-rollen-eine-email
    ("Hallo, ich bin Ausbilderin bei der Lindhorst GmbH und zusätzlich Ausbildungsadministratorin in unserer Schwesterfirma Lindhorst Service GmbH. Kann ich beide Rollen mit meiner einen Dienst-Mail nutzen? Danke, Kerstin Voigt", "MR", "chat+greeting+self-intro+company+name"),
    ("Hi, can one email address hold different roles at two of our locations? I'm a trainer in Celle and the admin in Gifhorn. Thanks, Robert", "MR", "chat+en+name"),
    ("Frage: Brauche ich für jede Betriebsstätte eine eigene Mailadresse, wenn ich dort unterschiedliche Rollen habe? Ich frage für unsere Ausbildungsleitung. Gruß, Holger Sand", "MR", "chat+question-first+name"),
    ("mit einer email zwei firmen betreuen geht das? bin ausbilder in beiden. lg", "MR", "chat+lower"),
    # mehrere-betriebsstaetten
    ("Guten Tag, wir haben drei Betriebsstätten (Hannover, Hameln, Nienburg). Im Portal sehe ich aber immer nur die Hauptstelle. Wie schalte ich auf die anderen um? Danke, Frank Meyerholz, Ausbildungsleiter", "MB", "chat+greeting+signature"),
    ("Hello, quick question: how do I flip between our different branches in the education portal? I manage apprentices at two sites. Thanks, Grace", "MB", "chat+en+greeting+name"),
    ("wo wechsel ich im portal den standort? sehe nur einen. danke", "MB", "chat+lower+thanks"),
    # azubi-anlegen
    ("Hallo, unser neuer Azubi Jonas hat seinen Vertrag schon bei der IHK eingetragen. Wie nehme ich ihn jetzt im Self Service Portal bei uns auf? Viele Grüße, Sandra Lütke, Ausbildungsadministratorin, Lütke Fensterbau", "AA", "chat+greeting+signature+company"),
    ("Hi, I'm the training admin at Northgate Software. Where in the SSP can I see all our apprentices and add the two new ones whose contracts are already registered? Cheers, Mike Harland", "AA", "chat+en+self-intro+company+name"),
    ("Wie kriege ich Azubis ins Portal, deren Verträge schon bei der IHK liegen? Wir sind ein Friseursalon mit drei Lehrlingen und ich bin neu als Admin. Danke, Svetlana", "AA", "chat+question-first+company+name"),
    ("wo ist die azubi-übersicht im ssp? bin admin bei einer kanzlei. gruß", "AA", "chat+lower+self-intro"),
    # ausbilder-freischalten
    ("Hallo, ich bin Azubi bei einer Versicherungsagentur. Ich habe mich gestern fürs Berichtsheft angemeldet – wartet das jetzt noch auf ein Okay von meiner Ausbilderin? Danke, Paul", "FR", "chat+greeting+self-intro+name"),
    ("Hi, I'm a new apprentice and I've created my account. Does my trainer need to unlock it before I can start writing? Thanks, Aisha", "FR", "chat+en+self-intro+name"),
    ("Guten Tag, ich bin Ausbilder und ein Azubi fragt mich, ob ich ihn im Berichtsheft freischalten muss. Mache ich das oder unser Administrator? Gruß, Rainer Pfeiffer", "FR", "chat+self-intro+name"),
    ("muss mein ausbilder mich im portal aktivieren oder wer macht das? lg jule", "FR", "chat+lower+name"),
    # andere-rolle-asta
    ("Sehr geehrte Damen und Herren, im ASTA-Infocenter bin ich als Ausbilderin hinterlegt, im Self Service Portal habe ich aber nur eingeschränkte Rechte. An wen wende ich mich? Mit freundlichen Grüßen, Dr. Anja Rehbein, Rehbein Labortechnik", "AR", "chat+signature+company"),
    ("Hi, my role in the SSP isn't the one I have in ASTA – I'm a trainer there, but here I can't do much. Who do I need to talk to? Thanks, Chris", "AR", "chat+en+name"),
    ("Hallo, unser Kollege hat im Portal die falsche Rolle, im ASTA stimmt sie. Wer bei uns kann das umstellen? Gruß aus Springe, Marlies", "AR", "chat+greeting+name"),
    ("warum hab ich im ssp andere rechte als im asta? wer kann das ändern? danke", "AR", "chat+lower+thanks"),
    # wer-registriert
    ("Hallo, ich bin neu als Ausbildungsadministrator bei einem Einzelhändler mit 40 Mitarbeitenden. Wie bekomme ich einen Überblick, welche Kolleginnen und Kollegen bereits ein Konto im SSP haben? Danke, Tobias Lenz", "WR", "chat+greeting+self-intro+company+name"),
    ("Hello, could you tell us which of our employees already have an account in the self service portal? We'd like to tidy up our records. Kind regards, Fiona Baird, HR Manager, Baird Engineering Ltd", "WR", "chat+en+signature+company"),
    ("Guten Tag, kann ich bei Ihnen eine Übersicht der bei uns registrierten Nutzer anfordern? Firma Haselhorst Bau, Kundennummer 80417. Gruß, Anja Haselhorst, 0511 555-0298", "WR", "chat+company+phone+name"),
    ("wer von uns ist schon im ssp? kann man das irgendwo sehen? lg", "WR", "chat+lower"),
    # azubi-nicht-angezeigt
    ("Hallo, ich bin Ausbilder bei der Tischlerei Brandt. Unser neuer Azubi ist seit zwei Wochen da, aber im SSP wird er mir nicht angezeigt. Woran kann das liegen? Gruß, Olaf Brandt", "AN", "chat+greeting+self-intro+company+name"),
    ("Hi, I can't see our new apprentice in the SSP even though her contract started in August. What could be the reason? Thanks, Julia Peters, trainer at Seaview Hotel", "AN", "chat+en+signature+company"),
    ("Wieso ist unsere Auszubildende bei mir nirgends zu sehen? Sie hat sich, glaube ich, noch nicht eingeloggt. Danke, Dagmar", "AN", "chat+question-first+name"),
    ("azubi taucht bei mir nicht auf, vertrag läuft schon. woran liegts? gruß", "AN", "chat+lower"),

    # two questions in one message
    ("Guten Tag, unser Lehrling Kevin Albers ist seit letzter Woche nicht mehr bei uns – bitte nehmen Sie ihn aus dem Self Service Portal raus. Außerdem: Kann ich irgendwo sehen, wer von uns sonst noch dort registriert ist? Danke, Silke Oltmanns", "DA WR", "chat+two-questions+plea+concrete"),
    ("Hi, two questions: the portal keeps saying my name doesn't fit my contract (I left out my middle name), and where can I find my ident number again? Thanks, Marie-Claire Dubois", "NC ID", "chat+en+two-questions+symptom"),
    ("Hallo, ich bin Inhaberin eines kleinen Blumenladens. Brauchen wir für das digitale Berichtsheft einen Code von Ihnen? Und warum begrüßt mich das Portal nach dem Einloggen bloß mit „Hallo“, ohne weitere Inhalte? Danke, Gisela Marx", "RC HA", "chat+two-questions+self-intro+company"),
    ("Moin, ich betreue Azubis an zwei Standorten. Wie wechsle ich im Portal zwischen denen, und reicht dafür meine eine E-Mail-Adresse? Gruß, Dirk", "MB MR", "chat+two-questions+greeting"),
    ("Hello, I'm switching to a new training company in another city. Can I take my record book along, and why does the export to the other IHK keep failing? Thanks, Jonas", "EX EF", "chat+en+two-questions"),
    ("Hallo, zwei Probleme bei uns: Eine Ausbilderin ist registriert, kommt aber nicht ans Berichtsheft, und unser Azubi wird im SSP gar nicht angezeigt. Was können wir tun? Grüße, Henning Starke", "KZ AN", "chat+two-questions+greeting"),
    ("Hallo, ich habe einen Ausbilder gelöscht und neu angelegt, jetzt ist er verschwunden. Zweitens: Eine Kollegin ist im ASTA Ausbilderin, im SSP darf sie aber kaum etwas – wer kann das ändern? Danke, Petra Lüders", "DU AR", "chat+two-questions+symptom"),
    ("Hi! I'm starting my apprenticeship next week. Where do I find the online record book, and does my trainer have to approve me once I've signed up? Thanks, Noah", "AF FR", "chat+en+two-questions+self-intro"),
    ("Guten Tag, wie lange bleiben die Berichtshefte unserer ausgelernten Azubis eigentlich gespeichert? Und noch etwas: Wir sind in Bremen registriert, gilt das auch für unseren neuen Standort in Hannover? Danke, Vera Hinz", "AE SB", "chat+two-questions+deadline"),
    ("hallo, bei unserem ausbilder steht der nachname falsch im portal (Schmitt statt Schmidt), bitte korrigieren. und wie kommt die neue azubine ins portal, deren vertrag die ihk schon hat? danke, ute", "NC AA", "chat+lower+two-questions+plea+concrete"),

    # long messages (500-590 characters)
    ("Guten Tag, mein Name ist Johanna Friederike Alsleben, ich mache seit August eine Ausbildung zur Kauffrau für Groß- und Außenhandelsmanagement bei der Firma Heitmann Agrarhandel in Sarstedt. Als ich mich im Portal registrieren wollte, kam die Meldung, dass mein Name nicht zu meinem Ausbildungsvertrag passt. Vermutlich liegt es daran, dass ich meinen zweiten Vornamen weggelassen habe. Könnten Sie meinen Account bitte anpassen? Meine E-Mail-Adresse lautet j.alsleben@example.org. Vielen Dank und freundliche Grüße, Johanna Alsleben", "NC", "chat+long+self-intro+company+symptom+plea+email"),
    ("Hello, I'm writing on behalf of Marsh & Tide Boatbuilders in Hannover, where I look after the apprentices as training administrator. One of our first-year apprentices, Tobias Brenner, ended his contract at the end of last month and has moved away. He is still listed in our overview in the self service portal and I'd rather his data didn't linger there. Could you please take him out, or tell me how I do that myself? Happy to send any details you need. Many thanks, Eleanor Pryce, Training Administrator, 0511 555-0176", "DA", "chat+en+long+company+plea+concrete+signature+phone"),
    ("Hallo zusammen, ich bin Ausbildungsleiterin in einem Hotel in Laatzen, und wir haben dieses Jahr zum ersten Mal das digitale Berichtsheft eingeführt. Unsere vier Abteilungsleiterinnen haben sich alle brav ein Konto angelegt und die Registrierung abgeschlossen, aber keine von ihnen kann die Berichte unserer Azubis öffnen oder abzeichnen. Bei mir selbst funktioniert alles. Muss ich in meinem Account noch irgendwas einstellen oder zuweisen, damit die Kolleginnen Zugriff bekommen? Über einen Tipp wäre ich sehr dankbar! Viele Grüße, Renate Lohmeyer", "KZ", "chat+long+self-intro+company+name"),
    ("Moin, ich bin Azubi zum Fachinformatiker im dritten Lehrjahr, und wegen eines Umzugs meiner Familie setze ich die Ausbildung ab nächsten Monat in Rostock fort. Die neue Firma hat mir gesagt, ich soll mein bisheriges Berichtsheft an die IHK dort übergeben. Ich habe es bestimmt zehnmal probiert, mit dem ganzen Zeitraum, nur mit dem letzten Halbjahr und sogar mit einzelnen Wochen, aber jedes Mal bricht der Vorgang mit einer Fehlermeldung ab. Ist da bei mir etwas kaputt, und wie kann ich das beheben? Danke schon mal, Finn Harms", "EF", "chat+long+self-intro+name"),
    ("Dear IHK team, I'm the HR lead at Alder & Finch Coffee Roasters. Our company is headquartered in Leipzig and we have been registered in the LUX-BS self service portal through the chamber there for two years. This autumn we're opening a roastery and café in Hannover-List and plan to take on two apprentices. Before I start filling in forms: can we keep using the account we already have for the new location, or does the Hannover site need a registration of its own? Thank you in advance. Best regards, Hannah Whitlock, alder-finch@example.com", "SB", "chat+en+long+company+email"),
    ("Hallo liebes Team vom digitalen Berichtsheft, ich bin Ausbilder in einer Tischlerei mit zwölf Mitarbeitern in Barsinghausen. Unsere neue Auszubildende hat am 1. August angefangen, der Vertrag ist bei der IHK eingetragen und sie hat die Bestätigung bekommen. Trotzdem finde ich sie im Self Service Portal nirgends, obwohl ich ihr Ausbilder bin und die anderen Azubis problemlos sehe. Ich weiß ehrlich gesagt nicht, ob sie sich selbst schon im Portal angemeldet hat. Muss sie das zuerst tun, oder liegt der Fehler bei mir? Gruß, Detlef Rummel", "AN", "chat+long+greeting+self-intro+company"),
    ("Guten Tag, ich bin Ausbildungsadministratorin bei der Wiebking Fahrzeugtechnik GmbH. Vor einer Woche wollte ich bei unserem Ausbilder Herrn Marcel Tönnies die E-Mail-Adresse ändern und dachte, am einfachsten sei es, ihn zu löschen und direkt neu anzulegen. Seitdem ist er weder in meiner Übersicht noch bei der Rollenvergabe zu finden, und er selbst kommt auch nicht mehr ins Portal. Seine Adresse war m.toennies@example.com. Was kann ich tun, damit er wieder auftaucht? Mit freundlichen Grüßen, Sabine Wiebking, Tel. 05121 555-0163", "DU", "chat+long+symptom+company+email+signature+phone"),
    ("Hallo, ich bin im dritten Lehrjahr als Kaufmann im Einzelhandel und habe leider meine Abschlussprüfung im Winter nicht bestanden, im schriftlichen Teil fehlten mir nur ein paar Punkte. Mein Ausbildungsvertrag endet offiziell Ende Januar. Mein Chef würde mich gerne bis zur Wiederholungsprüfung im Sommer weiter beschäftigen, aber wir wissen beide nicht, ob der Vertrag dafür automatisch verlängert wird oder ob ich das selbst beantragen muss, und ob ich in der Zeit weiter in die Berufsschule gehe. Können Sie mir sagen, wie das läuft? Danke, Yusuf", "", "chat+long+oos+self-intro"),

    # out of scope
    ("Hallo, ich hab meine Zwischenprüfung im Frühjahr geschrieben, wann gibt es die Ergebnisse? Gruß, Timo", "", "chat+oos+greeting"),
    ("Guten Tag, unser Azubi ist 17. Darf er samstags arbeiten? Viele Grüße, Metzgerei Hoppe", "", "chat+oos+company"),
    ("Hi, my apprentice has a school trip next week – do I have to give him the days off? Thanks, Laura", "", "chat+oos+en"),
    ("Moin, wir suchen einen Sachverständigen für einen Wasserschaden in unserer Halle. Hat die IHK da eine Liste? Gruß, Hauke", "", "chat+oos+greeting"),
    ("Hallo, unsere Firma hat einen neuen Geschäftsführer. Muss der irgendwas bei der IHK nachweisen, damit wir weiter ausbilden dürfen? Danke, Ingrid Bolte", "", "chat+oos"),
    ("Danke euch, schönes Wochenende!", "", "chat+oos+thanks"),
    ("Thanks so much, that solved it!", "", "chat+oos+en+thanks"),
    ("Hey, wie ist das Wetter bei euch in Hannover?", "", "chat+oos+smalltalk"),
    ("Hi, I'm looking for an apprenticeship as a chef in Hannover – do you have any openings? Cheers, Amir", "", "chat+oos+en"),
    ("Guten Tag, mein Instagram-Konto wurde gehackt, können Sie das bitte löschen? Danke, Lisa", "", "chat+oos+other-service"),
    ("Hallo, im Ausbildungsvertrag unseres Azubis steht eine falsche Vergütung. Wie lassen wir den Vertrag berichtigen? Gruß, Ralf Többen", "", "chat+oos"),
    ("Hello, does the IHK run a course for first-time supervisors on how to train apprentices well? Regards, Stefan", "", "chat+oos+en"),
    ("Moin, darf mein Azubi seine Wochenberichte mit ChatGPT schreiben lassen? Gruß, Jörg", "", "chat+oos+berichtsheft"),
    ("Hallo, mein Ausbilder hat seit zwei Monaten meine Berichte nicht abgezeichnet. Ist das schlimm für die Prüfung? Danke, Selin", "", "chat+oos+berichtsheft"),
    ("Hi, should apprentices write the record book in the first person or the third person? Thanks, Sam", "", "chat+oos+en+berichtsheft"),
    ("Guten Tag, ich bin mit der Note meiner Abschlussprüfung nicht einverstanden. Kann ich dagegen Widerspruch einlegen? Viele Grüße, Sarah Kühl", "", "chat+oos"),
    ("Hallo, wir möchten eine Umschülerin einstellen. Gelten da die gleichen Regeln wie bei Azubis? Gruß, Bernd Ahlers, Ahlers Spedition", "", "chat+oos+company"),
    ("Hi, is the IHK office open between Christmas and New Year? Thanks", "", "chat+oos+en"),
    ("moin, gibts bei der ihk eigentlich einen azubi-ausweis für rabatte? lg", "", "chat+oos+lower"),
    ("Hello, my apprentice keeps showing up late. What are my options as an employer? Best, Carla", "", "chat+oos+en"),
    ("Guten Tag, wie viele Azubis dürfen wir mit nur einem Ausbilder gleichzeitig ausbilden? Freundliche Grüße, Autohaus Leinetal", "", "chat+oos+company"),
    ("Hallo, wie lange muss ich als Betrieb die alten Stundenzettel unserer Azubis aufbewahren? Danke, Gabi", "", "chat+oos"),
    ("How do I sign my apprentice up for the vocational school in Hannover? Thanks, Dan", "", "chat+oos+en"),
    ("Hallo, unsere Azubine möchte ihre Ausbildung um ein halbes Jahr verlängern, weil sie lange krank war. Wie geht das? Gruß, Anke Wolters", "", "chat+oos"),
    ("Good morning! Just wanted to say your chat is really handy. Have a nice day!", "", "chat+oos+en+thanks+smalltalk"),
    ("Gibt es eine Förderung für Betriebe, die Geflüchtete ausbilden? Gruß, Carina", "", "chat+oos"),
    ("hey do you know any good apps for learning accounting for my exam", "", "chat+oos+en+lower"),
]

if __name__ == "__main__":
    write("chat", ROWS)
