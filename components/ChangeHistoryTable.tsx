import type { ReactNode } from "react";
import { DataTable } from "@/components/DataTable";

const WHEN = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", dateStyle: "medium", timeStyle: "short" });

/** A recorded change: when and by whom, then what the columns say of it. */
interface Change {
  at: string;
  who: string;
}

/**
 * A history of changes (an action's, a reviewer's marks): when, who, then one
 * column per detail, in a scrolling region named by its caption; a line saying
 * there is none when there is none. Text, never markup.
 */
export function ChangeHistoryTable<T extends Change>({
  caption,
  changes,
  columns,
}: {
  caption: string;
  changes: T[];
  columns: { label: string; cell: (change: T) => ReactNode }[];
}) {
  if (changes.length === 0) return <p>{caption}: none recorded.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <DataTable
        caption={caption}
        captionClassName="caption-m"
        columns={[{ label: "When" }, { label: "Who" }, ...columns.map((c) => ({ label: c.label }))]}
        rows={changes.map((change, i) => ({
          key: i,
          cells: [WHEN.format(new Date(change.at)), change.who, ...columns.map((c) => c.cell(change))],
        }))}
      />
    </div>
  );
}
