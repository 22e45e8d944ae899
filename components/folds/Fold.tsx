import type { ReactNode } from "react";

/**
 * A fold of evidence: a native <details>, so it opens without JavaScript, and
 * prints open (globals.css). `data-fold` is what "Open all" and printing look for.
 */
export function Fold({
  summary,
  className = "",
  open,
  children,
}: {
  summary: ReactNode;
  className?: string;
  /** Open from the start (the one council of a filtered list, say). */
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details data-fold open={open} className={`fold group ${className}`.trim()}>
      <summary className="fold__summary relative inline-block cursor-pointer py-1 pl-5 text-link underline before:absolute before:left-0 before:content-['▸'] group-open:before:content-['▾'] focus-visible:bg-focus focus-visible:text-ink focus-visible:no-underline focus-visible:shadow-[0_4px_var(--color-ink)] focus-visible:outline-3 focus-visible:outline-transparent print:hidden [&::-webkit-details-marker]:hidden">
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
