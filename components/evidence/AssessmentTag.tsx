import { ASSESSMENT_LABEL } from "@/lib/evidence/display";
import type { Assessment } from "@/lib/assessment";

// GOV.UK tag colour pairs (all above 4.5:1); the word is what says it, colour only helps.
const COLOURS: Record<Assessment, string> = {
  strength: "bg-tag-green-tint text-tag-green",
  concern: "bg-tag-red-tint text-tag-red",
  mixed: "bg-tag-yellow-tint text-tag-yellow",
  neutral: "bg-tag-grey-tint text-tag-grey",
};

/**
 * How a paragraph reads as evidence, written out: Strength, Concern, Mixed or
 * Neutral; followed by "(a reviewer’s mark)" when a reviewer set it (lib/corrections).
 */
export function AssessmentTag({
  assessment,
  className = "",
  reviewed = false,
}: {
  assessment: Assessment;
  className?: string;
  reviewed?: boolean;
}) {
  const tag = <strong className={`tag ${COLOURS[assessment]} ${className}`}>{ASSESSMENT_LABEL[assessment]}</strong>;
  if (!reviewed) return tag;
  return (
    <>
      {tag}
      <span className="reviewed-tag mr-2 text-body-s">(a reviewer’s mark)</span>
    </>
  );
}
