// Articles of the "Gewerbe-Service online" (BeLa Bayern): Gewerbe-Anmeldung, -Ummeldung and
// -Abmeldung. Derived in part from the service descriptions of the Landeshauptstadt München
// (corpus, EUPL-1.2), generalised for all co-using Länder.

import { pickBlock, toArticle } from "./article";
import type { Corpus } from "./corpus";
import { body, h2, ol, p, strong, ul } from "./html";
import { LEIKA, SERVICE } from "./structure";
import type { ArticleDraft, BundleArticle } from "./types";

const ALL = [LEIKA.gewerbeAnmeldung, LEIKA.gewerbeUmmeldung, LEIKA.gewerbeAbmeldung];

/** All articles of the Gewerbe-Service online. */
export function gewerbeArticles(corpus: Corpus): BundleArticle[] {
  const anmeldung = corpus.munich("1063423").descriptionHtml;
  const ummeldung = corpus.munich("1063422").descriptionHtml;
  const abmeldung = corpus.munich("1063435").descriptionHtml;
  const zweitschrift = corpus.munich("10374641").descriptionHtml;
  const gewinnabsicht = pickBlock(anmeldung, "Sie haben eine gewerbliche Niederlassung")
    .replace("in München", "in der Gemeinde");
  const rechtzeitig = pickBlock(anmeldung, "Reichen Sie Ihre Gewerbeanmeldung rechtzeitig");
  const abmeldungNeu = pickBlock(abmeldung, "Wichtige Änderung der Gewerbeordnung ab dem 1. November 2025");

  const drafts: ArticleDraft[] = [
    {
      key: "gw-anmeldepflicht",
      type: "FAQ",
      title: "Muss ich mein Gewerbe anmelden?",
      shortAnswer:
        "Ja, wenn Sie selbstständig und auf Dauer mit der Absicht tätig werden, Gewinn zu erzielen, im Haupt- oder im Nebenberuf. Es kommt nur auf die Absicht an, nicht darauf, ob Sie tatsächlich Gewinn machen. Melden Sie das Gewerbe vor oder spätestens mit Beginn der Tätigkeit an. Freie Berufe, zum Beispiel Ärztinnen, Anwälte oder Künstlerinnen, melden kein Gewerbe an, sondern wenden sich an das Finanzamt.",
      bodyHtml: body(
        gewinnabsicht,
        rechtzeitig,
        h2("Kein Gewerbe"),
        ul([
          "freie Berufe (zum Beispiel Ärztinnen und Ärzte, Rechtsanwältinnen und Rechtsanwälte, Künstlerinnen und Künstler, Journalistinnen und Journalisten)",
          "Land- und Forstwirtschaft",
          "Verwaltung eigenen Vermögens, zum Beispiel die Vermietung einer eigenen Wohnung",
        ]),
        p("Diese Tätigkeiten werden direkt beim Finanzamt angezeigt."),
      ),
      keywords: ["Gewerbe anmelden", "Anmeldepflicht", "Nebenberuf", "Gewinnabsicht", "Freiberufler"],
      categories: ["Inhalt"],
      leikaKeys: [LEIKA.gewerbeAnmeldung],
    },
    {
      key: "gw-ablauf",
      type: "FAQ",
      title: "Wie funktioniert die Gewerbeanmeldung online?",
      shortAnswer:
        "In fünf Schritten: Sie starten die Anmeldung und melden sich mit Ihrem Nutzerkonto an, als Privatperson mit der BundID, als Firma mit Mein Unternehmenskonto. Dann füllen Sie das Formular aus und laden die Unterlagen hoch. Danach bezahlen Sie die Gebühr online. Den Gewerbeschein bekommen Sie per Post oder in Ihr Postfach. Der Online-Ausweis ist nicht erforderlich.",
      bodyHtml: body(
        p(strong("So funktioniert die Online-Anmeldung:")),
        ol([
          strong("Anmeldung starten"),
          `${strong("Mit Nutzerkonto anmelden")}<br>BundID für Privatpersonen und Einzelunternehmen, Mein Unternehmenskonto (ELSTER-Organisationszertifikat) für Firmen. Eine Identifizierung mit Online-Ausweis (eID) ist nicht erforderlich.`,
          strong("Formular ausfüllen und Unterlagen hochladen"),
          strong("Online zahlen"),
          strong("Gewerbeschein per Post oder in das Postfach erhalten"),
        ]),
        p("Auf demselben Weg funktionieren die Gewerbe-Ummeldung und die Gewerbe-Abmeldung."),
      ),
      keywords: ["Ablauf", "online anmelden", "Schritte", "Gewerbeschein"],
      categories: ["Verfahren", "Inhalt"],
      leikaKeys: ALL,
    },
    {
      key: "gw-kosten",
      type: "FAQ",
      title: "Was kostet die Gewerbeanmeldung?",
      shortAnswer:
        "Die Gebühr legt die Stadt oder Gemeinde fest, in der Ihr Betrieb liegt. Der genaue Betrag wird Ihnen im Online-Dienst angezeigt, bevor Sie bezahlen. Bezahlt wird direkt online am Ende des Antrags. Für eine Ummeldung oder Abmeldung ist die Gebühr meist etwas niedriger als für die Anmeldung.",
      bodyHtml: body(
        p("Die Gebühren richten sich nach dem Gebührenrecht des Landes und der Gemeinde; sie können sich nach der Rechtsform unterscheiden."),
        ul([
          "Die Gebühr wird vor der Zahlung angezeigt.",
          "Für erlaubnispflichtige Gewerbe kommen die Gebühren für die Erlaubnis hinzu.",
          "Zweitschriften der Gewerbemeldung sind gesondert gebührenpflichtig.",
        ]),
      ),
      keywords: ["Kosten", "Gebühr", "Gewerbeanmeldung Kosten", "Preis"],
      categories: ["Bezahlung", "Verfahren"],
      leikaKeys: ALL,
    },
    {
      key: "gw-zahlungsarten",
      type: "FAQ",
      title: "Wie kann ich die Gebühr online bezahlen?",
      shortAnswer:
        "Sie bezahlen am Ende des Antrags über die Bezahlplattform ePayBL. Je nach Gemeinde stehen Kreditkarte, PayPal oder SEPA-Lastschrift zur Verfügung. Giropay gibt es seit Ende 2024 nicht mehr. Nach der Zahlung kehren Sie automatisch in den Antrag zurück und schicken ihn ab.",
      bodyHtml: body(
        ul([
          "Bezahlplattform: ePayBL, die Bezahlplattform von Bund und Ländern.",
          "Zahlungsarten je nach Gemeinde: Kreditkarte (Visa, Mastercard), PayPal, SEPA-Lastschrift.",
          "Giropay und paydirekt wurden eingestellt und stehen nicht mehr zur Verfügung.",
          "Nach erfolgreicher Zahlung leitet die Plattform zurück in den Antrag; erst dann wird der Antrag abgeschickt.",
        ]),
        p("Bitte während der Zahlung das Browserfenster nicht schließen und nicht die Zurück-Taste verwenden."),
      ),
      keywords: ["Zahlungsarten", "ePayBL", "Kreditkarte", "PayPal", "Lastschrift", "giropay"],
      categories: ["Bezahlung"],
      leikaKeys: ALL,
    },
    {
      key: "gw-wa-zahlung-ausstehend",
      type: "WORKAROUND",
      title: "Workaround: Zahlung abgebrochen, der Antrag steht auf Zahlung ausstehend",
      shortAnswer:
        "Bitte zahlen Sie nicht sofort noch einmal. Melden Sie sich wieder an und öffnen Sie den Antrag unter Meine Anträge. Steht dort Zahlung ausstehend, wählen Sie Zahlung fortsetzen. Eine bereits gebuchte Zahlung wird spätestens nach 30 Minuten erkannt. Ist Ihr Konto belastet und der Status ändert sich auch danach nicht, gebe ich das mit dem Zahlungszeitpunkt an den technischen Support weiter.",
      bodyHtml: body(
        p("Problem: Die Rückleitung von der Bezahlplattform in den Antrag ist abgebrochen (Fenster geschlossen, Verbindung unterbrochen, Sitzung abgelaufen)."),
        ol([
          "Nicht erneut zahlen.",
          "Im Gewerbe-Service anmelden, Meine Anträge öffnen.",
          "Status Zahlung ausstehend: Zahlung fortsetzen wählen. Status Eingegangen: nichts weiter tun.",
          "Wenn bereits abgebucht wurde: 30 Minuten warten, dann den Status erneut prüfen.",
          "Ändert er sich nicht: Ticket an den 2nd Level Technik mit Datum, Uhrzeit, Zahlungsart und der Antragsnummer. Keine Karten- oder Kontodaten notieren.",
        ]),
      ),
      keywords: ["Zahlung abgebrochen", "Zahlung ausstehend", "ePayBL", "doppelt zahlen", "Meine Anträge"],
      categories: ["Bezahlung", "Technik"],
      leikaKeys: ALL,
    },
    {
      key: "gw-wa-kreditkarte-abgelehnt",
      type: "WORKAROUND",
      title: "Workaround: Die Kreditkarte wird beim Bezahlen abgelehnt",
      shortAnswer:
        "Meist fehlt die Freigabe nach dem Verfahren 3-D Secure, also die Bestätigung in der App oder per SMS Ihrer Bank. Prüfen Sie bitte, ob Ihre Karte für Zahlungen im Internet freigeschaltet ist, und halten Sie Ihr Handy für die Bestätigung bereit. Schalten Sie Pop-up-Blocker aus, weil sich die Bestätigung in einem neuen Fenster öffnen kann. Klappt es weiterhin nicht, wählen Sie eine andere Zahlungsart.",
      bodyHtml: body(
        ol([
          "Ist die Karte für Internetzahlungen freigeschaltet und ist das Limit ausreichend?",
          "Banking-App bereithalten; die Freigabe muss innerhalb weniger Minuten erfolgen.",
          "Pop-up-Blocker ausschalten, nicht zwischen Fenstern wechseln.",
          "Bei Debitkarten (zum Beispiel Visa Debit): Die Bank muss Online-Zahlungen zulassen.",
          "Andere Zahlungsart wählen, zum Beispiel PayPal oder SEPA-Lastschrift.",
        ]),
        p("Ob eine Karte gesperrt ist, kann nur die Bank sagen. Der 1st Level fragt keine Kartendaten ab."),
      ),
      keywords: ["Kreditkarte abgelehnt", "3-D Secure", "Freigabe", "Banking-App", "Zahlung fehlgeschlagen"],
      categories: ["Bezahlung"],
      leikaKeys: ALL,
    },
    {
      key: "gw-doppelt-bezahlt",
      type: "FAQ",
      title: "Ich habe die Gebühr doppelt bezahlt – bekomme ich das Geld zurück?",
      shortAnswer:
        "Ja. Doppelt gezahlte Gebühren erstattet die Gemeinde, bei der Sie Ihr Gewerbe angemeldet haben. Schreiben Sie bitte der Gewerbebehörde und nennen Sie die Antragsnummer aus Ihrer Eingangsbestätigung und das Datum der beiden Zahlungen. Kreditkartenbeträge, die nur vorgemerkt und nicht gebucht sind, verschwinden meist nach einigen Tagen von selbst.",
      bodyHtml: body(
        ul([
          "Erstattung: durch die Gewerbebehörde der Gemeinde, nicht durch den Betreiber des Online-Dienstes.",
          "Angaben: Antragsnummer, Datum und Betrag der Zahlungen, Zahlungsart, Bankverbindung für die Rückzahlung.",
          "Vorgemerkte, aber nicht gebuchte Kreditkartenbeträge werden von der Bank automatisch freigegeben.",
        ]),
      ),
      keywords: ["doppelt bezahlt", "Erstattung", "Rückzahlung", "Gebühr zurück"],
      categories: ["Bezahlung", "Verfahren"],
      leikaKeys: ALL,
    },
    {
      key: "gw-unternehmenskonto",
      type: "FAQ",
      title: "Kann ich mich mit dem ELSTER-Zertifikat unserer Firma anmelden?",
      shortAnswer:
        "Ja. Für Firmen, zum Beispiel eine GmbH, melden Sie sich mit Mein Unternehmenskonto an. Dafür nutzen Sie das ELSTER-Organisationszertifikat, das Sie auch für die Steuer verwenden. Einzelunternehmer können stattdessen ihre private BundID nutzen. Haben Sie noch kein ELSTER-Zertifikat, dauert die Beantragung einige Tage, weil ein Aktivierungscode per Post kommt.",
      bodyHtml: body(
        ul([
          "Juristische Personen und Personengesellschaften: Mein Unternehmenskonto mit ELSTER-Organisationszertifikat.",
          "Einzelunternehmen: BundID oder Mein Unternehmenskonto.",
          "Neues ELSTER-Zertifikat: Registrierung bei ELSTER; Aktivierungs-ID per E-Mail, Aktivierungscode per Post (Dauer bis etwa zwei Wochen).",
        ]),
        p("Die Zertifikatsdatei und ihr Passwort werden bei der Anmeldung abgefragt. Passwort vergessen: Zertifikat bei ELSTER neu beantragen; der 1st Level kann nichts zurücksetzen."),
      ),
      keywords: ["ELSTER", "Mein Unternehmenskonto", "Organisationszertifikat", "Firma", "GmbH"],
      categories: ["Anmeldung", "Registrierung"],
      leikaKeys: ALL,
    },
    {
      key: "gw-registrierung",
      type: "FAQ",
      title: "Ich habe noch kein Nutzerkonto – wie registriere ich mich?",
      shortAnswer:
        "Als Privatperson oder Einzelunternehmer legen Sie eine BundID auf id.bund.de an. Für den Gewerbe-Service reicht eine Registrierung mit Benutzername und Passwort, Sie bestätigen dabei nur Ihre E-Mail-Adresse, das dauert wenige Minuten. Firmen nutzen Mein Unternehmenskonto mit ihrem ELSTER-Organisationszertifikat. Nach der Registrierung kehren Sie in den Antrag zurück.",
      bodyHtml: body(
        ol([
          "Im Gewerbe-Service Anmelden wählen, dann Neu registrieren.",
          "Benutzername, Passwort und E-Mail-Adresse festlegen.",
          "Den Bestätigungslink aus der E-Mail öffnen (Spam-Ordner prüfen).",
          "Zurück in den Gewerbe-Service und anmelden.",
        ]),
        p("Die Registrierung mit Online-Ausweis ist ebenfalls möglich, für den Gewerbe-Service aber nicht erforderlich."),
      ),
      keywords: ["Registrierung", "Nutzerkonto anlegen", "BundID", "Bestätigungslink", "Benutzername"],
      categories: ["Registrierung"],
      leikaKeys: ALL,
    },
    {
      key: "gw-umzug-andere-gemeinde",
      type: "FAQ",
      title: "Ich ziehe mit meinem Betrieb in eine andere Stadt – muss ich mich abmelden?",
      shortAnswer:
        "Nein, seit dem 1. November 2025 nicht mehr. Bei einem Umzug in eine andere Stadt oder Gemeinde melden Sie Ihr Gewerbe nur am neuen Standort an. Die neue Gewerbebehörde schickt die Daten an die Behörde des bisherigen Standorts. Ziehen Sie innerhalb derselben Gemeinde um, machen Sie eine Gewerbe-Ummeldung. Geben Sie den Betrieb ganz auf, melden Sie ihn ab.",
      bodyHtml: body(
        abmeldungNeu,
        ul([
          "Umzug in eine andere Gemeinde: nur Anmeldung am neuen Standort.",
          "Umzug innerhalb der Gemeinde: Gewerbe-Ummeldung.",
          "Aufgabe des Betriebs: Gewerbe-Abmeldung.",
        ]),
      ),
      keywords: ["Umzug Betrieb", "Standortwechsel", "Abmeldung entfällt", "1. November 2025"],
      categories: ["Inhalt", "Verfahren"],
      leikaKeys: ALL,
    },
    {
      key: "gw-ummeldung",
      type: "FAQ",
      title: "Wann muss ich eine Gewerbe-Ummeldung machen?",
      shortAnswer:
        "Eine Ummeldung brauchen Sie, wenn Sie innerhalb Ihrer Gemeinde umziehen, wenn Sie Ihre Tätigkeit wechseln oder erweitern oder wenn sich der Name Ihres Betriebs ändert. Wechselt die Rechtsform, zum Beispiel vom Einzelunternehmen zur GmbH, ist in der Regel eine Abmeldung und eine neue Anmeldung nötig. Die Ummeldung geht online genauso wie die Anmeldung.",
      bodyHtml: body(
        pickBlock(ummeldung, "Verlegen Sie den Standort Ihres Gewerbes").replace("innerhalb Münchens", "innerhalb der Gemeinde"),
        p("Bei Rechtsformwechsel und Verschmelzung gelten Besonderheiten: In der Regel meldet der bisherige Rechtsträger ab und der neue an."),
      ),
      keywords: ["Ummeldung", "Tätigkeit erweitern", "Namensänderung", "Rechtsformwechsel"],
      categories: ["Inhalt", "Formular"],
      leikaKeys: [LEIKA.gewerbeUmmeldung],
    },
    {
      key: "gw-erlaubnispflichtig",
      type: "FAQ",
      title: "Reicht die Gewerbeanmeldung, wenn mein Gewerbe eine Erlaubnis braucht?",
      shortAnswer:
        "Nein. Für manche Gewerbe brauchen Sie zusätzlich eine Erlaubnis, zum Beispiel für das Bewachungsgewerbe, die Pfandleihe, Versteigerungen oder das Reisegewerbe. Die Erlaubnis beantragen Sie gesondert, oft bei derselben Behörde, und sie kostet eigene Gebühren. Die Gewerbeanmeldung allein berechtigt Sie in diesen Fällen nicht, mit der Tätigkeit zu beginnen.",
      bodyHtml: body(
        ul(["Bewachungsgewerbe", "Pfandleihgewerbe", "Versteigerungsgewerbe", "Reisegewerbe (Reisegewerbekarte)", "Vermittlung von Finanzanlagen, Versicherungen oder Immobilien"]),
        p(`Beispiel Bewachungsgewerbe: Die Erlaubnis ist gebührenpflichtig, hinzu kommen die Gebühren für die Gewerbeanmeldung. ${strong("Beschäftigte")} mit Bewachungsaufgaben brauchen keine eigene Erlaubnis, müssen aber vorab über das Bewacherregister gemeldet werden.`),
      ),
      keywords: ["Erlaubnis", "erlaubnispflichtig", "Bewachungsgewerbe", "Reisegewerbe", "Pfandleihe"],
      categories: ["Inhalt"],
      leikaKeys: [LEIKA.gewerbeAnmeldung],
    },
    {
      key: "gw-zweitschrift",
      type: "FAQ",
      title: "Ich habe meinen Gewerbeschein verloren – was nun?",
      shortAnswer:
        "Sie können bei der Gewerbebehörde eine Zweitschrift Ihrer Gewerbemeldung beantragen, in vielen Gemeinden auch online. Das kostet eine Gebühr, die Ihre Gemeinde festlegt. Die Zweitschrift kommt mit der Rechnung per Post. Sie hilft auch, wenn Sie eine aktuelle Bestätigung für die Bank oder eine Behörde brauchen.",
      bodyHtml: body(
        pickBlock(zweitschrift, "Wenn Sie die Gewerbemeldung")
          .replace(" für Ihren Betrieb in München", " für Ihren Betrieb")
          .replace("bei uns eine Zweitschrift", "bei der Gewerbebehörde eine Zweitschrift"),
        ol(["Antrag starten", "Mit BundID oder Mein Unternehmenskonto anmelden (Online-Ausweis nicht erforderlich)", "Daten ergänzen", "Zweitschrift und Rechnung per Post erhalten"]),
      ),
      keywords: ["Zweitschrift", "Gewerbeschein verloren", "Kopie Gewerbeschein", "Bestätigung"],
      categories: ["Verfahren"],
      leikaKeys: [LEIKA.gewerbeAnmeldung],
    },
    {
      key: "gw-taetigkeit-beschreiben",
      type: "FAQ",
      title: "Wie beschreibe ich meine Tätigkeit im Formular?",
      shortAnswer:
        "Beschreiben Sie Ihre Tätigkeit möglichst genau, zum Beispiel Onlinehandel mit Kinderbekleidung statt nur Handel. Aus der Beschreibung ergibt sich, ob eine Erlaubnis nötig ist und welche Kammer zuständig ist. Allgemeine Angaben wie Dienstleistungen aller Art führen oft zu Rückfragen und verzögern die Bearbeitung. Wenn Sie mehrere Tätigkeiten ausüben, nennen Sie alle.",
      bodyHtml: body(
        ul([
          "Gut: Onlinehandel mit Kinderbekleidung; Reparatur von Fahrrädern; Hausmeisterdienste ohne handwerkliche Tätigkeiten.",
          "Zu allgemein: Handel aller Art; Dienstleistungen; Consulting.",
          "Handwerkliche Tätigkeiten: Die Handwerkskammer prüft, ob eine Eintragung in die Handwerksrolle nötig ist.",
        ]),
        p("Der 1st Level formuliert die Tätigkeit nicht für Anrufende. Bei Unsicherheit: Gewerbebehörde, Industrie- und Handelskammer oder Handwerkskammer."),
      ),
      keywords: ["Tätigkeit beschreiben", "Formular", "Gegenstand des Gewerbes", "Handwerksrolle"],
      categories: ["Formular"],
      leikaKeys: ALL,
    },
    {
      key: "gw-gewerbeschein-dauer",
      type: "FAQ",
      title: "Wann bekomme ich meinen Gewerbeschein?",
      shortAnswer:
        "Nach dem Absenden und Bezahlen bekommen Sie sofort eine Eingangsbestätigung. Den Gewerbeschein, also die Bestätigung Ihrer Gewerbeanzeige, schickt die Gewerbebehörde meist innerhalb von ein bis zwei Wochen per Post oder in Ihr Postfach. Ein erlaubnisfreies Gewerbe dürfen Sie schon nach der Anzeige beginnen. Die Behörde informiert unter anderem Finanzamt und Kammer.",
      bodyHtml: body(
        ul([
          "Eingangsbestätigung: sofort nach Absenden und Zahlung, im Postfach des Nutzerkontos.",
          "Gewerbeschein: Empfangsbestätigung der Gewerbeanzeige; Versand nach Prüfung, Dauer je nach Gemeinde.",
          "Die Gewerbebehörde unterrichtet unter anderem das Finanzamt, die Industrie- und Handelskammer oder Handwerkskammer und die Berufsgenossenschaft.",
          "Das Finanzamt erwartet zusätzlich den Fragebogen zur steuerlichen Erfassung, elektronisch über ELSTER.",
        ]),
      ),
      keywords: ["Gewerbeschein", "Bearbeitungsdauer", "Eingangsbestätigung", "Finanzamt", "Fragebogen steuerliche Erfassung"],
      categories: ["Verfahren"],
      leikaKeys: ALL,
    },
    {
      key: "gw-schulung-zahlung",
      type: "TRAINING",
      title: "Schulung: Zahlungsfragen beim Gewerbe-Service",
      shortAnswer:
        "Wir nehmen am Telefon niemals Kreditkarten- oder Kontodaten entgegen und lösen keine Zahlungen aus. Wir erklären die Zahlungsarten, prüfen mit den Anrufenden den Status unter Meine Anträge und nutzen die Workarounds für abgebrochene oder abgelehnte Zahlungen. Erstattungen und Gebührenhöhe klärt die Gewerbebehörde. Ist das Konto belastet, aber der Antrag nicht abgeschickt, geht ein Ticket an den 2nd Level Technik.",
      bodyHtml: body(
        h2("Entscheidungshilfe"),
        ul([
          "Welche Zahlungsarten gibt es? Artikel Zahlungsarten.",
          "Zahlung abgebrochen, Status Zahlung ausstehend? Workaround Zahlung ausstehend.",
          "Karte abgelehnt? Workaround Kreditkarte.",
          "Doppelt bezahlt, Gebühr zu hoch, Rechnung gewünscht? Gewerbebehörde der Gemeinde.",
          "Konto belastet, Antrag nicht eingegangen, nach 30 Minuten unverändert? Ticket 2nd Level Technik.",
        ]),
        p(`${strong("Nie:")} Kartennummer, Prüfziffer, IBAN oder TAN erfragen oder notieren.`),
      ),
      keywords: ["Schulung", "Zahlung", "ePayBL", "Datenschutz", "Erstattung"],
      categories: ["Bezahlung", "Verfahren"],
      leikaKeys: ALL,
    },
    {
      key: "gw-schulung-abgrenzung",
      type: "TRAINING",
      title: "Schulung: Gewerbe, freier Beruf oder Landwirtschaft – was der 1st Level sagen kann",
      shortAnswer:
        "Ob eine Tätigkeit ein Gewerbe ist, entscheidet die Gewerbebehörde. Wir können erklären: Ein Gewerbe ist eine selbstständige, auf Dauer angelegte Tätigkeit mit Gewinnabsicht. Freie Berufe, Land- und Forstwirtschaft und die Verwaltung eigenen Vermögens gehören nicht dazu. Bei Unsicherheit verweisen wir an die Gewerbebehörde oder die Industrie- und Handelskammer. Steuer- oder Rechtsberatung geben wir nicht.",
      bodyHtml: body(
        ul([
          "Merkmale eines Gewerbes: selbstständig, erlaubt, auf Dauer angelegt, mit Gewinnerzielungsabsicht.",
          "Nebenberuflich oder mit geringem Umsatz ist trotzdem ein Gewerbe.",
          "Kleinunternehmerregelung ist eine Steuerfrage: Verweis an Finanzamt oder steuerliche Beratung.",
        ]),
      ),
      keywords: ["Schulung", "Freiberufler", "Abgrenzung", "Gewinnabsicht", "Kleinunternehmer"],
      categories: ["Inhalt"],
      leikaKeys: [LEIKA.gewerbeAnmeldung],
    },
    {
      key: "gw-stoerung-kreditkarte-oktober",
      type: "INCIDENT",
      title: "Störung behoben: Online-Zahlung mit Kreditkarte war nicht möglich",
      shortAnswer:
        "Vom 28. Oktober, 16:10 Uhr, bis zum 29. Oktober, 9:30 Uhr, konnten Gebühren im Gewerbe-Service nicht mit Kreditkarte bezahlt werden. Andere Zahlungsarten funktionierten. Die Störung ist behoben. Anträge, die in dieser Zeit auf Zahlung ausstehend stehen geblieben sind, können unter Meine Anträge mit Zahlung fortsetzen abgeschlossen werden. Doppelte Abbuchungen sind nicht entstanden.",
      bodyHtml: body(
        p(`${strong("Ursache:")} Störung bei einem Zahlungsdienstleister der Bezahlplattform.`),
        p(`${strong("Auswirkung:")} Kreditkartenzahlungen wurden abgelehnt; PayPal und SEPA-Lastschrift waren nicht betroffen.`),
        p(`${strong("Behoben:")} 29.10.2026, 9:30 Uhr.`),
      ),
      keywords: ["Störung behoben", "Kreditkarte", "Zahlung nicht möglich", "ePayBL"],
      categories: ["Bezahlung", "Verfuegbarkeit"],
      incident: { severity: "BETRIEBSBEHINDERND", startedAt: "2026-10-28T16:10:00+01:00", resolvedAt: "2026-10-29T09:30:00+01:00", affectedArs: [] },
    },
  ];

  return drafts.map((d) => toArticle(SERVICE.gewerbe, ALL, d));
}
