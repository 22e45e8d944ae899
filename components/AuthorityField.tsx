import { InputField, SelectField } from "@/components/form/FormField";
import { AUTHORITY_INPUT_HINT, AUTHORITY_INPUT_MAX_LENGTH, type AuthorityPicker } from "@/lib/authorities/authority-picker";

interface Props {
  id: string;
  name: string;
  label: string;
  /** A <select> of the authorities, or a text input when there are too many to list (lib/authorities/authority-picker.ts). */
  picker: AuthorityPicker;
  /** The chosen authority: its slug for the <select>, its name (or what was typed) for the text input. */
  defaultValue?: string;
  /** A first option meaning "any authority", with the value "": "All authorities". */
  emptyOption?: string;
  /** What is wrong with the value, shown by the field (GOV.UK error message). */
  error?: string;
  className?: string;
  /** Classes of the control itself; a text input is 20em wide unless they say otherwise. */
  controlClassName?: string;
}

/**
 * A labelled authority field for GET forms: a <select> while the authorities
 * are few enough to list, otherwise a text input of the same name and label
 * where a name or slug is typed, which the page resolves on the server. Either
 * way it works without JavaScript, and the page's size does not grow with the
 * number of authorities.
 */
export function AuthorityField({ picker, controlClassName, ...field }: Props) {
  if (picker.kind === "select") {
    const options = picker.authorities.map((a) => ({ value: a.slug, label: a.name }));
    return <SelectField {...field} controlClassName={controlClassName} options={options} />;
  }
  return (
    <InputField
      {...field}
      type="text"
      hint={AUTHORITY_INPUT_HINT}
      controlClassName={controlClassName ?? "w-[20em]"}
      maxLength={AUTHORITY_INPUT_MAX_LENGTH}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
