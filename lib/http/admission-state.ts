/**
 * The instance's admission state as the app reads it: kept on globalThis by
 * the server's preload (lib/cli/admission-control.mjs), absent when the app
 * runs without it (the dev server, the tests).
 */
import { ADMISSION_STATE_KEY, type AdmissionState } from './admission.mjs'

export type Saturation = { saturated: boolean; inFlight: number; queued: number; concurrency: number; queueLimit: number; refused: number }

export function readSaturation(): Saturation | null {
  const state = (globalThis as { [ADMISSION_STATE_KEY]?: AdmissionState })[ADMISSION_STATE_KEY]
  if (!state) return null
  const { saturated, inFlight, queued, concurrency, queueLimit, refused } = state
  return { saturated, inFlight, queued, concurrency, queueLimit, refused }
}
