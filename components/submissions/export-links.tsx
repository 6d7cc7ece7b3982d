import { exportFormats, formatLabels, type ExportFormat } from '@/lib/export/formats'
import { buttonClasses } from '@/components/ui/button'

/** A download link per format; the browser shows the download's progress, and the page stays as it is. */
export function ExportLinks({ href, label }: { href: (format: ExportFormat) => string; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {exportFormats.map((format) => (
        <li key={format}>
          <a href={href(format)} download className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
            {formatLabels[format]}
          </a>
        </li>
      ))}
    </ul>
  )
}
