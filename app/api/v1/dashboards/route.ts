import { withApiViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { parseCoverageView } from '@/lib/dashboards/coverage'
import { getDashboards } from '@/lib/dashboards/dashboards'

export const dynamic = 'force-dynamic'

/** The dashboards' figures as the viewer may see them; `?rows=cluster&group=<slug>` picks the coverage view, as on the page. */
export async function GET(request: Request) {
  return withApiViewer(undefined, async (viewer) => {
    const view = parseCoverageView(Object.fromEntries(new URL(request.url).searchParams))
    return Response.json(await getDashboards(getDb(), viewer, view))
  })
}
