import { EmptyState } from '@/components/ui/empty-state'
import { TextLink } from '@/components/ui/text-link'
import type { NextStep } from '@/lib/home/delegation-home'

/** Things to do, each with the link that does it. */
export function NextSteps({ steps, empty }: { steps: NextStep[]; empty: { title: string; description: string } }) {
  if (steps.length === 0) return <EmptyState headingLevel="h3" className="mt-4" title={empty.title} description={empty.description} />
  return (
    <ul className="mt-4 grid gap-3 md:grid-cols-3">
      {steps.map((step) => (
        <li key={step.id} className="flex flex-col gap-3 rounded-card border border-l-4 border-slate-200 border-l-primary-700 bg-white p-4">
          <p className="text-sm/6 text-slate-900">{step.text}</p>
          <p className="mt-auto text-sm">
            <TextLink href={step.href}>{step.cta}</TextLink>
          </p>
        </li>
      ))}
    </ul>
  )
}
