import { ACTION_STATUSES, STATUS_LABELS } from "@/lib/actions/status";

/** An action's statuses as a select's options, in the order a plan moves through them. */
export function StatusOptions() {
  return ACTION_STATUSES.map((s) => (
    <option key={s} value={s}>
      {STATUS_LABELS[s]}
    </option>
  ));
}
