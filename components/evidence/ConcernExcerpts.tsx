import type { ConcernExcerpt } from "@/lib/evidence/display";

/**
 * The concerns of a fold in a line or two: each paragraph's first concern
 * sentence, shortened, with its ref as a link to the paragraph (which opens
 * the fold).
 */
export function ConcernExcerpts({
  excerpts,
  href,
  name,
  className = "",
}: {
  excerpts: { items: ConcernExcerpt[]; more: number };
  href: (ref: string) => string;
  /** The council, when the page has two. */
  name?: string;
  className?: string;
}) {
  return (
    <p className={`concern-excerpts mb-0 text-body-s text-secondary-ink ${className}`.trim()}>
      Concerns:{" "}
      {excerpts.items.map((e, i) => (
        <span key={`${e.ref}-${i}`}>
          {i > 0 && "; "}&ldquo;{e.text}&rdquo; (
          <a href={href(e.ref)} aria-label={name ? `${name} paragraph ${e.ref}` : `Paragraph ${e.ref}`}>
            {e.ref}
          </a>
          )
        </span>
      ))}
      {excerpts.more > 0 && `; and ${excerpts.more} more`}.
    </p>
  );
}
