import 'server-only'

import { headers } from 'next/headers'

import { getEnv } from '@/lib/env'

/** Where links sent to people point: the configured AUTH_URL, else the address this request came to. */
export async function requestBaseUrl(): Promise<string> {
  const configured = getEnv().AUTH_URL
  if (configured) return configured
  const requestHeaders = await headers()
  // A proxy may list several protocols ("https,http"); the first is the client's.
  const protocol = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http'
  return `${protocol}://${requestHeaders.get('host') ?? 'localhost'}`
}
