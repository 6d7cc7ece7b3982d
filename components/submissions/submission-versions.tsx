import Form from 'next/form'

import { Button } from '@/components/ui/button'
import { CompactSelect } from '@/components/ui/compact-select'
import { ScrollTable, Th } from '@/components/ui/table'
import { formatDateTime } from '@/lib/dates'
import { formatLabels } from '@/lib/export/formats'
import type { ItemChange, SubmissionVersion } from '@/lib/submissions/submissions'

/** Submitted versions, newest first, each with its receipt and its files as they were sent. */
export function SubmissionVersions({ versions, showDelegation = false }: { versions: SubmissionVersion[]; showDelegation?: boolean }) {
  return (
    <ScrollTable label="Versions, their receipts and files">
      <thead>
        <tr>
          {showDelegation ? <Th>Delegation</Th> : null}
          <Th>Version</Th>
          <Th>Submitted</Th>
          <Th>SHA-256</Th>
          <Th>Files</Th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id} className="border-b border-slate-200 align-top">
            {showDelegation ? <td className="px-3 py-2">{version.delegation.name}</td> : null}
            <td className="px-3 py-2 font-medium tabular-nums">{version.version}</td>
            <td className="px-3 py-2">
              {formatDateTime(version.submittedAt)}
              <span className="block text-slate-600">by {version.submittedBy}</span>
            </td>
            <td className="px-3 py-2 font-mono text-xs break-all">{version.sha256}</td>
            <td className="px-3 py-2">
              <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label={`Files of version ${version.version}`}>
                {version.formats.map((format) => (
                  <li key={format}>
                    <a
                      href={`/api/v1/submissions/${version.id}/${format}`}
                      download
                      className="text-primary-800 underline underline-offset-4"
                    >
                      {formatLabels[format]}
                      <span className="sr-only"> of version {version.version}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}

type ComparisonProps = {
  action: string
  versions: number[]
  comparison: { from: number; to: number; changes: ItemChange[] | null } | null
}

/** Two versions to compare, and what changed between them, item by item. */
export function VersionComparison({ action, versions, comparison }: ComparisonProps) {
  const options = versions.map((version) => ({ value: version, label: `Version ${version}` }))
  const [newest, previous] = versions
  return (
    <div className="space-y-4">
      <Form action={action} className="flex flex-wrap items-end gap-3" aria-label="Compare versions">
        <CompactSelect
          idPrefix="compare"
          name="from"
          label="From"
          defaultValue={comparison?.from ?? previous ?? ''}
          options={options}
          className="w-40"
        />
        <CompactSelect
          idPrefix="compare"
          name="to"
          label="To"
          defaultValue={comparison?.to ?? newest ?? ''}
          options={options}
          className="w-40"
        />
        <Button type="submit" variant="secondary">
          Compare
        </Button>
      </Form>
      {comparison ? (
        comparison.changes === null ? (
          <p className="text-sm text-slate-700">One of these versions does not exist.</p>
        ) : comparison.changes.length === 0 ? (
          <p className="text-sm text-slate-700">
            Versions {comparison.from} and {comparison.to} say the same.
          </p>
        ) : (
          <ol aria-label={`Changes from version ${comparison.from} to version ${comparison.to}`} className="space-y-3">
            {comparison.changes.map((change) => (
              <li key={change.code} className="rounded-card border border-slate-200 bg-white p-4 text-sm/6">
                <p className="font-semibold text-slate-900">
                  {change.code} {change.title}:{' '}
                  {change.change === 'added' ? 'added' : change.change === 'removed' ? 'no longer in the submission' : 'changed'}
                </p>
                <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[10rem_1fr]">
                  {change.fields.map((field) => (
                    <div key={field.label} className="contents">
                      <dt className="font-medium text-slate-700">{field.label}</dt>
                      <dd className="whitespace-pre-line text-slate-900">
                        <del className="text-red-900">{field.before}</del>
                        <span aria-hidden="true"> → </span>
                        <span className="sr-only"> became </span>
                        <ins className="text-emerald-900">{field.after}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        )
      ) : null}
    </div>
  )
}
