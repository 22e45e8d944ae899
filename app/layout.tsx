import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SiteNav } from "@/components/SiteNav";
import "./globals.css";

const SERVICE_NAME = "Children's services inspections";

export const metadata: Metadata = {
  title: {
    template: `%s – ${SERVICE_NAME}`,
    default: SERVICE_NAME,
  },
  description:
    "Read, compare and search Care Quality Commission inspection reports on safeguarding and looked after children's health services, 2011–12.",
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="en-GB">
      <body>
        <a href="#main-content" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="page-width flex flex-col gap-3 pt-3 pb-2">
            <Link href="/" className="site-header__service-name">
              {SERVICE_NAME}
            </Link>
            <div className="site-header__row">
              <SiteNav />
              <form method="get" action="/search" role="search" aria-label="Site search" className="header-search">
                <label htmlFor="header-search-q" className="visually-hidden">
                  Search findings and recommendations
                </label>
                <input
                  id="header-search-q"
                  name="q"
                  type="search"
                  className="header-search__input"
                  placeholder="Search findings"
                  maxLength={200}
                />
                <button type="submit" className="header-search__button">
                  Search
                </button>
              </form>
            </div>
          </div>
        </header>
        <main id="main-content" tabIndex={-1} className="page-width w-full pt-8 pb-12">
          {children}
        </main>
        <footer className="site-footer">
          <div className="page-width py-6">
            <p>
              Data source: Care Quality Commission integrated inspections of safeguarding and looked after children&rsquo;s services,
              2011–12.
            </p>
            <p className="mb-0">
              <Link href="/about">About these reports</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
