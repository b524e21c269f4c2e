import type { RefObject } from "react";
import { Alert } from "./alert";

/**
 * Where a page says what an action did: a success in a status region, a failure in an alert region, both always
 * in the DOM so screen readers announce the change. The caller focuses `statusRef` after an action, so keyboard
 * users land on the message.
 */
export function ActionStatus({ statusRef, message, error, errorTitle }: { statusRef: RefObject<HTMLDivElement | null>; message: string | null; error: string | null; errorTitle: string }) {
  return (
    <div ref={statusRef} tabIndex={-1} className="efa-action-status">
      <div role="status">{message ? <Alert variant="success" title={message} /> : null}</div>
      <div role="alert">
        {error ? (
          <Alert variant="danger" title={errorTitle}>
            <p className="kern-body">{error}</p>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
