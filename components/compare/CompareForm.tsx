import { AuthoritySelect } from "@/components/AuthoritySelect";
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
        <AuthoritySelect id="a" name="a" label="First authority" authorities={authorities} defaultValue={a} />
        <AuthoritySelect id="b" name="b" label="Second authority" authorities={authorities} defaultValue={b} />
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
