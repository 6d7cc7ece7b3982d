import { withApiViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { isExportFormat } from '@/lib/export/formats'
import { downloadResponse } from '@/lib/http/downloads'
import { exportConsolidated } from '@/lib/submissions/exports'

export const dynamic = 'force-dynamic'

/** The secretariat's consolidated contribution, rendered now: `?format=docx|pdf|xlsx|csv|json`. */
export async function GET(request: Request) {
  return withApiViewer('review.read', async (viewer) => {
    const format = new URL(request.url).searchParams.get('format') ?? 'json'
    if (!isExportFormat(format)) return Response.json({ error: `Unknown format “${format}”.` }, { status: 400 })
    const { bytes, filename } = await exportConsolidated(getDb(), viewer, format)
    return downloadResponse(bytes, filename, format)
  })
}
