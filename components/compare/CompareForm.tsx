import { AuthorityField } from "@/components/AuthorityField";
import type { AuthorityChoice, AuthorityPicker } from "@/lib/authorities/authority-picker";

interface Props {
  picker: AuthorityPicker;
  /** What each field shows: a slug from the list, or a name as typed. */
  a?: string;
  b?: string;
  /** What is wrong with each field, when a typed name matches no authority. */
  errors?: { a?: string; b?: string };
  /** Typed, a side that matches several councils: links choosing each, and how many it matches. */
  choices?: { a: AuthorityChoice[]; b: AuthorityChoice[]; total: { a?: number; b?: number } };
  /** Link that swaps the two sides; null until two authorities are compared. */
  swapHref: string | null;
  /** Whether only paragraphs raising a concern are shown. */
  concernsOnly?: boolean;
}

/** Picks the two authorities. A plain GET form: it works without JavaScript and its URL can be shared. */
export function CompareForm({ picker, a, b, errors = {}, choices, swapHref, concernsOnly = false }: Props) {
  return (
    <form method="get" action="/compare" className="print:hidden" aria-label="Choose authorities to compare">
      <div className="flex flex-wrap gap-x-6">
        {(["a", "b"] as const).map((side) => (
          <AuthorityField
            key={side}
            id={side}
            name={side}
            label={side === "a" ? "First authority" : "Second authority"}
            picker={picker}
            defaultValue={side === "a" ? a : b}
            error={errors[side]}
            choices={choices?.[side]}
            choicesTotal={choices?.total[side]}
          />
        ))}
      </div>
      <div className="my-4">
        <input
          type="checkbox"
          id="concerns"
          name="concerns"
          value="only"
          defaultChecked={concernsOnly}
          className="mr-2 h-5 w-5 align-middle"
        />
        <label htmlFor="concerns" className="align-middle">
          Show only paragraphs raising a concern
        </label>
      </div>
      <div className="flex flex-wrap items-start gap-4">
        <button type="submit" className="button">
          Compare
        </button>
        {swapHref && (
          <a href={swapHref} className="button button--secondary">
            Swap sides
          </a>
        )}
      </div>
    </form>
  );
}
