import { AuthorityField } from "@/components/AuthorityField";
import { AssessmentSelect } from "@/components/evidence/AssessmentSelect";
import { RegionSelect } from "@/components/lists/RegionSelect";
import { THEMES } from "@/lib/assessment";
import type { SearchPageData } from "@/lib/search/search-page";

/** The search form: the words, then the authority, outcome, theme and assessment to narrow them to. */
export function SearchForm({ form }: { form: SearchPageData["form"] }) {
  const { picker, outcomes, value } = form;
  return (
    <form method="get" action="/search" role="search" aria-label="Search findings and recommendations">
      <div className="form-group">
        <label className="label" htmlFor="q">
          Search for
        </label>
        <span className="field-hint" id="q-hint">
          For example CAMHS, &quot;designated doctor&quot; or supervis* (a word beginning with supervis). Use OR for either word and{" "}
          <span className="whitespace-nowrap">-word</span> to leave a word out.
        </span>
        <input
          className="input w-full max-w-measure"
          id="q"
          name="q"
          type="search"
          defaultValue={value.q ?? ""}
          aria-describedby="q-hint"
          maxLength={200}
        />
      </div>
      {/* Each field within the screen: the outcomes' long names would widen the page at 320px. */}
      <div className="flex flex-wrap gap-x-6 *:min-w-0 [&_.select]:max-w-[min(20rem,100%)]">
        <AuthorityField
          id="authority"
          name="authority"
          label="Authority"
          picker={picker}
          defaultValue={form.authority}
          emptyOption="All authorities"
          error={form.authorityError}
          choices={form.authorityChoices}
          choicesTotal={form.authorityChoicesTotal}
        />
        <RegionSelect value={value.region} />
        <div className="form-group">
          <label className="label" htmlFor="outcome">
            Outcome
          </label>
          <select className="select" id="outcome" name="outcome" defaultValue={value.outcome === undefined ? "" : String(value.outcome)}>
            <option value="">All outcomes</option>
            {outcomes.map((o) => (
              <option key={String(o.value)} value={String(o.value)}>
                {o.title}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="theme">
            Theme
          </label>
          <select className="select" id="theme" name="theme" defaultValue={value.theme ?? ""}>
            <option value="">All themes</option>
            {THEMES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <AssessmentSelect defaultValue={value.assessment} />
      </div>
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
