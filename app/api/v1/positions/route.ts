import { withApiViewer } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import { getDb } from '@/lib/db'
import { itemCodeSchema } from '@/lib/positions/position-schemas'
import { getOwnDraft, listOwnDrafts, listSharedPositions } from '@/lib/positions/positions'

export const dynamic = 'force-dynamic'

/**
 * The viewer's own delegation's drafts and the current shared positions they
 * may read, for one item (`?item=E-16.03`) or all. Nothing in the request
 * picks a delegation: lib scopes both lists to the session.
 */
export async function GET(request: Request) {
  return withApiViewer(undefined, async (viewer) => {
    const item = new URL(request.url).searchParams.get('item')
    if (item !== null && !itemCodeSchema.safeParse(item).success) {
      return Response.json({ error: `"${item}" is not a catalogue item code.` }, { status: 400 })
    }
    const db = getDb()
    const ownDrafts = async () => {
      if (!can(viewer.role, 'position.edit')) return []
      if (item === null) return listOwnDrafts(db, viewer)
      const draft = await getOwnDraft(db, viewer, item)
      return draft ? [draft] : []
    }
    const [drafts, shared] = await Promise.all([
      ownDrafts(),
      listSharedPositions(db, viewer, { ...(item === null ? {} : { itemCode: item }), currentOnly: true }),
    ])
    return Response.json({ drafts, shared })
  })
}
