import { ChangeHistoryTable } from "@/components/ChangeHistoryTable";
import type { OtherChange } from "@/lib/actions/form-state";

const asWritten = (text: string) => <span className="whitespace-pre-wrap">{text || "(empty)"}</span>;

/** Changes of an action (its history, or another person's changes): who, when, which field, from and to. */
export function ActionChangesTable({ caption, changes }: { caption: string; changes: OtherChange[] }) {
  return (
    <ChangeHistoryTable
      caption={caption}
      changes={changes}
      columns={[
        { label: "Field", cell: (c) => c.field },
        { label: "From", cell: (c) => asWritten(c.from) },
        { label: "To", cell: (c) => asWritten(c.to) },
      ]}
    />
  );
}
