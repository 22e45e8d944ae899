import { outcomeHeading } from "@/components/compare/OutcomeComparisonList";
import { describeOutcomeSide, type EvidenceComparison, type ThemeContrast } from "@/lib/compare/compare-reports";

type Side = { slug: string; name: string };

const anchorOf = (outcome: number | null) => (outcome === null ? "outcome-general" : `outcome-${outcome}`);
const paragraphAnchor = (ref: string) => `p-${ref.replace(/\./g, "-")}`;

function Refs({ side, refs }: { side: Side; refs: string[] }) {
  return (
    <>
      (
      {refs.map((ref, i) => (
        <span key={`${ref}-${i}`}>
          {i > 0 && ", "}
          <a href={`/authorities/${side.slug}#${paragraphAnchor(ref)}`} aria-label={`${side.name} paragraph ${ref}`}>
            {ref}
          </a>
        </span>
      ))}
      )
    </>
  );
}

function Contrast({ t, a, b }: { t: ThemeContrast; a: Side; b: Side }) {
  const name = <a href={`/themes/${t.theme.id}`}>{t.theme.name}</a>;
  if (t.only) {
    const [raising, other] = t.only === "a" ? [a, b] : [b, a];
    return (
      <li>
        {name}: a concern in {raising.name} <Refs side={raising} refs={t.only === "a" ? t.a : t.b} />, not raised in {other.name}.
      </li>
    );
  }
  return (
    <li>
      {name}: a concern in both, {a.name} <Refs side={a} refs={t.a} /> and {b.name} <Refs side={b} refs={t.b} />.
    </li>
  );
}

/**
 * What the two reports' findings say differently, in words: themes raised as a
 * concern on one side only (then on both), and per outcome each side's
 * strengths and concerns counted.
 */
export function EvidenceDifferences({ evidence, a, b }: { evidence: EvidenceComparison; a: Side; b: Side }) {
  const oneSided = evidence.themes.filter((t) => t.only);
  const shared = evidence.themes.filter((t) => !t.only);
  return (
    <section aria-labelledby="differences">
      <h2 id="differences">What the findings say differently</h2>
      <p className="text-secondary-ink">
        Read from the wording of each paragraph: a paragraph raising a concern is one tagged Concern or Mixed.{" "}
        <a href="/about#evidence">How findings are read</a>.
      </p>
      <h3>Concerns raised on one side only</h3>
      {oneSided.length === 0 ? (
        <p>No theme is raised as a concern by one report and not the other.</p>
      ) : (
        <ul className="list-disc pl-6">
          {oneSided.map((t) => (
            <Contrast key={t.theme.id} t={t} a={a} b={b} />
          ))}
        </ul>
      )}
      {shared.length > 0 && (
        <>
          <h3>Concerns raised in both</h3>
          <ul className="list-disc pl-6">
            {shared.map((t) => (
              <Contrast key={t.theme.id} t={t} a={a} b={b} />
            ))}
          </ul>
        </>
      )}
      <div className="table-scroll">
        <table>
          <caption className="text-[1.125rem] sm:text-heading-s/[1.2]">Strengths and concerns by outcome</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">{a.name}</th>
              <th scope="col">{b.name}</th>
            </tr>
          </thead>
          <tbody>
            {evidence.outcomes.map((o) => (
              <tr key={anchorOf(o.outcome)}>
                <th scope="row">
                  <a href={`#${anchorOf(o.outcome)}`}>{outcomeHeading(o)}</a>
                </th>
                <td>{describeOutcomeSide(o.a)}</td>
                <td>{describeOutcomeSide(o.b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
