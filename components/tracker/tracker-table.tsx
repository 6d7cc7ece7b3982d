'use client'

import Link from 'next/link'
import { useActionState, useEffect, useRef, useState } from 'react'

import { ItemCode } from '@/components/catalogue/item-badges'
import { StanceBadge } from '@/components/positions/stance-badge'
import { StateBadge } from '@/components/statuses/state-badge'
import { Button } from '@/components/ui/button'
import { CompactSelect, labelledOptions } from '@/components/ui/compact-select'
import { Notice } from '@/components/ui/notice'
import { ScrollTable, Th } from '@/components/ui/table'
import type { FormState } from '@/lib/auth/form-action'
import { cn } from '@/lib/cn'
import { plural } from '@/lib/plural'
import { visibilityLabels } from '@/lib/visibility/labels'
import { bulkShareVisibilities } from '@/lib/tracker/bulk-schemas'
import type { TrackerRow, TrackerShare } from '@/lib/tracker/delegation-tracker'

import { implementationStateOptions } from './state-options'

type Action = (previous: FormState, formData: FormData) => Promise<FormState>

type TrackerTableProps = {
  rows: TrackerRow[]
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
function ShareCell({ share, version }: { share: TrackerShare | null; version: number }) {
  if (!share) return <span className="text-slate-600">Not shared</span>
  return (
    <>
      <span className="block">{visibilityLabels[share.visibility]}</span>
      <span className="block text-slate-600 tabular-nums">
        {share.version === version ? `Version ${version}` : `Version ${share.version} of ${version}: changed since`}
      </span>
    </>
  )
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
export function TrackerTable({ rows, setStatusAction, shareAction }: TrackerTableProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [statusState, statusFormAction, isStatusPending] = useActionState(setStatusAction, { ok: false })
  const [shareState, shareFormAction, isSharePending] = useActionState(shareAction ?? setStatusAction, { ok: false })
  const selectAll = useRef<HTMLInputElement>(null)

  // Items filtered out of view stay out of the actions: only what is shown can be changed.
  const chosen = rows.filter((row) => selected.has(row.code))
  const isAllShown = rows.length > 0 && chosen.length === rows.length
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = chosen.length > 0 && !isAllShown
  }, [chosen.length, isAllShown])

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
      <ScrollTable label="Items">
        <thead>
          <tr>
            <Th className="w-10">
              <input
                ref={selectAll}
                type="checkbox"
                aria-label="Select all shown"
                className={checkbox}
                checked={isAllShown}
                disabled={rows.length === 0}
                onChange={(event) => toggleAll(event.target.checked)}
              />
            </Th>
            <Th>Item</Th>
            <Th>Stance</Th>
            <Th>Position shared</Th>
            <Th>Implementation status</Th>
            <Th>Status shared</Th>
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
                <th scope="row" className={cn(td, 'min-w-56 text-left font-normal')}>
                  <Link
                    href={`/catalogue/${encodeURIComponent(row.code)}`}
                    className="rounded-sm text-primary-800 hover:text-primary-950 sm:scroll-mb-64"
                  >
                    <ItemCode code={row.code} className="text-primary-800 underline underline-offset-4" />
                  </Link>
                  <span className="mt-0.5 block text-slate-800">{row.title}</span>
                </th>
                <td className={td}>
                  {row.position ? <StanceBadge stance={row.position.stance} /> : <span className="text-slate-600">No position</span>}
                </td>
                <td className={cn(td, 'min-w-40')}>
                  {row.position ? (
                    <ShareCell share={row.position.share} version={row.position.version} />
                  ) : (
                    <span className="text-slate-600">—</span>
                  )}
                </td>
                <td className={cn(td, 'min-w-36')}>
                  {row.status ? <StateBadge state={row.status.state} /> : <span className="text-slate-600">No status</span>}
                </td>
                <td className={cn(td, 'min-w-40')}>
                  {row.status ? (
                    <ShareCell share={row.status.share} version={row.status.version} />
                  ) : (
                    <span className="text-slate-600">—</span>
                  )}
                </td>
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
