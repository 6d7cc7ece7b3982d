import { withApiViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { isExportFormat } from '@/lib/export/formats'
import { downloadResponse } from '@/lib/http/downloads'
import { exportCurrentSubmission } from '@/lib/submissions/exports'

export const dynamic = 'force-dynamic'

/** The own delegation's submission as it stands now, not submitted: `?format=docx|pdf|xlsx|csv|json`. */
export async function GET(request: Request) {
  return withApiViewer('submission.export', async (viewer) => {
    const format = new URL(request.url).searchParams.get('format') ?? 'json'
    if (!isExportFormat(format)) return Response.json({ error: `Unknown format “${format}”.` }, { status: 400 })
    const { bytes, filename } = await exportCurrentSubmission(getDb(), viewer, format)
    return downloadResponse(bytes, filename, format)
  })
}
