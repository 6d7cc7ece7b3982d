/** Passwords are hashed with argon2id (@node-rs/argon2's default algorithm and parameters). */
import { hash, verify } from '@node-rs/argon2'
import { z } from 'zod'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 200

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)

export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Verified against when the account does not exist, so an unknown email takes
// as long as a wrong password and the two cannot be told apart by timing.
let dummyHash: Promise<string> | undefined
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hash('not-a-real-password-for-timing-only')
  return dummyHash.then((hashValue) => verifyPassword(hashValue, password)).then(() => false)
}
