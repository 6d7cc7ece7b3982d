import { withPublicApi } from '@/lib/auth/guard'
import { getCatalogueItemForApi } from '@/lib/catalogue/catalogue-api'
import { getDb } from '@/lib/db'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: RouteContext<'/api/v1/catalogue/[code]'>) {
  return withPublicApi(async () => {
    const { code } = await params
    const item = await getCatalogueItemForApi(getDb(), code)
    if (!item) return Response.json({ error: 'No catalogue item has this code.' }, { status: 404 })
    return Response.json(item)
  })
}
