import Link from "next/link";

/** GOV.UK breadcrumbs: the way up to the page, then the page itself (not a link). Not printed. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  const crumb = "not-first:before:mx-2 not-first:before:text-secondary-ink not-first:before:content-['›']";
  return (
    <nav className="-mt-4 mb-6 text-body-s print:hidden" aria-label="Breadcrumb">
      <ol className="m-0 flex list-none flex-wrap p-0">
        {trail.map((t) => (
          <li key={t.href} className={crumb}>
            <Link href={t.href}>{t.label}</Link>
          </li>
        ))}
        <li aria-current="page" className={crumb}>
          {current}
        </li>
      </ol>
    </nav>
  );
}
