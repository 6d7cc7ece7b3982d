import { withPublicApi } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { checkHealth } from '@/lib/db/health'

export const dynamic = 'force-dynamic'

export async function GET() {
  return withPublicApi(async () => {
    const health = await checkHealth(getDb())
    return Response.json(health, {
      status: health.status === 'ok' ? 200 : 503,
      headers: { 'Cache-Control': 'no-store' },
    })
  })
}
