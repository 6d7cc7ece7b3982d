/** Where on an item page a delegation acts on its input: the panel of its own position or implementation status. */
export function itemInputHref(itemCode: string, kind: 'position' | 'status'): string {
  return `/catalogue/${encodeURIComponent(itemCode)}#own-${kind}-heading`
}

/** An item page, where the secretariat reads what was shared on it. */
export function itemHref(itemCode: string): string {
  return `/catalogue/${encodeURIComponent(itemCode)}`
}
