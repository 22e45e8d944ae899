import { Fragment } from "react";
import { AssessedText } from "@/components/evidence/AssessedText";
import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import { ConcernExcerpts } from "@/components/evidence/ConcernExcerpts";
import { ReviewedMark } from "@/components/evidence/ReviewedMark";
import { Fold } from "@/components/folds/Fold";
import { FoldControls } from "@/components/folds/FoldControls";
import { comparisonParagraphId, describeOutcomeSide, type OutcomeComparison } from "@/lib/compare/compare-reports";
import { concernExcerpts, countAssessments } from "@/lib/evidence/display";
import type { AssessedSection } from "@/lib/report/types";

type Side = { slug: string; name: string };

function outcomeHeading(o: { outcome: number | null; title: string }): string {
  return o.outcome === null ? o.title : `Outcome ${o.outcome}: ${o.title}`;
}

/** Two columns side by side from 768px, and on paper; one under the other on a phone. */
export const COMPARE_GRID = "grid grid-cols-1 gap-x-8 md:grid-cols-2 print:grid-cols-2 print:gap-x-6";

const anchorOf = (outcome: number | null) => (outcome === null ? "outcome-general" : `outcome-${outcome}`);

/** A paragraph marked while it is the target of the URL (a link from the summary or a search), not on paper. */
const TARGETED =
  "scroll-mt-4 target:bg-highlight target:shadow-[inset_5px_0_0_var(--color-ink)] print:target:bg-transparent print:target:shadow-none";

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
        section.paragraphs.map((p, i) => (
          <Fragment key={`${p.ref}-${i}`}>
            <p id={comparisonParagraphId(side.slug, p.ref)} className={`finding -mx-1 px-1 text-body-s print:text-[9.5pt] ${TARGETED}`}>
              <a
                className="finding__ref font-bold tabular-nums"
                href={`/authorities/${side.slug}#p-${p.ref.replace(/\./g, "-")}`}
                aria-label={`${side.name} paragraph ${p.ref}`}
              >
                {p.ref}
              </a>{" "}
              <AssessmentTag assessment={p.assessment} className="mr-1" /> <AssessedText paragraph={p} />
            </p>
            <ReviewedMark paragraph={p} />
          </Fragment>
        ))
      )}
    </div>
  );
}

/** One council's side of an outcome, closed: its paragraphs counted once each, and its concerns in a line or two. */
function SideGlance({ side, section }: { side: Side; section: AssessedSection | null }) {
  const counts = section ? countAssessments(section.paragraphs) : null;
  const excerpts = section ? concernExcerpts(section.paragraphs) : null;
  return (
    <div className="outcome-glance mb-2">
      <p className="mb-0 text-body-s">
        <strong>{side.name}:</strong> <span className="outcome-glance__counts">{describeOutcomeSide(counts)}</span>
      </p>
      {excerpts && excerpts.items.length > 0 && (
        <ConcernExcerpts excerpts={excerpts} href={(ref) => `#${comparisonParagraphId(side.slug, ref)}`} name={side.name} />
      )}
    </div>
  );
}

/**
 * One block per CQC outcome present in either report: each council's
 * paragraphs counted and its concerns quoted in a line or two, the paragraphs
 * themselves folded, side by side.
 */
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
      <p className="hint">
        Each paragraph is counted once, under its own tag: a strength, a concern, mixed (both) or neutral. The sentences raising a concern
        are quoted; open an outcome to read its paragraphs side by side.
      </p>
      <FoldControls what="outcomes" />
      {outcomes.map((o) => {
        const count = (o.a?.paragraphs.length ?? 0) + (o.b?.paragraphs.length ?? 0);
        return (
          <section
            key={anchorOf(o.outcome)}
            aria-labelledby={anchorOf(o.outcome)}
            className="compare-outcome mt-4 border-t border-border pt-1"
          >
            <h3 id={anchorOf(o.outcome)} className="mb-2 scroll-mt-4">
              {outcomeHeading(o)}
            </h3>
            <SideGlance side={a} section={o.a} />
            <SideGlance side={b} section={o.b} />
            <Fold
              summary={
                <>
                  Read the {count === 1 ? "paragraph" : `${count} paragraphs`}
                  <span className="sr-only"> on {outcomeHeading(o)}</span>
                </>
              }
            >
              <div className={COMPARE_GRID}>
                <Column side={a} section={o.a} concernsOnly={concernsOnly} />
                <Column side={b} section={o.b} concernsOnly={concernsOnly} />
              </div>
            </Fold>
          </section>
        );
      })}
    </section>
  );
}
