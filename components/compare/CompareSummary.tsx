import {
  comparisonParagraphId,
  describeRatingDifferences,
  type EvidenceComparison,
  type RatingComparison,
  type ThemeContrast,
} from "@/lib/compare/compare-reports";

type Side = { slug: string; name: string };

const paragraphs = (n: number) => `${n} ${n === 1 ? "paragraph" : "paragraphs"}`;

/** Links to a council's paragraphs on this page (each opens its outcome's fold). */
function Refs({ side, refs }: { side: Side; refs: string[] }) {
  return (
    <>
      (
      {refs.map((ref, i) => (
        <span key={`${ref}-${i}`}>
          {i > 0 && ", "}
          <a href={`#${comparisonParagraphId(side.slug, ref)}`} aria-label={`${side.name} paragraph ${ref}`}>
            {ref}
          </a>
        </span>
      ))}
      )
    </>
  );
}

function OneSided({ t, a, b }: { t: ThemeContrast; a: Side; b: Side }) {
  const [raising, other, refs] = t.only === "a" ? [a, b, t.a] : [b, a, t.b];
  return (
    <li className="one-sided-theme" data-theme={t.theme.id} data-side={raising.slug}>
      <a href={`/themes/${t.theme.id}`}>{t.theme.name}</a>: {paragraphs(refs.length)} of {raising.name}&rsquo;s{" "}
      <Refs side={raising} refs={refs} />, none of {other.name}&rsquo;s.
    </li>
  );
}

/**
 * The answer first (issue 24): which judgements differ and how, then the
 * themes raised as a concern in one report only, each with its paragraphs;
 * the themes both raise are named in a line. Sized to the first screen.
 */
export function CompareSummary({
  ratings,
  evidence,
  a,
  b,
}: {
  ratings: RatingComparison[];
  evidence: EvidenceComparison;
  a: Side;
  b: Side;
}) {
  const differences = describeRatingDifferences(ratings, a.name, b.name);
  const oneSided = evidence.themes.filter((t) => t.only);
  const shared = evidence.themes.filter((t) => !t.only);
  return (
    <section aria-labelledby="summary" className="compare-summary mb-8 border-l-5 border-border pl-4">
      <h2 id="summary" className="mb-3">
        At a glance
      </h2>
      <p className="mb-1 font-bold">
        {differences.length === 0
          ? `${a.name} and ${b.name} have the same grade for every judgement.`
          : `${differences.length} of ${ratings.length} judgements differ:`}
      </p>
      {differences.length > 0 && (
        <ul className="rating-differences mb-4 list-disc pl-6 text-body-s">
          {differences.map((d) => (
            <li key={d} className="mb-0">
              {d}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mb-1 text-body-m">Concerns in one report only</h3>
      {oneSided.length === 0 ? (
        <p className="text-body-s">No theme is raised as a concern in one report and not the other.</p>
      ) : (
        <ul className="one-sided-themes mb-4 list-disc pl-6 text-body-s">
          {oneSided.map((t) => (
            <OneSided key={t.theme.id} t={t} a={a} b={b} />
          ))}
        </ul>
      )}
      {shared.length > 0 && (
        <p className="shared-themes mb-2 text-body-s">
          <strong>A concern in both:</strong>{" "}
          {shared.map((t, i) => (
            <span key={t.theme.id}>
              {i > 0 && ", "}
              <a href={`/themes/${t.theme.id}`}>{t.theme.name}</a> ({t.a.length} and {t.b.length})
            </span>
          ))}
          .
        </p>
      )}
      <p className="mb-0 text-body-s text-secondary-ink">
        A theme is a concern where a sentence read as raising a concern is about it; the numbers are paragraphs, {a.name}&rsquo;s first.{" "}
        <a href="/about#evidence">How findings are read</a>. <a href="#findings">Outcome by outcome</a>.
      </p>
    </section>
  );
}
