import { draftsAndSharesResponse } from '@/lib/http/drafts-and-shares'
import { statusKind } from '@/lib/statuses/status-kind'

export const dynamic = 'force-dynamic'

/** The own delegation's draft implementation statuses and the current shared ones the viewer may read. */
export async function GET(request: Request) {
  return draftsAndSharesResponse(request, statusKind)
}
