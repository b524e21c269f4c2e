// Articles of "Unterhaltsvorschuss online" (BeLa Bremen). Derived in part from the Berlin DLDB
// service record (corpus, EUPL-1.2); its age limit of 12 years and maximum of 72 months are the
// law before 1 July 2017 and are replaced by the current rules here.

import { toArticle } from "./article";
import type { Corpus } from "./corpus";
import { a, body, esc, h2, ol, p, strong, ul } from "./html";
import { LEIKA, SERVICE } from "./structure";
import type { ArticleDraft, BundleArticle } from "./types";

const BUNDID = "https://id.bund.de";
const UVG_LAW = "https://www.gesetze-im-internet.de/uhvorschg/";

function sentence(text: string, startsWith: string): string {
  const hit = text.split(/(?<=\.)\s+/).find((s) => s.startsWith(startsWith));
  if (hit === undefined) throw new Error(`Korpus Unterhaltsvorschuss: Satz "${startsWith}..." nicht gefunden`);
  return hit;
}

/** All articles of Unterhaltsvorschuss online. */
export function unterhaltsvorschussArticles(corpus: Corpus): BundleArticle[] {
  const uv = corpus.unterhaltsvorschuss;
  const [zweck, , dauer] = uv.descriptionParagraphs;
  if (zweck === undefined || dauer === undefined) throw new Error("Korpus Unterhaltsvorschuss: Beschreibung unvollständig");
  const erstattung = sentence(dauer, "Die Vorschussleistung ist grundsätzlich");
  const getrennt = uv.prerequisites.find((x) => x.name.startsWith("Kind lebt bei einem Elternteil"));
  const keinUnterhalt = uv.prerequisites.find((x) => x.name.startsWith("Kind erhält nicht"));
  if (getrennt === undefined || keinUnterhalt === undefined) throw new Error("Korpus Unterhaltsvorschuss: Voraussetzungen fehlen");
  const unterlagen = uv.requirements.filter((r) => r.name !== "schriftlicher Antrag");
  const zustaendigkeit = uv.responsibility.replace("das Jugendamt des Bezirks,", "das Jugendamt des Kreises, der Stadt oder des Bezirks,");
  if (uv.fees !== "gebührenfrei") throw new Error(`Korpus Unterhaltsvorschuss: Gebühren "${uv.fees}" statt "gebührenfrei"`);

  const drafts: ArticleDraft[] = [
    {
      key: "uv-was-ist",
      type: "FAQ",
      title: "Was ist Unterhaltsvorschuss?",
      shortAnswer:
        "Unterhaltsvorschuss hilft Alleinerziehenden, wenn der andere Elternteil für das Kind keinen oder zu wenig Unterhalt zahlt. Das Jugendamt zahlt dann einen Teil des fehlenden Unterhalts und holt sich das Geld, soweit möglich, vom anderen Elternteil zurück. Unterhaltsvorschuss gibt es für Kinder bis zum 18. Geburtstag, ohne Höchstdauer. Für Kinder ab 12 Jahren gelten zusätzliche Voraussetzungen.",
      bodyHtml: body(
        p(esc(zweck)),
        ul([
          "Anspruch für Kinder bis zur Vollendung des 18. Lebensjahres, ohne Begrenzung der Bezugsdauer (seit 1. Juli 2017).",
          "Für Kinder ab 12 Jahren zusätzlich: Das Kind bezieht keine Leistungen nach dem SGB II, oder der alleinerziehende Elternteil hat ein eigenes Bruttoeinkommen von mindestens 600 Euro im Monat.",
          "Die Höhe richtet sich nach dem Mindestunterhalt der Altersstufe abzüglich des Kindergeldes für ein erstes Kind.",
        ]),
        p(esc(erstattung)),
        p(`Rechtsgrundlage: ${a(UVG_LAW, "Unterhaltsvorschussgesetz (UVG)")}.`),
      ),
      keywords: ["Unterhaltsvorschuss", "UVG", "alleinerziehend", "Unterhalt", "Kind"],
      categories: ["Inhalt"],
    },
    {
      key: "uv-voraussetzungen",
      type: "FAQ",
      title: "Wer kann Unterhaltsvorschuss bekommen?",
      shortAnswer:
        "Ihr Kind lebt bei Ihnen, Sie sind ledig, verwitwet, geschieden oder leben dauernd getrennt, und der andere Elternteil zahlt keinen oder nicht regelmäßig Unterhalt. Das Kind ist jünger als 18. Ab dem 12. Geburtstag muss außerdem gelten: Das Kind bekommt kein Bürgergeld, oder Sie verdienen selbst mindestens 600 Euro brutto im Monat. Betreuen beide Eltern das Kind abwechselnd, besteht kein Anspruch.",
      bodyHtml: body(
        h2("Voraussetzungen"),
        ul([
          "Das Kind hat das 18. Lebensjahr noch nicht vollendet.",
          `${esc(getrennt.name)} ${esc(getrennt.description.split("\n").join(" "))}`,
          esc(keinUnterhalt.name),
          "Ab dem 12. Geburtstag zusätzlich: kein Bezug von Leistungen nach dem SGB II (Bürgergeld bzw. Grundsicherung für Arbeitsuchende) durch das Kind, oder ein eigenes Bruttoeinkommen des alleinerziehenden Elternteils von mindestens 600 Euro monatlich.",
        ]),
        p("Ob ein Anspruch besteht, entscheidet ausschließlich das Jugendamt. Der 1st Level gibt keine Einschätzung zum Einzelfall ab."),
      ),
      keywords: ["Voraussetzungen", "Anspruch", "getrennt lebend", "Wechselmodell", "600 Euro"],
      categories: ["Inhalt"],
    },
    {
      key: "uv-unterlagen",
      type: "FAQ",
      title: "Welche Unterlagen brauche ich für den Unterhaltsvorschuss?",
      shortAnswer:
        "Sie brauchen vor allem die Geburtsurkunde des Kindes, Ihren Personalausweis oder Pass, bei nicht verheirateten Eltern die Vaterschaftsanerkennung oder -feststellung, einen Nachweis über die Trennung oder die Scheidung und vorhandene Unterhaltstitel oder Vereinbarungen. Zahlt der andere Elternteil teilweise, legen Sie Kontoauszüge bei. Im Online-Antrag laden Sie diese Nachweise als PDF oder Foto hoch.",
      bodyHtml: body(
        h2("Unterlagen"),
        ul(unterlagen.map((r) => (r.description === "" ? esc(r.name) : `${strong(esc(r.name))}: ${esc(r.description)}`))),
        p("Im Online-Antrag werden die Unterlagen hochgeladen (PDF, JPG oder PNG, höchstens 10 MB je Datei). Originale bitte nicht per Post schicken, außer das Jugendamt fordert sie an."),
      ),
      keywords: ["Unterlagen", "Nachweise", "Geburtsurkunde", "Unterhaltstitel", "Scheidungsurteil", "Kontoauszüge"],
      categories: ["Formular", "Inhalt"],
    },
    {
      key: "uv-zustaendigkeit",
      type: "FAQ",
      title: "Welches Jugendamt bearbeitet meinen Antrag auf Unterhaltsvorschuss?",
      shortAnswer:
        "Zuständig ist die Unterhaltsvorschussstelle des Jugendamts an dem Ort, an dem Ihr Kind wohnt. Der Online-Antrag leitet Ihren Antrag anhand der Adresse des Kindes automatisch an die richtige Stelle weiter.",
      bodyHtml: body(
        p(esc(zustaendigkeit)),
        p("Der Online-Antrag ermittelt die Stelle aus der Anschrift des Kindes. Name und Kontakt der Unterhaltsvorschussstelle stehen in der Eingangsbestätigung im BundID-Postfach."),
      ),
      keywords: ["Jugendamt", "zuständig", "Unterhaltsvorschussstelle", "Wohnsitz des Kindes"],
      categories: ["Verfahren"],
    },
    {
      key: "uv-kosten",
      type: "FAQ",
      title: "Kostet der Antrag auf Unterhaltsvorschuss etwas?",
      shortAnswer:
        "Nein, der Antrag ist gebührenfrei, online wie auf Papier. Im Online-Antrag werden Sie nie nach Zahlungsdaten für eine Gebühr gefragt. Ihre Bankverbindung geben Sie nur an, damit der Unterhaltsvorschuss an Sie überwiesen werden kann.",
      bodyHtml: body(
        p("Antrag und Bearbeitung sind gebührenfrei."),
        p("Die IBAN wird im Antrag nur für die Auszahlung abgefragt. Seiten, die für den Antrag eine Gebühr verlangen, sind keine Angebote der Verwaltung."),
      ),
      keywords: ["Kosten", "gebührenfrei", "Gebühr", "Bankverbindung", "IBAN"],
      categories: ["Bezahlung", "Verfahren"],
    },
    {
      key: "uv-ab-wann",
      type: "FAQ",
      title: "Ab wann bekomme ich Unterhaltsvorschuss und wie lange dauert die Bearbeitung?",
      shortAnswer:
        "Unterhaltsvorschuss gibt es ab dem Monat, in dem Ihr Antrag beim Jugendamt eingeht. Für den Monat davor gibt es ihn nur, wenn Sie sich in dieser Zeit nachweislich bemüht haben, dass der andere Elternteil zahlt. Stellen Sie den Antrag deshalb so früh wie möglich, fehlende Unterlagen können Sie nachreichen. Wie lange die Bearbeitung dauert, kann Ihnen nur Ihr Jugendamt sagen.",
      bodyHtml: body(
        ul([
          "Zahlung ab dem Monat des Antragseingangs.",
          "Rückwirkend höchstens für den Monat vor dem Antrag, wenn der Antrag nicht früher gestellt wurde, weil sich der Elternteil um Unterhaltszahlungen des anderen Elternteils bemüht hat.",
          "Beim Online-Antrag zählt der Tag des Absendens als Eingang.",
        ]),
        p(`${strong("1st Level:")} keine Auskunft zum Bearbeitungsstand; der Kontakt des Jugendamts steht in der Eingangsbestätigung.`),
      ),
      keywords: ["ab wann", "rückwirkend", "Bearbeitungsdauer", "Antragseingang"],
      categories: ["Verfahren"],
    },
    {
      key: "uv-rueckgriff",
      type: "FAQ",
      title: "Muss der andere Elternteil den Unterhaltsvorschuss zurückzahlen?",
      shortAnswer:
        "Ja, grundsätzlich. Der Unterhaltsvorschuss entlässt den anderen Elternteil nicht aus der Verantwortung. Das Jugendamt fordert das Geld, soweit er leistungsfähig ist, von ihm zurück. Darum kümmert sich das Jugendamt selbst. Sie müssen im Antrag aber alles angeben, was Sie über den anderen Elternteil wissen, etwa Name und letzte bekannte Anschrift.",
      bodyHtml: body(
        p(esc(zweck)),
        p(esc(erstattung)),
        p("Der Unterhaltsanspruch des Kindes geht in Höhe der gezahlten Leistung auf das Land über. Das Jugendamt macht ihn gegenüber dem anderen Elternteil geltend."),
      ),
      keywords: ["Rückgriff", "zurückzahlen", "anderer Elternteil", "Unterhaltspflicht"],
      categories: ["Inhalt"],
    },
    {
      key: "uv-online-ausweis",
      type: "FAQ",
      title: "Warum brauche ich für den Online-Antrag den Online-Ausweis?",
      shortAnswer:
        "Der Antrag auf Unterhaltsvorschuss muss schriftlich gestellt werden. Online ersetzt der Online-Ausweis Ihre Unterschrift. Deshalb melden Sie sich mit Ihrer BundID an und weisen sich mit Personalausweis, eID-Karte oder elektronischem Aufenthaltstitel und Ihrer sechsstelligen PIN aus. Ohne Online-Ausweis können Sie den Antrag ausdrucken, unterschreiben und beim Jugendamt abgeben oder per Post schicken.",
      bodyHtml: body(
        p(`Anmeldung mit der ${a(BUNDID, "BundID")}; für das Absenden ist die Identifizierung mit dem Online-Ausweis nötig (Vertrauensniveau hoch).`),
        ul([
          "Geeignet: Personalausweis, eID-Karte für Unionsbürgerinnen und Unionsbürger, elektronischer Aufenthaltstitel, jeweils mit eingeschalteter Online-Ausweisfunktion.",
          "Nicht ausreichend: BundID nur mit Benutzername und Passwort.",
          "Alternative: Antrag als PDF ausdrucken, unterschreiben, beim Jugendamt einreichen.",
        ]),
      ),
      keywords: ["Online-Ausweis", "eID", "Unterschrift", "BundID", "Identifizierung"],
      categories: ["Identifizierung", "Anmeldung"],
    },
    {
      key: "uv-bundid-online-ausweis-ergaenzen",
      type: "FAQ",
      title: "Ich habe schon eine BundID mit Benutzername und Passwort – muss ich mich neu registrieren?",
      shortAnswer:
        "Nein, Sie können Ihre bestehende BundID weiter nutzen. Melden Sie sich wie gewohnt auf id.bund.de an und fügen Sie in den Kontoeinstellungen den Online-Ausweis als weitere Anmeldeart hinzu. Dafür halten Sie einmal Ihren Ausweis an das Smartphone und geben Ihre PIN ein. Danach melden Sie sich beim Unterhaltsvorschuss mit dem Online-Ausweis an. Ihre bisherigen Nachrichten im Postfach bleiben erhalten.",
      bodyHtml: body(
        p("Ein BundID-Konto, das nur mit Benutzername und Passwort angelegt wurde, hat das Vertrauensniveau niedrig. Für den Antrag auf Unterhaltsvorschuss ist das Vertrauensniveau hoch nötig."),
        ol([
          `Auf ${a(BUNDID, "id.bund.de")} mit Benutzername und Passwort anmelden.`,
          "In den Kontoeinstellungen unter Anmeldearten den Online-Ausweis hinzufügen.",
          "Ausweis mit der AusweisApp auslesen und die sechsstellige PIN eingeben.",
          "Zurück im Online-Antrag mit dem Online-Ausweis anmelden.",
        ]),
        p("Wird stattdessen ein zweites Konto mit dem Online-Ausweis angelegt, sind Postfach und Anträge auf zwei Konten verteilt. Das ist ein häufiger Grund für fehlende Nachrichten."),
      ),
      keywords: ["BundID", "Benutzername und Passwort", "Anmeldeart hinzufügen", "Vertrauensniveau", "neu registrieren"],
      categories: ["Registrierung", "Identifizierung"],
    },
    {
      key: "uv-verfuegbarkeit",
      type: "FAQ",
      title: "Kann ich Unterhaltsvorschuss online beantragen?",
      shortAnswer:
        "Ja. In den teilnehmenden Ländern, zum Beispiel in Bayern, Hessen und Nordrhein-Westfalen, gibt es den Online-Antrag Unterhaltsvorschuss. Sie finden ihn über das Serviceportal Ihres Landes oder Ihrer Stadt. Nimmt Ihr Jugendamt noch nicht teil, erhalten Sie dort den Papierantrag.",
      bodyHtml: body(
        p(`${strong("Unterhaltsvorschuss online")} wird von der Freien Hansestadt Bremen betrieben und von den teilnehmenden Ländern mitgenutzt. Nach Eingabe der Anschrift des Kindes zeigt der Dienst an, ob das zuständige Jugendamt angeschlossen ist.`),
        p("Auch Änderungsmitteilungen und Weiterbewilligungen können online übermittelt werden."),
      ),
      keywords: ["online beantragen", "Onlineantrag", "Serviceportal", "teilnehmende Länder"],
      categories: ["Verfuegbarkeit"],
    },
    {
      key: "uv-aenderungen-mitteilen",
      type: "FAQ",
      title: "Wie melde ich Änderungen, zum Beispiel einen Umzug oder Unterhaltszahlungen?",
      shortAnswer:
        "Änderungen müssen Sie dem Jugendamt sofort mitteilen, zum Beispiel wenn Sie umziehen, heiraten, mit dem anderen Elternteil zusammenziehen oder wenn dieser wieder Unterhalt zahlt. Online geht das über die Änderungsmitteilung im Dienst Unterhaltsvorschuss online, Sie melden sich dafür wieder mit Ihrer BundID an. Zu Unrecht gezahlter Unterhaltsvorschuss muss sonst zurückgezahlt werden.",
      bodyHtml: body(
        h2("Mitteilungspflichtige Änderungen (Beispiele)"),
        ul([
          "Umzug des Kindes oder des Elternteils",
          "Heirat des Elternteils oder Zusammenziehen mit dem anderen Elternteil",
          "Unterhaltszahlungen oder Waisenbezüge für das Kind",
          "Das Kind lebt nicht mehr beim Elternteil",
          "Ab 12 Jahren: Änderungen beim Bürgergeld-Bezug oder beim eigenen Einkommen",
        ]),
        p("Online: Unterhaltsvorschuss online, Bereich Änderung mitteilen, Anmeldung mit BundID und Online-Ausweis. Alternativ formlos schriftlich an das Jugendamt."),
      ),
      keywords: ["Änderung mitteilen", "Umzug", "Heirat", "Mitteilungspflicht", "Unterhaltszahlung"],
      categories: ["Verfahren", "Formular"],
    },
    {
      key: "uv-wa-upload-smartphone",
      type: "WORKAROUND",
      title: "Workaround: Hochladen vom Smartphone bricht ab",
      shortAnswer:
        "Bitte nutzen Sie zum Hochladen eine stabile WLAN-Verbindung und lassen Sie den Bildschirm eingeschaltet, bis der Upload fertig ist. Große Fotos verkleinern Sie, indem Sie mit der Scanfunktion der Kamera- oder Notiz-App ein PDF erzeugen. Wechseln Sie während des Uploads nicht in eine andere App. Klappt es weiterhin nicht, schicken Sie den Antrag ohne diese Unterlage ab und reichen Sie sie danach über Änderung mitteilen nach.",
      bodyHtml: body(
        p("Problem: Auf Smartphones bricht das Hochladen von Fotos ab, besonders bei mobilen Daten oder wenn die App gewechselt wird (der Browser wird dann im Hintergrund angehalten)."),
        ol([
          "Stabiles WLAN nutzen, Energiesparmodus ausschalten.",
          "Fotos nicht in Originalgröße hochladen: Scanfunktion nutzen oder die Kameraauflösung verringern.",
          "Während des Uploads im Browser bleiben, Bildschirm nicht sperren.",
          "Wenn es weiter scheitert: Antrag ohne die Unterlage absenden, die Unterlage anschließend nachreichen.",
        ]),
      ),
      keywords: ["Upload bricht ab", "Smartphone", "Foto hochladen", "mobile Daten"],
      categories: ["Technik", "Formular"],
    },
    {
      key: "uv-wa-postfach",
      type: "WORKAROUND",
      title: "Workaround: Nachricht oder Bescheid im BundID-Postfach nicht zu finden",
      shortAnswer:
        "Nachrichten zum Antrag kommen in das Postfach der BundID, nicht in Ihr normales E-Mail-Postfach. Bitte melden Sie sich auf id.bund.de mit derselben Anmeldeart an wie beim Antrag und öffnen Sie dort das Postfach. Eine Benachrichtigung per E-Mail kommt nur, wenn Sie in der BundID eine E-Mail-Adresse hinterlegt haben, schauen Sie auch im Spam-Ordner. Den Bescheid schickt das Jugendamt zusätzlich per Post.",
      bodyHtml: body(
        p("Problem: Anrufende finden die Eingangsbestätigung oder Nachrichten des Jugendamts nicht."),
        ol([
          `Auf ${a(BUNDID, "id.bund.de")} mit derselben Anmeldeart anmelden wie beim Antrag (Online-Ausweis oder ELSTER-Zertifikat); unterschiedliche Anmeldearten können zu getrennten Konten führen.`,
          "Im Postfach nach dem Absender Unterhaltsvorschuss online suchen.",
          "In den Kontoeinstellungen eine E-Mail-Adresse für Benachrichtigungen hinterlegen; Spam-Ordner prüfen.",
        ]),
        p("Der Bescheid selbst wird vom Jugendamt in der Regel per Post verschickt. Fehlt er nach mehreren Wochen, ist das Jugendamt der richtige Ansprechpartner."),
      ),
      keywords: ["Postfach", "Nachricht", "Bescheid", "E-Mail", "Eingangsbestätigung"],
      categories: ["Anmeldung", "Technik"],
    },
    {
      key: "uv-wa-kein-unterhaltstitel",
      type: "WORKAROUND",
      title: "Workaround: Formular verlangt ein Aktenzeichen, obwohl es keinen Unterhaltstitel gibt",
      shortAnswer:
        "Gibt es keinen Unterhaltstitel, wählen Sie bei der Frage nach dem Unterhaltstitel bitte Nein. Dann verschwindet das Pflichtfeld für das Aktenzeichen. Bleibt das Feld nach einer Korrektur rot markiert, gehen Sie einen Schritt zurück und wieder vor. Gibt es nur eine private schriftliche Vereinbarung, wählen Sie trotzdem Nein und laden die Vereinbarung unter Sonstige Nachweise hoch.",
      bodyHtml: body(
        p("Problem: Nach einer Änderung der Antwort von Ja auf Nein bleibt das Feld Aktenzeichen des Unterhaltstitels als Pflichtfeld markiert, der Antrag lässt sich nicht fortsetzen."),
        ol([
          "Frage Gibt es einen Unterhaltstitel? mit Nein beantworten.",
          "Mit Zurück einen Schritt zurück und mit Weiter erneut auf die Seite gehen; die Markierung verschwindet.",
          "Private oder formlose schriftliche Vereinbarungen unter Sonstige Nachweise hochladen.",
        ]),
        p("Als Unterhaltstitel gelten Urkunden des Jugendamtes, notarielle Urkunden, Gerichtsbeschlüsse und -urteile. Der Fehler ist an den Betreiber gemeldet."),
      ),
      keywords: ["Unterhaltstitel", "Aktenzeichen", "Pflichtfeld", "Vereinbarung", "Formularfehler"],
      categories: ["Formular"],
    },
    {
      key: "uv-schulung",
      type: "TRAINING",
      title: "Schulung: Unterhaltsvorschuss online – sensible Gespräche und Grenzen des 1st Level",
      shortAnswer:
        "Anrufende sind oft in einer belastenden Trennungssituation. Wir erklären Zugang, Anmeldung, Unterlagen und Ablauf, fragen aber nicht nach Gründen der Trennung oder nach dem anderen Elternteil. Über Anspruch und Höhe entscheidet nur das Jugendamt. Bei Hinweisen auf häusliche Gewalt nennen wir das Hilfetelefon Gewalt gegen Frauen unter 116 016. Namen oder Adressen des anderen Elternteils gehören nicht ins Ticket.",
      bodyHtml: body(
        h2("Das klärt der 1st Level"),
        ul([
          "Online-Antrag vorhanden? Einstieg über das Serviceportal",
          "BundID, Online-Ausweis, PIN, Hochladen, Postfach",
          "Allgemeines: Voraussetzungen, Unterlagen, Gebührenfreiheit, Zuständigkeit des Jugendamts, Mitteilungspflichten",
        ]),
        h2("Das macht der 1st Level nicht"),
        ul([
          "Anspruch oder Höhe im Einzelfall einschätzen",
          "Auskunft zum Bearbeitungsstand oder zum Rückgriff beim anderen Elternteil",
          "Daten des anderen Elternteils aufnehmen",
        ]),
        p(`${strong("Gesprächsführung:")} ruhig bleiben, nicht nachfragen, warum kein Unterhalt gezahlt wird. Bei Hinweisen auf Gewalt: Hilfetelefon Gewalt gegen Frauen 116 016 (rund um die Uhr, kostenlos); bei akuter Gefahr Notruf 110.`),
      ),
      keywords: ["Schulung", "Gesprächsführung", "häusliche Gewalt", "Hilfetelefon", "Datenschutz"],
      categories: ["Inhalt", "Verfahren"],
    },
  ];

  return drafts.map((d) => toArticle(SERVICE.uvg, [LEIKA.unterhaltsvorschuss], d));
}
