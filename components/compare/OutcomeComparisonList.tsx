import { AssessedText } from "@/components/evidence/AssessedText";
import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import type { OutcomeComparison } from "@/lib/compare/compare-reports";
import type { AssessedSection } from "@/lib/report/types";

type Side = { slug: string; name: string };

export function outcomeHeading(o: { outcome: number | null; title: string }): string {
  return o.outcome === null ? o.title : `Outcome ${o.outcome}: ${o.title}`;
}

/** Two columns side by side from 768px, and on paper; one under the other on a phone. */
export const COMPARE_GRID = "grid grid-cols-1 gap-x-8 md:grid-cols-2 print:grid-cols-2 print:gap-x-6";

const anchorOf = (outcome: number | null) => (outcome === null ? "outcome-general" : `outcome-${outcome}`);
const paragraphAnchor = (ref: string) => `p-${ref.replace(/\./g, "-")}`;

// compare-outcome, compare-grid__column, finding and finding__ref have no style: tests find the parts of the page by them.
function Column({ side, section, concernsOnly }: { side: Side; section: AssessedSection | null; concernsOnly: boolean }) {
  return (
    <div className="compare-grid__column">
      <h4 className="mt-2">{side.name}</h4>
      {section === null || section.paragraphs.length === 0 ? (
        <p className="text-secondary-ink">
          {section !== null && concernsOnly ? "No paragraph raising a concern." : "Not covered in this report."}
        </p>
      ) : (
        section.paragraphs.map((p) => (
          <p key={p.ref} className="finding text-body-s print:text-[9.5pt]">
            <a
              className="finding__ref font-bold tabular-nums"
              href={`/authorities/${side.slug}#${paragraphAnchor(p.ref)}`}
              aria-label={`${side.name} paragraph ${p.ref}`}
            >
              {p.ref}
            </a>{" "}
            <AssessmentTag assessment={p.assessment} className="mr-1" /> <AssessedText paragraph={p} />
          </p>
        ))
      )}
    </div>
  );
}

/** One row per CQC outcome present in either report, each council's paragraphs in its own column. */
export function OutcomeComparisonList({
  outcomes,
  a,
  b,
  concernsOnly = false,
}: {
  outcomes: OutcomeComparison[];
  a: Side;
  b: Side;
  concernsOnly?: boolean;
}) {
  return (
    <section aria-labelledby="findings">
      <h2 id="findings">{concernsOnly ? "Findings raising a concern, by CQC outcome" : "Findings by CQC outcome"}</h2>
      {concernsOnly && <p>Only the paragraphs tagged Concern or Mixed are shown, and only the outcomes where either report has one.</p>}
      <nav aria-label="Outcomes" className="print:hidden">
        <ul className="mb-7.5 columns-[2_16em] space-y-2">
          {outcomes.map((o) => (
            <li key={anchorOf(o.outcome)}>
              <a href={`#${anchorOf(o.outcome)}`}>{outcomeHeading(o)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {outcomes.map((o) => (
        <section key={anchorOf(o.outcome)} aria-labelledby={anchorOf(o.outcome)} className="compare-outcome mt-6 border-t border-border">
          <h3 id={anchorOf(o.outcome)}>{outcomeHeading(o)}</h3>
          <div className={COMPARE_GRID}>
            <Column side={a} section={o.a} concernsOnly={concernsOnly} />
            <Column side={b} section={o.b} concernsOnly={concernsOnly} />
          </div>
        </section>
      ))}
    </section>
  );
}
