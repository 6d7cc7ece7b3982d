/**
 * The answer of the per-item draft APIs (positions, implementation statuses):
 * the viewer's own delegation's drafts and the current shares they may read,
 * for one item (`?item=E-16.03`) or all. Nothing in the request picks a
 * delegation: the draft functions scope both lists to the session.
 */
import 'server-only'

import { withApiViewer } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import { itemCodeSchema } from '@/lib/catalogue/item-code'
import { getDb } from '@/lib/db'
import type { DraftKind } from '@/lib/drafts/draft-kind'
import { getOwnDraft, listOwnDrafts, listShares } from '@/lib/drafts/drafts'

export function draftsAndSharesResponse<Content>(request: Request, kind: DraftKind<Content>): Promise<Response> {
  return withApiViewer(undefined, async (viewer) => {
    const item = new URL(request.url).searchParams.get('item')
    if (item !== null && !itemCodeSchema.safeParse(item).success) {
      return Response.json({ error: `"${item}" is not a catalogue item code.` }, { status: 400 })
    }
    const db = getDb()
    const ownDrafts = async () => {
      if (!can(viewer.role, 'draft.edit')) return []
      if (item === null) return listOwnDrafts(db, viewer, kind)
      const draft = await getOwnDraft(db, viewer, kind, item)
      return draft ? [draft] : []
    }
    const [drafts, shared] = await Promise.all([
      ownDrafts(),
      listShares(db, viewer, kind, { ...(item === null ? {} : { itemCode: item }), currentOnly: true }),
    ])
    return Response.json({ drafts, shared })
  })
}
