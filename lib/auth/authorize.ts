import { AppError } from '@/lib/errors'
import { can, type Permission } from './permissions'
import type { Viewer } from './viewer'

/** Throws unless there is a viewer holding the permission; returns the viewer narrowed. */
export function authorize(viewer: Viewer | null, permission?: Permission): Viewer {
  if (!viewer) throw new AppError('unauthenticated', 'You are not signed in, or your session has ended. Sign in again.')
  if (permission && !can(viewer.role, permission)) throw new AppError('forbidden', 'Your role does not allow this.')
  return viewer
}
