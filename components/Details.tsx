import type { ReactNode } from "react";

/**
 * GOV.UK details: a summary that opens a hidden explanation. `children` is the
 * explanation, one element (it gets the grey rule on its left).
 */
export function Details({ summary, className = "", children }: { summary: ReactNode; className?: string; children: ReactNode }) {
  return (
    <details className={`group mb-7.5 text-body-s ${className}`.trim()}>
      <summary className="relative inline-block cursor-pointer pl-5 text-link underline before:absolute before:left-0 before:content-['▸'] group-open:before:content-['▾'] focus-visible:bg-focus focus-visible:text-ink focus-visible:no-underline focus-visible:shadow-[0_4px_var(--color-ink)] focus-visible:outline-3 focus-visible:outline-transparent [&::-webkit-details-marker]:hidden">
        {summary}
      </summary>
      <div className="mt-2 border-l-5 border-border px-4 py-3">{children}</div>
    </details>
  );
}
