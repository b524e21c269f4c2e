// Land and Kommune variants: how co-using Länder and their Kommunen adapt and extend the base
// articles. München texts derive from the Munich service catalogue (corpus, EUPL-1.2); the other
// local contacts, opening hours and addresses are fictitious demo data (example domains).

import { blocksOf, pickBlock } from "./article";
import type { Corpus } from "./corpus";
import { a, body, h3, htmlToText, p, strong, ul } from "./html";
import { ARS } from "./structure";
import type { BundleVariant, VariantChanges } from "./types";

const replace = (text: string): { mode: "replace"; text: string } => ({ mode: "replace", text });
const append = (text: string): { mode: "append"; text: string } => ({ mode: "append", text });
const replaceHtml = (html: string): { mode: "replace"; html: string } => ({ mode: "replace", html });
const appendHtml = (html: string): { mode: "append"; html: string } => ({ mode: "append", html });

function variant(key: string, parent: string, regionArs: string, changes: VariantChanges): BundleVariant {
  return { key, parent, regionArs, changes, status: "PUBLISHED" };
}

/** Plain text of a corpus fee block, e.g. "50 bis 60 Euro (abhängig von der Rechtsform)". */
function feeText(corpus: Corpus, munichId: string): string {
  const text = htmlToText(corpus.munich(munichId).feesHtml);
  if (!/\d/.test(text)) throw new Error(`Korpus: keine Gebühr bei ${munichId}`);
  return text;
}

/** The "ab ... Euro" part of a corpus fee text. */
function amount(fee: string): string {
  const hit = /ab [\d,]+ Euro/.exec(fee);
  if (hit === null) throw new Error(`Korpus: kein Betrag in "${fee}"`);
  return hit[0];
}

/** All variants of the demo knowledge base. */
export function buildVariants(corpus: Corpus): BundleVariant[] {
  const kfz = corpus.munich("1064121");
  const kfzFees = blocksOf(kfz.feesHtml).map(htmlToText);
  const [kfzOnline, kfzVorOrt] = kfzFees;
  if (kfzOnline === undefined || kfzVorOrt === undefined) throw new Error("Korpus: Gebühren Fahrzeugpapiere unvollständig");
  const gwAnmeldung = feeText(corpus, "1063423");
  const gwUmmeldung = feeText(corpus, "1063422");
  const gwAbmeldung = feeText(corpus, "1063435");
  const gwZweitschrift = feeText(corpus, "10374641");
  const gwMuenchen = corpus.munich("1063423").descriptionHtml;

  return [
    // Elterngeld digital: who handles Elterngeld differs from Land to Land.
    variant("eg-zustaendigkeit-hessen", "eg-zustaendigkeit", ARS.hessen, {
      title: replace("Welches Amt für Versorgung und Soziales ist in Hessen für mein Elterngeld zuständig?"),
      shortAnswer: replace(
        "In Hessen bearbeiten die Hessischen Ämter für Versorgung und Soziales das Elterngeld. Zuständig ist das Amt, in dessen Bezirk Sie wohnen. Elterngeld digital wählt das richtige Amt anhand Ihrer Postleitzahl aus und zeigt es am Ende des Antrags an. Die Kontaktdaten stehen auch in Ihrer Eingangsbestätigung.",
      ),
      bodyHtml: replaceHtml(
        body(
          p("In Hessen ist das Elterngeld den Hessischen Ämtern für Versorgung und Soziales übertragen. Standorte:"),
          ul(["Darmstadt", "Frankfurt am Main", "Fulda", "Gießen", "Kassel", "Wiesbaden"]),
          p("Die Zuordnung erfolgt nach dem Wohnort. Elterngeld digital übermittelt elektronisch abgeschickte Anträge direkt an das zuständige Amt."),
        ),
      ),
      keywords: { mode: "append", items: ["Amt für Versorgung und Soziales", "Versorgungsamt", "Hessen"] },
    }),
    variant("eg-zustaendigkeit-bayern", "eg-zustaendigkeit", ARS.bayern, {
      shortAnswer: replace(
        "In Bayern ist das Zentrum Bayern Familie und Soziales, kurz ZBFS, für das Elterngeld zuständig. Ihren Antrag bearbeitet die Region des ZBFS, in deren Gebiet Sie wohnen. Elterngeld digital ermittelt die zuständige Stelle aus Ihrer Postleitzahl. Die Kontaktdaten stehen am Ende des Antrags und in Ihrer Eingangsbestätigung.",
      ),
      bodyHtml: replaceHtml(
        body(
          p("Elterngeldstelle in Bayern ist das Zentrum Bayern Familie und Soziales (ZBFS) mit seinen Regionalstellen in den Regierungsbezirken."),
          p("Elektronisch abgeschickte Anträge gehen direkt an die zuständige Region. Papieranträge bitte an die in der Eingangsbestätigung genannte Anschrift senden."),
        ),
      ),
      keywords: { mode: "append", items: ["ZBFS", "Zentrum Bayern Familie und Soziales"] },
    }),
    variant("eg-zustaendigkeit-nrw", "eg-zustaendigkeit", ARS.nrw, {
      shortAnswer: replace(
        "In Nordrhein-Westfalen sind die Elterngeldstellen der Kreise und kreisfreien Städte zuständig, in einigen großen Städten auch die Stadt selbst. Elterngeld digital ermittelt die richtige Stelle aus Ihrer Postleitzahl. Die Kontaktdaten stehen am Ende des Antrags und in Ihrer Eingangsbestätigung.",
      ),
      bodyHtml: replaceHtml(
        body(
          p("In Nordrhein-Westfalen führen die Kreise, die kreisfreien Städte und einige große kreisangehörige Städte das Elterngeld aus. Die Elterngeldstelle ist meist beim Jugendamt angesiedelt."),
          p("Elektronisch abgeschickte Anträge gehen direkt an die zuständige Elterngeldstelle."),
        ),
      ),
    }),
    variant("eg-zustaendigkeit-nrw-koeln", "eg-zustaendigkeit-nrw", ARS.koeln, {
      shortAnswer: append(
        "Für Köln ist die Elterngeldstelle der Stadt Köln zuständig. Telefonisch erreichen Sie sie montags, dienstags und donnerstags von 8 bis 12 Uhr.",
      ),
      bodyHtml: appendHtml(
        body(
          h3("Elterngeldstelle der Stadt Köln"),
          ul([
            "Telefonische Sprechzeiten: Mo, Di und Do 8:00 bis 12:00 Uhr",
            `E-Mail: ${a("mailto:elterngeld@stadt-koeln.example", "elterngeld@stadt-koeln.example")}`,
            "Persönliche Beratung nur mit Termin",
          ]),
        ),
      ),
      keywords: { mode: "append", items: ["Köln", "Elterngeldstelle Köln"] },
    }),
    variant("eg-zustaendigkeit-nrw-duesseldorf", "eg-zustaendigkeit-nrw", ARS.duesseldorf, {
      shortAnswer: append(
        "Für Düsseldorf ist die Elterngeldstelle der Landeshauptstadt Düsseldorf zuständig. Offene Sprechstunde ohne Termin ist mittwochs von 8 bis 12 Uhr.",
      ),
      bodyHtml: appendHtml(
        body(
          h3("Elterngeldstelle der Landeshauptstadt Düsseldorf"),
          ul([
            "Offene Sprechstunde: Mi 8:00 bis 12:00 Uhr, sonst mit Termin",
            `E-Mail: ${a("mailto:elterngeld@duesseldorf.example", "elterngeld@duesseldorf.example")}`,
          ]),
        ),
      ),
    }),
    variant("eg-zustaendigkeit-hessen-frankfurt", "eg-zustaendigkeit-hessen", ARS.frankfurt, {
      shortAnswer: append("Für Frankfurt am Main ist das Amt für Versorgung und Soziales Frankfurt zuständig."),
      bodyHtml: appendHtml(
        body(
          h3("Frankfurt am Main"),
          p(`Zuständig: Amt für Versorgung und Soziales Frankfurt. Ergänzende Beratung zu Elterngeld und Elternzeit bietet die Familienberatung der Stadt Frankfurt am Main, ${a("mailto:familienberatung@frankfurt.example", "familienberatung@frankfurt.example")}.`),
        ),
      ),
    }),
    variant("eg-bearbeitungsdauer-nrw", "eg-bearbeitungsdauer", ARS.nrw, {
      bodyHtml: appendHtml(
        body(
          h3("In Nordrhein-Westfalen zusätzlich"),
          p("Den Bearbeitungsstand nennt ausschließlich die Elterngeldstelle der Stadt oder des Kreises. Die Telefonnummer steht in der Eingangsbestätigung. Bitte keine Tickets an den 2nd Level zum Bearbeitungsstand."),
        ),
      ),
    }),

    // Unterhaltsvorschuss online
    variant("uv-zustaendigkeit-muenchen", "uv-zustaendigkeit", ARS.muenchen, {
      shortAnswer: append("In München ist das die Unterhaltsvorschussstelle des Stadtjugendamts im Sozialreferat."),
      bodyHtml: appendHtml(
        body(
          h3("Landeshauptstadt München"),
          ul([
            "Unterhaltsvorschussstelle des Stadtjugendamts (Sozialreferat)",
            `E-Mail: ${a("mailto:unterhaltsvorschuss@muenchen.example", "unterhaltsvorschuss@muenchen.example")}`,
            "Persönliche Vorsprache nur mit Termin",
          ]),
        ),
      ),
      keywords: { mode: "append", items: ["Stadtjugendamt", "Sozialreferat", "München"] },
    }),
    variant("uv-zustaendigkeit-nuernberg", "uv-zustaendigkeit", ARS.nuernberg, {
      shortAnswer: append("In Nürnberg ist das die Unterhaltsvorschussstelle des Jugendamts der Stadt Nürnberg."),
      bodyHtml: appendHtml(
        body(
          h3("Stadt Nürnberg"),
          ul([
            "Unterhaltsvorschussstelle des Jugendamts der Stadt Nürnberg",
            "Telefonische Erreichbarkeit: Mo bis Fr 8:30 bis 12:00 Uhr, Do zusätzlich 14:00 bis 16:00 Uhr",
            `E-Mail: ${a("mailto:uvg@nuernberg.example", "uvg@nuernberg.example")}`,
          ]),
        ),
      ),
    }),
    variant("uv-unterlagen-hessen", "uv-unterlagen", ARS.hessen, {
      bodyHtml: appendHtml(
        body(
          h3("In Hessen zusätzlich"),
          p("Für Kinder ab 12 Jahren bitte gleich mit hochladen: den aktuellen Bescheid über Leistungen nach dem SGB II oder, wenn kein solcher Bezug besteht, Einkommensnachweise des alleinerziehenden Elternteils der letzten drei Monate. Das vermeidet Rückfragen der Jugendämter."),
        ),
      ),
      keywords: { mode: "append", items: ["Einkommensnachweis", "Kind ab 12"] },
    }),
    variant("uv-verfuegbarkeit-nrw", "uv-verfuegbarkeit", ARS.nrw, {
      shortAnswer: replace(
        "Ja. In Nordrhein-Westfalen können Sie Unterhaltsvorschuss online beantragen. Den Einstieg finden Sie im Serviceportal des Landes und auf den Seiten Ihrer Stadt oder Ihres Kreises. Zuständig ist das Jugendamt am Wohnort des Kindes. Ist es noch nicht angeschlossen, zeigt der Dienst das nach Eingabe der Adresse an, dann erhalten Sie beim Jugendamt den Papierantrag.",
      ),
      categories: { mode: "append", items: ["Verfahren"] },
    }),

    // Digitale Wohnsitzanmeldung
    variant("wsa-fahrzeugpapiere-muenchen", "wsa-fahrzeugpapiere", ARS.muenchen, {
      shortAnswer: append(
        `In München kostet die Adressänderung in den Fahrzeugpapieren online ${amount(kfzOnline)}, vor Ort ${amount(kfzVorOrt)}. Wenn Sie sich im Bürgerbüro anmelden, können Sie die Fahrzeugpapiere dort gleich berichtigen lassen.`,
      ),
      bodyHtml: appendHtml(
        body(
          h3("Landeshauptstadt München"),
          pickBlock(kfz.descriptionHtml, "Wenn Sie Ihren neuen Wohnsitz in einem der Bürgerbüros anmelden"),
          kfz.feesHtml,
        ),
      ),
      keywords: { mode: "append", items: ["Kreisverwaltungsreferat", "KVR"] },
    }),
    variant("wsa-verfuegbarkeit-nrw", "wsa-verfuegbarkeit", ARS.nrw, {
      shortAnswer: append("In Nordrhein-Westfalen zusätzlich: Welche Städte und Gemeinden teilnehmen, steht auch im Serviceportal des Landes."),
      bodyHtml: appendHtml(
        body(
          h3("In Nordrhein-Westfalen zusätzlich"),
          p(`Die Liste der angeschlossenen Meldebehörden pflegt die Fachkoordination Meldewesen NRW im ${a("https://serviceportal.nrw.example/wohnsitzanmeldung", "Serviceportal des Landes")}.`),
        ),
      ),
    }),
    variant("wsa-verfuegbarkeit-nrw-duesseldorf", "wsa-verfuegbarkeit-nrw", ARS.duesseldorf, {
      bodyHtml: appendHtml(
        body(
          h3("Landeshauptstadt Düsseldorf"),
          p("Düsseldorf ist an die Digitale Wohnsitzanmeldung angeschlossen. Wer vor Ort anmelden möchte, bucht einen Termin in einem der Bürgerbüros."),
          ul([
            "Bürgerbüros: Mo bis Fr 7:30 bis 13:00 Uhr, Do zusätzlich 14:00 bis 18:00 Uhr, nur mit Termin",
            `Kontakt: ${a("mailto:buergerbuero@duesseldorf.example", "buergerbuero@duesseldorf.example")}`,
          ]),
        ),
      ),
      keywords: { mode: "append", items: ["Düsseldorf", "Bürgerbüro Düsseldorf"] },
    }),
    variant("wsa-meldebestaetigung-frankfurt", "wsa-meldebestaetigung", ARS.frankfurt, {
      bodyHtml: appendHtml(
        body(
          h3("Stadt Frankfurt am Main"),
          p(`Meldebescheinigungen auf Papier stellen die Bürgerämter aus (nur mit Termin). Rückfragen zu einer Online-Anmeldung: ${a("mailto:buergeramt@frankfurt.example", "buergeramt@frankfurt.example")}.`),
        ),
      ),
    }),
    variant("wsa-wohnungsgeberbestaetigung-muenchen", "wsa-wohnungsgeberbestaetigung", ARS.muenchen, {
      bodyHtml: appendHtml(
        body(
          h3("Landeshauptstadt München"),
          p("Die Vordrucke Wohnungsgeberbestätigung und Erklärung zur fehlenden Wohnungsgeberbestätigung stellt das Kreisverwaltungsreferat auf stadt.muenchen.de bereit. Die Erklärung wird bei der persönlichen Anmeldung im Bürgerbüro abgegeben; dafür ist ein Termin nötig."),
        ),
      ),
      keywords: { mode: "append", items: ["Kreisverwaltungsreferat", "KVR", "Bürgerbüro München"] },
    }),

    // Gewerbe-Service online
    variant("gw-kosten-muenchen", "gw-kosten", ARS.muenchen, {
      shortAnswer: replace(
        `In München kostet die Gewerbe-Anmeldung ${gwAnmeldung}. Eine Ummeldung kostet ${gwUmmeldung}, eine Abmeldung ${gwAbmeldung} und eine Zweitschrift der Gewerbemeldung ${gwZweitschrift}. Sie bezahlen online am Ende des Antrags.`,
      ),
      bodyHtml: replaceHtml(
        body(
          p(strong("Gebühren der Landeshauptstadt München")),
          ul([`Gewerbe-Anmeldung: ${gwAnmeldung}`, `Gewerbe-Ummeldung: ${gwUmmeldung}`, `Gewerbe-Abmeldung: ${gwAbmeldung}`, `Zweitschrift der Gewerbemeldung: ${gwZweitschrift}`]),
          p("Für erlaubnispflichtige Gewerbe kommen die Gebühren der Erlaubnis hinzu."),
        ),
      ),
      keywords: { mode: "append", items: ["Gebühr München", "Rechtsform"] },
    }),
    variant("gw-ablauf-muenchen", "gw-ablauf", ARS.muenchen, {
      shortAnswer: replace(
        "In München melden Sie Ihr Gewerbe in fünf Schritten online an: Anmeldung starten, mit der BayernID anmelden, Unterlagen hochladen, online zahlen und den Gewerbeschein per Post erhalten. Wenn Sie noch keine BayernID haben, registrieren Sie sich in wenigen Minuten mit Benutzername und Passwort. Der Online-Ausweis ist nicht erforderlich.",
      ),
      bodyHtml: replaceHtml(gwMuenchen),
      keywords: { mode: "append", items: ["BayernID", "Münchner Gründungsbüro"] },
    }),
    variant("gw-zahlungsarten-koeln", "gw-zahlungsarten", ARS.koeln, {
      shortAnswer: append(
        "In Köln zusätzlich: Klappt die Online-Zahlung nicht, können Sie im Antrag Zahlung auf Rechnung wählen und die Gebühr nach Erhalt des Gebührenbescheids überweisen.",
      ),
      bodyHtml: appendHtml(body(h3("Stadt Köln"), p("Die Stadt Köln bietet zusätzlich die Zahlung auf Rechnung an. Der Antrag wird dann sofort abgeschickt; der Gebührenbescheid kommt mit dem Gewerbeschein."))),
    }),
    variant("gw-zweitschrift-wiesbaden", "gw-zweitschrift", ARS.wiesbaden, {
      shortAnswer: append("In Wiesbaden können Sie die Zweitschrift auch persönlich im Gewerbeamt abholen, bitte vereinbaren Sie dafür einen Termin."),
      bodyHtml: appendHtml(
        body(
          h3("Landeshauptstadt Wiesbaden"),
          p(`Gewerbeamt Wiesbaden: Terminvereinbarung online oder per E-Mail an ${a("mailto:gewerbeamt@wiesbaden.example", "gewerbeamt@wiesbaden.example")}.`),
        ),
      ),
    }),
  ];
}
