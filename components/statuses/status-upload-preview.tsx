import type { ReactNode } from 'react'

import { EmptyState } from '@/components/ui/empty-state'
import { ScrollTable, Td, Th } from '@/components/ui/table'
import { TextLink } from '@/components/ui/text-link'
import { formatDateTime } from '@/lib/dates'
import type { FieldChange, StatusUploadPreview } from '@/lib/statuses/status-spreadsheet'

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** A field's value before or after: blank said in words, links one per line as in the file. */
function FieldValue({ text }: { text: string }) {
  return text === '' ? <span className="text-slate-500">(blank)</span> : <span className="whitespace-pre-line">{text}</span>
}

function ItemCell({ itemCode, title }: { itemCode: string; title?: string }) {
  return (
    <Td>
      <TextLink href={`/catalogue/${itemCode}`} className="whitespace-nowrap">
        {itemCode}
      </TextLink>
      {title ? <span className="mt-0.5 block text-slate-600">{title}</span> : null}
    </Td>
  )
}

function FieldChanges({ fields }: { fields: FieldChange[] }) {
  return (
    <dl className="space-y-1.5">
      {fields.map(({ field, before, after }) => (
        <div key={field}>
          <dt className="font-medium text-slate-900">{field}</dt>
          <dd>
            <FieldValue text={before} /> <span aria-hidden="true">→</span>
            <span className="sr-only">becomes</span> <FieldValue text={after} />
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** One part of the preview: its heading, what happens to its rows, and their table (shown only when it has rows). */
function PreviewPart({
  id,
  title,
  description,
  columns,
  rows,
}: {
  id: string
  title: string
  description: ReactNode
  columns: string[]
  rows: ReactNode[]
}) {
  if (rows.length === 0) return null
  return (
    <section aria-labelledby={id} className="mt-6">
      <h3 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      <p className="mt-1 text-sm/6 text-slate-600">{description}</p>
      <div className="mt-3">
        <ScrollTable label={title}>
          <thead>
            <tr>
              {columns.map((column) => (
                <Th key={column}>{column}</Th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </ScrollTable>
      </div>
    </section>
  )
}

/** What an uploaded spreadsheet would change, what is wrong in it, and what changed in the app since it was downloaded. */
export function StatusUploadPreviewView({ preview }: { preview: StatusUploadPreview }) {
  const { changes, problems, conflicts, unchangedCount } = preview
  const summary = [
    plural(changes.length, 'change to save', 'changes to save'),
    plural(new Set(problems.map(({ row }) => row)).size, 'row with problems', 'rows with problems'),
    plural(conflicts.length, 'conflict', 'conflicts'),
    plural(unchangedCount, 'row unchanged', 'rows unchanged'),
  ]
  return (
    <div>
      <p className="text-sm/6 text-slate-700">In this file: {summary.join(', ')}.</p>

      {changes.length === 0 && problems.length === 0 && conflicts.length === 0 ? (
        <EmptyState
          headingLevel="h3"
          className="mt-4"
          title="Nothing to save"
          description={<p>Every row of the file matches what the app holds. Edit the spreadsheet, then upload it again.</p>}
        />
      ) : null}

      <PreviewPart
        id="preview-changes"
        title="Changes to save"
        description="Saved only when you confirm below."
        columns={['Row', 'Item', 'Change']}
        rows={changes.map((change) => (
          <tr key={change.row}>
            <Td>{change.row}</Td>
            <ItemCell itemCode={change.itemCode} title={change.title} />
            <Td>
              <FieldChanges fields={change.fields} />
            </Td>
          </tr>
        ))}
      />

      <PreviewPart
        id="preview-problems"
        title="Rows with problems"
        description="These rows are not saved. Correct them in the spreadsheet and upload it again."
        columns={['Row', 'Item', 'Column', 'Problem']}
        rows={problems.map((problem) => (
          <tr key={`${problem.row}-${problem.column}`}>
            <Td>{problem.row}</Td>
            {problem.itemCode ? <ItemCell itemCode={problem.itemCode} /> : <Td>(none)</Td>}
            <Td>{problem.column}</Td>
            <Td>{problem.message}</Td>
          </tr>
        ))}
      />

      <PreviewPart
        id="preview-conflicts"
        title="Changed in the app since your download"
        description="These rows are not saved, so nobody’s change is overwritten. Open the item to compare, or download the spreadsheet again and redo your change there."
        columns={['Row', 'Item', 'Your file’s version', 'Now']}
        rows={conflicts.map((conflict) => (
          <tr key={conflict.row}>
            <Td>{conflict.row}</Td>
            <ItemCell itemCode={conflict.itemCode} title={conflict.title} />
            <Td>{conflict.downloadedVersion ?? 'No status'}</Td>
            <Td>
              Version {conflict.currentVersion}, saved by {conflict.updatedBy} on {formatDateTime(conflict.updatedAt)}
            </Td>
          </tr>
        ))}
      />
    </div>
  )
}
