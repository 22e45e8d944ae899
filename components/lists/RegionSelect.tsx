import { SelectField } from "@/components/form/FormField";
import { REGIONS } from "@/lib/councils/regions";

/** The `region` filter of the lists' GET forms: the nine English regions, or all. */
export function RegionSelect({ value, error, className }: { value?: string; error?: string; className?: string }) {
  return (
    <SelectField
      id="region"
      label="Region"
      error={error}
      controlClassName={className}
      emptyOption="All regions"
      options={REGIONS.map((r) => ({ value: r, label: r }))}
      defaultValue={value ?? ""}
    />
  );
}
