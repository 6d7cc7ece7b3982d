import { labelledOptions } from '@/components/ui/compact-select'
import { implementationStateLabels, implementationStates } from '@/lib/statuses/status-schemas'

/** The implementation states as choices, for the tracker's filter and its bulk action. */
export const implementationStateOptions = labelledOptions(implementationStates, implementationStateLabels)
