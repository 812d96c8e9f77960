# One-off writer for eval/train/*.jsonl (kept for reference; the .jsonl files are the data).
import json
N=None
E="export-betriebswechsel"; F="export-fehler-andere-ihk"; ST="standort-anderes-bundesland"; AF="anwendung-finden"
RC="registrierungscode"; HA="seite-zeigt-hallo"; NS="name-stimmt-nicht"; KZ="kein-zugriff-trotz-registrierung"
ID="identnummer-nicht-gefunden"; MR="mehrere-rollen-eine-email"; MB="mehrere-betriebsstaetten"; AE="azubi-entfernen"
AA="azubi-anlegen"; UG="user-geloescht-nicht-angezeigt"; UD="userdaten-bearbeiten"; AU="ausbilder-freischalten"
AR="andere-rolle-asta"; WR="wer-registriert"; AN="azubi-nicht-angezeigt"
NC="name_correction"; DL="deletion"
clean=[
("Nehme ich meine Berichte mit, wenn ich in eine andere Firma wechsle?",[E],N),
("Was passiert mit meinen Wochenberichten bei einem Wechsel des Ausbildungsbetriebs?",[E],N),
("Ausbildungsbetrieb gewechselt – bleibt mein digitales Berichtsheft erhalten?",[E],N),
("Der Export meines Berichtshefts an die neue IHK bricht immer mit einem Fehler ab",[F],N),
("Warum klappt der Export zur anderen Kammer nicht, egal welchen Zeitraum ich nehme?",[F],N),
("Wir sind schon in Bayern im Self Service Portal registriert, können wir den Account für unsere Filiale in Hannover nutzen?",[ST],N),
("Gilt unser LUX-BS Zugang aus einem anderen Bundesland auch für einen Standort bei der IHK Hannover?",[ST],N),
("Wo genau finde ich das digitale Berichtsheft?",[AF],N),
("Über welches Portal öffne ich das Berichtsheft?",[AF],N),
("Wie bekomme ich den Code für die Registrierung?",[RC],N),
("Wer gibt mir einen Registrierungscode?",[RC],N),
("Nach dem Login sehe ich im Serviceportal Bildung nur das Wort Hallo und sonst nichts",[HA],N),
("Die Seite ist leer, da steht nur Hallo",[HA],N),
("Beim Anmelden kommt die Meldung, dass mein Name nicht zum Ausbildungsvertrag passt",[NS],NC),
("Unsere Mitarbeiter sind registriert, kommen aber nicht ins Serviceportal Bildung",[KZ],N),
("Trotz Registrierung kein Zugriff aufs SPB",[KZ],N),
("Meine Identnummer wird nicht gefunden, was nun?",[ID],N),
("Fehlermeldung Identnummer nicht im System der IHK",[ID],N),
("Kann eine Mailadresse für Rollen an mehreren Betriebsstätten genutzt werden?",[MR],N),
("Ich bin für zwei Standorte zuständig, geht das mit nur einer E-Mail?",[MR,MB],N),
("Wie verwalte ich mehrere Filialen im Serviceportal Bildung?",[MB],N),
("Kann ich zwischen unseren Standorten im SPB wechseln?",[MB],N),
("Wie nehme ich einen Auszubildenden aus dem SSP raus?",[AE],DL),
("Wie lösche ich Azubis, die ihre Ausbildung beendet haben, aus dem Portal?",[AE],DL),
("Wie trage ich einen Azubi ein, der schon im System existiert?",[AA],N),
("Auszubildenden hinzufügen obwohl er bereits eingetragen ist",[AA],N),
("Ich habe einen Nutzer entfernt und wieder angelegt, seitdem ist er unsichtbar",[UG],DL),
("Wie ändere ich die E-Mail-Adresse eines bereits angelegten Users?",[UD],NC),
("Wo kann ich die Daten eines Benutzers nachträglich korrigieren?",[UD],NC),
("Muss der Ausbilder meinen Zugang zum Berichtsheft erst freigeben?",[AU],N),
("Wer schaltet mich nach der Registrierung frei?",[AU],N),
("Im SSP habe ich eine andere Berechtigung als im ASTA-Infocenter",[AR],N),
("Rollen in ASTA und SSP stimmen nicht überein, was tun?",[AR],N),
("Wie sehe ich, welche Kollegen aus unserer Firma im SSP registriert sind?",[WR],N),
("Gibt es eine Übersicht, wer von uns schon registriert ist?",[WR],N),
("Warum sehe ich meinen Azubi im Self Service Portal nicht?",[AN],N),
("Mein Lehrling taucht bei mir im SSP nicht auf",[AN],N),
]
keywords=[
("berichtsheft mitnehmen firmenwechsel",[E],N),("export fehler andere ihk",[F],N),("registrierungscode",[RC],N),
("identnummer nicht gefunden",[ID],N),("azubi löschen ssp",[AE],DL),("azubi anlegen bereits eingetragen",[AA],N),
("spb nur hallo",[HA],N),("rolle asta infocenter anders",[AR],N),("mehrere betriebsstätten spb",[MB],N),
("ausbilder freischaltung",[AU],N),("wer ist registriert ssp übersicht",[WR],N),("userdaten ändern",[UD],NC),
("lux-bs account anderes bundesland",[ST],N),("azubi nicht sichtbar ssp",[AN],N),("berichtsheft anwendung",[AF],N),
]
typos=[
("wie krieg ich nen registrirungscode",[RC],N),("berichtsheft exportiren geht nich bei andrer ihk",[F],N),
("mein azubi wird nich angezeit im ssp",[AN],N),("identnumer wird nich gefunden",[ID],N),
("wo finde ich das digitale berichsheft",[AF],N),("kann ich mein berichtheft mitnemen wenn ich den betrieb wechsel",[E],N),
("ausbilder muss mich freischalen?",[AU],N),("user gelöscht, neu angelegt, jetzt isser weg",[UG],DL),
("mehrer rollen mit einer email adresse möglich?",[MR],N),("azubi entferenen aus ssp",[AE],DL),
]
english=[
("How do I get a registration code?",[RC],N),("Where can I find the digital record book?",[AF],N),
("The portal just says Hallo after I log in",[HA],N),("My ident number is not found by the system",[ID],N),
("Can I keep my report book if I move to a different employer?",[E],N),
("Export to another chamber fails with an error every time",[F],N),
("How do I remove an apprentice from the self service portal?",[AE],DL),
("My apprentice doesn't show up in the SSP",[AN],N),
("Does my instructor need to unlock my account?",[AU],N),
("Can one e-mail address have roles at several sites?",[MR],N),
("How can I change the name of a user that already exists?",[UD],NC),
("Who in my company is already registered in the SSP?",[WR],N),
("Users are registered but still cannot access the Serviceportal Bildung",[KZ],N),
("My role in the SSP differs from the one in ASTA Infocenter",[AR],N),
("How can I manage multiple company locations in the SPB?",[MB],N),
]
requests=[
("Bitte korrigieren Sie meinen Nachnamen, der ist falsch geschrieben",[NS,UD],NC),
("Ich habe geheiratet und brauche meinen neuen Nachnamen im Portal",[UD,NS],NC),
("Bitte löschen Sie den Zugang unseres ehemaligen Azubis",[AE],DL),
("Unser Azubi hat gekündigt, bitte entfernen Sie ihn aus dem System",[AE],DL),
("Please delete the account of our former apprentice",[AE],DL),
("Please correct my surname, it is misspelled in the portal",[NS,UD],NC),
("wie bekomme ich sie aus dem Portal raus, sie ist nicht mehr bei uns",[AE],DL),
("Der Vorname meiner Auszubildenden ist falsch eingetragen, bitte ändern",[UD,NS],NC),
("Wie lange dauert eine Namensänderung?",[NS],N),
("Wann werden Berichtshefte automatisch gelöscht?",[AE],N),
("Was kostet es, einen Namen korrigieren zu lassen?",[],N),
("How long does a name correction take?",[NS],N),
("Ich möchte meinen Account löschen lassen",[AE],DL),
("Der Name im Vertrag stimmt nicht mit meinem Account überein, bitte anpassen",[NS],NC),
]
oos=[
("Wann findet die Zwischenprüfung statt?",[],N),("Wie melde ich mich zur Abschlussprüfung an?",[],N),
("Wie viel verdient ein Azubi im zweiten Lehrjahr?",[],N),("Regnet es morgen in Hannover?",[],N),
("Wo ist die nächste Berufsschule?",[],N),("Kann ich meine Ausbildung unterbrechen?",[],N),
("Wie beantrage ich eine Verkürzung der Ausbildungszeit?",[],N),("Was kostet ein Ausbildungsvertrag bei der IHK?",[],N),
("Wie viele Stunden darf ein Azubi pro Tag arbeiten?",[],N),("Muss ich das Berichtsheft handschriftlich führen?",[],N),
("What is the exam fee at the IHK?",[],N),("Can you recommend a good pizza place?",[],N),
("Wie lautet die Telefonnummer der Ausbildungsberatung?",[],N),("Ich habe mein ELSTER Passwort vergessen",[],N),
("Wie kündige ich meinen Ausbildungsvertrag?",[],N),("Bekomme ich Urlaub während der Berufsschulzeit?",[],N),
("Wer ist mein Ansprechpartner für die Weiterbildung zum Meister?",[],N),("What time is it in New York?",[],N),
("Wie schreibe ich einen guten Wochenbericht?",[],N),("Gibt es eine App für das Berichtsheft auf dem Handy?",[],N),
]
chat=[
("Hallo zusammen! Ich bin Jonas, Azubi im ersten Jahr. Wo finde ich eigentlich das digitale Berichtsheft? Danke!",[AF],N),
("Guten Morgen, mein Name ist Petra Schulze, ich bin Ausbilderin bei der Schulze Metallbau GmbH. Mein Azubi wird mir im SSP nicht angezeigt, woran kann das liegen? Viele Grüße Petra Schulze",[AN],N),
("Sehr geehrte Damen und Herren,\nwir sind ein Autohaus aus Celle mit fünf Auszubildenden. Wie können wir Azubis anlegen, die bereits eingetragen sind?\nMit freundlichen Grüßen\nKlaus Becker\nPersonalabteilung\nTel. 05141 987654",[AA],N),
("Hi, ich heiße Lena. Ich wechsle nächsten Monat den Betrieb, kann ich mein Berichtsheft mitnehmen? LG Lena",[E],N),
("Moin! Beim Export zur IHK Bremen bekomme ich immer eine Fehlermeldung. Meine Mail: lena.k@example.com",[F],N),
("Hallo, hier schreibt Herr Yilmaz von der Yilmaz Elektro GmbH. Wir sind schon in NRW im Self Service Portal registriert. Können wir für unseren Standort in Hannover denselben Account nutzen? Danke und Gruß",[ST],N),
("Guten Tag, ich bin neu als Ausbildungsleiterin. Woher bekomme ich einen Registrierungscode? Vielen Dank im Voraus, Sabine Krüger",[RC],N),
("Hallo! Ich habe mich angemeldet, aber im Serviceportal Bildung steht nur Hallo. Was mache ich falsch? Gruß Tim, 0176 12345678",[HA],N),
("Hey, ich bin Azubi bei einer Bäckerei in Hameln. Beim Anmelden kommt, dass mein Name nicht mit dem Vertrag übereinstimmt. Hilfe!",[NS],NC),
("Sehr geehrte Frau Meier, unsere Mitarbeitenden sind registriert, können aber nicht aufs Serviceportal Bildung zugreifen. Woran liegt das? Beste Grüße, Jan Hoffmann, Hoffmann & Söhne KG",[KZ],N),
("Hallo Team, meine Identnummer wird angeblich nicht im System der IHK gefunden. Ich bin Azubi bei der Stadtwerke Hannover AG. Können Sie helfen? Danke, Ali",[ID],N),
("Guten Tag! Ich betreue drei Betriebsstätten. Kann ich mit einer E-Mail-Adresse Rollen für alle bekommen? Viele Grüße aus Wolfsburg",[MR],N),
("Hallo, wir sind ein mittelständisches Unternehmen mit mehreren Filialen. Kann ich mehrere Betriebsstätten im SPB verwalten? MfG Thomas Wagner",[MB],N),
("Hi! Ich bin Ausbilder in einem kleinen Betrieb. Wie entferne ich einen Auszubildenden, der die Ausbildung abgebrochen hat, aus dem Self Service Portal? Danke! Markus",[AE],DL),
("Hallo, ich habe einen User gelöscht und neu angelegt, jetzt wird er nicht angezeigt. Grüße, Eva (eva.m@firma.de)",[UG],DL),
("Guten Tag, mein Name ist Frank Otto. Wie kann ich die Daten eines angelegten Users bearbeiten, z.B. den Namen? Mit freundlichen Grüßen Frank Otto",[UD],NC),
("Hallo, ich bin Marie und mache eine Ausbildung zur Kauffrau. Muss mein Ausbilder mich für das Berichtsheft freischalten? Danke schon mal!",[AU],N),
("Moin moin, ich habe im SSP eine andere Rolle als im ASTA-Infocenter. Was kann ich da tun? Gruß aus Hannover, Piet",[AR],N),
("Hallo Frau Schmidt, wo sehe ich, wer aus unserem Unternehmen bereits im SSP registriert ist? Vielen Dank und einen schönen Tag! Claudia Berg, Berg Logistik GmbH",[WR],N),
("Hello, I'm Sarah, an apprentice at ACME Ltd in Hanover. Where do I get a registration code? Thanks in advance! Sarah",[RC],N),
("Hi there, this is Mike from Smith Engineering. My apprentice is not shown in the SSP. Why? Best regards, Mike Smith, +49 511 555 1234",[AN],N),
("Good morning! I'm a trainer at a small company. Can I take the report book along when an apprentice changes employer? Kind regards, Anna",[E],N),
("Hallo, ich bin Julia. Wie ist das Wetter morgen? Danke!",[],N),
("Guten Tag, wir sind ein Handwerksbetrieb aus Peine. Wann ist die nächste Abschlussprüfung? Viele Grüße",[],N),
("Hallo, mein Name ist Paul Weber. Wie hoch ist die Ausbildungsvergütung? Danke",[],N),
("Hi, I'm Tom from Berlin. What is the fee for the final exam? Thanks, Tom",[],N),
("Hallo zusammen, ich bin Ausbilderin bei der Müller GmbH. Unser Azubi hat aufgehört, bitte löschen Sie seinen Zugang. Viele Grüße, Anke Müller",[AE],DL),
("Guten Tag, ich heiße Sophie Lang und habe geheiratet. Mein Nachname im Portal ist noch der alte, bitte ändern. Danke, Sophie",[UD,NS],NC),
("Hallo! Kurze Frage: Muss ich mein Berichtsheft jeden Tag schreiben? Danke, Ben",[],N),
("Hallo, ich bin Azubi bei der Deutschen Bahn. Wie lange dauert eine Namenskorrektur? LG Kim",[NS],N),
("Hallo, ich bin registriert, komme aber nicht ins Serviceportal Bildung rein. Was kann ich tun? Gruß Ole",[KZ],N),
("Sehr geehrte Damen und Herren, beim Exportieren des Berichtshefts zu einer anderen IHK erhalte ich eine Fehlermeldung. Ich bitte um Hilfe. Mit freundlichen Grüßen, Hannah Vogel, hannah.vogel@example.de",[F],N),
]
multi=[
("Mein Azubi wird im SSP nicht angezeigt. Woran liegt das? Und woher bekomme ich einen Registrierungscode?",[AN],N),
("Wie lösche ich einen Azubi aus dem SSP? Außerdem: wo finde ich das digitale Berichtsheft?",[AE],DL),
("Ich wechsle den Betrieb. Kann ich das Berichtsheft mitnehmen? Und muss mein neuer Ausbilder mich freischalten?",[E],N),
]
out=[]
for name,rows,tag in [("clean",clean,"paraphrase"),("keywords",keywords,"keywords"),("typos",typos,"colloquial"),("english",english,"english"),("requests",requests,"request"),("oos",oos,"out_of_scope"),("chat",chat,"chat"),("multi",multi,"multi")]:
    for q,exp,intent in rows:
        out.append({"q":q,"expect":exp,"intent":intent,"tag":tag if exp else ("out_of_scope" if tag!="chat" else "chat_out_of_scope")})
with open("train.jsonl","w") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(out))
