import { withApiViewer } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import { getDb } from '@/lib/db'
import { itemCodeSchema } from '@/lib/positions/position-schemas'
import { getOwnStatus, listOwnStatuses, listSharedStatuses } from '@/lib/statuses/implementation-statuses'

export const dynamic = 'force-dynamic'

/**
 * The viewer's own delegation's implementation statuses and the current
 * shared ones they may read, for one item (`?item=E-16.03`) or all: the same
 * rules and shape as /api/v1/positions. Nothing in the request picks a
 * delegation: lib scopes both lists to the session.
 */
export async function GET(request: Request) {
  return withApiViewer(undefined, async (viewer) => {
    const item = new URL(request.url).searchParams.get('item')
    if (item !== null && !itemCodeSchema.safeParse(item).success) {
      return Response.json({ error: `"${item}" is not a catalogue item code.` }, { status: 400 })
    }
    const db = getDb()
    const ownStatuses = async () => {
      if (!can(viewer.role, 'position.edit')) return []
      if (item === null) return listOwnStatuses(db, viewer)
      const status = await getOwnStatus(db, viewer, item)
      return status ? [status] : []
    }
    const [drafts, shared] = await Promise.all([
      ownStatuses(),
      listSharedStatuses(db, viewer, { ...(item === null ? {} : { itemCode: item }), currentOnly: true }),
    ])
    return Response.json({ drafts, shared })
  })
}
