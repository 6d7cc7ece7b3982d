import { RowHeader, stickyColumn } from '@/components/ui/table'

import { EmailAddress } from './email-address'

/** The cell that names a person's row, by name and email, kept in view while the table scrolls sideways. */
export function PersonHeader({ name, email }: { name: string; email: string }) {
  return (
    <RowHeader className={stickyColumn}>
      <span className="block font-medium text-slate-900">{name}</span>
      <span className="block text-slate-600">
        <EmailAddress email={email} />
      </span>
    </RowHeader>
  )
}
