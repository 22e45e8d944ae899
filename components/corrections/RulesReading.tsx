import { Details } from "@/components/Details";
import type { AssessedSentence } from "@/lib/assessment";
import { ASSESSMENT_LABEL } from "@/lib/evidence/display";

/** How the rules read a paragraph, sentence by sentence, with the words that decided each (folded). */
export function RulesReading({ sentences }: { sentences: AssessedSentence[] }) {
  if (sentences.length === 0) return null;
  return (
    <Details summary="How the rules read it, sentence by sentence">
      <div className="table-scroll" tabIndex={0} role="region" aria-label="The rules’ reading">
        <table>
          <caption className="sr-only">The rules’ reading of each sentence</caption>
          <thead>
            <tr>
              <th scope="col">Sentence</th>
              <th scope="col">Rules’ mark</th>
              <th scope="col">Words that decided it</th>
            </tr>
          </thead>
          <tbody>
            {sentences.map((s, i) => (
              <tr key={i}>
                <td>{s.text}</td>
                <td>{ASSESSMENT_LABEL[s.assessment]}</td>
                <td>{s.cues.join("; ") || "None"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Details>
  );
}
