import { ASSESSMENT_LABEL } from "@/lib/evidence-view";
import type { Assessment } from "@/lib/findings";

// GOV.UK tag colour pairs (all above 4.5:1); the word is what says it, colour only helps.
const COLOURS: Record<Assessment, string> = {
  strength: "bg-[#cce2d8] text-[#005a30]",
  concern: "bg-[#f4cdc6] text-[#2a0b06]",
  mixed: "bg-[#fff7bf] text-[#594d00]",
  neutral: "bg-[#e5e6e7] text-[#282d30]",
};

/** How a paragraph reads as evidence, written out: Strength, Concern, Mixed or Neutral. */
export function AssessmentTag({ assessment, className = "" }: { assessment: Assessment; className?: string }) {
  return <strong className={`tag ${COLOURS[assessment]} ${className}`}>{ASSESSMENT_LABEL[assessment]}</strong>;
}
