import { COMPARE_GRID } from "@/components/compare/OutcomeComparisonList";
import { formatDate } from "@/lib/formatting/format";
import { Fold } from "@/components/folds/Fold";
import type { Recommendation } from "@/lib/report/types";

type Side = { slug: string; name: string; recommendations: Recommendation[] };

function byDeadline(recommendations: Recommendation[]) {
  const groups = new Map<string, Recommendation[]>();
  for (const r of recommendations) groups.set(r.deadline.label, [...(groups.get(r.deadline.label) ?? []), r]);
  return [...groups.entries()];
}

// compare-grid__column and recommendation-list have no style: tests find each side's recommendations by them.
function Column({ side }: { side: Side }) {
  return (
    <div className="compare-grid__column">
      <h3>{side.name}</h3>
      {side.recommendations.length === 0 ? (
        <p className="text-secondary-ink">No recommendations in this report.</p>
      ) : (
        byDeadline(side.recommendations).map(([label, items]) => (
          <div key={label}>
            <h4 className="mt-2">
              {label}{" "}
              <span className="text-secondary-ink">
                (due <time dateTime={items[0].dueDate}>{formatDate(items[0].dueDate)}</time>)
              </span>
            </h4>
            <ul className="recommendation-list">
              {items.map((r, i) => (
                <li key={i} className="mb-3 text-body-s print:text-[9.5pt]">
                  {r.text} <span className={r.source === "Ofsted" ? "tag tag--purple" : "tag tag--grey"}>{r.source}</span>
                  {r.attribution && <span className="text-secondary-ink"> ({r.attribution})</span>}
                  {r.addressee && <span className="block text-secondary-ink">For: {r.addressee}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </div>
  );
}

/** Both councils' recommendations, counted, then folded side by side and grouped by deadline. */
export function RecommendationComparison({ a, b }: { a: Side; b: Side }) {
  const count = (side: Side) =>
    `${side.name}'s report: ${side.recommendations.length} ${side.recommendations.length === 1 ? "recommendation" : "recommendations"}`;
  return (
    <section aria-labelledby="recommendations" className="mb-6">
      <h2 id="recommendations">Recommendations</h2>
      <p className="mb-2">
        {count(a)}; {count(b)}.
      </p>
      <Fold summary={<>Read the recommendations side by side</>}>
        <div className={COMPARE_GRID}>
          <Column side={a} />
          <Column side={b} />
        </div>
      </Fold>
    </section>
  );
}
