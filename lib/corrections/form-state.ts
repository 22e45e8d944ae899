import type { MarkFieldError } from "./marks";

/** What the mark form (or the form withdrawing a mark) shows after it is sent; serialisable, it travels between server and browser. */
export interface MarkFormState {
  outcome: "idle" | "saved" | "unchanged" | "withdrawn" | "invalid" | "conflict" | "refused";
  errors: MarkFieldError[];
  /** What was sent, to show again when it was not saved. */
  values: Record<string, string>;
  /** The mark's version a write left: its words are shown while the page is at that version (not after a later write). */
  version?: number;
}

export const INITIAL_MARK_FORM_STATE: MarkFormState = { outcome: "idle", errors: [], values: {} };
