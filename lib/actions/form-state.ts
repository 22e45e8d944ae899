import type { FieldError } from "./form";

/** A change someone else made while the form was open (shown on a refused save). */
export interface OtherChange {
  at: string;
  who: string;
  field: string;
  from: string;
  to: string;
}

/** What an action's form shows after a save; serialisable, it travels between server and browser. */
export interface ActionFormState {
  outcome: "idle" | "saved" | "unchanged" | "invalid" | "conflict" | "refused";
  errors: FieldError[];
  /** What was sent, to show again when it was not saved. */
  values: Record<string, string>;
  otherChanges: OtherChange[];
}

export const INITIAL_ACTION_FORM_STATE: ActionFormState = { outcome: "idle", errors: [], values: {}, otherChanges: [] };

/** Today's date in England, as an ISO date: target dates and overdue are counted in local days. */
export function todayInEngland(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
