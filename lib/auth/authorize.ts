import { AuthorizationError } from './errors'
import { can, type Permission } from './permissions'
import type { Viewer } from './viewer'

/** Throws unless there is a viewer holding the permission; returns the viewer narrowed. */
export function authorize(viewer: Viewer | null, permission?: Permission): Viewer {
  if (!viewer) throw new AuthorizationError(401, 'You are not signed in, or your session has ended. Sign in again.')
  if (permission && !can(viewer.role, permission)) throw new AuthorizationError(403, 'Your role does not allow this.')
  return viewer
}
