import { AuthorityField } from "@/components/AuthorityField";
import { AssessmentSelect } from "@/components/evidence/AssessmentSelect";
import type { ThemePageData } from "@/lib/themes/load-theme-page";

/** Narrows a theme's evidence to one council and one assessment. */
export function ThemeFilterForm({ themeId, form }: { themeId: string; form: ThemePageData["form"] }) {
  return (
    <form method="get" action={`/themes/${themeId}`} className="print:hidden" aria-label="Filter this theme's evidence">
      <div className="flex flex-wrap items-end gap-4">
        <AuthorityField
          id="authority"
          name="authority"
          label="Council"
          picker={form.picker}
          defaultValue={form.authority}
          emptyOption="All councils"
          choices={form.choices}
          choicesTotal={form.choicesTotal}
        />
        <AssessmentSelect defaultValue={form.values.assessment} />
        <div className="form-group">
          <button type="submit" className="button">
            Apply filters
          </button>
        </div>
      </div>
    </form>
  );
}
