import type { MarkFieldError } from "./marks";

/** What the mark form shows after it is sent; serialisable, it travels between server and browser. */
export interface MarkFormState {
  outcome: "idle" | "saved" | "unchanged" | "invalid" | "conflict" | "refused";
  errors: MarkFieldError[];
  /** What was sent, to show again when it was not saved. */
  values: Record<string, string>;
}

export const INITIAL_MARK_FORM_STATE: MarkFormState = { outcome: "idle", errors: [], values: {} };
