"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/", label: "Authorities" },
  { href: "/compare", label: "Compare" },
  { href: "/themes", label: "Themes" },
  { href: "/recommendations", label: "Recommendations" },
  { href: "/search", label: "Search" },
  { href: "/import", label: "Import" },
  { href: "/actions", label: "Action plans" },
] as const;

/** Whether `href` is the section the visitor is in (authority pages belong to "Authorities"). */
function isCurrent(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/" || pathname.startsWith("/authorities");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main">
      <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
        {ITEMS.map((item) => (
          <li key={item.href} className="max-w-none">
            <Link
              href={item.href}
              aria-current={isCurrent(pathname, item.href) ? "page" : undefined}
              className="text-body-s font-bold text-white no-underline hover:underline hover:decoration-3 focus-visible:text-ink focus-visible:no-underline aria-[current=page]:underline aria-[current=page]:decoration-3 aria-[current=page]:underline-offset-[0.3em]"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
