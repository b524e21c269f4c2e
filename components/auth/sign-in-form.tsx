"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type MouseEvent, type Ref } from "react";
import { SIGN_IN_UNAVAILABLE, signInErrorMessage } from "./sign-in-messages";

type Field = "email" | "password";
type FieldErrors = Partial<Record<Field, string>>;

interface SignInFormProps {
  /** Already checked by the page (safeCallbackUrl): a path inside the app. */
  callbackUrl: string;
  oidc: { id: "oidc"; name: string } | null;
  /** Message for an error that came back in the URL (e.g. after the OIDC round trip). */
  initialError: string | null;
}

const FIELD_IDS: Record<Field, string> = { email: "anmelden-email", password: "anmelden-passwort" };
const FIELD_ORDER: readonly Field[] = ["email", "password"];

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email) errors.email = "Bitte geben Sie Ihre E-Mail-Adresse ein.";
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors.email = "Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.";
  if (!password) errors.password = "Bitte geben Sie Ihr Passwort ein.";
  return errors;
}

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/** E-mail/password sign-in with an error summary that receives focus, plus the OIDC button if configured. */
export function SignInForm({ callbackUrl, oidc, initialError }: SignInFormProps) {
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError);
  const [isSubmitting, setIsSubmitting] = useState(false);
  // Bumped whenever new errors are shown, so focus moves to the summary each time.
  const [errorRound, setErrorRound] = useState(initialError ? 1 : 0);

  useEffect(() => {
    if (errorRound > 0) summaryRef.current?.focus();
  }, [errorRound]);

  function showErrors(fields: FieldErrors, form: string | null) {
    setFieldErrors(fields);
    setFormError(form);
    setErrorRound((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    const data = new FormData(event.currentTarget);
    const email = text(data.get("email")).trim();
    const password = text(data.get("password"));

    const errors = validate(email, password);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, null);
      return;
    }

    setIsSubmitting(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
      if (result?.ok && !result.error) {
        // The root layout (header with the signed-in person) must render anew, hence refresh.
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      if (passwordRef.current) passwordRef.current.value = "";
      showErrors({}, result?.error ? signInErrorMessage(result.error) : SIGN_IN_UNAVAILABLE);
    } catch {
      showErrors({}, SIGN_IN_UNAVAILABLE);
    }
    setIsSubmitting(false);
  }

  function focusField(event: MouseEvent<HTMLAnchorElement>, field: Field) {
    event.preventDefault();
    document.getElementById(FIELD_IDS[field])?.focus();
  }

  const listedErrors = FIELD_ORDER.flatMap((field) => {
    const message = fieldErrors[field];
    return message ? [{ field, message }] : [];
  });
  const hasErrors = formError !== null || listedErrors.length > 0;

  return (
    <div className="kern-stack-lg">
      {hasErrors ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          className="kern-alert kern-alert--danger efa-error-summary"
          role="alert"
          aria-labelledby="anmelden-fehler-titel"
        >
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <h2 className="kern-title" id="anmelden-fehler-titel">
              {formError ? "Anmeldung nicht möglich" : "Bitte prüfen Sie Ihre Angaben"}
            </h2>
          </div>
          <div className="kern-alert__body">
            {formError ? <p className="kern-body">{formError}</p> : null}
            {listedErrors.length > 0 ? (
              <ul className="kern-list">
                {listedErrors.map(({ field, message }) => (
                  <li key={field}>
                    <a className="kern-link" href={`#${FIELD_IDS[field]}`} onClick={(e) => focusField(e, field)}>
                      {message}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}

      <form className="kern-stack-lg" noValidate onSubmit={onSubmit}>
        <TextField
          id={FIELD_IDS.email}
          name="email"
          label="E-Mail-Adresse"
          type="email"
          autoComplete="username"
          error={fieldErrors.email}
        />
        <TextField
          id={FIELD_IDS.password}
          name="password"
          label="Passwort"
          type="password"
          autoComplete="current-password"
          error={fieldErrors.password}
          inputRef={passwordRef}
        />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={isSubmitting || undefined}>
            <span className="kern-label">{isSubmitting ? "Anmeldung läuft …" : "Anmelden"}</span>
          </button>
        </div>
      </form>

      {oidc ? (
        <section className="kern-stack" aria-labelledby="anmelden-oidc-titel">
          <hr className="kern-divider" aria-hidden="true" />
          <h2 className="kern-heading-small" id="anmelden-oidc-titel">
            Anmeldung über den zentralen Anmeldedienst
          </h2>
          <div>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => void signIn(oidc.id, { callbackUrl })}
            >
              <span className="kern-label">Mit {oidc.name} anmelden</span>
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  name: Field;
  label: string;
  type: "email" | "password";
  autoComplete: string;
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

function TextField({ id, name, label, type, autoComplete, error, inputRef }: TextFieldProps) {
  const errorId = `${id}-fehler`;
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type={type}
        className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
        autoComplete={autoComplete}
        autoCapitalize="none"
        spellCheck={false}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p className="kern-error" id={errorId}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      ) : null}
    </div>
  );
}
