import { withApiViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { renderXlsx } from '@/lib/export/xlsx'
import { getStatusWorkbook } from '@/lib/statuses/status-spreadsheet'

export const dynamic = 'force-dynamic'

/** The own delegation's implementation statuses as .xlsx, to edit in Excel and upload at /delegation/statuses. */
export async function GET() {
  return withApiViewer('draft.edit', async (viewer) => {
    const today = new Date().toISOString().slice(0, 10)
    const { workbook, fileName } = await getStatusWorkbook(getDb(), viewer, today)
    return new Response(new Uint8Array(await renderXlsx(workbook)), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${fileName}"`,
      },
    })
  })
}
