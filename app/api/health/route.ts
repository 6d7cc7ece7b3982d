import { withPublicApi } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { checkHealth } from '@/lib/db/health'
import { readSaturation } from '@/lib/http/admission-state'

export const dynamic = 'force-dynamic'

export async function GET() {
  return withPublicApi(async () => {
    const health = await checkHealth(getDb())
    // Saturated is still healthy (200): the instance serves what it admits and refuses the rest quickly.
    return Response.json(
      { ...health, admission: readSaturation() },
      { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  })
}
