/** A rendered file as a download: its type, its name (also for non-ASCII names), never cached, never sniffed. */
import { contentTypes, type ExportFormat } from '@/lib/export/formats'

export function downloadResponse(bytes: Uint8Array, filename: string, format: ExportFormat): Response {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': contentTypes[format],
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
