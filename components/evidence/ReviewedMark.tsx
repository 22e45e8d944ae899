import { reviewedExplanation, reviewedLabel } from "@/lib/corrections/marks";
import type { AssessedParagraph } from "@/lib/report/types";

/**
 * Under a paragraph whose mark a reviewer set: that it is a reviewer's, in
 * words ("Concern — corrected by a reviewer"), with the rules' mark and the
 * reviewer's reason folded away. The reason is shown as text, never markup.
 */
export function ReviewedMark({ paragraph, className = "" }: { paragraph: AssessedParagraph; className?: string }) {
  if (!paragraph.review) return null;
  const { reason, assessorMark } = paragraph.review;
  return (
    <details className={`reviewed-mark group mb-4 text-body-s ${className}`.trim()}>
      <summary className="relative inline-block cursor-pointer pl-5 text-link underline before:absolute before:left-0 before:content-['▸'] group-open:before:content-['▾'] focus-visible:bg-focus focus-visible:text-ink focus-visible:no-underline focus-visible:shadow-[0_4px_var(--color-ink)] focus-visible:outline-3 focus-visible:outline-transparent [&::-webkit-details-marker]:hidden">
        {reviewedLabel(paragraph.assessment, assessorMark)}
      </summary>
      <div className="mt-2 border-l-5 border-border px-4 py-2">
        <p className="mb-2">{reviewedExplanation(paragraph.assessment, assessorMark)}</p>
        <p className="m-0">
          The reviewer’s reason: <span className="whitespace-pre-wrap">{reason}</span>
        </p>
      </div>
    </details>
  );
}
