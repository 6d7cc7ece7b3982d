import { draftsAndSharesResponse } from '@/lib/http/drafts-and-shares'
import { getOwnDraft, listOwnDrafts, listSharedPositions } from '@/lib/positions/positions'

export const dynamic = 'force-dynamic'

/** The own delegation's draft positions and the current shared positions the viewer may read. */
export async function GET(request: Request) {
  return draftsAndSharesResponse(request, { getOwn: getOwnDraft, listOwn: listOwnDrafts, listShared: listSharedPositions })
}
