import { AuthorityInput } from "@/components/AuthorityInput";
import { describedBy, FormField, SelectField } from "@/components/form/FormField";
import {
  AUTHORITY_INPUT_HINT,
  AUTHORITY_INPUT_MAX_LENGTH,
  type AuthorityChoice,
  type AuthorityPicker,
} from "@/lib/authorities/authority-picker";

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
  /** When what was typed matches several councils: links choosing each (the first few of them). */
  choices?: AuthorityChoice[];
  /** How many councils it matches, when more than the choices listed. */
  choicesTotal?: number;
  className?: string;
  /** Classes of the control itself; a text input is 20em wide unless they say otherwise. */
  controlClassName?: string;
}

/**
 * A labelled authority field for GET forms: a <select> while the authorities
 * are few enough to list, otherwise a text input of the same name and label
 * where part of a name, an LA number or an ONS code is typed, which the page
 * resolves on the server (lib/authorities/authority-match.ts) and which
 * suggests councils as one types when JavaScript runs. Either way it works
 * without JavaScript, and the page's size does not grow with the number of
 * authorities. When what was typed matches several councils, they are
 * listed under the field to choose from.
 */
export function AuthorityField({ picker, controlClassName, choices = [], choicesTotal = 0, ...field }: Props) {
  if (picker.kind === "select") {
    const options = picker.authorities.map((a) => ({ value: a.slug, label: a.name }));
    return <SelectField {...field} controlClassName={controlClassName} options={options} />;
  }
  const { id, error } = field;
  return (
    <FormField id={id} label={field.label} hint={AUTHORITY_INPUT_HINT} error={error} className={field.className}>
      <AuthorityInput
        id={id}
        name={field.name}
        defaultValue={field.defaultValue ?? ""}
        className={`input ${controlClassName ?? "w-[20em] max-w-full"}${error ? " input--error" : ""}`}
        maxLength={AUTHORITY_INPUT_MAX_LENGTH}
        description={`${error ? `Error: ${error.replace(/\.?$/, ".")} ` : ""}${AUTHORITY_INPUT_HINT}.`}
        {...describedBy(id, AUTHORITY_INPUT_HINT, error)}
      />
      {choices.length > 0 && (
        <div className="mt-3">
          <p className="mb-1 font-bold" id={`${id}-choices`}>
            Choose a council
          </p>
          <ul className="m-0 list-none p-0" aria-labelledby={`${id}-choices`}>
            {choices.map((c) => (
              <li key={c.href} className="mb-1">
                <a href={c.href}>{c.name}</a>
              </li>
            ))}
          </ul>
          {choicesTotal > choices.length && (
            <p className="hint mt-1">
              These are the first {choices.length} of {choicesTotal.toLocaleString("en-GB")}: type more of the name to find others.
            </p>
          )}
        </div>
      )}
    </FormField>
  );
}
