import Link from 'next/link'

import { OwnStatus, type OwnStatusProps } from '@/components/statuses/own-status'
import { SharedStatusList } from '@/components/statuses/shared-status-list'
import type { SharedPosition } from '@/lib/positions/positions'
import type { SharedStatus } from '@/lib/statuses/implementation-statuses'

import { OwnPosition, type OwnPositionProps } from './own-position'
import { SharedPositionList } from './shared-position-list'

type ItemPositionsProps = {
  /** The own delegation's draft and shares, for people who act for a delegation; null for everyone else. */
  own: Omit<OwnPositionProps, 'itemText'> | null
  /** Other delegations' shared positions the viewer may read. */
  shared: SharedPosition[]
  /** The own delegation's implementation status, for the same people as `own`. */
  ownStatus: OwnStatusProps | null
  /** Other delegations' shared implementation statuses the viewer may read. */
  sharedStatuses: SharedStatus[]
  itemText: string
}

/** The positions and implementation statuses panel of an item page, for a signed-in viewer. */
export function ItemPositions({ own, shared, ownStatus, sharedStatuses, itemText }: ItemPositionsProps) {
  return (
    <div className="space-y-10">
      {own ? <OwnPosition {...own} itemText={itemText} /> : null}
      {ownStatus ? <OwnStatus {...ownStatus} /> : null}
      <SharedPositionList positions={shared} itemText={itemText} />
      <SharedStatusList statuses={sharedStatuses} />
    </div>
  )
}

/** What a signed-out visitor sees instead: positions are for delegations. */
export function SignInToRecordPosition({ itemCode }: { itemCode: string }) {
  return (
    <p className="rounded-card border border-slate-200 bg-slate-50 px-5 py-4 text-sm text-slate-700">
      <Link
        href={`/sign-in?callbackUrl=${encodeURIComponent(`/catalogue/${itemCode}`)}`}
        className="rounded-sm font-medium text-primary-800 underline underline-offset-4 hover:text-primary-950"
      >
        Sign in to record your delegation’s position
      </Link>{' '}
      on this item and to read the positions other delegations have shared.
    </p>
  )
}
