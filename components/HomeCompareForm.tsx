import type { AuthorityPicker } from "@/lib/authorities/authority-picker";
import { AuthorityField } from "./AuthorityField";

/**
 * Picks two authorities and opens /compare?a=…&b=…: a plain GET form, so it
 * works without JavaScript. From a list, the first two authorities are chosen
 * to start with; typed names start empty.
 */
export function HomeCompareForm({ picker }: { picker: AuthorityPicker }) {
  const [first, second] = picker.kind === "select" ? picker.authorities : [];
  return (
    // A grey panel. GOV.UK's red is 4.34:1 on the grey: a darker red keeps an error message at 4.5:1.
    <form
      method="get"
      action="/compare"
      className="mb-10 bg-light-grey px-4 pt-4 [&_.error-message]:text-error-dark [&_.select]:min-w-48"
      aria-labelledby="compare-heading"
    >
      <h2 id="compare-heading" className="mt-0">
        Compare two authorities
      </h2>
      <div className="flex flex-wrap items-end gap-x-6">
        <AuthorityField id="compare-a" name="a" label="First authority" picker={picker} defaultValue={first?.slug} />
        <AuthorityField id="compare-b" name="b" label="Second authority" picker={picker} defaultValue={second?.slug} />
        <div className="form-group">
          <button type="submit" className="button mb-0">
            Compare
          </button>
        </div>
      </div>
    </form>
  );
}
