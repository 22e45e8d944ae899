/**
 * The part of alphagov's accessible-autocomplete (3.x, no types of its own
 * and none on DefinitelyTyped) that components/AuthorityInput.tsx uses.
 */
declare module "accessible-autocomplete" {
  interface AccessibleAutocompleteOptions<T> {
    element: HTMLElement;
    id: string;
    name?: string;
    defaultValue?: string;
    minLength?: number;
    confirmOnBlur?: boolean;
    inputClasses?: string;
    source: (query: string, populateResults: (results: T[]) => void) => void;
    templates?: { inputValue: (value: T | string | undefined) => string; suggestion: (value: T | string | undefined) => string };
    tAssistiveHint?: () => string;
    tNoResults?: () => string;
    tStatusQueryTooShort?: (minQueryLength: number) => string;
    tStatusNoResults?: () => string;
    tStatusResults?: (length: number, contentSelectedOption: string) => string;
  }
  export default function accessibleAutocomplete<T>(options: AccessibleAutocompleteOptions<T>): void;
}
