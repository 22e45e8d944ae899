import { ChangeHistoryTable } from "@/components/ChangeHistoryTable";
import type { MarkChangeView } from "@/lib/queries/corrections";
import { changeMarkWords } from "@/lib/corrections/marks";

type MarkChange = MarkChangeView & { paragraph?: string };

/** Changes of reviewers' marks: when, who, (which paragraph,) from, to (a withdrawal said to be one) and why. */
export function MarkHistoryTable({ caption, changes }: { caption: string; changes: MarkChange[] }) {
  const withParagraph = changes.some((c) => c.paragraph !== undefined);
  return (
    <ChangeHistoryTable
      caption={caption}
      changes={changes}
      columns={[
        ...(withParagraph ? [{ label: "Paragraph", cell: (c: MarkChange) => c.paragraph }] : []),
        { label: "From", cell: (c) => changeMarkWords(c.from) },
        { label: "To", cell: (c) => changeMarkWords(c.to) },
        { label: "Reason", cell: (c) => <span className="whitespace-pre-wrap">{c.reason}</span> },
      ]}
    />
  );
}
