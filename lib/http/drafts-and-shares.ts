/**
 * The answer of the per-item draft APIs (positions, implementation statuses):
 * the viewer's own delegation's drafts and the current shares they may read,
 * for one item (`?item=E-16.03`) or all. Nothing in the request picks a
 * delegation: the lib functions scope both lists to the session.
 */
import 'server-only'

import { withApiViewer } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import { getDb, type Db } from '@/lib/db'
import { itemCodeSchema } from '@/lib/positions/position-schemas'

type ShareFilters = { itemCode?: string; currentOnly?: boolean }

export type DraftsAndSharesSource<Draft, Shared> = {
  getOwn(db: Db, viewer: Viewer, itemCode: string): Promise<Draft | null>
  listOwn(db: Db, viewer: Viewer): Promise<Draft[]>
  listShared(db: Db, viewer: Viewer, filters: ShareFilters): Promise<Shared[]>
}

export function draftsAndSharesResponse<Draft, Shared>(request: Request, source: DraftsAndSharesSource<Draft, Shared>): Promise<Response> {
  return withApiViewer(undefined, async (viewer) => {
    const item = new URL(request.url).searchParams.get('item')
    if (item !== null && !itemCodeSchema.safeParse(item).success) {
      return Response.json({ error: `"${item}" is not a catalogue item code.` }, { status: 400 })
    }
    const db = getDb()
    const ownDrafts = async (): Promise<Draft[]> => {
      if (!can(viewer.role, 'draft.edit')) return []
      if (item === null) return source.listOwn(db, viewer)
      const draft = await source.getOwn(db, viewer, item)
      return draft ? [draft] : []
    }
    const [drafts, shared] = await Promise.all([
      ownDrafts(),
      source.listShared(db, viewer, { ...(item === null ? {} : { itemCode: item }), currentOnly: true }),
    ])
    return Response.json({ drafts, shared })
  })
}
