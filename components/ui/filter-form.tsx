/**
 * The pieces of a filter form (catalogue, tracker, delegations). The URL holds
 * the filters, so a view can be shared as a link and the back button works.
 * next/form submits as a plain GET form without JavaScript; with it, it
 * navigates client-side, so focus stays put and live counts are announced.
 *
 * Uncontrolled fields ignore a new default value, so each field is keyed by
 * its own filter: it is rebuilt only when that filter changed from outside (a
 * chip removed, a link followed), never the button that was just pressed.
 */
import Form from 'next/form'
import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

import { Button, ButtonLink } from './button'
import { EmptyState } from './empty-state'
import { CompactSelect, type CompactSelectProps } from './compact-select'
import { compactControlClasses, fieldLabelClasses } from './field'
import { TextLink } from './text-link'

type FilterPanelProps = {
  title: string
  /**
   * Given, the panel folds away below the large breakpoint, saying how many
   * filters are on, so results start on a phone's first screen.
   */
  activeCount?: number
  className?: string
  children: ReactNode
}

/** The box that holds a page's filter form, under the heading (`filters-heading`) that names the form. */
export function FilterPanel({ title, activeCount, className, children }: FilterPanelProps) {
  if (activeCount !== undefined) {
    return (
      <CollapsibleFilterPanel title={title} activeCount={activeCount} className={className}>
        {children}
      </CollapsibleFilterPanel>
    )
  }
  return (
    <section aria-labelledby="filters-heading" className={cn('rounded-card border border-slate-200 bg-slate-50 p-4 sm:p-5', className)}>
      <h2 id="filters-heading" className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  )
}

// Folded on small screens only: wide screens and browsers without JavaScript
// always show the form (the one place a closed <details> would hide it without
// need), by overriding the closed content's hiding rather than with a script.
function CollapsibleFilterPanel({ title, activeCount, className, children }: FilterPanelProps & { activeCount: number }) {
  return (
    <section aria-labelledby="filters-heading" className={cn('rounded-card border border-slate-200 bg-slate-50', className)}>
      <noscript>
        <style>{`#filters-panel::details-content { content-visibility: visible; display: block }`}</style>
      </noscript>
      <details id="filters-panel" className="group lg:details-content:block lg:details-content:[content-visibility:visible]">
        <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-card p-4 sm:px-5 lg:pointer-events-none lg:pb-0 [&::-webkit-details-marker]:hidden">
          <span className="flex flex-wrap items-baseline gap-x-2">
            <h2 id="filters-heading" className="text-base font-semibold text-slate-900">
              {title}
            </h2>
            {activeCount > 0 ? <span className="text-sm text-slate-700">({activeCount} active)</span> : null}
          </span>
          <span aria-hidden="true" className="text-slate-600 transition-transform group-open:rotate-180 lg:hidden">
            ▾
          </span>
        </summary>
        <div className="px-4 pb-4 sm:px-5 sm:pb-5">{children}</div>
      </details>
    </section>
  )
}

type FilterFormProps = {
  /** The page the filters apply to ("/catalogue"). */
  action: string
  className?: string
  children: ReactNode
}

/** A search landmark named by the page's `filters-heading` (a FilterPanel's title, or the section's). */
export function FilterForm({ action, className, children }: FilterFormProps) {
  return (
    <Form action={action} role="search" aria-labelledby="filters-heading" className={className}>
      {children}
    </Form>
  )
}

type FilterSearchProps = {
  /** The field's id is `{idPrefix}-q`. */
  idPrefix?: string
  label: string
  value: string | undefined
  maxLength: number
  placeholder?: string
}

/** The free-text search, sent as `q`. */
export function FilterSearch({ idPrefix = 'filter', label, value, maxLength, placeholder }: FilterSearchProps) {
  const id = `${idPrefix}-q`
  return (
    <div>
      <label htmlFor={id} className={fieldLabelClasses}>
        {label}
      </label>
      <input
        key={value ?? ''}
        id={id}
        name="q"
        type="search"
        defaultValue={value ?? ''}
        maxLength={maxLength}
        autoComplete="off"
        placeholder={placeholder}
        className={cn(compactControlClasses, 'placeholder:text-slate-500')}
      />
    </div>
  )
}

type FilterSelectProps = Omit<CompactSelectProps, 'idPrefix' | 'defaultValue' | 'className'> & {
  /** The select's id is `{idPrefix}-{name}`. */
  idPrefix?: string
  /** The filter's current value; none selects "Any". */
  value: string | number | undefined
}

/** One filter's choices, after "Any" (no filter). */
export function FilterSelect({ idPrefix = 'filter', value, options, ...props }: FilterSelectProps) {
  return (
    <CompactSelect
      key={value ?? ''}
      idPrefix={idPrefix}
      {...props}
      defaultValue={value ?? ''}
      options={[{ value: '', label: 'Any' }, ...options]}
    />
  )
}

type FilterActionsProps = {
  /** The page without filters. */
  clearHref: string
  isFiltered: boolean
  className?: string
}

export function FilterActions({ clearHref, isFiltered, className }: FilterActionsProps) {
  return (
    <div className={cn('flex flex-wrap items-center gap-x-4 gap-y-2', className)}>
      <Button type="submit">Apply filters</Button>
      {isFiltered ? <ClearFiltersLink href={clearHref} /> : null}
    </div>
  )
}

export function ClearFiltersLink({ href }: { href: string }) {
  return (
    <TextLink href={href} className="text-sm">
      Clear filters
    </TextLink>
  )
}

type NoFilterMatchesProps = {
  title: string
  /** What was looked for, and how to find more. */
  description: ReactNode
  clearHref: string
  className?: string
}

/** In place of the results when the filters leave nothing, with the way back to everything. */
export function NoFilterMatches({ title, description, clearHref, className }: NoFilterMatchesProps) {
  return (
    <EmptyState
      className={className}
      headingLevel="h3"
      title={title}
      description={description}
      action={
        <ButtonLink href={clearHref} variant="secondary">
          Clear filters
        </ButtonLink>
      }
    />
  )
}
