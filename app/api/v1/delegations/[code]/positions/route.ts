import { withApiViewer } from '@/lib/auth/guard'
import { isDelegationCode } from '@/lib/accounts/delegations'
import { getDb } from '@/lib/db'
import { getDelegationInputs } from '@/lib/workspace/delegation-inputs'

export const dynamic = 'force-dynamic'

/** One delegation’s positions and implementation statuses as the viewer may see them: drafts only for their own, shares by the visibility rule. */
export async function GET(_request: Request, { params }: RouteContext<'/api/v1/delegations/[code]/positions'>) {
  return withApiViewer(undefined, async (viewer) => {
    const { code } = await params
    if (!isDelegationCode(code)) return Response.json({ error: `"${code}" is not a delegation code.` }, { status: 400 })
    const inputs = await getDelegationInputs(getDb(), viewer, code)
    if (!inputs) return Response.json({ error: `No delegation has the code "${code}".` }, { status: 404 })
    // The answer's shape predates implementation statuses: positions at the top level, statuses beside them.
    return Response.json({ delegation: inputs.delegation, ...inputs.positions, statuses: inputs.statuses })
  })
}
