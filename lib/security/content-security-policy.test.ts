import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, signInFormTargets } from './content-security-policy'

function directive(policy: string, name: string): string | undefined {
  return policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1)
}

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce or from this origin, never inline', () => {
    const policy = contentSecurityPolicy('abc123', { isDevelopment: false })
    expect(directive(policy, 'script-src')).toBe("'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).not.toContain('unsafe-eval')
  })

  it('forbids framing and plugins', () => {
    const policy = contentSecurityPolicy('n', { isDevelopment: false })
    expect(directive(policy, 'frame-ancestors')).toBe("'none'")
    expect(directive(policy, 'object-src')).toBe("'none'")
  })

  it('lets sign-in forms reach the OpenID Connect issuer', () => {
    const policy = contentSecurityPolicy('n', {
      isDevelopment: false,
      formTargets: signInFormTargets('https://id.example.org/realms/gfmd'),
    })
    expect(directive(policy, 'form-action')).toBe("'self' https://id.example.org")
    expect(signInFormTargets(undefined)).toEqual([])
    expect(signInFormTargets('not a url')).toEqual([])
  })
})
