"use client";

import type { Editor, JSONContent } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { editorExtensions, isAllowedHref } from "@/lib/editor/extensions";
import { FieldError } from "./form-controls";

export interface EditorHandle {
  getJSON: () => JSONContent | null;
}

interface RichTextEditorProps {
  /** id of the editable area (error summary links focus it) */
  id: string;
  labelId: string;
  hintId?: string;
  /** initial content: the server-sanitised HTML of the revision (parsed with the same extensions) */
  initialHtml: string;
  /** initial content as an editor document (takes precedence over initialHtml) */
  initialDoc?: JSONContent | null;
  error?: string;
  handleRef: RefObject<EditorHandle | null>;
  /** called with the document after every change (e.g. for a live preview) */
  onChange?: (doc: JSONContent) => void;
}

interface ToolState {
  h2: boolean;
  h3: boolean;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

type Tool = { key: string; label: string; pressed?: keyof ToolState; disabled?: keyof ToolState; run: (editor: Editor) => void };

const TOOLS: readonly Tool[] = [
  { key: "h2", label: "Überschrift", pressed: "h2", run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { key: "h3", label: "Unterüberschrift", pressed: "h3", run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { key: "bold", label: "Fett", pressed: "bold", run: (e) => e.chain().focus().toggleBold().run() },
  { key: "italic", label: "Kursiv", pressed: "italic", run: (e) => e.chain().focus().toggleItalic().run() },
  { key: "bulletList", label: "Aufzählung", pressed: "bulletList", run: (e) => e.chain().focus().toggleBulletList().run() },
  { key: "orderedList", label: "Nummerierung", pressed: "orderedList", run: (e) => e.chain().focus().toggleOrderedList().run() },
  { key: "link", label: "Link", pressed: "link", run: () => undefined },
  { key: "undo", label: "Rückgängig", disabled: "canUndo", run: (e) => e.chain().focus().undo().run() },
  { key: "redo", label: "Wiederholen", disabled: "canRedo", run: (e) => e.chain().focus().redo().run() },
];

const LINK_ERROR = "Link: bitte eine vollständige Adresse angeben, die mit https://, http://, mailto: oder tel: beginnt.";

/**
 * The answer editor: tiptap with exactly the shared extension list (lib/editor/extensions.ts), a toolbar
 * (roving focus with the arrow keys, state via aria-pressed) and a small field for link addresses.
 */
export function RichTextEditor({ id, labelId, hintId, initialHtml, initialDoc, error, handleRef, onChange }: RichTextEditorProps) {
  const errorId = `${id}-fehler`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const editor = useEditor({
    extensions: editorExtensions,
    content: initialDoc ?? (initialHtml || ""),
    immediatelyRender: false,
    onUpdate: ({ editor: e }) => onChangeRef.current?.(e.getJSON()),
    editorProps: {
      attributes: {
        id,
        class: "efa-editor__content",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": "true" } : {}),
      },
    },
  });

  // Field errors change after a save attempt; the editable element gets them as attributes.
  useEffect(() => {
    if (!editor) return;
    editor.setOptions({
      editorProps: {
        attributes: {
          id,
          class: "efa-editor__content",
          role: "textbox",
          "aria-multiline": "true",
          "aria-labelledby": labelId,
          ...(describedBy ? { "aria-describedby": describedBy } : {}),
          ...(error ? { "aria-invalid": "true" } : {}),
        },
      },
    });
  }, [editor, id, labelId, describedBy, error]);

  useEffect(() => {
    handleRef.current = { getJSON: () => (editor ? editor.getJSON() : null) };
  }, [editor, handleRef]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }): ToolState | null =>
      e
        ? {
            h2: e.isActive("heading", { level: 2 }),
            h3: e.isActive("heading", { level: 3 }),
            bold: e.isActive("bold"),
            italic: e.isActive("italic"),
            bulletList: e.isActive("bulletList"),
            orderedList: e.isActive("orderedList"),
            link: e.isActive("link"),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null,
  });

  const [focusIndex, setFocusIndex] = useState(0);
  const buttonRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [isLinkOpen, setIsLinkOpen] = useState(false);

  function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = TOOLS.length - 1;
    let next: number | null = null;
    if (event.key === "ArrowRight") next = focusIndex === last ? 0 : focusIndex + 1;
    else if (event.key === "ArrowLeft") next = focusIndex === 0 ? last : focusIndex - 1;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = last;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttonRefs.current[next]?.focus();
  }

  return (
    <div className={`efa-editor${error ? " efa-editor--error" : ""}`}>
      <div className="efa-editor__toolbar" role="toolbar" aria-label="Formatierung der Antwort" aria-controls={id} onKeyDown={onToolbarKeyDown}>
        {TOOLS.map((tool, index) => {
          const isPressed = tool.pressed && state ? state[tool.pressed] : false;
          const isDisabled = !editor || (tool.disabled && state ? !state[tool.disabled] : false);
          return (
            <button
              key={tool.key}
              ref={(el) => {
                buttonRefs.current[index] = el;
              }}
              type="button"
              className="efa-editor__tool"
              tabIndex={index === focusIndex ? 0 : -1}
              aria-pressed={tool.pressed ? isPressed : undefined}
              aria-disabled={isDisabled || undefined}
              aria-expanded={tool.key === "link" ? isLinkOpen : undefined}
              onFocus={() => setFocusIndex(index)}
              onClick={() => {
                if (!editor || isDisabled) return;
                if (tool.key === "link") setIsLinkOpen((open) => !open);
                else tool.run(editor);
              }}
            >
              {tool.label}
            </button>
          );
        })}
      </div>
      {isLinkOpen && editor ? <LinkPanel editor={editor} onClose={() => setIsLinkOpen(false)} fieldId={`${id}-link`} /> : null}
      <EditorContent editor={editor} />
      {!editor ? (
        <p className="kern-body kern-body--small efa-editor__loading" aria-hidden="true">
          Editor wird geladen …
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

interface LinkPanelProps {
  editor: Editor;
  fieldId: string;
  onClose: () => void;
}

/** Address field for a link on the selected text (or the link under the cursor). Escape closes it. */
function LinkPanel({ editor, fieldId, onClose }: LinkPanelProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const current = editor.getAttributes("link").href;
  const [value, setValue] = useState(typeof current === "string" ? current : "https://");
  const [linkError, setLinkError] = useState<string | null>(null);
  const hasLink = editor.isActive("link");

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply() {
    const href = value.trim();
    if (!isAllowedHref(href) || /^(https?:)\/?\/?$/i.test(href)) {
      setLinkError(LINK_ERROR);
      inputRef.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !hasLink) {
      chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  }

  return (
    <div
      className="efa-editor__link kern-stack-sm"
      role="group"
      aria-label="Link einfügen oder ändern"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          close();
        }
      }}
    >
      <div className={`kern-form-input${linkError ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor={fieldId} id={`${fieldId}-label`}>
          Adresse des Links
        </label>
        <div className="kern-hint" id={`${fieldId}-hinweis`}>
          Zum Beispiel https://www.example.de, mailto:post@example.de oder tel:115. Ohne markierten Text wird die Adresse selbst eingefügt.
        </div>
        <input
          ref={inputRef}
          id={fieldId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          className={`kern-form-input__input${linkError ? " kern-form-input__input--error" : ""}`}
          value={value}
          aria-invalid={linkError ? true : undefined}
          aria-describedby={`${fieldId}-hinweis${linkError ? ` ${fieldId}-fehler` : ""}`}
          onChange={(e) => {
            setValue(e.target.value);
            setLinkError(null);
          }}
          onKeyDown={(event) => {
            // Enter would submit the surrounding article form.
            if (event.key === "Enter") {
              event.preventDefault();
              apply();
            }
          }}
        />
        <FieldError id={`${fieldId}-fehler`} message={linkError ?? undefined} />
      </div>
      <div className="kern-flex kern-flex-wrap kern-gap-sm">
        <button type="button" className="kern-btn kern-btn--primary kern-btn--x-small" onClick={apply}>
          <span className="kern-label">Link übernehmen</span>
        </button>
        {hasLink ? (
          <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={remove}>
            <span className="kern-label">Link entfernen</span>
          </button>
        ) : null}
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={close}>
          <span className="kern-label">Abbrechen</span>
        </button>
      </div>
    </div>
  );
}
