import type { JSONContent } from "@tiptap/core";
import type { EffectiveContent } from "@/lib/variants/effective-content";
import type { EffectiveView } from "@/lib/variants/present-effective";

/** A piece of text and the level of the chain that wrote it ("base", "land", "kommune"). */
export interface DisplayPart {
  level: string;
  orgName: string;
  text: string;
}

/** A piece of the answer: server-rendered HTML (variant page) or an editor document (live preview). */
export interface DisplaySegment {
  level: string;
  orgName: string;
  html?: string;
  doc?: JSONContent;
}

/** Effective content as the article display shows it, whichever side computed it. */
export interface EffectiveDisplay {
  title: string;
  shortAnswerParts: DisplayPart[];
  bodySegments: DisplaySegment[];
  keywords: string[];
  categories: string[];
  contactHintsParts: DisplayPart[];
  /** "YYYY-MM-DD" */
  validFrom: string | null;
  validUntil: string | null;
}

export function displayFromView(v: EffectiveView): EffectiveDisplay {
  return {
    title: v.title,
    shortAnswerParts: v.shortAnswerParts,
    bodySegments: v.bodySegments,
    keywords: v.keywords,
    categories: v.categories,
    contactHintsParts: v.contactHintsParts,
    validFrom: v.validFrom,
    validUntil: v.validUntil,
  };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function displayFromContent(c: EffectiveContent): EffectiveDisplay {
  return {
    title: c.title.text,
    shortAnswerParts: c.shortAnswer.parts,
    bodySegments: c.body,
    keywords: c.keywords,
    categories: c.categories,
    contactHintsParts: c.contactHints?.parts ?? [],
    validFrom: day(c.validFrom),
    validUntil: day(c.validUntil),
  };
}

/**
 * How a part is marked: the base's own text is not marked; a region's text is "Fassung für …" when it
 * stands alone (it replaced the parent's) and "Ergänzung für …" when it follows the parent's text.
 */
export function partLabel(part: { level: string; orgName: string }, index: number): string | null {
  if (part.level === "base") return null;
  return index === 0 ? `Fassung für ${part.orgName}` : `Ergänzung für ${part.orgName}`;
}
