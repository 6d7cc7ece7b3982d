import { TextLink, textLinkClasses } from '@/components/ui/text-link'

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-page flex-col gap-6 px-4 py-8 text-sm text-slate-600 sm:px-6 md:flex-row md:items-start md:justify-between lg:px-8">
        <div className="max-w-2xl space-y-1.5">
          <p className="font-medium text-slate-800">GFMD · Global Forum on Migration and Development</p>
          <p>
            Source: Summary report of the GFMD Dialogue on the Global Compact for safe, orderly and regular migration, Palais des Nations,
            Geneva, 6 April 2017.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <TextLink href="/about" variant="muted">
                About
              </TextLink>
            </li>
            <li>
              {/* A route handler, not a page: a plain link, no client-side navigation. */}
              <a href="/api/health" className={textLinkClasses('muted')}>
                Service status
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
