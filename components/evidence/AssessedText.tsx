import { sentencesOf } from "@/lib/evidence/display";
import type { AssessedParagraph } from "@/lib/report/types";

/**
 * A paragraph's text with the sentences that raise a concern marked. The mark
 * is announced in words ("Concern:") for screen readers, and underlined as
 * well as shaded, so neither colour nor sight is needed to find them.
 */
export function AssessedText({ paragraph }: { paragraph: AssessedParagraph }) {
  const sentences = sentencesOf(paragraph);
  if (!sentences) return <>{paragraph.text}</>;
  return (
    <>
      {sentences.map((s, i) => {
        const space = i > 0 ? " " : "";
        if (s.assessment !== "concern" && s.assessment !== "mixed")
          return (
            <span key={i}>
              {space}
              {s.text}
            </span>
          );
        return (
          <span key={i}>
            {space}
            <mark className="evidence-concern bg-concern-mark px-px text-inherit underline decoration-error decoration-2 underline-offset-2">
              <span className="sr-only">{s.assessment === "concern" ? "Concern: " : "Concern and strength: "}</span>
              {s.text}
            </mark>
          </span>
        );
      })}
    </>
  );
}
