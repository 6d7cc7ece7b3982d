import { draftsAndSharesResponse } from '@/lib/http/drafts-and-shares'
import { positionKind } from '@/lib/positions/position-kind'

export const dynamic = 'force-dynamic'

/** The own delegation's draft positions and the current shared positions the viewer may read. */
export async function GET(request: Request) {
  return draftsAndSharesResponse(request, positionKind)
}
