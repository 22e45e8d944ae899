import { AuthorityField } from "@/components/AuthorityField";
import { InputField, SelectField } from "@/components/form/FormField";
import { RegionSelect } from "@/components/lists/RegionSelect";
import type { AuthorityChoice, AuthorityPicker } from "@/lib/authorities/authority-picker";
import type { ParamError } from "@/lib/requests/params";
import type { DeadlineOption } from "@/lib/queries/recommendations";
import { deadlineKeyLabel } from "@/lib/recommendations/deadlines";
import { FILTER_LABELS, type FilterKey, REGISTER_PATH } from "@/lib/recommendations/register";

/** Fields side by side where there is room: two, then three to a row. */
const ROW = "sm:grid sm:grid-cols-2 sm:items-end sm:gap-x-5 md:grid-cols-3";

const SOURCES = [
  { value: "CQC", label: "CQC" },
  { value: "Ofsted", label: "Ofsted" },
];

export type FilterFormValues = Partial<Record<FilterKey, string>>;

interface Props {
  /** What the fields show: the filters in use, or the values as given when they are invalid. */
  values: FilterFormValues;
  deadlines: DeadlineOption[];
  /** The authorities to choose from, or a text input when there are too many to list (the page then shows the name typed or found). */
  picker: AuthorityPicker;
  errors: ParamError[];
  /** When the typed authority matches several: links choosing each, and how many it matches. */
  authorityChoices?: AuthorityChoice[];
  authorityChoicesTotal?: number;
  /** Show a "Clear all filters" link by the button (when the "filters applied" box, which has one, is not shown). */
  showClear: boolean;
}

/**
 * The register's filters: a GET form, so it works without JavaScript and every
 * choice is a URL. Each field's id is its parameter's name, which is what the
 * error summary links to.
 */
export function RecommendationFilters({ values, deadlines, picker, errors, showClear, authorityChoices, authorityChoicesTotal }: Props) {
  const errorFor = (key: FilterKey) => errors.find((e) => e.param === key)?.message;
  const e = Object.fromEntries(FIELDS.map((key) => [key, errorFor(key)])) as Record<FilterKey, string | undefined>;
  const choices = fieldChoices(values, deadlines, picker, e);
  return (
    // A grey panel. GOV.UK's red is 4.34:1 on the grey: too little for the 16px bold text of a phone (19px bold, at larger widths, counts
    // as large text). A darker red keeps 4.5:1.
    <form
      method="get"
      action={REGISTER_PATH}
      className="filter-panel mb-7.5 bg-light-grey px-4 pt-4 pb-1 sm:px-5 sm:pt-5 sm:pb-2 [&_.error-message]:text-error-dark"
      aria-labelledby="filter-heading"
      noValidate
    >
      <h2 id="filter-heading" className="mt-0 text-body-m">
        Filter recommendations
      </h2>
      <InputField
        id="q"
        type="search"
        label="Search the text"
        hint="Words in the recommendation or in who it is addressed to"
        error={e.q}
        controlClassName="w-full max-w-[30em]"
        defaultValue={values.q}
        maxLength={200}
      />
      <div className={ROW}>
        <SelectField
          id="deadline"
          label={FILTER_LABELS.deadline}
          error={e.deadline}
          controlClassName="w-full"
          emptyOption="Any deadline"
          options={choices.deadlines}
          defaultValue={choices.deadline}
        />
        <AuthorityField
          id="authority"
          name="authority"
          label={FILTER_LABELS.authority}
          picker={choices.picker}
          error={e.authority}
          choices={authorityChoices}
          choicesTotal={authorityChoicesTotal}
          controlClassName="w-full"
          emptyOption="All authorities"
          defaultValue={choices.authority}
        />
        <SelectField
          id="source"
          label={FILTER_LABELS.source}
          error={e.source}
          controlClassName="w-full"
          emptyOption="CQC or Ofsted"
          options={SOURCES}
          defaultValue={SOURCES.some((o) => o.value === values.source) ? values.source : ""}
        />
      </div>
      <div className={ROW}>
        <RegionSelect value={values.region} error={e.region} className="w-full" />
        <SelectField
          id="group"
          label="Arrange"
          error={e.group}
          controlClassName="w-full"
          emptyOption="Soonest due first"
          options={[{ value: "council", label: "By council, A to Z" }]}
          defaultValue={values.group === "council" ? "council" : ""}
        />
      </div>
      <DueDateFields values={values} errors={e} />
      <div className="flex flex-wrap items-baseline gap-x-5">
        <button type="submit" className="button mb-4">
          Apply filters
        </button>
        {showClear ? <a href={REGISTER_PATH}>Clear all filters</a> : null}
      </div>
    </form>
  );
}

const FIELDS: FilterKey[] = ["q", "deadline", "authority", "region", "source", "dueAfter", "dueBefore", "group"];

/**
 * The choices of the register's selects and the one each shows. A well-formed
 * value the data does not have (deadline=12, authority=nowhere) stays
 * selectable, so the form shows the URL truthfully; an invalid one shows the
 * empty choice.
 */
function fieldChoices(
  values: FilterFormValues,
  deadlines: DeadlineOption[],
  picker: AuthorityPicker,
  e: Record<FilterKey, string | undefined>,
) {
  const deadlineOptions = [...deadlines];
  if (values.deadline && !e.deadline && !deadlines.some((d) => d.key === values.deadline)) {
    deadlineOptions.push({ key: values.deadline, label: deadlineKeyLabel(values.deadline), count: 0 });
  }
  const authorities = picker.kind === "select" ? [...picker.authorities] : [];
  if (values.authority && !e.authority && !authorities.some((a) => a.slug === values.authority)) {
    authorities.push({ slug: values.authority, name: `${values.authority} (no recommendations)` });
  }
  const shown = (value: string | undefined, options: string[]) => (value && options.includes(value) ? value : "");
  return {
    deadlines: deadlineOptions.map((d) => ({ value: d.key, label: `${d.label} (${d.count})` })),
    deadline: shown(
      values.deadline,
      deadlineOptions.map((d) => d.key),
    ),
    picker: picker.kind === "select" ? ({ kind: "select", authorities } as const) : picker,
    authority:
      picker.kind === "select"
        ? shown(
            values.authority,
            authorities.map((a) => a.slug),
          )
        : values.authority,
  };
}

function DueDateFields({ values, errors }: { values: FilterFormValues; errors: Record<FilterKey, string | undefined> }) {
  return (
    <div className={ROW}>
      <InputField
        id="dueAfter"
        type="date"
        label={FILTER_LABELS.dueAfter}
        error={errors.dueAfter}
        controlClassName="w-full"
        defaultValue={values.dueAfter}
      />
      <InputField
        id="dueBefore"
        type="date"
        label={FILTER_LABELS.dueBefore}
        error={errors.dueBefore}
        controlClassName="w-full"
        defaultValue={values.dueBefore}
      />
    </div>
  );
}
