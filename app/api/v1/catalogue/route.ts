import { withPublicApi } from '@/lib/auth/guard'
import { listCatalogueForApi } from '@/lib/catalogue/catalogue-api'
import { getDb } from '@/lib/db'

export const dynamic = 'force-dynamic'

export async function GET() {
  return withPublicApi(async () => {
    const items = await listCatalogueForApi(getDb())
    return Response.json({ items, count: items.length })
  })
}
