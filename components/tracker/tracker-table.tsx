'use client'

import Link from 'next/link'
import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react'

import { ItemCode } from '@/components/catalogue/item-badges'
import { StanceBadge } from '@/components/positions/stance-badge'
import { ReviewStateBadge } from '@/components/review/review-state-badge'
import { StateBadge } from '@/components/statuses/state-badge'
import { Button } from '@/components/ui/button'
import { CompactSelect, labelledOptions } from '@/components/ui/compact-select'
import { Notice } from '@/components/ui/notice'
import { ScrollTable, SortableTh, Th } from '@/components/ui/table'
import type { FormState } from '@/lib/auth/form-action'
import type { ReviewState } from '@/lib/generated/prisma/enums'
import { cn } from '@/lib/cn'
import { formatDateTime } from '@/lib/dates'
import { plural } from '@/lib/plural'
import { visibilityLabels } from '@/lib/visibility/labels'
import { bulkShareVisibilities } from '@/lib/tracker/bulk-schemas'
import type { TrackerRow, TrackerShare } from '@/lib/tracker/delegation-tracker'
import type { SortLink, TrackerSortKey } from '@/lib/tracker/tracker-sort'

import { implementationStateOptions } from './state-options'

type Action = (previous: FormState, formData: FormData) => Promise<FormState>

type TrackerTableProps = {
  rows: TrackerRow[]
  /** A link per column to the view sorted by it. */
  sortLinks: SortLink[]
  setStatusAction: Action
  /** Only for focal points: delegates draft, focal points share. */
  shareAction: Action | null
}

// The scroll margin keeps a focused row clear of the bulk actions pinned to the bottom of the screen.
const checkbox = 'size-4 rounded-sm border-slate-400 text-primary-700 accent-primary-700 sm:scroll-mb-64'
// Not the shared Td: a selected row's cells take the selection's background instead of white.
const td = 'border-b border-slate-100 px-3 py-3 align-top text-slate-800'

const shareVisibilityOptions = labelledOptions(bulkShareVisibilities, visibilityLabels)

/** A draft's latest share, in words: whether others see it, and whether the draft moved on since. */
function ShareCell({ share, version, review }: { share: TrackerShare | null; version: number; review: ReviewState | null }) {
  if (!share) return <span className="text-slate-600">Not shared</span>
  return (
    <>
      <span className="block">{visibilityLabels[share.visibility]}</span>
      <span className="block text-slate-600 tabular-nums">
        {share.version === version ? `Version ${version}` : `Version ${share.version} of ${version}: changed since`}
      </span>
      {review ? (
        <span className="mt-1 block">
          <span className="sr-only">Secretariat review: </span>
          <ReviewStateBadge state={review} />
        </span>
      ) : null}
    </>
  )
}

function None() {
  return <span className="text-slate-600">—</span>
}

type Column = { key: Exclude<TrackerSortKey, 'item'>; label: string; className?: string; cell: (row: TrackerRow) => ReactNode }

/** The columns after the item, as the table and the phone's cards both show them. */
const columns: Column[] = [
  {
    key: 'position',
    label: 'Stance',
    cell: (row) => (row.position ? <StanceBadge stance={row.position.stance} /> : <span className="text-slate-600">No position</span>),
  },
  {
    key: 'position-share',
    label: 'Position shared',
    className: 'min-w-28',
    cell: (row) =>
      row.position ? (
        <ShareCell share={row.position.share} version={row.position.version} review={row.review?.position ?? null} />
      ) : (
        <None />
      ),
  },
  {
    key: 'status',
    label: 'Implementation status',
    className: 'min-w-28',
    cell: (row) => (row.status ? <StateBadge state={row.status.state} /> : <span className="text-slate-600">No status</span>),
  },
  {
    key: 'status-share',
    label: 'Status shared',
    className: 'min-w-28',
    cell: (row) =>
      row.status ? <ShareCell share={row.status.share} version={row.status.version} review={row.review?.status ?? null} /> : <None />,
  },
  {
    key: 'edited',
    label: 'Last edited',
    className: 'min-w-32',
    cell: (row) =>
      row.lastEdited ? (
        <>
          <span className="block">{row.lastEdited.by}</span>
          <time dateTime={row.lastEdited.at} className="block text-slate-600 tabular-nums">
            {formatDateTime(new Date(row.lastEdited.at))}
          </time>
        </>
      ) : (
        <None />
      ),
  },
  { key: 'comments', label: 'Comments', cell: (row) => <span className="tabular-nums">{row.comments}</span> },
  {
    key: 'shares',
    label: 'Shared by others',
    className: 'min-w-24',
    cell: ({ shares }) =>
      shares.positions + shares.statuses === 0 ? (
        <span className="text-slate-600">None</span>
      ) : (
        <>
          {shares.positions > 0 ? <span className="block tabular-nums">{plural(shares.positions, 'position', 'positions')}</span> : null}
          {shares.statuses > 0 ? <span className="block tabular-nums">{plural(shares.statuses, 'status', 'statuses')}</span> : null}
        </>
      ),
  },
]

function SelectAll({
  rows,
  chosen,
  onChange,
  className,
}: {
  rows: number
  chosen: number
  onChange: (isChecked: boolean) => void
  className?: string
}) {
  const ref = useRef<HTMLInputElement>(null)
  const isAllShown = rows > 0 && chosen === rows
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosen > 0 && !isAllShown
  }, [chosen, isAllShown])
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all shown"
      className={cn(checkbox, className)}
      checked={isAllShown}
      disabled={rows === 0}
      onChange={(event) => onChange(event.target.checked)}
    />
  )
}

function ItemName({ row }: { row: TrackerRow }) {
  return (
    <>
      <Link
        href={`/catalogue/${encodeURIComponent(row.code)}`}
        className="rounded-sm text-primary-800 hover:text-primary-950 sm:scroll-mb-64"
      >
        <ItemCode code={row.code} className="text-primary-800 underline underline-offset-4" />
      </Link>
      <span className="mt-0.5 block text-slate-800">{row.title}</span>
      {row.review?.openClarifications ? (
        <Link
          href={`/catalogue/${encodeURIComponent(row.code)}#secretariat-review`}
          className="mt-1 inline-block text-sm font-medium text-amber-900 underline underline-offset-4"
        >
          {row.review.openClarifications === 1
            ? 'The secretariat asks a question'
            : `The secretariat asks ${row.review.openClarifications} questions`}
          <span className="sr-only"> on {row.code}</span>
        </Link>
      ) : null}
    </>
  )
}

/** On phones and narrow windows, each item is a card of its fields, and the sort is a row of links above them. */
function TrackerCards({ rows, sortLinks, selected, onToggle, onToggleAll }: CardsProps) {
  const chosen = rows.filter((row) => selected.has(row.code)).length
  const labels: Record<TrackerSortKey, string> = {
    item: 'Report order',
    ...Object.fromEntries(columns.map((column) => [column.key, column.label])),
  } as Record<TrackerSortKey, string>
  return (
    <div className="lg:hidden">
      <nav aria-label="Sort items" className="text-sm">
        <p className="font-medium text-slate-800">Sort by</p>
        <ul className="mt-1.5 flex flex-wrap gap-2">
          {sortLinks.map((link) => (
            <li key={link.key}>
              <Link
                href={link.href}
                scroll={false}
                aria-current={link.current ? 'true' : undefined}
                className={cn(
                  'inline-flex items-baseline gap-1 rounded-full px-3 py-1 ring-1 ring-inset',
                  link.current
                    ? 'bg-primary-50 font-medium text-primary-900 ring-primary-300'
                    : 'bg-white text-slate-800 ring-slate-300 hover:bg-slate-50',
                )}
              >
                {labels[link.key]}
                {link.current ? <span aria-hidden="true">{link.current === 'asc' ? '▲' : '▼'}</span> : null}
                <span className="sr-only">
                  {link.current ? `, sorted ${link.current === 'asc' ? 'ascending' : 'descending'}` : ''}, sort{' '}
                  {link.dir === 'asc' ? 'ascending' : 'descending'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <label className="mt-4 flex items-center gap-2 text-sm text-slate-800">
        <SelectAll rows={rows.length} chosen={chosen} onChange={onToggleAll} />
        Select all shown
      </label>
      <ul aria-label="Items" className="mt-3 divide-y divide-slate-200 rounded-card border border-slate-200 bg-white shadow-xs">
        {rows.map((row) => (
          <li key={row.code} className={cn('px-4 py-4', selected.has(row.code) && 'bg-primary-50')}>
            <div className="flex items-start gap-3">
              <input
                type="checkbox"
                aria-label={`Select ${row.code}`}
                className={cn(checkbox, 'mt-0.5 shrink-0')}
                checked={selected.has(row.code)}
                onChange={(event) => onToggle(row.code, event.target.checked)}
              />
              <div className="min-w-0 text-sm">
                <ItemName row={row} />
              </div>
            </div>
            <dl className="mt-3 grid grid-cols-[minmax(0,9rem)_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
              {columns.map((column) => (
                <div key={column.key} className="contents">
                  <dt className="text-slate-600">{column.label}</dt>
                  <dd className="min-w-0 text-slate-800">{column.cell(row)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  )
}

type CardsProps = {
  rows: TrackerRow[]
  sortLinks: SortLink[]
  selected: ReadonlySet<string>
  onToggle: (code: string, isChecked: boolean) => void
  onToggleAll: (isChecked: boolean) => void
}

/** The result of a bulk action: a polite live region that is always there, so screen readers announce what lands in it. */
function BulkResult({ state, isPending }: { state: FormState; isPending: boolean }) {
  return (
    <>
      {!isPending && state.formError ? <Notice tone="error">{state.formError}</Notice> : null}
      <div
        role="status"
        className={cn(
          !isPending && state.message ? 'rounded-ui border-l-4 px-4 py-3 text-sm/6' : 'sr-only',
          state.ok ? 'border-emerald-700 bg-emerald-50 text-emerald-900' : 'border-amber-700 bg-amber-50 text-amber-950',
        )}
      >
        {!isPending ? state.message : null}
      </div>
    </>
  )
}

/**
 * The tracker's items with a checkbox each, and the bulk actions on the
 * selection. The selection lives here, not in the forms, so it survives a
 * failed action and a new page from the server after a successful one.
 */
export function TrackerTable({ rows, sortLinks, setStatusAction, shareAction }: TrackerTableProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [statusState, statusFormAction, isStatusPending] = useActionState(setStatusAction, { ok: false })
  const [shareState, shareFormAction, isSharePending] = useActionState(shareAction ?? setStatusAction, { ok: false })

  // Items filtered out of view stay out of the actions: only what is shown can be changed.
  const chosen = rows.filter((row) => selected.has(row.code))
  const sortOf = (key: TrackerSortKey) => {
    const { current, dir, href } = sortLinks.find((link) => link.key === key) as SortLink
    return { current, dir, href }
  }

  function toggle(code: string, isChecked: boolean) {
    setSelected((current) => {
      const next = new Set(current)
      if (isChecked) next.add(code)
      else next.delete(code)
      return next
    })
  }

  function toggleAll(isChecked: boolean) {
    setSelected((current) => {
      const next = new Set(current)
      for (const row of rows) {
        if (isChecked) next.add(row.code)
        else next.delete(row.code)
      }
      return next
    })
  }

  const selection = chosen.map((row) => row.code).join(' ')
  const selectionText = `${plural(chosen.length, 'item', 'items')} selected`

  return (
    <div>
      <a
        href="#bulk-actions"
        className="sr-only rounded-ui bg-white px-3 py-2 text-sm font-medium text-primary-800 underline focus:not-sr-only focus:mb-3 focus:inline-block"
      >
        Skip to bulk actions
      </a>
      <TrackerCards rows={rows} sortLinks={sortLinks} selected={selected} onToggle={toggle} onToggleAll={toggleAll} />
      <ScrollTable label="Items" className="hidden lg:block">
        <thead>
          <tr>
            <Th className="w-10">
              <SelectAll rows={rows.length} chosen={chosen.length} onChange={toggleAll} />
            </Th>
            <SortableTh label="Item" {...sortOf('item')} />
            {columns.map((column) => (
              <SortableTh key={column.key} label={column.label} {...sortOf(column.key)} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isSelected = selected.has(row.code)
            return (
              <tr key={row.code} className={isSelected ? '[&>*]:bg-primary-50' : '[&>*]:bg-white'}>
                <td className={td}>
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.code}`}
                    className={checkbox}
                    checked={isSelected}
                    onChange={(event) => toggle(row.code, event.target.checked)}
                  />
                </td>
                <th scope="row" className={cn(td, 'min-w-44 text-left font-normal')}>
                  <ItemName row={row} />
                </th>
                {columns.map((column) => (
                  <td key={column.key} className={cn(td, column.className)}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </ScrollTable>

      <section
        id="bulk-actions"
        tabIndex={-1}
        aria-labelledby="bulk-actions-heading"
        className="mt-4 rounded-card border border-slate-300 bg-white p-4 shadow-md sm:sticky sm:bottom-4"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="bulk-actions-heading" className="text-base font-semibold text-slate-900">
            Bulk actions
          </h2>
          <p className="text-sm text-slate-700 tabular-nums">{selectionText}</p>
        </div>
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          <form action={statusFormAction} noValidate className="space-y-3">
            <BulkResult state={statusState} isPending={isStatusPending} />
            <input type="hidden" name="items" value={selection} />
            {chosen.map((row) => (
              <input key={row.code} type="hidden" name={`status-version-${row.code}`} value={row.status?.version ?? ''} />
            ))}
            <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
              <CompactSelect
                idPrefix="bulk"
                name="state"
                label="Implementation status"
                defaultValue="planned"
                options={implementationStateOptions}
                className="min-w-0 sm:w-56"
              />
              <Button type="submit" disabled={isStatusPending || chosen.length === 0}>
                {isStatusPending ? 'Setting…' : 'Set status'}
              </Button>
            </div>
          </form>

          {shareAction ? (
            <form action={shareFormAction} noValidate className="space-y-3">
              <BulkResult state={shareState} isPending={isSharePending} />
              <input type="hidden" name="items" value={selection} />
              {chosen.map((row) => (
                <input key={row.code} type="hidden" name={`version-${row.code}`} value={row.position?.version ?? ''} />
              ))}
              <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
                <CompactSelect
                  idPrefix="bulk"
                  name="visibility"
                  label="Share position drafts with"
                  defaultValue="delegation_and_secretariat"
                  options={shareVisibilityOptions}
                  className="min-w-0 sm:w-64"
                />
                <Button type="submit" variant="secondary" disabled={isSharePending || chosen.length === 0}>
                  {isSharePending ? 'Sharing…' : 'Share drafts'}
                </Button>
              </div>
            </form>
          ) : null}
        </div>
      </section>
    </div>
  )
}
