import type { IncomingMessage, ServerResponse } from 'node:http'

export const ADMISSION_STATE_KEY: unique symbol
export const BUSY_MESSAGE: string

export type AdmissionSettings = { concurrency: number; queue: number; queueWaitMs: number; retryAfterSeconds: number }

export type AdmissionState = {
  readonly concurrency: number
  readonly queueLimit: number
  inFlight: number
  queued: number
  served: number
  refused: number
  readonly saturated: boolean
}

export function readAdmissionSettings(env: Record<string, string | undefined>): AdmissionSettings
export function bypassesAdmission(url: string | undefined): boolean
export function refuse(request: IncomingMessage, response: ServerResponse, retryAfterSeconds: number): void
export function createAdmission(settings: AdmissionSettings): {
  state: AdmissionState
  admit(request: IncomingMessage, response: ServerResponse, serve: () => void): void
}
