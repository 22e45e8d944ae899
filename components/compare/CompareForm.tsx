import type { AuthoritySummary } from "@/lib/queries/authorities";

interface Props {
  authorities: AuthoritySummary[];
  a?: string;
  b?: string;
  /** Link that swaps the two sides; null until two authorities are compared. */
  swapHref: string | null;
}

/** Picks the two authorities. A plain GET form: it works without JavaScript and its URL can be shared. */
export function CompareForm({ authorities, a, b, swapHref }: Props) {
  return (
    <form method="get" action="/compare" className="compare-form no-print" aria-label="Choose authorities to compare">
      <div className="compare-form__fields">
        <div className="form-group">
          <label className="label" htmlFor="a">First authority</label>
          <select className="select" id="a" name="a" defaultValue={a}>
            {authorities.map((x) => (
              <option key={x.slug} value={x.slug}>{x.name}</option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="b">Second authority</label>
          <select className="select" id="b" name="b" defaultValue={b}>
            {authorities.map((x) => (
              <option key={x.slug} value={x.slug}>{x.name}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="compare-form__actions">
        <button type="submit" className="button">Compare</button>
        {swapHref && (
          <a href={swapHref} className="button button--secondary">
            Swap sides
          </a>
        )}
      </div>
    </form>
  );
}
