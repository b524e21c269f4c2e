// Articles of the "Digitale Wohnsitzanmeldung" (BeLa Bayern). Several answers derive from the
// service descriptions of the Landeshauptstadt München (corpus, EUPL-1.2), generalised for all
// co-using Länder; München-specific details are kept for the München variants.

import { pickBlock, toArticle } from "./article";
import type { Corpus } from "./corpus";
import { a, body, h2, ol, p, strong, ul } from "./html";
import { LEIKA, SERVICE } from "./structure";
import type { ArticleDraft, BundleArticle } from "./types";

const AUSWEISAPP = "https://www.ausweisapp.bund.de";
const ALL = [LEIKA.wohnsitzAnmeldung, LEIKA.hauptwohnsitz, LEIKA.meldebestaetigung, LEIKA.ausweisAdresse];
const ANMELDUNG = [LEIKA.wohnsitzAnmeldung, LEIKA.hauptwohnsitz];

/** All articles of the Digitale Wohnsitzanmeldung. */
export function wohnsitzArticles(corpus: Corpus): BundleArticle[] {
  const anmeldung = corpus.munich("1063475").descriptionHtml;
  const abmeldung = corpus.munich("1063486").descriptionHtml;
  const familie = corpus.munich("10224132").descriptionHtml;
  const adresse = corpus.munich("10242339").descriptionHtml;
  const eid = corpus.munich("10225119");
  const meldebescheinigung = corpus.munich("1063576").descriptionHtml;
  const nurHauptwohnsitz = pickBlock(anmeldung, "Der Online-Service ist nur für Hauptwohnsitze möglich.");

  const drafts: ArticleDraft[] = [
    {
      key: "wsa-verfuegbarkeit",
      type: "FAQ",
      title: "Kann ich meinen Umzug online melden?",
      shortAnswer:
        "Ja, wenn Ihre neue Stadt oder Gemeinde an die Digitale Wohnsitzanmeldung angeschlossen ist. Online geht das für den Hauptwohnsitz bei einem Umzug innerhalb Deutschlands. Einen Nebenwohnsitz oder einen Zuzug aus dem Ausland melden Sie weiterhin persönlich im Bürgerbüro an. Ob Ihre Gemeinde teilnimmt, sehen Sie, sobald Sie im Online-Dienst die neue Adresse eingeben.",
      bodyHtml: body(
        p("Die Digitale Wohnsitzanmeldung wird vom Freistaat Bayern betrieben und von den teilnehmenden Ländern mitgenutzt. Ob eine Gemeinde angeschlossen ist, entscheidet die Gemeinde als Meldebehörde."),
        nurHauptwohnsitz,
        h2("Nicht online möglich"),
        ul([
          "An- oder Ummeldung einer Nebenwohnung",
          "Zuzug aus dem Ausland (erste Anmeldung in Deutschland)",
          "Anmeldung ohne Online-Ausweis, zum Beispiel mit einem Reisepass",
        ]),
        p("In diesen Fällen erfolgt die Anmeldung persönlich im Bürgerbüro; eine bevollmächtigte Person kann die Anmeldung übernehmen."),
      ),
      keywords: ["Umzug online melden", "Wohnsitz online", "angeschlossene Gemeinde", "Ummeldung online"],
      categories: ["Verfuegbarkeit"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-voraussetzungen",
      type: "FAQ",
      title: "Was brauche ich für die Online-Anmeldung meines Wohnsitzes?",
      shortAnswer:
        "Sie brauchen einen Personalausweis, eine eID-Karte oder einen elektronischen Aufenthaltstitel mit eingeschalteter Online-Ausweisfunktion und Ihre sechsstellige PIN, dazu die AusweisApp auf einem Smartphone mit NFC oder einen Kartenleser. Außerdem brauchen Sie eine BundID und die Wohnungsgeberbestätigung Ihres Vermieters als PDF oder Foto. Die Anmeldung ist kostenlos.",
      bodyHtml: body(
        h2("Checkliste"),
        ul([
          "Ausweisdokument mit eingeschalteter Online-Ausweisfunktion: Personalausweis, eID-Karte (Unionsbürgerinnen und Unionsbürger) oder elektronischer Aufenthaltstitel",
          "die selbst gewählte sechsstellige PIN",
          `${a(AUSWEISAPP, "AusweisApp")} auf einem NFC-fähigen Smartphone oder ein Kartenleser am Computer`,
          "eine BundID (kann während des Antrags angelegt werden)",
          "die Wohnungsgeberbestätigung als PDF oder Foto, oder das Zuordnungsmerkmal, wenn der Vermieter elektronisch bestätigt hat",
          "das Einzugsdatum und die bisherige Anschrift",
        ]),
      ),
      keywords: ["Voraussetzungen", "Online-Ausweis", "PIN", "AusweisApp", "Wohnungsgeberbestätigung", "Checkliste"],
      categories: ["Identifizierung", "Inhalt"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-frist",
      type: "FAQ",
      title: "Bis wann muss ich mich nach dem Umzug anmelden?",
      shortAnswer:
        "Sie müssen sich innerhalb von zwei Wochen nach dem Einzug anmelden. Das gilt auch für die Online-Anmeldung. Wer sich nicht rechtzeitig anmeldet, riskiert ein Bußgeld. Bei einem Umzug innerhalb Deutschlands müssen Sie sich am alten Wohnort nicht abmelden, das übernimmt die neue Meldebehörde.",
      bodyHtml: body(
        ul([
          "Frist: zwei Wochen nach dem Einzug (Bundesmeldegesetz).",
          "Die Frist beginnt mit dem tatsächlichen Einzug, nicht mit dem Mietbeginn.",
          "Eine verspätete Anmeldung ist eine Ordnungswidrigkeit und kann mit einem Bußgeld geahndet werden.",
          "Bei Online-Anmeldung zählt der Tag des Absendens.",
        ]),
      ),
      keywords: ["Frist", "zwei Wochen", "14 Tage", "Bußgeld", "verspätet"],
      categories: ["Verfahren"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-kosten",
      type: "FAQ",
      title: "Kostet die Anmeldung des Wohnsitzes etwas?",
      shortAnswer:
        "Nein, die An- oder Ummeldung Ihres Wohnsitzes ist kostenlos, online und im Bürgerbüro. Wenn Sie im Online-Dienst zur Zahlung aufgefordert werden, sind Sie nicht auf der offiziellen Seite. Kosten können nur für zusätzliche Leistungen anfallen, zum Beispiel wenn Sie die Adresse in Ihren Fahrzeugpapieren ändern lassen oder eine Meldebescheinigung in Papierform bestellen.",
      bodyHtml: body(
        ul([
          "Anmeldung und Ummeldung: kostenfrei",
          "Meldebestätigung und Adressaufkleber für den Personalausweis: kostenfrei",
          "Adressänderung in den Fahrzeugpapieren: gebührenpflichtig, Höhe je nach Zulassungsbehörde",
        ]),
        p("Private Seiten, die gegen Gebühr eine Ummeldung anbieten, sind keine Angebote der Verwaltung."),
      ),
      keywords: ["Kosten", "kostenlos", "Gebühr", "Bezahlung", "Fahrzeugpapiere"],
      categories: ["Bezahlung", "Verfahren"],
      leikaKeys: ALL,
    },
    {
      key: "wsa-wohnungsgeberbestaetigung",
      type: "FAQ",
      title: "Mein Vermieter gibt mir keine Wohnungsgeberbestätigung – was kann ich tun?",
      shortAnswer:
        "Ihr Vermieter ist verpflichtet, Ihnen den Einzug innerhalb von zwei Wochen schriftlich oder elektronisch zu bestätigen. Bitte fordern Sie die Bestätigung noch einmal an. Bekommen Sie sie nicht, können Sie sich persönlich im Bürgerbüro anmelden und dort erklären, dass die Bestätigung fehlt. Online ist die Anmeldung ohne Wohnungsgeberbestätigung nicht möglich.",
      bodyHtml: body(
        p("Der Wohnungsgeber (Vermieter oder eine von ihm beauftragte Person) muss den Einzug innerhalb von zwei Wochen bestätigen: schriftlich, oder elektronisch gegenüber der Meldebehörde; dann erhält die meldepflichtige Person ein Zuordnungsmerkmal."),
        h2("Wenn die Bestätigung fehlt"),
        ol([
          "Den Wohnungsgeber noch einmal um die Bestätigung bitten; ein Vordruck steht auf den Seiten der Meldebehörden.",
          "Wird die Bestätigung verweigert oder nicht rechtzeitig erteilt: persönlich im Bürgerbüro anmelden und die Erklärung zur fehlenden Wohnungsgeberbestätigung abgeben.",
          "Die Meldebehörde prüft den Fall; der Wohnungsgeber handelt ordnungswidrig.",
        ]),
      ),
      keywords: ["Wohnungsgeberbestätigung", "Vermieter", "fehlt", "Zuordnungsmerkmal", "Einzugsbestätigung"],
      categories: ["Formular"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-abmeldung-alter-wohnort",
      type: "FAQ",
      title: "Muss ich mich an meinem alten Wohnort abmelden?",
      shortAnswer:
        "Nein, bei einem Umzug innerhalb Deutschlands müssen Sie sich nicht abmelden. Die Anmeldung am neuen Wohnort genügt, die Meldebehörden tauschen die Daten untereinander aus. Abmelden müssen Sie sich nur, wenn Sie ins Ausland ziehen oder eine Nebenwohnung aufgeben. Denken Sie daran, dass Sie den Umzug eventuell auch anderen Stellen melden müssen, zum Beispiel der Kfz-Zulassungsbehörde oder der Gewerbebehörde.",
      bodyHtml: body(
        pickBlock(abmeldung, "Bei einem Umzug innerhalb Deutschlands"),
        h2("Wann eine Abmeldung nötig ist"),
        ul([
          "Wegzug ins Ausland: Abmeldung bei der bisherigen Meldebehörde; die Anschrift im Ausland kann hinterlassen werden.",
          "Aufgabe einer Nebenwohnung: Abmeldung bei der Meldebehörde des Haupt- oder des Nebenwohnsitzes.",
        ]),
        pickBlock(abmeldung, "Bitte beachten Sie, dass Sie möglicherweise"),
      ),
      keywords: ["Abmeldung", "alter Wohnort", "abmelden", "Wegzug ins Ausland", "Nebenwohnung aufgeben"],
      categories: ["Inhalt"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-familie",
      type: "FAQ",
      title: "Kann ich meine Familie gleich mit anmelden?",
      shortAnswer:
        "Ja. Minderjährige Kinder, die mit Ihnen umziehen, melden Sie im selben Antrag mit an. Die Kinder müssen sich dafür nicht selbst ausweisen. Auch Ihre Ehe- oder Lebenspartnerin oder Ihren Partner können Sie mit anmelden, wenn Sie bisher unter derselben Adresse gemeldet waren. Volljährige Kinder und andere Mitbewohner melden sich selbst an, online mit ihrem eigenen Online-Ausweis.",
      bodyHtml: body(
        pickBlock(familie, "Die An- oder Ummeldung Ihres Wohnsitzes als Familie"),
        p("Für die Online-Anmeldung gilt:"),
        ul([
          "Minderjährige Kinder: im Antrag mit angeben, keine eigene Identifizierung nötig.",
          "Ehe- oder Lebenspartner: mit angeben, wenn sie bisher unter derselben Anschrift gemeldet waren.",
          "Volljährige Kinder, Wohngemeinschaften: jede Person meldet sich selbst an.",
        ]),
        nurHauptwohnsitz,
      ),
      keywords: ["Familie", "Kinder mitanmelden", "Ehepartner", "mitziehende Personen"],
      categories: ["Formular", "Inhalt"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-adresse-ausweis",
      type: "FAQ",
      title: "Wie kommt meine neue Adresse auf den Personalausweis?",
      shortAnswer:
        "Bei der Online-Anmeldung wird die neue Adresse am Ende direkt auf den Chip Ihres Ausweises geschrieben, dafür halten Sie den Ausweis noch einmal an Smartphone oder Kartenleser. Den Adressaufkleber für die Rückseite schickt Ihnen die Meldebehörde per Post, Sie kleben ihn selbst auf. Im Reisepass steht nur der Wohnort. Nach einem Umzug in eine andere Gemeinde lassen Sie ihn im Bürgerbüro ändern.",
      bodyHtml: body(
        pickBlock(adresse, "Bei einem Umzug sollten Sie die Anschrift"),
        pickBlock(adresse, "Bei einem Personalausweis im Scheckkartenformat"),
        h2("Ablauf bei der Online-Anmeldung"),
        ol([
          "Nach dem Absenden fordert der Dienst auf, den Ausweis erneut auszulesen.",
          "Die AusweisApp schreibt die neue Anschrift auf den Chip. Ausweis und Gerät während des Schreibens nicht bewegen.",
          "Der Adressaufkleber kommt per Post und wird auf die Rückseite des Personalausweises geklebt.",
        ]),
        p("Im Reisepass steht nur der Wohnort. Nach einem Umzug in eine andere Gemeinde sollte er im Bürgerbüro aktualisiert werden; dafür ist meist ein Termin nötig. Die Änderung ist gebührenfrei."),
      ),
      keywords: ["Adressaufkleber", "Chip", "Personalausweis Adresse", "Reisepass", "Aufenthaltstitel"],
      categories: ["Verfahren", "Inhalt"],
      leikaKeys: [LEIKA.ausweisAdresse],
    },
    {
      key: "wsa-meldebestaetigung",
      type: "FAQ",
      title: "Wann und wie bekomme ich meine Meldebestätigung?",
      shortAnswer:
        "Nach dem Absenden prüft die Meldebehörde Ihre Anmeldung. Ist alles in Ordnung, bekommen Sie die Meldebestätigung als PDF in das Postfach Ihrer BundID, meist innerhalb weniger Werktage. Brauchen Sie später eine Meldebescheinigung, etwa für den Arbeitgeber oder die Bank, beantragen Sie diese gesondert.",
      bodyHtml: body(
        p(`Die ${strong("Meldebestätigung")} bestätigt die An- oder Ummeldung. Sie wird nach der Prüfung durch die Meldebehörde elektronisch in das BundID-Postfach zugestellt.`),
        p(`Die ${strong("Meldebescheinigung")} ist dagegen eine eigene Leistung, die jederzeit beantragt werden kann.`),
        pickBlock(meldebescheinigung, "Die Meldebescheinigung enthält folgende Daten:"),
        pickBlock(meldebescheinigung, "Familienname").replace(/[,.]<\/li>/g, "</li>"),
        p("Auf Antrag können weitere Daten aufgenommen werden, zum Beispiel frühere Anschriften, Familienstand oder Staatsangehörigkeiten."),
      ),
      keywords: ["Meldebestätigung", "Meldebescheinigung", "Postfach", "PDF", "Bestätigung"],
      categories: ["Verfahren"],
      leikaKeys: [LEIKA.meldebestaetigung],
    },
    {
      key: "wsa-nebenwohnsitz",
      type: "FAQ",
      title: "Kann ich einen Zweitwohnsitz online anmelden?",
      shortAnswer:
        "Nein. Der Online-Dienst ist nur für den Hauptwohnsitz gedacht. Einen Nebenwohnsitz melden Sie persönlich im Bürgerbüro an, oder eine bevollmächtigte Person übernimmt das für Sie. Bitte beachten Sie, dass viele Städte für eine Zweitwohnung eine Zweitwohnungsteuer erheben.",
      bodyHtml: body(
        nurHauptwohnsitz,
        p("Die Anmeldung einer Nebenwohnung erfolgt persönlich im Bürgerbüro, gegebenenfalls mit dem Beiblatt für weitere Wohnungen. Eine bevollmächtigte Person kann die Anmeldung übernehmen."),
        p("Viele Städte erheben eine Zweitwohnungsteuer; die Meldebehörde informiert die Steuerstelle der Stadt."),
      ),
      keywords: ["Zweitwohnsitz", "Nebenwohnsitz", "Zweitwohnungsteuer", "nicht online"],
      categories: ["Verfuegbarkeit", "Inhalt"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-online-ausweis-aus",
      type: "FAQ",
      title: "Die Online-Ausweisfunktion meines Ausweises ist nicht eingeschaltet – was nun?",
      shortAnswer:
        "Seit Mitte 2017 wird jeder Personalausweis mit eingeschalteter Online-Ausweisfunktion ausgegeben. Ist sie bei einem älteren Ausweis ausgeschaltet, kann sie nur persönlich im Bürgerbüro oder bei der Ausweisbehörde eingeschaltet werden, das ist kostenlos. Bitte vereinbaren Sie dafür einen Termin. Sie können Ihren Wohnsitz bei diesem Termin auch gleich vor Ort anmelden.",
      bodyHtml: body(
        pickBlock(eid.descriptionHtml, "Im Dezember 2023 wurde der Online-Service"),
        ul([
          "Seit Mitte 2017 erhalten alle Personen ab 16 Jahren ihren Personalausweis mit eingeschalteter Online-Ausweisfunktion.",
          "Wer den Ausweis vor Mai 2017 erhalten und sich gegen die Online-Ausweisfunktion entschieden hat, kann sie in der Ausweisbehörde einschalten lassen.",
          "Einschalten oder Entsperren der Online-Ausweisfunktion und Neusetzen der PIN sind gebührenfrei.",
        ]),
        p(`Ob die Funktion eingeschaltet ist, zeigt die ${a(AUSWEISAPP, "AusweisApp")} unter Ausweis prüfen.`),
      ),
      keywords: ["Online-Ausweisfunktion einschalten", "eID aktivieren", "gesperrt", "Ausweisbehörde"],
      categories: ["Identifizierung"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-wa-pin-falsch",
      type: "WORKAROUND",
      title: "Workaround: PIN zweimal oder dreimal falsch eingegeben",
      shortAnswer:
        "Nach der zweiten falschen PIN fragt die AusweisApp nach der Zugangsnummer, der CAN. Das ist die sechsstellige Zahl unten rechts auf der Vorderseite des Ausweises. Danach haben Sie noch einen Versuch. Ist auch der falsch, ist die PIN gesperrt, und Sie entsperren sie mit der zehnstelligen PUK aus Ihrem PIN-Brief. Ohne PUK lassen Sie in der Ausweisbehörde eine neue PIN setzen.",
      bodyHtml: body(
        ol([
          "Zweimal falsche PIN: Die AusweisApp verlangt zusätzlich die CAN (sechsstellig, Vorderseite unten rechts).",
          "CAN eingeben, dann die PIN ein drittes Mal sorgfältig eingeben.",
          "Dreimal falsch: Die PIN ist gesperrt. In der AusweisApp PIN entsperren wählen und die zehnstellige PUK aus dem PIN-Brief eingeben.",
          "PUK nicht mehr vorhanden: neue PIN persönlich in der Ausweisbehörde setzen lassen (gebührenfrei).",
        ]),
        p("Häufige Ursache: Es wird noch die fünfstellige Transport-PIN eingegeben. Sie muss vor der ersten Nutzung in der AusweisApp durch eine eigene sechsstellige PIN ersetzt werden."),
      ),
      keywords: ["PIN falsch", "PIN gesperrt", "CAN", "PUK", "Transport-PIN"],
      categories: ["Identifizierung"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-elster-zertifikat",
      type: "FAQ",
      title: "Kann ich mich für die Wohnsitzanmeldung mit meinem ELSTER-Zertifikat anmelden?",
      shortAnswer:
        "Mit dem ELSTER-Zertifikat können Sie sich zwar bei Ihrer BundID anmelden, für die Wohnsitzanmeldung reicht das aber nicht. Hier müssen Sie sich mit dem Online-Ausweis ausweisen, weil die neue Adresse am Ende auf den Chip Ihres Ausweises geschrieben wird. Sie brauchen also Ihren Personalausweis, eine eID-Karte oder einen elektronischen Aufenthaltstitel mit PIN.",
      bodyHtml: body(
        p("Die Wohnsitzanmeldung verlangt das Vertrauensniveau hoch und den Zugriff auf den Ausweis-Chip. Beides leistet nur der Online-Ausweis."),
        p("Eine mit ELSTER-Zertifikat angelegte BundID kann weiter genutzt werden: In den Kontoeinstellungen den Online-Ausweis als zusätzliche Anmeldeart hinzufügen."),
      ),
      keywords: ["ELSTER-Zertifikat", "BundID", "Vertrauensniveau", "Online-Ausweis erforderlich"],
      categories: ["Anmeldung", "Identifizierung"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-wa-chip-schreiben",
      type: "WORKAROUND",
      title: "Workaround: AusweisApp bricht beim Schreiben der neuen Adresse auf den Chip ab",
      shortAnswer:
        "Das passiert meist, wenn sich der Ausweis beim Schreiben bewegt. Bitte lassen Sie Ausweis und Smartphone ruhig aufeinander liegen, bis die AusweisApp den Erfolg meldet, das kann einige Sekunden dauern. Bricht es trotzdem ab, starten Sie den Schritt über den Link Adresse auf Ausweis schreiben in Ihrer Bestätigung erneut. Ihre Anmeldung ist zu diesem Zeitpunkt bereits abgeschickt und gültig.",
      bodyHtml: body(
        p("Problem: Nach dem Absenden der Anmeldung soll die Anschrift auf den Chip geschrieben werden; die AusweisApp meldet einen Abbruch."),
        ol([
          "Ausweis flach hinlegen, Smartphone darauflegen und bis zur Erfolgsmeldung nicht bewegen.",
          "Den Schritt über den Link in der Eingangsbestätigung im BundID-Postfach erneut starten.",
          "Klappt es wiederholt nicht: einen Kartenleser oder ein anderes Smartphone verwenden.",
          "Letzte Möglichkeit: Anschrift im Bürgerbüro auf den Chip schreiben lassen (gebührenfrei). Die Anmeldung selbst muss nicht wiederholt werden.",
        ]),
      ),
      keywords: ["Chip", "Adresse schreiben", "AusweisApp Abbruch", "Vor-Ort-Auslesen"],
      categories: ["Identifizierung", "Technik"],
      leikaKeys: [LEIKA.ausweisAdresse],
    },
    {
      key: "wsa-wa-foto-als-nachweis",
      type: "WORKAROUND",
      title: "Workaround: Wohnungsgeberbestätigung liegt nur auf Papier vor",
      shortAnswer:
        "Sie können die Bestätigung mit dem Smartphone fotografieren und als JPG hochladen, oder mit der Scanfunktion der Kamera-App ein PDF erstellen. Achten Sie darauf, dass das ganze Blatt und die Unterschrift lesbar sind. Eine Datei darf höchstens 10 MB groß sein. Hat Ihr Vermieter elektronisch bestätigt, geben Sie stattdessen das Zuordnungsmerkmal aus seiner Mitteilung ein.",
      bodyHtml: body(
        ol([
          "Blatt auf eine helle, ebene Fläche legen, bei gutem Licht ohne Blitz fotografieren.",
          "Besser: Scanfunktion der Kamera- oder Notiz-App nutzen, die Ränder automatisch zuschneidet und ein PDF erzeugt.",
          "Prüfen, ob Name des Wohnungsgebers, Anschrift, Einzugsdatum und Unterschrift lesbar sind.",
          "Datei unter 10 MB halten; bei Bedarf die Kameraauflösung verringern.",
        ]),
        p("Bei elektronischer Bestätigung durch den Vermieter genügt das Zuordnungsmerkmal; ein Upload ist dann nicht nötig."),
      ),
      keywords: ["Foto", "scannen", "Wohnungsgeberbestätigung hochladen", "Zuordnungsmerkmal", "Papier"],
      categories: ["Formular", "Technik"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-fahrzeugpapiere",
      type: "FAQ",
      title: "Muss ich nach dem Umzug auch die Adresse in den Fahrzeugpapieren ändern?",
      shortAnswer:
        "Ja. Wenn ein Fahrzeug auf Sie zugelassen ist, muss die neue Anschrift in die Zulassungsbescheinigung Teil I, also den Fahrzeugschein, eingetragen werden. Das erledigt die Wohnsitzanmeldung nicht automatisch. Sie können es online über die Kfz-Zulassungsbehörde oder vor Ort erledigen. Das kostet eine Gebühr. Ihr Kennzeichen können Sie bei einem Umzug behalten.",
      bodyHtml: body(
        ul([
          "Die Adressänderung in der Zulassungsbescheinigung Teil I ist Pflicht und gebührenpflichtig.",
          "Zuständig ist die Zulassungsbehörde des neuen Wohnorts; online über die internetbasierte Fahrzeugzulassung (i-Kfz) oder persönlich.",
          "Das bisherige Kennzeichen kann bei einem Umzug innerhalb Deutschlands behalten werden.",
          "Die Zulassungsbescheinigung Teil II (Fahrzeugbrief) muss nicht geändert werden.",
        ]),
      ),
      keywords: ["Fahrzeugschein", "Zulassungsbescheinigung Teil I", "Adressänderung Auto", "Kennzeichen behalten", "i-Kfz"],
      categories: ["Inhalt", "Verfahren"],
      leikaKeys: ANMELDUNG,
    },
    {
      key: "wsa-schulung-ablauf",
      type: "TRAINING",
      title: "Schulung: Digitale Wohnsitzanmeldung – der Ablauf in fünf Schritten",
      shortAnswer:
        "Der Ablauf hat fünf Schritte: neue Adresse eingeben und prüfen, ob die Gemeinde angeschlossen ist; mit BundID anmelden und mit dem Online-Ausweis ausweisen; Angaben zum Umzug und zu mitziehenden Personen machen; Wohnungsgeberbestätigung hochladen und absenden; neue Adresse auf den Chip schreiben. Die Meldebestätigung kommt ins BundID-Postfach, der Adressaufkleber per Post.",
      bodyHtml: body(
        ol([
          `${strong("Adresse eingeben:")} Der Dienst prüft, ob die Gemeinde angeschlossen ist. Wenn nicht: Anmeldung im Bürgerbüro.`,
          `${strong("Anmelden und ausweisen:")} BundID und Online-Ausweis (Vertrauensniveau hoch). ELSTER oder Benutzername und Passwort reichen nicht.`,
          `${strong("Angaben machen:")} Einzugsdatum, bisherige Anschrift, mitziehende Familienangehörige, Religionszugehörigkeit, gegebenenfalls Übermittlungssperren.`,
          `${strong("Nachweis und Absenden:")} Wohnungsgeberbestätigung hochladen oder Zuordnungsmerkmal eingeben.`,
          `${strong("Chip aktualisieren:")} Die AusweisApp schreibt die Anschrift auf den Ausweis.`,
        ]),
        h2("Grenzen des 1st Level"),
        ul([
          "keine Auskunft, ob die Anmeldung schon bearbeitet ist",
          "keine Bestätigung von Meldedaten am Telefon (siehe Schulung Melderegister)",
          "Fragen zu Sperren, Zweitwohnungsteuer oder Sonderfällen: an die Meldebehörde verweisen",
        ]),
      ),
      keywords: ["Schulung", "Ablauf", "fünf Schritte", "Wohnsitzanmeldung", "1st Level"],
      categories: ["Inhalt", "Verfahren", "Identifizierung"],
      leikaKeys: ALL,
    },
    {
      key: "wsa-schulung-melderegister",
      type: "TRAINING",
      title: "Schulung: Keine Auskünfte aus dem Melderegister am Telefon",
      shortAnswer:
        "Wir bestätigen am Telefon keine Adressen und keine Meldedaten, auch nicht zur eigenen Person, weil wir Anrufende nicht sicher identifizieren können. Wer die Adresse einer anderen Person braucht, beantragt eine Melderegisterauskunft bei der Meldebehörde, sie ist gebührenpflichtig. Wer Daten zu sich selbst braucht, beantragt eine Meldebescheinigung. Zu Auskunftssperren geben wir keinerlei Hinweise.",
      bodyHtml: body(
        ul([
          "Einfache Melderegisterauskunft: Name, Doktorgrad und Anschrift einer anderen Person, schriftlich oder online bei der Meldebehörde; gebührenpflichtig (zum Beispiel in München 10 bis 15 Euro).",
          "Erweiterte Melderegisterauskunft: nur bei berechtigtem Interesse.",
          "Meldebescheinigung: Nachweis über die eigenen Meldedaten.",
          "Auskunftssperre und Übermittlungssperre: weder bestätigen noch verneinen, ob eine Sperre besteht.",
        ]),
        p(`${strong("Merksatz:")} Am Telefon erklären wir Wege, wir geben keine Daten heraus.`),
      ),
      keywords: ["Melderegisterauskunft", "Datenschutz", "Auskunftssperre", "Adresse erfragen", "Schulung"],
      categories: ["Inhalt"],
      leikaKeys: ALL,
    },
    {
      key: "wsa-kind-getrennte-eltern",
      type: "FAQ",
      title: "Mein Kind zieht zum anderen Elternteil – wer meldet es an?",
      shortAnswer:
        "Die Anmeldung übernimmt der Elternteil, bei dem das Kind künftig wohnt. Bei gemeinsamem Sorgerecht ist in der Regel die Zustimmung des anderen Elternteils nötig. Online ist das nur möglich, wenn beide bisher unter derselben Anschrift gemeldet waren, sonst bitte im Bürgerbüro.",
      bodyHtml: body(p("In Prüfung: Abstimmung mit der Fachlichen Leitstelle Meldewesen zu den Zustimmungserfordernissen.")),
      keywords: ["Kind", "getrennte Eltern", "Sorgerecht", "Zustimmung"],
      categories: ["Inhalt"],
      leikaKeys: ANMELDUNG,
      status: "IN_REVIEW",
    },
  ];

  return drafts.map((d) => toArticle(SERVICE.wohnsitz, ALL, d));
}
