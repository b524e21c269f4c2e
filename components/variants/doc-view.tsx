import type { JSONContent } from "@tiptap/core";
import type { ReactNode } from "react";
import { isAllowedHref } from "@/lib/editor/extensions";

/**
 * An editor document (lib/editor/extensions.ts: paragraphs, headings, lists, bold, italic, links, line
 * breaks) as React elements. The variant editor's live preview renders documents in the browser and during
 * server rendering, where tiptap's HTML serialiser has no DOM; the markup is the one lib/editor/server.ts
 * produces (doc-view.test.ts compares them). React escapes all text; links keep only allowed addresses.
 */
export function DocView({ doc }: { doc: JSONContent }) {
  return <>{renderChildren(doc)}</>;
}

function renderChildren(node: JSONContent): ReactNode[] {
  return (node.content ?? []).map((child, i) => renderNode(child, i));
}

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;

function renderNode(node: JSONContent, key: number): ReactNode {
  switch (node.type) {
    case "text":
      return <TextRun key={key} node={node} />;
    case "paragraph":
      return <p key={key}>{renderChildren(node)}</p>;
    case "heading": {
      const level = typeof node.attrs?.level === "number" ? Math.min(Math.max(node.attrs.level, 1), 6) : 2;
      const H = HEADINGS[level - 1] ?? "h2";
      return <H key={key}>{renderChildren(node)}</H>;
    }
    case "bulletList":
      return <ul key={key}>{renderChildren(node)}</ul>;
    case "orderedList": {
      const start = typeof node.attrs?.start === "number" && node.attrs.start !== 1 ? node.attrs.start : undefined;
      return (
        <ol key={key} start={start}>
          {renderChildren(node)}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{renderChildren(node)}</li>;
    case "hardBreak":
      return <br key={key} />;
    default:
      // not part of the editor schema (the server rejects such documents): keep the text, drop the element
      return <span key={key}>{renderChildren(node)}</span>;
  }
}

function TextRun({ node }: { node: JSONContent }) {
  let out: ReactNode = node.text ?? "";
  // innermost mark first, as tiptap serialises them
  for (const mark of [...(node.marks ?? [])].reverse()) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link") {
      const href = mark.attrs?.href;
      out = typeof href === "string" && isAllowedHref(href) ? <a href={href}>{out}</a> : out;
    }
  }
  return <>{out}</>;
}
