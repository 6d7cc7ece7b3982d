/**
 * The wording matrix: the proposed wordings on one item, grouped so that
 * wordings which say the same thing show once, with every delegation behind
 * them. Pure: the loader (./item-wordings.ts) reads what the viewer may see.
 */
import type { DelegationKind, Stance } from '@/lib/generated/prisma/enums'
import { compareNames } from '@/lib/names'

export type WordingDelegation = { code: string; name: string; kind: DelegationKind }

/** A delegation's current shared wording on an item, with the stance it was shared with. */
export type ProposedWording = { delegation: WordingDelegation; stance: Stance; wording: string }

export type WordingGroup = {
  /** The wording as the group's first delegation (in name order) wrote it. */
  wording: string
  /** The wording says what the item's text says (up to case, whitespace and punctuation). */
  isItemText: boolean
  proposals: { delegation: WordingDelegation; stance: Stance }[]
}

/**
 * What a wording says, for comparison: case, punctuation and runs of
 * whitespace are not a different proposal ("Protect migrants." and
 * "protect  migrants" are one). Punctuation becomes a space, so
 * "well-being" and "well being" are one too.
 */
export function wordingKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{P}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The proposals in delegation name order, which every list of delegations keeps. */
export function byDelegationName<Proposal extends { delegation: { name: string } }>(proposals: readonly Proposal[]): Proposal[] {
  return [...proposals].sort((a, b) => compareNames(a.delegation.name, b.delegation.name))
}

/** The wordings grouped by what they say: the widest-backed group first, then in the order of their first delegation's name. */
export function groupWordings(itemText: string, wordings: readonly ProposedWording[]): WordingGroup[] {
  const groups = new Map<string, WordingGroup>()
  const itemKey = wordingKey(itemText)
  for (const { delegation, stance, wording } of byDelegationName(wordings)) {
    const key = wordingKey(wording)
    let group = groups.get(key)
    if (!group) {
      group = { wording, isItemText: key === itemKey, proposals: [] }
      groups.set(key, group)
    }
    group.proposals.push({ delegation, stance })
  }
  // The sort is stable: equally backed groups keep the name order they were met in.
  return [...groups.values()].sort((a, b) => b.proposals.length - a.proposals.length)
}
