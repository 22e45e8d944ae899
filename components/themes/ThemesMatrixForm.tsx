import { SelectField } from "@/components/form/FormField";
import { RegionSelect } from "@/components/lists/RegionSelect";
import type { ThemesMatrixPageData } from "@/lib/themes/load-themes-matrix";

/** The matrix's region and order: a GET form, so each view is a URL and it works without JavaScript. */
export function ThemesMatrixForm({ form }: { form: ThemesMatrixPageData["form"] }) {
  return (
    <form method="get" action="/themes#themes-matrix" className="print:hidden" aria-label="Choose the councils and their order">
      <div className="flex flex-wrap items-end gap-x-4 *:min-w-0 [&_.select]:max-w-[min(24rem,100%)]">
        <RegionSelect value={form.values.region} />
        <SelectField
          id="sort"
          label="Order councils by"
          emptyOption="Name, A to Z"
          options={form.themes.map((t) => ({ value: t.id, label: `${t.name}: most concerns first` }))}
          defaultValue={form.values.sort}
        />
        <div className="form-group">
          <button type="submit" className="button">
            Show councils
          </button>
        </div>
      </div>
    </form>
  );
}
