import { describe, expect, it } from 'vitest'

import { clientIp } from './client-ip'

const headers = (forwardedFor?: string) => new Headers(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {})

describe('clientIp', () => {
  it('takes the address the nearest trusted hop added, not what the client wrote', () => {
    expect(clientIp(headers('203.0.113.9'), 1)).toBe('203.0.113.9')
    // The client claims 1.2.3.4; the load balancer appended the real address.
    expect(clientIp(headers('1.2.3.4, 198.51.100.7'), 1)).toBe('198.51.100.7')
    // Two proxies: CDN then load balancer.
    expect(clientIp(headers('1.2.3.4, 198.51.100.7, 10.0.0.2'), 2)).toBe('198.51.100.7')
  })

  it('never goes left of the first entry, and copes without the header', () => {
    expect(clientIp(headers('198.51.100.7'), 3)).toBe('198.51.100.7')
    expect(clientIp(headers(), 1)).toBe('unknown')
  })
})
