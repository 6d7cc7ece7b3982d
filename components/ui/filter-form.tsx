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
import { compactControlClasses, fieldLabelClasses } from './field'
import { TextLink } from './text-link'

type FilterFormProps = {
  /** The page the filters apply to ("/catalogue"). */
  action: string
  /** The id of the heading that names the form. */
  labelledBy: string
  className?: string
  children: ReactNode
}

export function FilterForm({ action, labelledBy, className, children }: FilterFormProps) {
  return (
    <Form action={action} role="search" aria-labelledby={labelledBy} className={className}>
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

export type SelectOption = { value: string | number; label: string }
export type SelectOptionGroup = { group: string; options: SelectOption[] }

/** Choices from a list of values and the words for each: `labelledOptions(itemKinds, itemKindLabels)`. */
export function labelledOptions<Value extends string>(values: readonly Value[], labels: Record<Value, string>): SelectOption[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

type CompactSelectProps = {
  /** The select's id is `{idPrefix}-{name}`. */
  idPrefix: string
  name: string
  label: string
  defaultValue: string | number
  /** Choices, or groups of them (shown as optgroups). */
  options: (SelectOption | SelectOptionGroup)[]
  /** On the wrapper of label and select, for its width in a row of controls. */
  className?: string
}

/** A labelled select in the compact size of filter and bulk-action bars. */
export function CompactSelect({ idPrefix, name, label, defaultValue, options, className }: CompactSelectProps) {
  const id = `${idPrefix}-${name}`
  return (
    <div className={className}>
      <label htmlFor={id} className={fieldLabelClasses}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={compactControlClasses}>
        {options.map((option) =>
          'group' in option ? (
            <optgroup key={option.group} label={option.group}>
              {option.options.map(renderOption)}
            </optgroup>
          ) : (
            renderOption(option)
          ),
        )}
      </select>
    </div>
  )
}

function renderOption(option: SelectOption) {
  return (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
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
