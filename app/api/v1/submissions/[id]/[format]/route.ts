import { withApiViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { isExportFormat } from '@/lib/export/formats'
import { downloadResponse } from '@/lib/http/downloads'
import { getSubmissionFile } from '@/lib/submissions/submissions'

export const dynamic = 'force-dynamic'

/** A submitted version's file, the same bytes as when it was submitted. */
export async function GET(_request: Request, { params }: RouteContext<'/api/v1/submissions/[id]/[format]'>) {
  return withApiViewer('submission.export', async (viewer) => {
    const { id, format } = await params
    const notFound = Response.json({ error: 'No such submitted version.' }, { status: 404 })
    if (!isExportFormat(format) || !/^[a-z0-9]{10,40}$/.test(id)) return notFound
    const file = await getSubmissionFile(getDb(), viewer, id, format)
    return file ? downloadResponse(file.bytes, file.filename, format) : notFound
  })
}
