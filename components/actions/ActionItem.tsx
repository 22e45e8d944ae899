import { Details } from "@/components/Details";
import { SummaryList } from "@/components/SummaryList";
import { formatDate } from "@/lib/formatting/format";
import type { PlanAction } from "@/lib/queries/actions";
import { STATUS_LABELS } from "@/lib/actions/status";
import { ActionChangesTable } from "./ActionChangesTable";
import { ActionForm, type SaveActionForm } from "./ActionForm";

const WHEN = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", dateStyle: "medium" });

/** Links that are web addresses become links; anything else is shown as text. */
function EvidenceLinks({ links }: { links: string }) {
  const list = links.split("\n").filter(Boolean);
  if (list.length === 0) return <>None</>;
  return (
    <ul className="m-0 list-none p-0">
      {list.map((link) => (
        <li key={link} className="break-all">
          {/^https?:\/\//.test(link) ? (
            <a href={link} rel="noopener noreferrer nofollow">
              {link}
            </a>
          ) : (
            link
          )}
        </li>
      ))}
    </ul>
  );
}

/** One recommendation's action: where it stands, its notes and history, and (for an editor) its form. */
export function ActionItem({
  item,
  canEdit,
  saveAction,
  permalink,
}: {
  item: PlanAction;
  canEdit: boolean;
  saveAction: SaveActionForm;
  permalink: string;
}) {
  const { recommendation: r, fields } = item;
  const heading = `action-${r.number}-heading`;
  return (
    // On paper each action is kept on one page where it fits (break-inside-avoid), without its form or history.
    <section
      aria-labelledby={heading}
      id={`action-${r.number}`}
      className="mb-10 border-t-2 border-border pt-4 break-inside-avoid print:mb-6 print:border-black print:pt-2"
    >
      <h2 id={heading} className="text-2xl/tight">
        Recommendation {r.number}
        {item.overdue && (
          <>
            {" "}
            <span className="tag ml-2 bg-error text-white">Overdue</span>
          </>
        )}
      </h2>
      <p className="whitespace-pre-wrap">{r.text}</p>
      <SummaryList
        rows={[
          { key: "Deadline", value: `${r.deadlineLabel} (${formatDate(r.dueDate)})` },
          {
            key: "Status",
            value: STATUS_LABELS[fields.status] + (fields.status === "not-accepted" ? `: ${fields.notAcceptedReason}` : ""),
          },
          { key: "Owner", value: fields.owner || "Not given" },
          {
            key: "Target date",
            value: `${formatDate(fields.targetDate)}${item.overdue ? " (overdue)" : item.dueSoon ? " (due in the next 3 months)" : ""}`,
          },
          { key: "Date completed", value: fields.completedOn ? formatDate(fields.completedOn) : "Not completed" },
          { key: "Evidence", value: <span className="whitespace-pre-wrap">{fields.evidence || "None"}</span> },
          { key: "Evidence links", value: <EvidenceLinks links={fields.evidenceLinks} /> },
        ]}
      />
      <h3 className="text-xl">Progress notes</h3>
      {item.notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ol className="list-none p-0">
          {item.notes.map((note, i) => (
            <li key={i} className="mb-3 border-l-5 border-border pl-3">
              <p className="mb-1 text-body-s text-secondary-ink">
                {WHEN.format(new Date(note.at))}, {note.author}
              </p>
              <p className="m-0 whitespace-pre-wrap">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      <Details summary="History" className="print:hidden">
        <ActionChangesTable caption={`History of recommendation ${r.number}’s action`} changes={item.history} />
      </Details>
      {canEdit && (
        <div className="print:hidden">
          <h3 className="text-xl">Change this action</h3>
          <ActionForm
            saveAction={saveAction}
            recommendationId={r.id}
            number={r.number}
            version={item.version}
            fields={fields}
            permalink={permalink}
          />
        </div>
      )}
    </section>
  );
}
