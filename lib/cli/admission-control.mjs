/**
 * Preloaded into the app server (`node --import`, see next-server.ts), next to
 * refuse-unsupported-methods.mjs: every request passes the instance's
 * admission control (lib/http/admission.mjs) before Next.js sees it, so an
 * overload is answered with 503 and Retry-After at once instead of piling up
 * until the database pool times out. The state is on globalThis for
 * /api/health, which is never queued.
 */
import http from 'node:http'

import { ADMISSION_STATE_KEY, bypassesAdmission, createAdmission, readAdmissionSettings } from '../http/admission.mjs'

const settings = readAdmissionSettings(process.env)
const admission = createAdmission(settings)
globalThis[ADMISSION_STATE_KEY] = admission.state

const emit = http.Server.prototype.emit

http.Server.prototype.emit = function (...args) {
  const [event, request, response] = args
  if (event !== 'request' || bypassesAdmission(request.url)) return emit.apply(this, args)
  admission.admit(request, response, () => emit.apply(this, args))
  return true
}
