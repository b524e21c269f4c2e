import type { FieldDiff, RevisionComparison } from "@/lib/articles/compare-revisions";
import type { DiffPart } from "@/lib/articles/diff";
import { CATEGORY_LABELS, type Category } from "@/lib/articles/vocabulary";
import { formatDateTime } from "@/components/ui/format";
import { revisionStatusLabel } from "./labels";

interface RevisionDiffProps {
  comparison: RevisionComparison;
  leistungen: readonly { leikaKey: string; name: string }[];
  laender: readonly { ars: string; name: string }[];
  showInternalNote: boolean;
}

export type Side = "from" | "to";
type Meta = RevisionComparison["from"];

function metaLine(m: Meta): string {
  return `${revisionStatusLabel(m.status)}, ${formatDateTime(m.createdAt)} Uhr${m.author ? `, ${m.author}` : ""}`;
}

/** One side of a text diff: the left keeps removed words (struck through), the right added ones (underlined). */
export function TextSide({ parts, side }: { parts: readonly DiffPart[]; side: Side }) {
  const shown = parts.filter((p) => p.kind === "same" || p.kind === (side === "from" ? "removed" : "added"));
  if (shown.length === 0) return <p className="kern-body efa-diff__empty">(leer)</p>;
  return (
    <p className="kern-body efa-diff__text">
      {shown.map((p, i) =>
        p.kind === "same" ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === "removed" ? (
          <del key={i} className="efa-diff__del">
            <span className="kern-sr-only">[entfernt: </span>
            {p.text}
            <span className="kern-sr-only">]</span>
          </del>
        ) : (
          <ins key={i} className="efa-diff__ins">
            <span className="kern-sr-only">[hinzugefügt: </span>
            {p.text}
            <span className="kern-sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}

export function ListSide({ diff, side, label }: { diff: Extract<FieldDiff, { kind: "list" }>["list"]; side: Side; label: (value: string) => string }) {
  const changed = side === "from" ? diff.removed : diff.added;
  if (diff.kept.length === 0 && changed.length === 0) return <p className="kern-body efa-diff__empty">(keine)</p>;
  return (
    <ul className="kern-list efa-diff__list">
      {diff.kept.map((v) => (
        <li key={`k-${v}`}>{label(v)}</li>
      ))}
      {changed.map((v) =>
        side === "from" ? (
          <li key={`r-${v}`}>
            <del className="efa-diff__del">
              <span className="kern-sr-only">[entfernt: </span>
              {label(v)}
              <span className="kern-sr-only">]</span>
            </del>
          </li>
        ) : (
          <li key={`a-${v}`}>
            <ins className="efa-diff__ins">
              <span className="kern-sr-only">[hinzugefügt: </span>
              {label(v)}
              <span className="kern-sr-only">]</span>
            </ins>
          </li>
        ),
      )}
    </ul>
  );
}

/**
 * Field-by-field comparison in two columns (older left, newer right). Changes are marked by
 * strike-through / underline and spoken words for screen readers, not by colour alone; unchanged fields
 * are listed in one line.
 */
export function RevisionDiff({ comparison, leistungen, laender, showInternalNote }: RevisionDiffProps) {
  const leistung = new Map(leistungen.map((l) => [l.leikaKey, l.name]));
  const land = new Map(laender.map((l) => [l.ars, l.name]));
  const labelFor = (field: string) => (value: string): string => {
    if (field === "categories") return Object.hasOwn(CATEGORY_LABELS, value) ? CATEGORY_LABELS[value as Category] : value;
    if (field === "leikaKeys") return `${leistung.get(value) ?? "Leistung"} (${value})`;
    if (field === "affected") return land.get(value) ?? value;
    return value;
  };
  const fields = comparison.fields.filter((f) => showInternalNote || f.field !== "internalNote");
  const changed = fields.filter((f) => f.isChanged);
  const unchanged = fields.filter((f) => !f.isChanged);
  const { from, to } = comparison;

  return (
    <div className="kern-stack-lg">
      <p className="kern-body">
        Vorher: Version {from.number} ({metaLine(from)}). Nachher: Version {to.number} ({metaLine(to)}). Entfernte Wörter sind in der
        vorherigen Version <del className="efa-diff__del">durchgestrichen</del>, hinzugefügte in der neuen{" "}
        <ins className="efa-diff__ins">unterstrichen</ins>.
      </p>

      {changed.length === 0 ? (
        <p className="kern-body efa-empty-state">Die beiden Versionen haben denselben Inhalt.</p>
      ) : (
        changed.map((f) => (
          <section key={f.field} className="efa-diff" aria-labelledby={`diff-${f.field}`}>
            <h2 className="kern-heading-small" id={`diff-${f.field}`}>
              {f.label}
            </h2>
            <div className="efa-diff__columns">
              {(["from", "to"] as const).map((side) => (
                <div key={side} className="efa-diff__column">
                  <h3 className="kern-label efa-diff__side">
                    Version {comparison[side].number}
                    <span className="kern-body kern-body--small efa-cell-note">{side === "from" ? "vorher" : "nachher"}</span>
                  </h3>
                  {f.kind === "text" ? <TextSide parts={f.parts} side={side} /> : <ListSide diff={f.list} side={side} label={labelFor(f.field)} />}
                </div>
              ))}
            </div>
          </section>
        ))
      )}

      {unchanged.length > 0 ? (
        <p className="kern-body">
          <strong>Unverändert:</strong> {unchanged.map((f) => f.label).join(", ")}
        </p>
      ) : null}
    </div>
  );
}
