import type { ReactNode } from "react";

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** What is wrong with the value, shown by the field (GOV.UK error message). */
  error?: string;
  className?: string;
  children: ReactNode;
}

/** A GOV.UK form group: the label, then the hint and the error message when there are any, then the control. */
export function FormField({ id, label, hint, error, className, children }: FieldProps) {
  return (
    <div className={`form-group${error ? " form-group--error" : ""}${className ? ` ${className}` : ""}`}>
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

/** The attributes that tie a control to its field's hint and error. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return { "aria-describedby": ids.length ? ids.join(" ") : undefined, "aria-invalid": error ? true : undefined } as const;
}

type ControlProps = Omit<FieldProps, "children"> & { name?: string; defaultValue?: string; controlClassName?: string };

/** A labelled <select>: `emptyOption` is a first option of value "" ("All authorities"). */
export function SelectField(props: ControlProps & { options: { value: string; label: string }[]; emptyOption?: string }) {
  const { id, error, hint, options, emptyOption } = props;
  return (
    <FormField id={id} label={props.label} hint={hint} error={error} className={props.className}>
      <select
        className={`select${props.controlClassName ? ` ${props.controlClassName}` : ""}${error ? " select--error" : ""}`}
        id={id}
        name={props.name ?? id}
        defaultValue={props.defaultValue}
        {...describedBy(id, hint, error)}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** A labelled <input>: text, search or date. */
export function InputField(
  props: ControlProps & { type: "text" | "search" | "date"; maxLength?: number; autoComplete?: string; spellCheck?: boolean },
) {
  const { id, error, hint } = props;
  return (
    <FormField id={id} label={props.label} hint={hint} error={error} className={props.className}>
      <input
        className={`input${props.controlClassName ? ` ${props.controlClassName}` : ""}${error ? " input--error" : ""}`}
        type={props.type}
        id={id}
        name={props.name ?? id}
        defaultValue={props.defaultValue ?? ""}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete}
        spellCheck={props.spellCheck}
        {...describedBy(id, hint, error)}
      />
    </FormField>
  );
}
