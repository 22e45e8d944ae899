"use client";

import "accessible-autocomplete/dist/accessible-autocomplete.min.css";
import { useEffect, useRef, useState } from "react";

interface Suggestion {
  slug: string;
  name: string;
  laNumber: string | null;
  onsCode: string | null;
}

interface Props {
  id: string;
  name: string;
  defaultValue: string;
  className: string;
  maxLength: number;
  /** The field's hint and error, said by the autocomplete while nothing is typed (it replaces aria-describedby). */
  description: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const nameOf = (s: Suggestion | string | undefined) => (typeof s === "string" ? s : (s?.name ?? ""));

/** A suggestion as listed: the name, and the codes it can be found by. */
function suggestionHtml(s: Suggestion | string | undefined): string {
  if (typeof s !== "object") return escapeHtml(nameOf(s));
  const codes = [s.laNumber, s.onsCode].filter(Boolean).join(", ");
  return `${escapeHtml(s.name)}${codes ? ` <span class="hint">(${escapeHtml(codes)})</span>` : ""}`;
}

/** The councils the suggestions API finds for what is typed; the previous request is abandoned. */
function suggestionSource() {
  let pending: AbortController | null = null;
  return (query: string, populate: (results: Suggestion[]) => void) => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    fetch(`/api/authorities/find?q=${encodeURIComponent(query)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { authorities: [] }))
      .then((body: { authorities: Suggestion[] }) => populate(body.authorities))
      .catch(() => {
        // Abandoned or offline: the form still works without suggestions.
      });
  };
}

/**
 * A council's typed field, with suggestions as one types: the plain input
 * the server sends (which works without JavaScript, resolved on the server)
 * becomes GOV.UK's accessible autocomplete (alphagov/accessible-autocomplete:
 * a combobox with a listbox, arrow keys, Enter, and a live region saying how
 * many councils match) once its script has loaded. What is typed so far is
 * kept, and the focus too.
 */
export function AuthorityInput({ id, name, defaultValue, className, maxLength, description, ...aria }: Props) {
  const plain = useRef<HTMLInputElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => {
    let cancelled = false;
    import("accessible-autocomplete").then(({ default: accessibleAutocomplete }) => {
      if (cancelled || !host.current || host.current.childElementCount > 0) return;
      const typed = plain.current?.value ?? defaultValue;
      const hadFocus = document.activeElement === plain.current;
      accessibleAutocomplete({
        element: host.current,
        id,
        name,
        defaultValue: typed,
        minLength: 2,
        confirmOnBlur: false,
        inputClasses: className,
        source: suggestionSource(),
        templates: { inputValue: nameOf, suggestion: suggestionHtml },
        tAssistiveHint: () => `${description} When suggestions appear, use the up and down arrows to review them and Enter to choose one.`,
        tNoResults: () => "No council matches",
        tStatusQueryTooShort: (n: number) => `Type ${n} or more characters for suggestions`,
        tStatusNoResults: () => "No council matches",
        tStatusResults: (n: number, contentSelected: string) =>
          `${n} ${n === 1 ? "council matches" : "councils match"}. ${contentSelected}`,
      });
      const input = host.current.querySelector("input");
      input?.setAttribute("maxlength", String(maxLength));
      if (aria["aria-invalid"]) input?.setAttribute("aria-invalid", "true");
      setEnhanced(true);
      if (hadFocus) input?.focus();
    });
    return () => {
      cancelled = true;
    };
    // Enhanced once, when the field is first shown: later renders keep the autocomplete as it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <>
      {!enhanced && (
        <input
          ref={plain}
          className={className}
          type="text"
          id={id}
          name={name}
          defaultValue={defaultValue}
          maxLength={maxLength}
          autoComplete="off"
          spellCheck={false}
          {...aria}
        />
      )}
      <div ref={host} />
    </>
  );
}
