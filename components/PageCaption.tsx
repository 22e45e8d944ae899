import type { ReactNode } from "react";

/** GOV.UK's caption above a page's heading ("Inspection of children's health services"): grey, a size down. */
export function PageCaption({ children }: { children: ReactNode }) {
  return <span className="mb-1.25 block text-body-s text-secondary-ink sm:text-body-m">{children}</span>;
}
