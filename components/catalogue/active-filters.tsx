import Link from 'next/link'

import type { ActiveFilter } from '@/lib/catalogue/catalogue-page'

/** The filters on, as chips: following one removes that filter and keeps the others. */
export function ActiveFilters({ filters }: { filters: ActiveFilter[] }) {
  return (
    <div className="mt-3">
      <h3 className="sr-only">Active filters</h3>
      <ul className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.key} className="max-w-full">
            <Link
              href={filter.removeHref}
              className="inline-flex max-w-full items-center gap-1.5 rounded-full bg-primary-50 py-1 pr-2 pl-3 text-sm text-primary-900 ring-1 ring-primary-200 ring-inset hover:bg-primary-100"
            >
              <span className="sr-only">Remove filter </span>
              <span className="truncate">{filter.label}</span>
              <span aria-hidden="true" className="text-base leading-none text-primary-700">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
