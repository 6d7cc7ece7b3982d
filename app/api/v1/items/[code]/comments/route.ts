import { withApiViewer } from '@/lib/auth/guard'
import { listItemComments } from '@/lib/comments/comments'
import { getDb } from '@/lib/db'
import { itemCodeSchema } from '@/lib/catalogue/item-code'

export const dynamic = 'force-dynamic'

/**
 * The comments on an item the viewer may read, oldest first; with
 * `?since=ISO`, only those written, edited or deleted after it (the item
 * page's live thread asks every few seconds). `loadedAt` is the server's
 * clock, to ask from next time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return withApiViewer(undefined, async (viewer) => {
    const code = (await params).code
    if (!itemCodeSchema.safeParse(code).success) return Response.json({ error: `"${code}" is not a catalogue item code.` }, { status: 400 })
    const sinceParam = new URL(request.url).searchParams.get('since')
    const since = sinceParam === null ? undefined : new Date(sinceParam)
    // JavaScript's dates reach further than Postgres's, which then fails the query: keep to years that mean something here.
    if (since && (Number.isNaN(since.getTime()) || since.getUTCFullYear() < 2000 || since.getUTCFullYear() > 9999)) {
      return Response.json({ error: '"since" must be a date and time such as 2017-12-04T09:00:00Z.' }, { status: 400 })
    }
    const loadedAt = new Date().toISOString()
    const comments = await listItemComments(getDb(), viewer, code, { changedSince: since })
    return Response.json({ comments, loadedAt })
  })
}
