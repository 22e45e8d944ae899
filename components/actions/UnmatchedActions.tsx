import type { UnmatchedAction } from "@/lib/queries/actions";
import { isActionStatus, STATUS_LABELS } from "@/lib/actions/status";

/** Actions kept after a re-import dropped or reworded their recommendation (shown to admins only). */
export function UnmatchedActions({ actions }: { actions: UnmatchedAction[] }) {
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="unmatched-heading" className="mt-10">
      <h2 id="unmatched-heading">Actions whose recommendation is no longer in the report ({actions.length})</h2>
      <p>
        The report was imported again and these recommendations were not found in it by number and text. The actions and their history are
        kept.
      </p>
      <ul>
        {actions.map((a) => (
          <li key={a.id}>
            Recommendation {a.number} ({isActionStatus(a.status) ? STATUS_LABELS[a.status] : a.status}
            {a.owner ? `, ${a.owner}` : ""}): <span className="whitespace-pre-wrap">{a.recommendationText}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
