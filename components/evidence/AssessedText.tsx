import type { ReactNode } from "react";
import { sentencesOf } from "@/lib/evidence/display";
import type { AssessedParagraph } from "@/lib/report/types";

const MARK = "evidence-concern bg-concern-mark px-px text-inherit underline decoration-error decoration-2 underline-offset-2";

/**
 * A paragraph's text with the sentences that raise a concern marked. The mark
 * is announced in words ("Concern:") for screen readers, and underlined as
 * well as shaded, so neither colour nor sight is needed to find them.
 * Unmarked sentences in a row are one text, not an element each: long pages
 * hold hundreds of paragraphs, and every element is work for the browser when
 * the page hydrates (issue 24's blocking time).
 */
export function AssessedText({ paragraph }: { paragraph: AssessedParagraph }) {
  const sentences = sentencesOf(paragraph);
  if (!sentences) return <>{paragraph.text}</>;
  const parts: ReactNode[] = [];
  let text = "";
  sentences.forEach((s, i) => {
    const space = i > 0 ? " " : "";
    if (s.assessment !== "concern" && s.assessment !== "mixed") {
      text += space + s.text;
      return;
    }
    parts.push(text + space);
    text = "";
    parts.push(
      <mark key={i} className={MARK}>
        <span className="sr-only">{s.assessment === "concern" ? "Concern: " : "Concern and strength: "}</span>
        {s.text}
      </mark>,
    );
  });
  parts.push(text);
  return <>{parts.filter((part) => part !== "")}</>;
}
