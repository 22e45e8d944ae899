/** An action's status, as stored, with the words shown for it. */
export const ACTION_STATUSES = ["not-started", "in-progress", "completed", "not-accepted"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const STATUS_LABELS: Record<ActionStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  completed: "Completed",
  "not-accepted": "Not accepted",
};

export function isActionStatus(value: string): value is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(value);
}

/** Whether nothing more is to be done: completed, or not accepted (with its reason). */
export function isClosed(status: ActionStatus): boolean {
  return status === "completed" || status === "not-accepted";
}
