import type { AuthorityPicker } from "@/lib/authority-input";
import { AuthorityField } from "./AuthorityField";

/**
 * Picks two authorities and opens /compare?a=…&b=…: a plain GET form, so it
 * works without JavaScript. From a list, the first two authorities are chosen
 * to start with; typed names start empty.
 */
export function HomeCompareForm({ picker }: { picker: AuthorityPicker }) {
  const [first, second] = picker.kind === "select" ? picker.authorities : [];
  return (
    <form method="get" action="/compare" className="home-compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="home-compare__heading">
        Compare two authorities
      </h2>
      <div className="home-compare__fields">
        <AuthorityField id="compare-a" name="a" label="First authority" picker={picker} defaultValue={first?.slug} />
        <AuthorityField id="compare-b" name="b" label="Second authority" picker={picker} defaultValue={second?.slug} />
        <div className="form-group">
          <button type="submit" className="button home-compare__button">
            Compare
          </button>
        </div>
      </div>
    </form>
  );
}
