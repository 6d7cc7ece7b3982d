import { withApiViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { getDelegationPositions } from '@/lib/positions/delegation-positions'

export const dynamic = 'force-dynamic'

/** One delegation’s positions and implementation statuses as the viewer may see them: drafts only for their own, shares by the visibility rule. */
export async function GET(_request: Request, { params }: RouteContext<'/api/v1/delegations/[code]/positions'>) {
  return withApiViewer(undefined, async (viewer) => {
    const { code } = await params
    const positions = await getDelegationPositions(getDb(), viewer, code)
    if (!positions) return Response.json({ error: `No delegation has the code "${code}".` }, { status: 404 })
    return Response.json(positions)
  })
}
