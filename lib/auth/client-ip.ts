/**
 * The client's IP, for throttling. Every proxy appends the address it saw to
 * X-Forwarded-For; what the client wrote itself stands to the left. So the
 * entry to count is the one `trustedProxyHops` from the right (TRUSTED_PROXY_HOPS,
 * default 1: one load balancer). Next's own server sets the header only when a
 * request arrives without one, so without a proxy a client can name any address;
 * the per-account limit still holds then.
 */
export function clientIp(headers: Headers, trustedProxyHops: number): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries[Math.max(entries.length - Math.max(trustedProxyHops, 1), 0)] ?? headers.get('x-real-ip') ?? 'unknown'
}
