import type { ReactNode } from "react";
import type { SortHeader } from "@/lib/home/home-page";

/** A sortable column's heading link: its label (or `children`), what following it does for screen readers, and an arrow. */
export function SortLink({ header, children }: { header: SortHeader; children?: ReactNode }) {
  return (
    <a href={header.href} className="font-bold text-link visited:text-link print:whitespace-normal">
      {children ?? <span className="whitespace-nowrap">{header.label}</span>}
      <span className="sr-only"> ({header.action})</span>
      <span
        className={`ml-[0.3em] inline-block text-[0.8em] no-underline print:hidden ${header.ariaSort ? "text-ink" : ""}`}
        aria-hidden="true"
      >
        {header.ariaSort === "ascending" ? "▲" : header.ariaSort === "descending" ? "▼" : "⇅"}
      </span>
    </a>
  );
}
