/**
 * Preloaded into the app server (`node --import`, see start.ts). Next.js
 * builds a web Request for every request before the proxy runs, and the web
 * Request cannot hold TRACE or TRACK: Next then answers 500. Refuse them
 * with a 405 before Next sees them. (The proxy refuses the other methods the
 * app does not serve; CONNECT never reaches a request handler.)
 */
import http from 'node:http'

const UNSUPPORTED = new Set(['TRACE', 'TRACK'])
const emit = http.Server.prototype.emit

http.Server.prototype.emit = function (...args) {
  const [event, request, response] = args
  if (event === 'request' && UNSUPPORTED.has(request.method)) {
    response.writeHead(405, { Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS', 'Content-Type': 'text/plain; charset=utf-8' })
    response.end(`${request.method} is not allowed.`)
    return true
  }
  return emit.apply(this, args)
}
