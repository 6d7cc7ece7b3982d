import { ExternalLink } from '@/components/ui/external-link'
import { isWebAddress } from '@/lib/statuses/status-schemas'

/**
 * Evidence links as real links. Only http(s) addresses become links (the
 * schema refuses others, this guards older or imported data too); nofollow and
 * noreferrer because the addresses are whatever a delegation typed.
 */
export function EvidenceLinks({ links }: { links: string[] }) {
  return (
    <ul className="space-y-1">
      {links.map((link) => (
        <li key={link} className="break-all">
          {isWebAddress(link) ? <ExternalLink href={link}>{link}</ExternalLink> : <span>{link}</span>}
        </li>
      ))}
    </ul>
  )
}
