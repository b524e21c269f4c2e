import type { ReactNode, Ref } from "react";

/** KERN error line under a field; its id is referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">{message}</span>
    </p>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="kern-hint" id={id}>
      {children}
    </div>
  );
}

/** "(optional)" after a label, as KERN marks fields that need not be filled in. */
export function Optional() {
  return <span className="kern-label__optional"> (optional)</span>;
}

const describedBy = (...ids: (string | false | undefined | null)[]) => ids.filter(Boolean).join(" ") || undefined;

interface TextInputProps {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  hint?: ReactNode;
  error?: string;
  type?: "text" | "date" | "datetime-local";
  isOptional?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  autoComplete?: string;
}

/** KERN text input with label, hint and error. */
export function TextInput({ id, name, label, defaultValue, hint, error, type = "text", isOptional, inputRef, autoComplete = "off" }: TextInputProps) {
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {isOptional ? <Optional /> : null}
      </label>
      {hint ? <Hint id={`${id}-hinweis`}>{hint}</Hint> : null}
      <input
        ref={inputRef}
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}${type !== "text" ? " efa-input--auto" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null)}
      />
      <FieldError id={`${id}-fehler`} message={error} />
    </div>
  );
}

interface TextAreaProps {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  hint?: ReactNode;
  error?: string;
  rows?: number;
  isOptional?: boolean;
}

/** KERN multi-line input. */
export function TextArea({ id, name, label, defaultValue, hint, error, rows = 4, isOptional }: TextAreaProps) {
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {isOptional ? <Optional /> : null}
      </label>
      {hint ? <Hint id={`${id}-hinweis`}>{hint}</Hint> : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null)}
      />
      <FieldError id={`${id}-fehler`} message={error} />
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  /** a short explanation under the label, linked with aria-describedby */
  note?: string;
}

interface ChoiceGroupProps {
  /** id of the first input (error summary links focus it) */
  id: string;
  name: string;
  legend: string;
  choices: readonly Choice[];
  defaultValues: readonly string[];
  kind: "checkbox" | "radio";
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
  isHorizontal?: boolean;
}

/** A KERN fieldset of checkboxes or radio buttons. */
export function ChoiceGroup({ id, name, legend, choices, defaultValues, kind, hint, error, isOptional, isHorizontal }: ChoiceGroupProps) {
  const inputClass = kind === "checkbox" ? "kern-form-check__checkbox" : "kern-form-check__radio";
  return (
    <fieldset
      className={`kern-fieldset${error ? " kern-fieldset--error" : ""}`}
      aria-describedby={describedBy(hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null)}
    >
      <legend className="kern-label">
        {legend}
        {isOptional ? <Optional /> : null}
      </legend>
      {hint ? <Hint id={`${id}-hinweis`}>{hint}</Hint> : null}
      <div className={`kern-fieldset__body${isHorizontal ? " kern-fieldset__body--horizontal" : ""}`}>
        {choices.map((choice, index) => {
          const inputId = index === 0 ? id : `${id}-${index}`;
          const noteId = choice.note ? `${inputId}-erlaeuterung` : undefined;
          return (
            <div className={`kern-form-check${error ? " kern-form-check--error" : ""}`} key={choice.value}>
              <input
                className={`${inputClass}${error ? ` ${inputClass}--error` : ""}`}
                id={inputId}
                name={name}
                type={kind}
                value={choice.value}
                defaultChecked={defaultValues.includes(choice.value)}
                aria-describedby={noteId}
              />
              <label className="kern-label" htmlFor={inputId}>
                {choice.label}
              </label>
              {choice.note ? (
                <span className="efa-choice-note" id={noteId}>
                  {choice.note}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      <FieldError id={`${id}-fehler`} message={error} />
    </fieldset>
  );
}

interface SelectFieldProps {
  id: string;
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
}

/** KERN select. */
export function SelectField({ id, name, label, options, defaultValue, hint, error, isOptional }: SelectFieldProps) {
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {isOptional ? <Optional /> : null}
      </label>
      {hint ? <Hint id={`${id}-hinweis`}>{hint}</Hint> : null}
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          name={name}
          defaultValue={defaultValue}
          className={`kern-form-input__select${error ? " kern-form-input__select--error" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={`${id}-fehler`} message={error} />
    </div>
  );
}
