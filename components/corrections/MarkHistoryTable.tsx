import { ChangeHistoryTable } from "@/components/ChangeHistoryTable";
import type { MarkChangeView } from "@/lib/queries/corrections";
import { isAssessment } from "@/lib/corrections/marks";
import { ASSESSMENT_LABEL } from "@/lib/evidence/display";

const words = (mark: string) => (isAssessment(mark) ? ASSESSMENT_LABEL[mark] : mark);

type MarkChange = MarkChangeView & { paragraph?: string };

/** Changes of reviewers' marks: when, who, (which paragraph,) from, to and why. */
export function MarkHistoryTable({ caption, changes }: { caption: string; changes: MarkChange[] }) {
  const withParagraph = changes.some((c) => c.paragraph !== undefined);
  return (
    <ChangeHistoryTable
      caption={caption}
      changes={changes}
      columns={[
        ...(withParagraph ? [{ label: "Paragraph", cell: (c: MarkChange) => c.paragraph }] : []),
        { label: "From", cell: (c) => words(c.from) },
        { label: "To", cell: (c) => words(c.to) },
        { label: "Reason", cell: (c) => <span className="whitespace-pre-wrap">{c.reason}</span> },
      ]}
    />
  );
}
