import type { MarkChangeView } from "@/lib/queries/corrections";
import { isAssessment } from "@/lib/corrections/marks";
import { ASSESSMENT_LABEL } from "@/lib/evidence/display";

const WHEN = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", dateStyle: "medium", timeStyle: "short" });

const words = (mark: string) => (isAssessment(mark) ? ASSESSMENT_LABEL[mark] : mark);

/** Changes of reviewers' marks: when, who, (which paragraph,) from, to and why. Text, never markup. */
export function MarkHistoryTable({ caption, changes }: { caption: string; changes: (MarkChangeView & { paragraph?: string })[] }) {
  if (changes.length === 0) return <p>{caption}: none recorded.</p>;
  const withParagraph = changes.some((c) => c.paragraph !== undefined);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption className="caption-m">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            {withParagraph && <th scope="col">Paragraph</th>}
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c, i) => (
            <tr key={i}>
              <td>{WHEN.format(new Date(c.at))}</td>
              <td>{c.who}</td>
              {withParagraph && <td>{c.paragraph}</td>}
              <td>{words(c.from)}</td>
              <td>{words(c.to)}</td>
              <td className="whitespace-pre-wrap">{c.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
