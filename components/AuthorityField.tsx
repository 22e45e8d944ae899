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
}

/**
 * A labelled authority field for GET forms: a <select> while the authorities
 * are few enough to list, otherwise a text input of the same name and label
 * where a name or slug is typed, which the page resolves on the server. Either
 * way it works without JavaScript, and the page's size does not grow with the
 * number of authorities.
 */
export function AuthorityField({ id, name, label, picker, defaultValue, emptyOption, error, className }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [picker.kind === "text" ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-group--error" : ""}${className ? ` ${className}` : ""}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {picker.kind === "text" ? (
        <span className="field-hint" id={hintId}>
          {AUTHORITY_INPUT_HINT}
        </span>
      ) : null}
      {error ? (
        <p className="error-message" id={errorId}>
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {picker.kind === "select" ? (
        <select
          className={`select${error ? " select--error" : ""}`}
          id={id}
          name={name}
          defaultValue={defaultValue}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        >
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {picker.authorities.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
      ) : (
        <input
          className={`input w-[20em]${error ? " input--error" : ""}`}
          type="text"
          id={id}
          name={name}
          defaultValue={defaultValue ?? ""}
          maxLength={AUTHORITY_INPUT_MAX_LENGTH}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      )}
    </div>
  );
}
