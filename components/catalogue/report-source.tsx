import type { ReportOutline } from '@/lib/catalogue/report-outline'

type ReportSourceProps = Pick<ReportOutline, 'date' | 'dateLabel' | 'time' | 'place' | 'checksum'>

/** When and where the dialogue was held, and which source file the text is kept from. */
export function ReportSource({ date, dateLabel, time, place, checksum }: ReportSourceProps) {
  return (
    <div className="space-y-1">
      <p>
        <time dateTime={date}>{dateLabel}</time>
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        {time}
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        {place}
      </p>
      <p className="text-sm text-slate-600">
        Kept verbatim from the source file (SHA-256{' '}
        <code className="font-mono text-slate-700" title={checksum}>
          {checksum.slice(0, 12)}
        </code>
        ).
      </p>
    </div>
  )
}
