import Link from "next/link";
import type { ReviewedMarkView, ReviewParagraph } from "@/lib/queries/corrections";
import { isAssessment, reviewedLabel } from "@/lib/corrections/marks";
import { ASSESSMENT_LABEL } from "@/lib/evidence/display";
import { formatDate } from "@/lib/formatting/format";

const words = (mark: string) => (isAssessment(mark) ? ASSESSMENT_LABEL[mark] : mark);

/** A paragraph's opening words, for a table row. */
const opening = (text: string, length = 140) => (text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, "")}…`);

/** Every reviewer's mark now applied to a paragraph. */
export function ReviewedMarksTable({ marks }: { marks: ReviewedMarkView[] }) {
  if (marks.length === 0) return <p>No paragraph has a reviewer’s mark yet.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Reviewers’ marks">
      <table>
        <caption className="caption-m">Reviewers’ marks ({marks.length})</caption>
        <thead>
          <tr>
            <th scope="col">Authority</th>
            <th scope="col">Report</th>
            <th scope="col">Paragraph</th>
            <th scope="col">Rules’ mark</th>
            <th scope="col">Reviewer’s mark</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {marks.map((m) => (
            <tr key={m.id}>
              <td>{m.authority}</td>
              <td>{formatDate(m.reportDate)}</td>
              <td>
                <Link href={`/admin/marks/${m.paragraphId}`} aria-label={`${m.authority} paragraph ${m.ref}`}>
                  {m.ref}
                </Link>
              </td>
              <td>{words(m.assessorMark)}</td>
              <td>{words(m.mark)}</td>
              <td className="whitespace-pre-wrap">{m.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Marks kept after a re-import dropped or reworded their paragraph (admins only, as unmatched actions are). */
export function UnmatchedMarks({ marks }: { marks: ReviewedMarkView[] }) {
  if (marks.length === 0) return null;
  return (
    <section aria-labelledby="unmatched-marks-heading" className="mt-10">
      <h2 id="unmatched-marks-heading">Marks whose paragraph is no longer in the report ({marks.length})</h2>
      <p>
        The report was imported again and these paragraphs were not found in it with the same text. The marks and their history are kept;
        they are shown nowhere else. Mark the paragraph again if its new text needs it.
      </p>
      <ul>
        {marks.map((m) => (
          <li key={m.id} className="mb-3">
            {m.authority}, report of {formatDate(m.reportDate)}, paragraph {m.ref} ({words(m.mark)}, the rules said {words(m.assessorMark)}
            ): <span className="whitespace-pre-wrap">{m.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One report's finding paragraphs with their marks, each a link to its form. */
export function ParagraphsToReview({ review }: { review: { authority: string; reportDate: string; paragraphs: ReviewParagraph[] } }) {
  const caption = `${review.authority}, report of ${formatDate(review.reportDate)}: finding paragraphs (${review.paragraphs.length})`;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption className="caption-m">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Paragraph</th>
            <th scope="col">Mark</th>
            <th scope="col">Opening words</th>
          </tr>
        </thead>
        <tbody>
          {review.paragraphs.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={`/admin/marks/${p.id}`} aria-label={`Mark paragraph ${p.ref}`}>
                  {p.ref}
                </Link>
              </td>
              <td>{p.correction ? reviewedLabel(p.correction.mark, p.correction.assessorMark) : ASSESSMENT_LABEL[p.assessment]}</td>
              <td>{opening(p.text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
