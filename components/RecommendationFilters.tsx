import type { ReactNode } from "react";
import { AUTHORITY_INPUT_HINT, AUTHORITY_INPUT_MAX_LENGTH, type AuthorityPicker } from "@/lib/authorities/authority-picker";
import type { ParamError } from "@/lib/requests/params";
import type { DeadlineOption } from "@/lib/queries/recommendations";
import { deadlineKeyLabel } from "@/lib/recommendations/deadlines";
import { FILTER_LABELS, type FilterKey, REGISTER_PATH } from "@/lib/recommendations/register";

/** Fields side by side where there is room: two, then three to a row. */
const ROW = "sm:grid sm:grid-cols-2 sm:items-end sm:gap-x-5 md:grid-cols-3";

export type FilterFormValues = Partial<Record<FilterKey, string>>;

interface Props {
  /** What the fields show: the filters in use, or the values as given when they are invalid. */
  values: FilterFormValues;
  deadlines: DeadlineOption[];
  /** The authorities to choose from, or a text input when there are too many to list (the page then shows the name typed or found). */
  picker: AuthorityPicker;
  errors: ParamError[];
  /** Show a "Clear all filters" link by the button (when the "filters applied" box, which has one, is not shown). */
  showClear: boolean;
}

function Field({ id, label, hint, error, children }: { id: FilterKey; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** aria-describedby for a field: its hint and its error, when it has them. */
function describedBy(id: FilterKey, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * The register's filters: a GET form, so it works without JavaScript and every
 * choice is a URL. Each field's id is its parameter's name, which is what the
 * error summary links to.
 */
export function RecommendationFilters({ values, deadlines, picker, errors, showClear }: Props) {
  const errorFor = (key: FilterKey) => errors.find((e) => e.param === key)?.message;
  // A well-formed value the data does not have (deadline=12, authority=nowhere) stays selectable, so the form shows the URL truthfully.
  const deadlineOptions = [...deadlines];
  if (values.deadline && !errorFor("deadline") && !deadlines.some((d) => d.key === values.deadline)) {
    deadlineOptions.push({ key: values.deadline, label: deadlineKeyLabel(values.deadline), count: 0 });
  }
  const authorities = picker.kind === "select" ? picker.authorities : [];
  const authorityOptions = authorities.map((a) => ({ value: a.slug, label: a.name }));
  if (values.authority && !errorFor("authority") && !authorities.some((a) => a.slug === values.authority)) {
    authorityOptions.push({ value: values.authority, label: `${values.authority} (no recommendations)` });
  }
  const selectValue = (key: FilterKey, options: string[]) => (values[key] && options.includes(values[key]) ? values[key] : "");

  const e = {
    q: errorFor("q"),
    deadline: errorFor("deadline"),
    authority: errorFor("authority"),
    source: errorFor("source"),
    dueAfter: errorFor("dueAfter"),
    dueBefore: errorFor("dueBefore"),
  };

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

      <Field id="q" label="Search the text" hint="Words in the recommendation or in who it is addressed to" error={e.q}>
        <input
          className={`input w-full max-w-[30em] ${e.q ? "input--error" : ""}`}
          type="search"
          id="q"
          name="q"
          defaultValue={values.q ?? ""}
          maxLength={200}
          aria-describedby={describedBy("q", true, e.q)}
          aria-invalid={e.q ? true : undefined}
        />
      </Field>

      <div className={ROW}>
        <Field id="deadline" label={FILTER_LABELS.deadline} error={e.deadline}>
          <select
            className={`select w-full ${e.deadline ? "select--error" : ""}`}
            id="deadline"
            name="deadline"
            defaultValue={selectValue(
              "deadline",
              deadlineOptions.map((d) => d.key),
            )}
            aria-describedby={describedBy("deadline", false, e.deadline)}
            aria-invalid={e.deadline ? true : undefined}
          >
            <option value="">Any deadline</option>
            {deadlineOptions.map((d) => (
              <option key={d.key} value={d.key}>
                {d.label} ({d.count})
              </option>
            ))}
          </select>
        </Field>

        {picker.kind === "text" ? (
          <Field id="authority" label={FILTER_LABELS.authority} hint={AUTHORITY_INPUT_HINT} error={e.authority}>
            <input
              className={`input w-full ${e.authority ? "input--error" : ""}`}
              type="text"
              id="authority"
              name="authority"
              defaultValue={values.authority ?? ""}
              maxLength={AUTHORITY_INPUT_MAX_LENGTH}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={describedBy("authority", true, e.authority)}
              aria-invalid={e.authority ? true : undefined}
            />
          </Field>
        ) : (
          <Field id="authority" label={FILTER_LABELS.authority} error={e.authority}>
            <select
              className={`select w-full ${e.authority ? "select--error" : ""}`}
              id="authority"
              name="authority"
              defaultValue={selectValue(
                "authority",
                authorityOptions.map((a) => a.value),
              )}
              aria-describedby={describedBy("authority", false, e.authority)}
              aria-invalid={e.authority ? true : undefined}
            >
              <option value="">All authorities</option>
              {authorityOptions.map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
            </select>
          </Field>
        )}

        <Field id="source" label={FILTER_LABELS.source} error={e.source}>
          <select
            className={`select w-full ${e.source ? "select--error" : ""}`}
            id="source"
            name="source"
            defaultValue={selectValue("source", ["CQC", "Ofsted"])}
            aria-describedby={describedBy("source", false, e.source)}
            aria-invalid={e.source ? true : undefined}
          >
            <option value="">CQC or Ofsted</option>
            <option value="CQC">CQC</option>
            <option value="Ofsted">Ofsted</option>
          </select>
        </Field>
      </div>

      <div className={ROW}>
        <Field id="dueAfter" label={FILTER_LABELS.dueAfter} error={e.dueAfter}>
          <input
            className={`input w-full ${e.dueAfter ? "input--error" : ""}`}
            type="date"
            id="dueAfter"
            name="dueAfter"
            defaultValue={values.dueAfter ?? ""}
            aria-describedby={describedBy("dueAfter", false, e.dueAfter)}
            aria-invalid={e.dueAfter ? true : undefined}
          />
        </Field>

        <Field id="dueBefore" label={FILTER_LABELS.dueBefore} error={e.dueBefore}>
          <input
            className={`input w-full ${e.dueBefore ? "input--error" : ""}`}
            type="date"
            id="dueBefore"
            name="dueBefore"
            defaultValue={values.dueBefore ?? ""}
            aria-describedby={describedBy("dueBefore", false, e.dueBefore)}
            aria-invalid={e.dueBefore ? true : undefined}
          />
        </Field>
      </div>

      <div className="flex flex-wrap items-baseline gap-x-5">
        <button type="submit" className="button mb-4">
          Apply filters
        </button>
        {showClear ? <a href={REGISTER_PATH}>Clear all filters</a> : null}
      </div>
    </form>
  );
}
