/** Picks two authorities and opens /compare?a=…&b=…: a plain GET form, so it works without JavaScript. */
export function HomeCompareForm({ authorities }: { authorities: { slug: string; name: string }[] }) {
  const [first, second] = authorities;
  return (
    <form method="get" action="/compare" className="home-compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="home-compare__heading">
        Compare two authorities
      </h2>
      <div className="home-compare__fields">
        <div className="form-group">
          <label className="label" htmlFor="compare-a">
            First authority
          </label>
          <select className="select" id="compare-a" name="a" defaultValue={first.slug}>
            {authorities.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="compare-b">
            Second authority
          </label>
          <select className="select" id="compare-b" name="b" defaultValue={second.slug}>
            {authorities.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <button type="submit" className="button home-compare__button">
            Compare
          </button>
        </div>
      </div>
    </form>
  );
}
