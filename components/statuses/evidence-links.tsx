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
          {isWebAddress(link) ? (
            <a
              href={link}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="rounded-sm font-medium text-primary-800 underline underline-offset-4 hover:text-primary-950"
            >
              {link}
            </a>
          ) : (
            <span>{link}</span>
          )}
        </li>
      ))}
    </ul>
  )
}
