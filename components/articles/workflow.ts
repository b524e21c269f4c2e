import type { ArticleAction } from "@/lib/policies/article-policy";

/** The workflow steps the article page offers as buttons, in this order (a subset of the policy's actions). */
export const WORKFLOW_ACTIONS = ["submit", "publishIncident", "approve", "reject", "confirmIncident", "resolveIncident", "archive"] as const satisfies readonly ArticleAction[];
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** The allowed actions that are workflow steps. */
export function workflowActionsOf(allowed: readonly string[]): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => allowed.includes(a));
}
