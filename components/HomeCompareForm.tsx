import { AuthoritySelect } from "./AuthoritySelect";

/** Picks two authorities and opens /compare?a=…&b=…: a plain GET form, so it works without JavaScript. */
export function HomeCompareForm({ authorities }: { authorities: { slug: string; name: string }[] }) {
  const [first, second] = authorities;
  return (
    <form method="get" action="/compare" className="home-compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="home-compare__heading">
        Compare two authorities
      </h2>
      <div className="home-compare__fields">
        <AuthoritySelect id="compare-a" name="a" label="First authority" authorities={authorities} defaultValue={first.slug} />
        <AuthoritySelect id="compare-b" name="b" label="Second authority" authorities={authorities} defaultValue={second.slug} />
        <div className="form-group">
          <button type="submit" className="button home-compare__button">
            Compare
          </button>
        </div>
      </div>
    </form>
  );
}
