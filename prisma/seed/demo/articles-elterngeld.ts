// Articles of "Elterngeld digital" (BeLa Bremen). Help texts of the federal Elterngeldrechner
// (corpus, EUPL-1.2) are used verbatim where they answer a caller's question.

import { toArticle, pickBlock } from "./article";
import type { Corpus } from "./corpus";
import { a, body, esc, h2, h3, ol, p, plainListItems, plainToHtml, strong, ul } from "./html";
import { LEIKA, SERVICE } from "./structure";
import type { ArticleDraft, BundleArticle } from "./types";

const ELTERNGELDRECHNER = "https://familienportal.de/familienportal/meta/egr";
const BUNDID = "https://id.bund.de";
const AUSWEISAPP = "https://www.ausweisapp.bund.de";
const SERVICE_URL = "https://www.elterngeld-digital.example/";

/** All articles of Elterngeld digital. */
export function elterngeldArticles(corpus: Corpus): BundleArticle[] {
  const einkommen = corpus.egr("InfoEinkommenFuerErwerbstaetige");
  const limit = corpus.egr("InfoZumEinkommenslimit");
  const steuerklasse = corpus.egr("InfoZurSteuerklasse");
  const frueh = corpus.egr("InfoZuFruehgeburten");
  const geschwister = corpus.egr("InfoZumGeschwisterbonus");
  const bonus = corpus.egr("InfoZumBonus");
  const schloss = corpus.egr("HinweisFuerSchlossSymbol");
  const minijob = corpus.egr("InfoZuMiniJobs");
  const arbeiten = corpus.egr("InfoZumEinkommen");
  const allein = corpus.egr("InfoFuerAlleinerziehenden");
  const mutterschutz = corpus.egr("InfoZumMutterschutz");
  const taetigkeit = corpus.egr("InfoZurArtDerTaetigkeit");
  const eid = corpus.munich("10225119").descriptionHtml;

  const rechnerHinweis = p(
    `Eine unverbindliche Berechnung bietet der ${a(ELTERNGELDRECHNER, "Elterngeldrechner mit Planer")} des Bundesfamilienministeriums. Verbindlich entscheidet die Elterngeldstelle.`,
  );

  const drafts: ArticleDraft[] = [
    {
      key: "eg-verfuegbarkeit",
      type: "FAQ",
      title: "Kann ich Elterngeld in meinem Bundesland online beantragen?",
      shortAnswer:
        "Ja. Elterngeld digital steht in allen teilnehmenden Ländern zur Verfügung, zum Beispiel in Bayern, Hessen und Nordrhein-Westfalen. Sie füllen den Antrag dort Schritt für Schritt aus. Je nach Land schicken Sie ihn am Ende elektronisch ab oder Sie drucken ihn aus, unterschreiben ihn und senden ihn an Ihre Elterngeldstelle. Den Link finden Sie auf dem Familienportal des Bundes. Den Papierantrag gibt es weiterhin bei der Elterngeldstelle.",
      bodyHtml: body(
        p(`${strong("Elterngeld digital")} ist der Online-Antrag auf Elterngeld. Er wird von der Freien Hansestadt Bremen betrieben und von den teilnehmenden Ländern mitgenutzt.`),
        h2("So kommen Anrufende zum Antrag"),
        ul([
          `Direkt über ${a(SERVICE_URL, "Elterngeld digital")} oder über das Familienportal des Bundes.`,
          "Nach Eingabe der Postleitzahl zeigt der Dienst an, ob der Antrag im Wohnland elektronisch abgeschickt werden kann oder ausgedruckt werden muss.",
          "Wer nicht online beantragen möchte, erhält den Papierantrag bei der zuständigen Elterngeldstelle.",
        ]),
        p(`${strong("Hinweis für den 1st Level:")} Elterngeld digital ersetzt nicht die Beratung durch die Elterngeldstelle. Fragen zur Höhe im Einzelfall beantwortet die Elterngeldstelle.`),
      ),
      keywords: ["Elterngeld online", "Onlineantrag", "Bundesland", "Papierantrag"],
      categories: ["Verfuegbarkeit"],
    },
    {
      key: "eg-bundid-erforderlich",
      type: "FAQ",
      title: "Brauche ich für Elterngeld digital eine BundID?",
      shortAnswer:
        "Zum Ausfüllen brauchen Sie keine BundID. Wenn Sie den Antrag ohne Unterschrift elektronisch abschicken möchten, melden Sie sich mit der BundID an und weisen sich mit dem Online-Ausweis aus, also mit Ihrem Personalausweis und Ihrer sechsstelligen PIN. Ohne BundID drucken Sie den fertigen Antrag aus, unterschreiben ihn und schicken ihn per Post an die Elterngeldstelle.",
      bodyHtml: body(
        h2("Zwei Wege zum Antrag"),
        ol([
          `${strong("Elektronisch absenden:")} Anmeldung mit der ${a(BUNDID, "BundID")} und Identifizierung mit dem Online-Ausweis (Personalausweis, eID-Karte oder elektronischer Aufenthaltstitel mit eingeschalteter Online-Ausweisfunktion). Die Identifizierung ersetzt die Unterschrift.`,
          `${strong("Ausdrucken und unterschreiben:")} Der Antrag wird online ausgefüllt, als PDF heruntergeladen, ausgedruckt, von beiden Elternteilen unterschrieben (bei gemeinsamer Antragstellung) und mit den Nachweisen per Post geschickt.`,
        ]),
        p("Eine BundID, die nur mit Benutzername und Passwort angelegt wurde, reicht für das elektronische Absenden nicht aus. In der BundID kann der Online-Ausweis als weitere Anmeldeart ergänzt werden."),
      ),
      keywords: ["BundID", "Nutzerkonto", "ohne BundID", "Unterschrift", "Online-Ausweis"],
      categories: ["Anmeldung", "Identifizierung"],
    },
    {
      key: "eg-login-bundid",
      type: "FAQ",
      title: "Ich kann mich nicht mit der BundID anmelden – was kann ich tun?",
      shortAnswer:
        "Bitte prüfen Sie zuerst, ob Sie dieselbe Anmeldeart nutzen wie bei der Einrichtung Ihrer BundID, zum Beispiel den Online-Ausweis oder das ELSTER-Zertifikat. Schließen Sie dann alle Browserfenster und versuchen Sie es erneut, am besten in einem privaten Fenster. Hängt die AusweisApp, starten Sie sie neu. Klappt es danach immer noch nicht, nehme ich die genaue Fehlermeldung auf und gebe Ihr Anliegen an den technischen Support weiter.",
      bodyHtml: body(
        p("Zuerst prüfen, ob eine aktive Störungsmeldung zur Anmeldung vorliegt. Wenn ja, den Sprechtext der Störungsmeldung verwenden."),
        h2("Schritte mit dem Anrufenden"),
        ol([
          "Anmeldeart klären: Online-Ausweis, ELSTER-Zertifikat oder Benutzername und Passwort. Verschiedene Anmeldearten können zu verschiedenen Konten führen, wenn sie in der BundID nicht miteinander verknüpft sind.",
          "Alle Browserfenster schließen, den Dienst neu aufrufen oder ein privates Fenster nutzen. Cookies müssen erlaubt sein.",
          `Bei Online-Ausweis: AusweisApp auf den neuesten Stand bringen und neu starten; mit der Funktion "Ausweis prüfen" in der ${a(AUSWEISAPP, "AusweisApp")} testen, ob der Ausweis gelesen wird.`,
          `Passwort vergessen: auf ${a(BUNDID, "id.bund.de")} die Funktion "Passwort vergessen" nutzen. Das Passwort setzt nur die Person selbst zurück, nicht der 1st Level.`,
        ]),
        h2("Weitergabe"),
        p("Hilft das nicht, Ticket an den 2nd Level Technik mit: Zeitpunkt, Anmeldeart, Gerät und Browser, Fehlermeldung im Wortlaut. Keine PIN, kein Passwort und keine Ausweisnummer erfragen oder notieren."),
      ),
      keywords: ["BundID", "Login", "Anmeldung geht nicht", "Nutzerkonto Bund", "Fehlermeldung"],
      categories: ["Anmeldung", "Technik"],
    },
    {
      key: "eg-bundid-registrieren",
      type: "FAQ",
      title: "Wie lege ich eine BundID an?",
      shortAnswer:
        "Die BundID legen Sie kostenlos auf id.bund.de an. Am schnellsten geht das mit dem Online-Ausweis: Sie brauchen Ihren Personalausweis, die PIN und die AusweisApp auf dem Smartphone oder Computer. Alternativ können Sie sich mit einem ELSTER-Zertifikat registrieren. Für das elektronische Absenden des Elterngeldantrags brauchen Sie den Online-Ausweis. Die Registrierung dauert meist nur wenige Minuten.",
      bodyHtml: body(
        ol([
          `${a(BUNDID, "id.bund.de")} aufrufen und "Konto erstellen" wählen.`,
          "Registrierungsart wählen: Online-Ausweis (empfohlen) oder ELSTER-Zertifikat.",
          "Beim Online-Ausweis: Ausweis an das Smartphone halten oder in den Kartenleser legen und die sechsstellige PIN eingeben.",
          "E-Mail-Adresse angeben und bestätigen, damit Benachrichtigungen über neue Nachrichten im Postfach ankommen.",
        ]),
        p("Danach kehren Anrufende zu Elterngeld digital zurück und melden sich dort mit der BundID an. Bereits ausgefüllte Angaben bleiben erhalten, wenn der Antrag vorher zwischengespeichert wurde."),
      ),
      keywords: ["BundID anlegen", "Registrierung", "Konto erstellen", "Nutzerkonto"],
      categories: ["Registrierung"],
    },
    {
      key: "eg-pin-vergessen",
      type: "FAQ",
      title: "Ich habe die PIN für meinen Online-Ausweis vergessen – was nun?",
      shortAnswer:
        "Eine neue PIN können Sie nur persönlich bei der Ausweisbehörde Ihrer Stadt oder Gemeinde setzen lassen, meist im Bürgerbüro. Das ist kostenlos. Bitte nehmen Sie Ihren Personalausweis mit, vielerorts brauchen Sie einen Termin. Den früheren Dienst, mit dem man eine neue PIN per Brief bestellen konnte, gibt es seit Dezember 2023 nicht mehr. Bis dahin können Sie den Elterngeldantrag ausdrucken, unterschreiben und per Post schicken.",
      bodyHtml: body(
        pickBlock(eid, "Mit der Online- Ausweisfunktion")
          .replace("Online- Ausweisfunktion", "Online-Ausweisfunktion")
          .replace("Online-Ausweisfunktion PIN notwendig", "Online-Ausweisfunktion mit PIN notwendig"),
        h2("PIN vergessen oder Online-Ausweisfunktion ausgeschaltet"),
        ul([
          "Neue PIN setzen oder die Online-Ausweisfunktion einschalten: nur persönlich bei der Personalausweisbehörde (Bürgerbüro, Bürgeramt), gebührenfrei.",
          "Der Online-Dienst zum Zurücksetzen der PIN und zur Aktivierung per Brief (PIN-Rücksetz- und Aktivierungsdienst) wurde im Dezember 2023 eingestellt.",
          "Seit Mitte 2017 erhalten alle Personen ab 16 Jahren den Personalausweis mit eingeschalteter Online-Ausweisfunktion.",
          "Die fünfstellige Transport-PIN aus dem PIN-Brief muss vor der ersten Nutzung in der AusweisApp durch eine eigene sechsstellige PIN ersetzt werden.",
        ]),
        p("Der Elterngeldantrag ist ohne Online-Ausweis trotzdem möglich: ausfüllen, ausdrucken, unterschreiben, per Post senden."),
      ),
      keywords: ["PIN vergessen", "neue PIN", "Online-Ausweis", "Transport-PIN", "PIN-Brief"],
      categories: ["Identifizierung"],
    },
    {
      key: "eg-wa-ausweis-nicht-erkannt",
      type: "WORKAROUND",
      title: "Workaround: Smartphone erkennt den Personalausweis nicht",
      shortAnswer:
        "Legen Sie den Ausweis bitte flach auf einen Tisch und das Smartphone mit der Rückseite darauf. Nehmen Sie vorher die Schutzhülle ab. Bewegen Sie das Handy langsam, bis die AusweisApp den Ausweis erkennt, und halten Sie es dann ruhig. NFC muss in den Einstellungen eingeschaltet sein. Klappt es nicht, können Sie ein anderes Smartphone als Kartenleser für Ihren Computer verwenden.",
      bodyHtml: body(
        p("Problem: Die AusweisApp meldet, dass kein Ausweis gefunden wurde, oder die Verbindung bricht beim Auslesen ab."),
        h2("Umgehung Schritt für Schritt"),
        ol([
          "NFC in den Einstellungen des Smartphones einschalten.",
          "Schutzhülle abnehmen, Ausweis flach auf eine nicht metallische Unterlage legen.",
          "Smartphone mit der Rückseite auf den Ausweis legen und langsam verschieben; die NFC-Antenne sitzt je nach Gerät oben bei der Kamera oder in der Mitte.",
          "Sobald der Ausweis erkannt wird, Smartphone nicht mehr bewegen, bis der Vorgang abgeschlossen ist.",
          `AusweisApp auf den neuesten Stand bringen; in der App mit "Ausweis prüfen" testen, ob das Gerät den Ausweis lesen kann.`,
          "Alternative: ein zweites Smartphone mit der AusweisApp als Kartenleser mit dem Computer koppeln (beide Geräte im selben WLAN), oder einen USB-Kartenleser verwenden.",
        ]),
        p(`Eine Liste geeigneter Smartphones und Kartenleser steht auf der Seite der ${a(AUSWEISAPP, "AusweisApp")}.`),
      ),
      keywords: ["NFC", "AusweisApp", "Ausweis wird nicht erkannt", "Kartenleser", "Smartphone"],
      categories: ["Identifizierung", "Technik"],
    },
    {
      key: "eg-wa-sitzung-abgelaufen",
      type: "WORKAROUND",
      title: "Workaround: Eingaben weg, weil die Sitzung abgelaufen ist",
      shortAnswer:
        "Aus Sicherheitsgründen beendet Elterngeld digital die Sitzung nach 30 Minuten ohne Eingabe. Angaben, die Sie vorher zwischengespeichert haben, gehen nicht verloren. Bitte speichern Sie deshalb regelmäßig über die Schaltfläche Zwischenspeichern und laden Sie den gespeicherten Stand später wieder. Legen Sie Unterlagen wie Gehaltsnachweise schon vor dem Start bereit, dann geht das Ausfüllen schneller.",
      bodyHtml: body(
        p("Problem: Nach einer längeren Pause erscheint die Meldung, dass die Sitzung abgelaufen ist; nicht gespeicherte Eingaben sind verloren."),
        h2("Umgehung"),
        ol([
          "Vor dem Start alle Unterlagen bereitlegen: Geburtsbescheinigung für Elterngeld, Gehaltsabrechnungen, Bescheinigung über Mutterschaftsleistungen, Steuer-ID, Bankverbindung.",
          "Nach jedem Abschnitt Zwischenspeichern wählen. Der Stand wird als Datei auf dem eigenen Gerät gespeichert.",
          "Nach Ablauf der Sitzung Elterngeld digital neu öffnen und über Gespeicherten Antrag laden die Datei wieder einlesen.",
        ]),
        p("Ohne Zwischenspeicherung lassen sich verlorene Eingaben nicht wiederherstellen, auch nicht durch den Support."),
      ),
      keywords: ["Sitzung abgelaufen", "Timeout", "Zwischenspeichern", "Daten weg"],
      categories: ["Technik", "Formular"],
    },
    {
      key: "eg-browser",
      type: "FAQ",
      title: "Welchen Browser brauche ich für Elterngeld digital?",
      shortAnswer:
        "Elterngeld digital funktioniert mit aktuellen Versionen von Firefox, Chrome, Edge und Safari, auf dem Computer und auf dem Smartphone. Der Internet Explorer wird nicht unterstützt. JavaScript und Cookies müssen erlaubt sein. Wenn Seiten nicht richtig laden, hilft es oft, den Browser zu aktualisieren, den Verlauf zu löschen oder es in einem anderen Browser zu versuchen.",
      bodyHtml: body(
        ul([
          "Unterstützt: die jeweils aktuelle und die vorherige Hauptversion von Mozilla Firefox, Google Chrome, Microsoft Edge und Apple Safari.",
          "Nicht unterstützt: Internet Explorer, veraltete Browser ohne Sicherheitsupdates.",
          "Erforderlich: JavaScript eingeschaltet, Cookies für die Sitzung erlaubt, Pop-ups für den PDF-Download erlaubt.",
        ]),
        p("Werbeblocker oder Erweiterungen, die Skripte blockieren, können einzelne Schritte verhindern. Im Zweifel ein privates Fenster ohne Erweiterungen nutzen."),
      ),
      keywords: ["Browser", "Firefox", "Chrome", "Edge", "Safari", "Cookies", "JavaScript"],
      categories: ["Technik"],
    },
    {
      key: "eg-nachweise-hochladen",
      type: "FAQ",
      title: "Welche Nachweise kann ich hochladen und wie groß dürfen die Dateien sein?",
      shortAnswer:
        "Sie können Nachweise als PDF, JPG oder PNG hochladen. Eine Datei darf höchstens 10 MB groß sein, alle Dateien zusammen höchstens 30 MB. Typische Nachweise sind die Geburtsbescheinigung für Elterngeld vom Standesamt, die Gehaltsabrechnungen der zwölf Monate vor der Geburt und die Bescheinigung über Mutterschaftsleistungen. Fehlende Nachweise können Sie auch später nachreichen.",
      bodyHtml: body(
        h2("Dateiformate und Größen"),
        ul(["Formate: PDF, JPG, PNG", "höchstens 10 MB je Datei, höchstens 30 MB je Antrag", "keine passwortgeschützten oder verschlüsselten PDF-Dateien"]),
        h2("Häufige Nachweise"),
        ul([
          "Geburtsbescheinigung für Elterngeld (vom Standesamt)",
          "Einkommensnachweise: Gehaltsabrechnungen der zwölf Monate vor dem Geburtsmonat, bei Selbstständigen der letzte Steuerbescheid",
          "Bescheinigung der Krankenkasse über Mutterschaftsgeld und Bescheinigung des Arbeitgebers über den Zuschuss",
          "bei Teilzeit während des Elterngeldbezugs: Bescheinigung des Arbeitgebers über die Arbeitszeit",
        ]),
        p("Welche Nachweise im Einzelfall nötig sind, fragt der Antrag ab. Nachgereicht wird direkt bei der Elterngeldstelle."),
      ),
      keywords: ["Nachweise", "Upload", "Dateigröße", "PDF", "Gehaltsabrechnung", "Geburtsbescheinigung"],
      categories: ["Formular", "Technik"],
    },
    {
      key: "eg-einkommen",
      type: "FAQ",
      title: "Welches Einkommen zählt für das Elterngeld?",
      shortAnswer:
        "Berücksichtigt wird Ihr Einkommen aus nichtselbständiger Arbeit im Bemessungszeitraum, bei Angestellten in der Regel die zwölf Monate vor dem Geburtsmonat. Nicht mitgezählt werden zum Beispiel Abfindungen, Leistungsprämien, Provisionen und ein 13. Monatsgehalt, außerdem steuerfreie Einnahmen wie Trinkgeld, Krankengeld oder Kurzarbeitergeld. Die genaue Berechnung macht Ihre Elterngeldstelle.",
      bodyHtml: body(
        plainToHtml(einkommen.answer),
        h3("Art der Tätigkeit"),
        p(esc(taetigkeit.answer)),
        rechnerHinweis,
      ),
      keywords: ["Einkommen", "Bemessungszeitraum", "Abfindung", "Provision", "Krankengeld", "Elterngeldrechner"],
      categories: ["Inhalt"],
    },
    {
      key: "eg-einkommensgrenze",
      type: "FAQ",
      title: "Gibt es beim Elterngeld eine Einkommensgrenze?",
      shortAnswer:
        "Ja. Wer besonders viel verdient, bekommt kein Elterngeld. Die Grenze liegt bei einem zu versteuernden Jahreseinkommen von mehr als 175.000 Euro, für Alleinerziehende, Paare und getrennt Erziehende gleichermaßen. Paare und getrennt erziehende Eltern rechnen das Einkommen beider Elternteile zusammen, Alleinerziehende geben nur ihr eigenes an. Den Betrag finden Sie zum Beispiel im Steuerbescheid.",
      bodyHtml: body(plainToHtml(limit.answer), rechnerHinweis),
      keywords: ["Einkommensgrenze", "175.000 Euro", "zu versteuerndes Einkommen", "Gesamteinkommen", "Steuerbescheid"],
      categories: ["Inhalt"],
    },
    {
      key: "eg-steuerklasse",
      type: "FAQ",
      title: "Ich habe die Steuerklasse gewechselt – welche gebe ich im Antrag an?",
      shortAnswer:
        "Wenn Sie in den letzten zwölf Monaten vor der Geburt Ihres Kindes die Steuerklasse gewechselt haben, geben Sie die Steuerklasse an, die Sie am längsten hatten. Hatten Sie beide gleich lang, nehmen Sie die aktuellere. Ob ein Wechsel sich auf das Elterngeld auswirkt, kann Ihnen nur die Elterngeldstelle verbindlich sagen.",
      bodyHtml: body(p(esc(steuerklasse.answer)), rechnerHinweis),
      keywords: ["Steuerklasse", "Steuerklassenwechsel", "Formular"],
      categories: ["Formular", "Inhalt"],
    },
    {
      key: "eg-fruehgeburt",
      type: "FAQ",
      title: "Mein Kind kam zu früh zur Welt – bekomme ich länger Elterngeld?",
      shortAnswer:
        "Ja. Kommt Ihr Kind mindestens sechs Wochen vor dem errechneten Termin zur Welt, gibt es einen zusätzlichen Monat Basiselterngeld. Bei mindestens acht Wochen sind es zwei, bei zwölf Wochen drei und bei sechzehn Wochen vier zusätzliche Monate. Jeden dieser Monate können Sie in zwei Monate ElterngeldPlus tauschen. Der Elterngeldrechner berücksichtigt diese Monate nicht, fragen Sie bitte Ihre Elterngeldstelle.",
      bodyHtml: body(plainToHtml(frueh.answer)),
      keywords: ["Frühgeburt", "zu früh geboren", "errechneter Geburtstermin", "zusätzliche Monate"],
      categories: ["Inhalt"],
    },
    {
      key: "eg-geschwisterbonus",
      type: "FAQ",
      title: "Was ist der Geschwisterbonus?",
      shortAnswer:
        "Den Geschwisterbonus bekommen Sie zusätzlich zum Elterngeld, wenn in Ihrem Haushalt mindestens ein weiteres Kind unter drei Jahren lebt, oder mindestens zwei weitere Kinder unter sechs Jahren, oder mindestens ein weiteres Kind mit Behinderung unter vierzehn Jahren. Im Antrag geben Sie dafür die Geschwisterkinder an.",
      bodyHtml: body(
        plainToHtml(geschwister.answer),
        p("Der Geschwisterbonus beträgt zehn Prozent des zustehenden Elterngelds, mindestens 75 Euro im Monat beim Basiselterngeld."),
      ),
      keywords: ["Geschwisterbonus", "Geschwister", "weiteres Kind", "Zuschlag"],
      categories: ["Inhalt"],
    },
    {
      key: "eg-partnerschaftsbonus",
      type: "FAQ",
      title: "Wie funktioniert der Partnerschaftsbonus?",
      shortAnswer:
        "Den Partnerschaftsbonus bekommen beide Eltern nur gleichzeitig, also parallel. Wählt ein Elternteil ihn aus, wird er im Planer automatisch auch für den anderen ausgewählt. Sie müssen ihn für mindestens zwei Lebensmonate beantragen und können ihn für bis zu vier Lebensmonate bekommen. Beide arbeiten in dieser Zeit in Teilzeit, zwischen 24 und 32 Wochenstunden.",
      bodyHtml: body(
        p(esc(bonus.answer.replace("Partnerschaftbonus", "Partnerschaftsbonus"))),
        p("Voraussetzung ist, dass beide Elternteile in diesen Monaten gleichzeitig zwischen 24 und 32 Wochenstunden arbeiten. Auch Alleinerziehende können den Partnerschaftsbonus nutzen."),
      ),
      keywords: ["Partnerschaftsbonus", "Teilzeit", "beide Eltern", "ElterngeldPlus"],
      categories: ["Inhalt"],
    },
    {
      key: "eg-schloss-symbol",
      type: "FAQ",
      title: "Warum ist im Planer vor Basiselterngeld ein Schloss-Symbol?",
      shortAnswer:
        "Sie haben angegeben, dass Sie Mutterschaftsleistungen bekommen. Die Monate des Mutterschutzes, in der Regel acht Wochen nach der Geburt, gelten als Monate mit Basiselterngeld und sind deshalb gesperrt. Die Mutterschaftsleistungen ersetzen Ihr Netto-Gehalt meist fast vollständig und werden auf das Elterngeld angerechnet. Diese Monate lassen sich im Planer nicht ändern, das ist kein Fehler.",
      bodyHtml: body(
        plainToHtml(schloss.answer),
        h3("Was zählt als Mutterschaftsleistung?"),
        plainToHtml(mutterschutz.answer),
      ),
      keywords: ["Schloss", "Planer", "Mutterschutz", "Mutterschaftsgeld", "gesperrt", "grau"],
      categories: ["Formular", "Inhalt"],
    },
    {
      key: "eg-minijob",
      type: "FAQ",
      title: "Zählt mein Minijob beim Elterngeld als Einkommen?",
      shortAnswer:
        "Ja, Lohn aus einem Minijob zählt wie anderes Einkommen aus nichtselbständiger Arbeit. Ein Minijob ist eine geringfügige Beschäftigung bis zur Minijob-Grenze, seit dem 1. Januar 2026 sind das 603 Euro im Monat, 2025 waren es 556 Euro. Im Antrag geben Sie den Minijob bei der Art der Tätigkeit unter nichtselbständiger Arbeit an.",
      bodyHtml: body(
        p(`${strong("Minijob")}: geringfügige Beschäftigung bis zur jeweils geltenden Grenze.`),
        // The corpus lists the 2025 limit as the current one; since 1 January 2026 it is 603 Euro.
        ul([
          "seit dem 01.01.2026: bis maximal 603 Euro monatlich",
          ...plainListItems(minijob.answer).map((item) =>
            esc(item.replace(/^geringfügige Beschäftigung bis maximal 556 Euro/, "vor dem 01.01.2026: bis maximal 556 Euro")),
          ),
        ]),
        p("Einkommen aus einem Minijob gehört zu den Einkünften aus nichtselbständiger Arbeit (zum Beispiel Lohn, Gehalt, auch aus einem Minijob)."),
      ),
      keywords: ["Minijob", "geringfügige Beschäftigung", "603 Euro", "556 Euro", "Nebenjob"],
      categories: ["Inhalt", "Formular"],
    },
    {
      key: "eg-arbeiten-waehrend",
      type: "FAQ",
      title: "Darf ich arbeiten, während ich Elterngeld bekomme?",
      shortAnswer:
        "Ja. Während Sie Elterngeld bekommen, dürfen Sie bis zu 32 Stunden pro Woche arbeiten, egal ob Sie Basiselterngeld oder ElterngeldPlus beziehen. Ihr Einkommen in dieser Zeit beeinflusst aber die Höhe des Elterngelds. Geben Sie die geplante Arbeitszeit und das erwartete Einkommen im Antrag an. Wie viel Elterngeld Ihnen dann bleibt, kann der Elterngeldrechner grob schätzen.",
      bodyHtml: body(plainToHtml(arbeiten.answer), rechnerHinweis),
      keywords: ["Teilzeit", "32 Stunden", "arbeiten während Elterngeld", "Einkommen", "Elterngeld-Netto"],
      categories: ["Inhalt"],
    },
    {
      key: "eg-alleinerziehend",
      type: "FAQ",
      title: "Wann gelte ich im Antrag als alleinerziehend?",
      shortAnswer:
        "Als alleinerziehend gelten Sie, wenn der andere Elternteil weder mit Ihnen noch mit dem Kind zusammen wohnt und Sie steuerrechtlich als alleinerziehend gelten. Dann geben Sie im Antrag nur Ihr eigenes Einkommen an, und Sie können die Partnermonate und den Partnerschaftsbonus allein nutzen.",
      bodyHtml: body(
        p(esc(allein.answer)),
        p("Steuerrechtlich alleinerziehend ist in der Regel, wer den Entlastungsbetrag für Alleinerziehende erhält (Steuerklasse II)."),
      ),
      keywords: ["alleinerziehend", "Steuerklasse II", "getrennt lebend", "Partnermonate"],
      categories: ["Formular", "Inhalt"],
    },
    {
      key: "eg-bearbeitungsdauer",
      type: "FAQ",
      title: "Wie lange dauert die Bearbeitung meines Elterngeldantrags?",
      shortAnswer:
        "Das hängt von Ihrer Elterngeldstelle ab und davon, ob alle Unterlagen vollständig sind, oft dauert es einige Wochen. Wichtig ist: Elterngeld wird rückwirkend nur für die letzten drei Lebensmonate vor dem Monat gezahlt, in dem der Antrag eingeht. Stellen Sie den Antrag deshalb bald nach der Geburt, fehlende Nachweise können Sie nachreichen. Zum Stand Ihres Antrags gibt nur die Elterngeldstelle Auskunft.",
      bodyHtml: body(
        ul([
          "Die Bearbeitungsdauer legt jede Elterngeldstelle selbst fest; Rückfragen verlängern sie.",
          "Rückwirkende Zahlung nur für die letzten drei Lebensmonate vor Beginn des Monats, in dem der Antrag eingegangen ist.",
          "Der Antrag kann gestellt werden, sobald die Geburtsbescheinigung vorliegt. Fehlende Einkommensnachweise können nachgereicht werden.",
        ]),
        p(`${strong("1st Level:")} keine Auskunft zum Bearbeitungsstand, keine Zusagen zu Zahlungsterminen. Verweis auf die Elterngeldstelle; deren Kontakt steht in der Eingangsbestätigung.`),
      ),
      keywords: ["Bearbeitungsdauer", "wie lange", "rückwirkend", "drei Monate", "Bearbeitungsstand"],
      categories: ["Verfahren"],
    },
    {
      key: "eg-kosten",
      type: "FAQ",
      title: "Muss ich für den Elterngeldantrag etwas bezahlen?",
      shortAnswer:
        "Nein, der Antrag auf Elterngeld ist kostenlos, online wie auf Papier. Elterngeld digital fragt nie nach Kreditkartendaten oder nach einer Gebühr. Ihre Bankverbindung geben Sie nur an, damit das Elterngeld ausgezahlt werden kann. Wenn eine Internetseite Geld für den Antrag verlangt, ist das kein Angebot der Verwaltung. Bitte brechen Sie dort ab und geben Sie keine Zahlungsdaten ein.",
      bodyHtml: body(
        p("Antragstellung und Bearbeitung sind gebührenfrei."),
        h2("Warnung vor Bezahlseiten"),
        p("Immer wieder bieten private Seiten eine kostenpflichtige Hilfe beim Elterngeldantrag an und sehen dabei amtlich aus. Anrufende, die zur Zahlung aufgefordert wurden, sollen keine Zahlungsdaten eingeben und den Antrag über den offiziellen Einstieg stellen. Wurde bereits gezahlt, an die Verbraucherzentrale verweisen."),
      ),
      keywords: ["Kosten", "Gebühr", "kostenlos", "Bezahlseite", "Betrug", "Bankverbindung"],
      categories: ["Bezahlung", "Verfahren"],
    },
    {
      key: "eg-ausdrucken-unterschreiben",
      type: "FAQ",
      title: "Muss ich den Elterngeldantrag ausdrucken und unterschreiben?",
      shortAnswer:
        "Das hängt davon ab, wie Sie den Antrag abschicken. Mit BundID und Online-Ausweis können Sie ihn direkt elektronisch absenden, eine Unterschrift ist dann nicht nötig. Ohne Online-Ausweis drucken Sie das fertige PDF aus, unterschreiben es, bei einem gemeinsamen Antrag unterschreiben beide Eltern, und schicken es mit den Nachweisen an Ihre Elterngeldstelle.",
      bodyHtml: body(
        ul([
          "Elektronisches Absenden: Identifizierung mit dem Online-Ausweis ersetzt die Unterschrift; Nachweise werden hochgeladen.",
          "Papierweg: PDF ausdrucken, auf der letzten Seite unterschreiben (beide Elternteile, wenn beide Elterngeld beantragen), Nachweise beilegen, per Post an die angezeigte Elterngeldstelle.",
        ]),
        p("Als Eingangsdatum zählt beim Papierweg der Tag, an dem der unterschriebene Antrag bei der Elterngeldstelle eingeht."),
      ),
      keywords: ["ausdrucken", "unterschreiben", "Unterschrift", "Post", "elektronisch absenden"],
      categories: ["Verfahren", "Formular"],
    },
    {
      key: "eg-zustaendigkeit",
      type: "FAQ",
      title: "Welche Elterngeldstelle ist für mich zuständig?",
      shortAnswer:
        "Zuständig ist die Elterngeldstelle des Landes, in dem Sie wohnen. Welche Stelle das genau ist, legt jedes Land selbst fest. Elterngeld digital ermittelt die zuständige Stelle aus Ihrer Postleitzahl und zeigt sie am Ende des Antrags an.",
      bodyHtml: body(
        p("Die Länder regeln die Zuständigkeit unterschiedlich: Teils sind Landesbehörden zuständig, teils die Kreise und kreisfreien Städte."),
        p("Elterngeld digital ordnet den Antrag anhand der Wohnanschrift zu. Anschrift und Kontaktdaten der Elterngeldstelle stehen auf der letzten Seite des Antrags und in der Eingangsbestätigung."),
      ),
      keywords: ["Elterngeldstelle", "zuständig", "Zuständigkeit", "Kontakt", "Postleitzahl"],
      categories: ["Verfahren", "Verfuegbarkeit"],
    },
    {
      key: "eg-wa-datei-zu-gross",
      type: "WORKAROUND",
      title: "Workaround: Nachweis lässt sich nicht hochladen, die Datei ist zu groß",
      shortAnswer:
        "Bitte verkleinern Sie die Datei, bevor Sie sie hochladen. Scannen Sie mit 150 bis 200 dpi und in Graustufen statt in Farbe, oder stellen Sie die Kamera des Smartphones auf eine geringere Auflösung. Mehrseitige Unterlagen können Sie auf mehrere Dateien verteilen. Passwortgeschützte PDF-Dateien werden nicht angenommen, bitte den Schutz vorher entfernen.",
      bodyHtml: body(
        p("Problem: Beim Hochladen erscheint die Meldung, dass die Datei zu groß ist oder nicht angenommen wird (Grenze: 10 MB je Datei, 30 MB je Antrag)."),
        h2("Umgehung"),
        ol([
          "Beim Scannen 150 bis 200 dpi und Graustufen wählen; das reicht für die Bearbeitung.",
          "Fotos vom Smartphone: in der Kamera eine geringere Auflösung einstellen oder die Scanfunktion der Kamera- oder Notiz-App nutzen, die direkt ein kleines PDF erzeugt.",
          "Große PDF-Dateien in mehrere Dateien aufteilen, zum Beispiel eine Datei je Gehaltsabrechnung.",
          "Passwortschutz entfernen: das PDF öffnen und ohne Kennwort neu speichern oder drucken als PDF.",
        ]),
        p("Lässt sich die Grenze von 30 MB je Antrag nicht einhalten, die übrigen Nachweise nach dem Absenden per Post an die Elterngeldstelle schicken und das Aktenzeichen angeben."),
      ),
      keywords: ["Datei zu groß", "Upload", "10 MB", "komprimieren", "scannen", "PDF"],
      categories: ["Formular", "Technik"],
    },
    {
      key: "eg-wa-pdf-leer",
      type: "WORKAROUND",
      title: "Workaround: Das Antrags-PDF öffnet sich nicht oder ist leer",
      shortAnswer:
        "Bitte speichern Sie das PDF zuerst auf Ihrem Gerät und öffnen Sie es dann mit einem PDF-Programm, zum Beispiel dem Adobe Acrobat Reader, nicht direkt im Browser. Prüfen Sie auch, ob ein Pop-up-Blocker den Download verhindert. Auf dem Smartphone finden Sie die Datei meist im Ordner Downloads. Ihre Angaben bleiben erhalten, solange Sie das Browserfenster nicht schließen.",
      bodyHtml: body(
        p("Problem: Nach Klick auf Antrag herunterladen öffnet sich nichts, oder das PDF wird im Browser leer oder ohne Formularinhalte angezeigt."),
        h2("Umgehung"),
        ol([
          "Pop-up-Blocker für Elterngeld digital ausschalten.",
          "Das PDF speichern statt im Browser öffnen (Rechtsklick, Speichern unter, oder Download-Symbol).",
          "Die gespeicherte Datei mit einem PDF-Programm öffnen; manche eingebauten PDF-Anzeigen im Browser stellen Formularfelder nicht dar.",
          "Auf dem Smartphone die Datei aus dem Ordner Downloads mit einer PDF-App öffnen oder den Antrag am Computer herunterladen.",
        ]),
      ),
      keywords: ["PDF leer", "PDF öffnet nicht", "Download", "Pop-up-Blocker", "Acrobat Reader"],
      categories: ["Technik", "Formular"],
    },
    {
      key: "eg-wa-zurueck-taste",
      type: "WORKAROUND",
      title: "Workaround: Nach der Zurück-Taste des Browsers fehlen Angaben",
      shortAnswer:
        "Bitte blättern Sie im Antrag nur mit den Schaltflächen Zurück und Weiter auf der Seite, nicht mit der Zurück-Taste des Browsers. Sind Angaben verschwunden, öffnen Sie über die Übersicht den betroffenen Abschnitt und ergänzen Sie die Angaben dort. Haben Sie vorher zwischengespeichert, können Sie auch den gespeicherten Stand wieder laden.",
      bodyHtml: body(
        p("Problem: Wer die Zurück-Taste des Browsers oder die Wischgeste auf dem Smartphone nutzt, landet auf einer älteren Seite; Eingaben des aktuellen Abschnitts werden verworfen."),
        ol([
          "Nur die Schaltflächen im Antrag verwenden.",
          "Über die Abschnittsübersicht zum betroffenen Abschnitt springen und fehlende Angaben ergänzen.",
          "Falls vorhanden, den zuletzt zwischengespeicherten Stand laden.",
        ]),
        p("Der Fehler ist dem Betreiber bekannt; eine Korrektur ist für eine der nächsten Versionen vorgesehen."),
      ),
      keywords: ["Zurück-Taste", "Angaben fehlen", "Browser zurück", "Eingaben verloren"],
      categories: ["Technik", "Formular"],
    },
    {
      key: "eg-schulung-lotsenfunktion",
      type: "TRAINING",
      title: "Schulung: Elterngeld digital – was der 1st Level klären darf und was nicht",
      shortAnswer:
        "Der 1st Level hilft beim Zugang und bei der Bedienung von Elterngeld digital: wo es den Dienst gibt, Anmeldung, Online-Ausweis, Hochladen und Absenden. Wir berechnen keine Elterngeldbeträge, füllen keine Anträge für Anrufende aus und geben keine Auskunft zum Bearbeitungsstand. Für Beträge verweisen wir auf den Elterngeldrechner, für den Stand und Einzelfallfragen auf die zuständige Elterngeldstelle.",
      bodyHtml: body(
        h2("Das klärt der 1st Level"),
        ul([
          "Gibt es den Online-Antrag im Land des Anrufenden, wo ist der Einstieg?",
          "Anmeldung mit BundID, Registrierung, Online-Ausweis und PIN",
          "Bedienung: Zwischenspeichern, Hochladen, PDF, Absenden, Browserfragen",
          "Allgemeine Fragen zum Verfahren: Nachweise, Fristen, Kosten, Zuständigkeit",
          "Allgemeine Erklärungen aus den Hilfetexten des Elterngeldrechners (Geschwisterbonus, Partnerschaftsbonus, Frühgeburt)",
        ]),
        h2("Das macht der 1st Level nicht"),
        ul([
          "Elterngeld im Einzelfall berechnen oder eine Höhe zusagen",
          "den Antrag für den Anrufenden ausfüllen oder Angaben am Telefon eintragen",
          "Auskunft zum Bearbeitungsstand oder zu Zahlungsterminen",
          "PIN, Passwort, Steuer-ID oder Kontodaten erfragen",
        ]),
        p(`Fachliche Einzelfallfragen: Verweis auf die Elterngeldstelle. Technische Fehler, die kein Workaround löst: Ticket laut Kommunikationsmatrix. Vgl. auch die Schulung zur Weitergabe technischer Störungen.`),
      ),
      keywords: ["Schulung", "Lotsenfunktion", "1st Level", "Abgrenzung", "Elterngeldstelle"],
      categories: ["Inhalt", "Verfahren"],
    },
    {
      key: "eg-schulung-stoerung-weitergeben",
      type: "TRAINING",
      title: "Schulung: Technische Probleme bei Elterngeld digital richtig weitergeben",
      shortAnswer:
        "Prüfen Sie zuerst, ob eine aktive Störungsmeldung vorliegt, und nutzen Sie dann deren Sprechtext. Sonst klären Sie Browser, Gerät, Zeitpunkt, die Fehlermeldung im Wortlaut und den Schritt im Antrag. Hilft kein Workaround, geht ein Ticket an den 2nd Level Technik laut Kommunikationsmatrix. Fachliche Fragen gehen an die Fachkoordination des Landes. Keine Steuer-ID, Kontodaten oder PIN ins Ticket.",
      bodyHtml: body(
        h2("Ablauf"),
        ol([
          "Aktive Störungsmeldungen prüfen (werden in der Suche zuerst angezeigt). Liegt eine vor: Sprechtext nutzen, kein Einzelticket.",
          "Passenden Workaround suchen und mit dem Anrufenden durchgehen.",
          "Ticket an den 2nd Level Technik mit: Datum und Uhrzeit, Gerät und Betriebssystem, Browser und Version, Schritt im Antrag, Fehlermeldung im Wortlaut, bereits versuchte Schritte.",
          "Störungsklasse einschätzen: betriebsverhindernd (Dienst für alle unbenutzbar), betriebsbehindernd (wesentliche Funktion gestört), leicht (Einzelfall, Umgehung möglich).",
        ]),
        p(`${strong("Datenschutz:")} Name und Rückrufnummer nur, wenn ein Rückruf vereinbart wird. Niemals PIN, Passwort, Steuer-ID, Ausweisnummer oder Kontodaten notieren.`),
      ),
      keywords: ["Schulung", "Ticket", "Eskalation", "Kommunikationsmatrix", "Störungsklasse", "2nd Level"],
      categories: ["Technik", "Verfahren"],
    },
    {
      key: "eg-stoerung-uebermittlung-hessen",
      type: "INCIDENT",
      title: "Störung: Online-Anträge erreichen die Elterngeldstellen in Hessen verzögert",
      shortAnswer:
        "Seit Freitag, 20. November, 7:30 Uhr, werden in Hessen elektronisch abgeschickte Elterngeldanträge verzögert an die Elterngeldstellen übermittelt. Die Anträge gehen nicht verloren, als Eingang zählt der Tag, an dem Sie abgeschickt haben. Bitte schicken Sie den Antrag nicht noch einmal ab und heben Sie die Eingangsbestätigung auf. Ausfüllen und Absenden funktionieren normal. Wir informieren, sobald die Störung behoben ist.",
      bodyHtml: body(
        p(`${strong("Betroffen:")} elektronisch abgeschickte Anträge mit Wohnsitz in Hessen. ${strong("Nicht betroffen:")} Ausfüllen, Zwischenspeichern, Absenden, Papieranträge, andere Länder.`),
        p(`${strong("Auswirkung:")} Die Anträge werden gesammelt und zeitversetzt an die Elterngeldstellen übergeben. Die Eingangsbestätigung im BundID-Postfach ist gültig; das Absendedatum gilt als Eingangsdatum.`),
        h2("Sprechhinweise"),
        ul([
          "Nicht erneut absenden: Doppelte Anträge verzögern die Bearbeitung zusätzlich.",
          "Die Elterngeldstelle kann den Antrag erst nach der Übermittlung sehen; Nachfragen dort sind bis zur Behebung nicht sinnvoll.",
          "Keine Einzeltickets zu dieser Störung anlegen.",
        ]),
        p("Stand: 23.11.2026. Der Betreiber arbeitet mit dem IT-Dienstleister des Landes Hessen an der Schnittstelle; nächste Aktualisierung bei neuer Lage."),
      ),
      keywords: ["Störung", "Hessen", "Übermittlung", "verzögert", "Antrag angekommen", "Eingangsbestätigung"],
      categories: ["Verfuegbarkeit", "Technik"],
      incident: { severity: "BETRIEBSBEHINDERND", startedAt: "2026-11-20T07:30:00+01:00", resolvedAt: null, affectedArs: ["06"] },
      reviewDue: "2026-12-20",
    },
    {
      key: "eg-stoerung-bundid-september",
      type: "INCIDENT",
      title: "Störung behoben: Anmeldung mit der BundID war zeitweise nicht möglich",
      shortAnswer:
        "Am Montag, 14. September, war die Anmeldung mit der BundID bei Elterngeld digital zwischen 8:05 Uhr und 11:40 Uhr nicht möglich. Die Störung ist behoben. Wer in dieser Zeit keinen Antrag abschicken konnte, kann das jetzt nachholen, Nachteile entstehen dadurch nicht. Zwischengespeicherte Angaben sind erhalten geblieben.",
      bodyHtml: body(
        p(`${strong("Ursache:")} Wartungsarbeiten an der Anbindung an die BundID dauerten länger als geplant.`),
        p(`${strong("Auswirkung:")} Anmeldung und elektronisches Absenden waren bundesweit nicht möglich. Ausfüllen und Ausdrucken des Antrags funktionierten.`),
        p(`${strong("Behoben:")} 14.09.2026, 11:40 Uhr. Offene Tickets aus diesem Zeitraum wurden geschlossen.`),
      ),
      keywords: ["Störung behoben", "BundID", "Anmeldung", "Wartung"],
      categories: ["Anmeldung", "Verfuegbarkeit"],
      incident: { severity: "BETRIEBSVERHINDERND", startedAt: "2026-09-14T08:05:00+02:00", resolvedAt: "2026-09-14T11:40:00+02:00", affectedArs: [] },
    },
    {
      key: "eg-adoption",
      type: "FAQ",
      title: "Bekomme ich Elterngeld auch, wenn ich ein Kind adoptiere?",
      shortAnswer:
        "Ja. Auch Adoptiveltern und Eltern, die ein Kind mit dem Ziel der Adoption bei sich aufnehmen, können Elterngeld bekommen. Maßgeblich ist dann nicht die Geburt, sondern der Tag, an dem das Kind in Ihren Haushalt aufgenommen wurde. Elterngeld gibt es bis zum achten Geburtstag des Kindes.",
      bodyHtml: body(
        p("Entwurf: Abstimmung mit der Fachlichen Leitstelle zu den Nachweisen (Aufnahmebestätigung des Jugendamts) steht noch aus."),
      ),
      keywords: ["Adoption", "Adoptivkind", "Aufnahme in den Haushalt"],
      categories: ["Inhalt"],
      status: "DRAFT",
    },
    {
      key: "eg-elternzeit-abgrenzung",
      type: "FAQ",
      title: "Ist Elterngeld dasselbe wie Elternzeit?",
      shortAnswer:
        "Nein. Elternzeit ist die Freistellung von der Arbeit, die Sie bei Ihrem Arbeitgeber anmelden, spätestens sieben Wochen vor Beginn. Elterngeld ist die Geldleistung, die Sie bei der Elterngeldstelle beantragen. Sie können Elterngeld auch ohne Elternzeit bekommen, zum Beispiel wenn Sie nicht angestellt sind.",
      bodyHtml: body(
        p("Elternzeit: Anmeldung beim Arbeitgeber, bei einem Beginn vor dem dritten Geburtstag spätestens sieben Wochen vorher. Elterngeld: Antrag bei der Elterngeldstelle, online über Elterngeld digital."),
      ),
      keywords: ["Elternzeit", "Arbeitgeber", "Unterschied", "Freistellung"],
      categories: ["Inhalt"],
      status: "IN_REVIEW",
    },
  ];

  return drafts.map((d) => toArticle(SERVICE.elterngeld, [LEIKA.elterngeld], d));
}
