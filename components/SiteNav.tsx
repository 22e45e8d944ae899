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
] as const;

/** Whether `href` is the section the visitor is in (authority pages belong to "Authorities"). */
function isCurrent(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/" || pathname.startsWith("/authorities");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className="site-nav">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
