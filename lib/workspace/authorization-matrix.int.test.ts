/**
 * The authorization layer, role by role and action by action, against the
 * expectations written out below from the role-to-permission table
 * (lib/auth/permissions.ts) and the visibility rule (docs/domain.md): nothing
 * here is computed by the code under test.
 *
 * The actors act for Mexico (delegate, focal point); Germany is "the other
 * delegation". The secretariat reviewer (GFMD) and the administrator act for
 * no delegation's positions, so for them both delegations are "other".
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createInvitation, listInvitations, revokeInvitation } from '@/lib/accounts/invitations'
import { changePassword, listUsers, setUserActive } from '@/lib/accounts/users'
import { authenticate } from '@/lib/auth/authenticate'
import { authorize } from '@/lib/auth/authorize'
import { AppError } from '@/lib/errors'
import { loadViewer, type Viewer } from '@/lib/auth/viewer'
import type { Role, Visibility } from '@/lib/generated/prisma/enums'
import { useOwnTestDb } from '@/lib/testing/db'
import { createCast, createUser, randomSuffix, type TestUser } from '@/lib/testing/factories'
import { getOwnDraft, listOwnDrafts, listShares, saveDraft, shareDraft, type Share } from '@/lib/drafts/drafts'
import type { PositionContent } from '@/lib/positions/position-schemas'
import type { StatusContent } from '@/lib/statuses/status-schemas'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'

const roles = ['delegate', 'focal_point', 'secretariat_reviewer', 'administrator'] as const satisfies readonly Role[]
const levels = ['delegation', 'delegation_and_secretariat', 'all_participants'] as const satisfies readonly Visibility[]

const OWN = 'MEX'
const OTHER = 'DEU'
const BASE_URL = 'https://workspace.test'

// Items of the catalogue this file drafts and shares on (no other test file shares on E-* items).
const ITEM = {
  /** Both delegations drafted, nobody shared. */
  draftedByBoth: 'E-13.01',
  /** Only Germany drafted. */
  draftedByOtherOnly: 'E-13.02',
  /** Both delegations drafted and shared at one level each, then edited their drafts further. */
  shared: { delegation: 'E-13.03', delegation_and_secretariat: 'E-13.04', all_participants: 'E-12.01' } satisfies Record<
    Visibility,
    string
  >,
  /** Germany shared with all participants, then re-shared with its delegation only. */
  narrowedToDelegation: 'E-12.02',
  /** Germany shared with all participants, then re-shared with the secretariat only. */
  narrowedToSecretariat: 'E-14.01',
  /** Germany shared with its delegation only, then re-shared with all participants. */
  widened: 'E-15.01',
  /** Mexico's draft that the "share" action row shares. */
  toShare: 'E-16.01',
  /** Germany drafted; the "save draft" action row saves Mexico's own draft on it. */
  toSave: 'E-16.02',
  /** Only Germany drafted; the "share" row for another delegation's item. */
  toShareOtherOnly: 'E-16.03',
}

// --- Expectations, written out -------------------------------------------------------------------

type Outcome = { ok: true; result: unknown } | { error: 'unauthenticated' | 'forbidden' | 'refused' | 'not-found' }
const FORBIDDEN: Outcome = { error: 'forbidden' }
const REFUSED: Outcome = { error: 'refused' }
const ok = (result: unknown): Outcome => ({ ok: true, result })
/** A row names the roles that may act (or are refused on the merits); every role it does not name is forbidden. */
const onlyFor = (outcomes: Partial<Record<Role, Outcome>>): Record<Role, Outcome> => ({
  delegate: FORBIDDEN,
  focal_point: FORBIDDEN,
  secretariat_reviewer: FORBIDDEN,
  administrator: FORBIDDEN,
  ...outcomes,
})
const forDelegation = (outcome: Outcome) => onlyFor({ delegate: outcome, focal_point: outcome })
const forEveryone = (outcome: Outcome) =>
  onlyFor({ delegate: outcome, focal_point: outcome, secretariat_reviewer: outcome, administrator: outcome })

const draftText = (delegation: string, item: string, stage: 'unshared' | 'shared' | 'edited after sharing') =>
  `${delegation} ${item} ${stage} draft`
const OTHER_SAVE_ITEM_TEXT = draftText(OTHER, ITEM.toSave, 'unshared')
/** Implementation statuses sit on the same items as the positions, in their own tables: their evidence says "status". */
const statusText = (delegation: string, item: string, stage: 'unshared' | 'shared' | 'edited after sharing') =>
  `${delegation} ${item} ${stage} status`
const OTHER_SAVE_ITEM_STATUS = statusText(OTHER, ITEM.toSave, 'unshared')

type Action =
  | 'read own draft'
  | 'read own draft on an item only the other delegation drafted'
  | 'list own drafts'
  | 'save draft'
  | 'share position'
  | 'share position on an item only the other delegation drafted'
  | 'read shared positions list'
  | 'read own implementation status'
  | 'save implementation status'
  | 'share implementation status'
  | 'share implementation status on an item only the other delegation recorded'
  | 'read shared implementation statuses list'
  | 'list invitations'
  | 'invite a delegate into own delegation'
  | 'invite a delegate into the other delegation'
  | 'invite a focal point into own delegation'
  | 'invite a focal point into the other delegation'
  | 'revoke an invitation of own delegation'
  | 'revoke an invitation of the other delegation'
  | 'list users'
  | 'deactivate a delegate of own delegation'
  | 'deactivate a delegate of the other delegation'
  | 'deactivate a fellow focal point of own delegation'
  | 'deactivate oneself'

/**
 * Role × action. "Own delegation" is Mexico for every role (for the secretariat
 * and the administrator, Mexico is simply a delegation). An `ok` result is
 * what the action returned or changed, summarised by the row's runner.
 */
const expected: Record<Action, Record<Role, Outcome>> = {
  'read own draft': forDelegation(ok(draftText(OWN, ITEM.draftedByBoth, 'unshared'))),
  'read own draft on an item only the other delegation drafted': forDelegation(ok(null)),
  'list own drafts': forDelegation(ok({ ownOnly: true })),
  'save draft': onlyFor({
    delegate: ok({ own: 'saved by delegate', other: OTHER_SAVE_ITEM_TEXT }),
    focal_point: ok({ own: 'saved by focal_point', other: OTHER_SAVE_ITEM_TEXT }),
  }),
  'share position': onlyFor({ focal_point: ok({ delegation: OWN, visibility: 'delegation' }) }),
  // "Save a position before sharing it": the other delegation's draft is not reachable.
  'share position on an item only the other delegation drafted': onlyFor({ focal_point: REFUSED }),
  'read shared positions list': forEveryone(ok('listed')),
  'read own implementation status': forDelegation(ok(statusText(OWN, ITEM.draftedByBoth, 'unshared'))),
  'save implementation status': onlyFor({
    delegate: ok({ own: 'status saved by delegate', other: OTHER_SAVE_ITEM_STATUS }),
    focal_point: ok({ own: 'status saved by focal_point', other: OTHER_SAVE_ITEM_STATUS }),
  }),
  'share implementation status': onlyFor({ focal_point: ok({ delegation: OWN, visibility: 'delegation' }) }),
  'share implementation status on an item only the other delegation recorded': onlyFor({ focal_point: REFUSED }),
  'read shared implementation statuses list': forEveryone(ok('listed')),
  'list invitations': onlyFor({ focal_point: ok(['Mexico']), administrator: ok(expect.arrayContaining(['Germany', 'Mexico'])) }),
  'invite a delegate into own delegation': onlyFor({
    focal_point: ok({ role: 'delegate', delegation: OWN }),
    administrator: ok({ role: 'delegate', delegation: OWN }),
  }),
  // A focal point's choice of delegation is not taken: the invitation goes to their own.
  'invite a delegate into the other delegation': onlyFor({
    focal_point: ok({ role: 'delegate', delegation: OWN }),
    administrator: ok({ role: 'delegate', delegation: OTHER }),
  }),
  'invite a focal point into own delegation': onlyFor({
    focal_point: REFUSED,
    administrator: ok({ role: 'focal_point', delegation: OWN }),
  }),
  'invite a focal point into the other delegation': onlyFor({
    focal_point: REFUSED,
    administrator: ok({ role: 'focal_point', delegation: OTHER }),
  }),
  'revoke an invitation of own delegation': onlyFor({ focal_point: ok('revoked'), administrator: ok('revoked') }),
  'revoke an invitation of the other delegation': onlyFor({ focal_point: REFUSED, administrator: ok('revoked') }),
  'list users': onlyFor({ focal_point: ok([OWN]), administrator: ok(expect.arrayContaining([OTHER, 'GFMD', OWN, null])) }),
  'deactivate a delegate of own delegation': onlyFor({ focal_point: ok('deactivated'), administrator: ok('deactivated') }),
  'deactivate a delegate of the other delegation': onlyFor({ focal_point: REFUSED, administrator: ok('deactivated') }),
  'deactivate a fellow focal point of own delegation': onlyFor({ focal_point: REFUSED, administrator: ok('deactivated') }),
  'deactivate oneself': onlyFor({ focal_point: REFUSED, administrator: REFUSED }),
}

/** Whether a viewer sees a delegation's current share at each level: role × (own | other delegation). Null: not applicable. */
const sharesSeen: Record<Role, Record<'own' | 'other', Record<Visibility, boolean> | null>> = {
  delegate: {
    own: { delegation: true, delegation_and_secretariat: true, all_participants: true },
    other: { delegation: false, delegation_and_secretariat: false, all_participants: true },
  },
  focal_point: {
    own: { delegation: true, delegation_and_secretariat: true, all_participants: true },
    other: { delegation: false, delegation_and_secretariat: false, all_participants: true },
  },
  secretariat_reviewer: {
    own: null,
    other: { delegation: false, delegation_and_secretariat: true, all_participants: true },
  },
  administrator: {
    own: null,
    other: { delegation: false, delegation_and_secretariat: false, all_participants: true },
  },
}

/** How many delegations' shares a viewer counts on an item both Mexico and Germany shared at a level. */
const sharedCount: Record<Role, Record<Visibility, number>> = {
  delegate: { delegation: 1, delegation_and_secretariat: 1, all_participants: 2 },
  focal_point: { delegation: 1, delegation_and_secretariat: 1, all_participants: 2 },
  secretariat_reviewer: { delegation: 0, delegation_and_secretariat: 2, all_participants: 2 },
  administrator: { delegation: 0, delegation_and_secretariat: 0, all_participants: 2 },
}

/** The levels at which another delegation's current shares reach a role. */
const levelsReaching: Record<Role, Visibility[]> = {
  delegate: ['all_participants'],
  focal_point: ['all_participants'],
  secretariat_reviewer: ['delegation_and_secretariat', 'all_participants'],
  administrator: ['all_participants'],
}

describe('authorization', () => {
  // It counts every share a viewer may read, on any item: other files' shares in the shared database would count too.
  const db = useOwnTestDb('authorization')

  // --- Fixtures ------------------------------------------------------------------------------------

  type Actors = Record<Role, TestUser>
  let mexico: Actors
  let germany: Actors
  let secretariat: TestUser
  let administrator: TestUser

  function delegationOf(viewer: Viewer): string {
    if (!viewer.delegation) throw new Error(`${viewer.email} has no delegation.`)
    return viewer.delegation.code
  }

  /** How many delegations' current position shares on each item reach the viewer, as a count of what the list gives them. */
  async function countCurrentShares(viewer: Viewer): Promise<Map<string, number>> {
    const counts = new Map<string, number>()
    for (const share of await listShares(db, viewer, positionKind, { currentOnly: true })) {
      counts.set(share.itemCode, (counts.get(share.itemCode) ?? 0) + 1)
    }
    return counts
  }

  async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
    try {
      return { ok: true, result: await run() }
    } catch (error) {
      if (error instanceof AppError && (error.code === 'unauthenticated' || error.code === 'forbidden')) return { error: error.code }
      if (error instanceof AppError && error.code === 'not_found') return { error: 'not-found' }
      if (error instanceof AppError) return { error: 'refused' }
      throw error
    }
  }

  /** What a delegation has stored on an item, read past the code under test: its draft position and its implementation status. */
  async function stored(delegationCode: string, itemCode: string) {
    const where = { delegation: { code: delegationCode }, item: { code: itemCode } }
    const [position, status] = await Promise.all([
      db.position.findFirst({ where, select: { version: true, rationale: true } }),
      db.implementationStatus.findFirst({ where, select: { version: true, evidence: true } }),
    ])
    return { position, status }
  }

  const draftVersion = async (delegation: string, item: string) => (await stored(delegation, item)).position?.version ?? null
  const draftRationale = async (delegation: string, item: string) => (await stored(delegation, item)).position?.rationale ?? null
  const statusVersion = async (delegation: string, item: string) => (await stored(delegation, item)).status?.version ?? null
  const statusEvidence = async (delegation: string, item: string) => (await stored(delegation, item)).status?.evidence ?? null

  /** Saves a draft as the author, on top of whatever version is there. */
  async function draft(author: Viewer, itemCode: string, rationale: string) {
    return saveDraft(db, author, positionKind, {
      itemCode,
      stance: 'support_with_amendments',
      rationale,
      proposedWording: null,
      baseVersion: await draftVersion(delegationOf(author), itemCode),
    })
  }

  /** Saves an implementation status as the author, on top of whatever version is there (for a role without a delegation, as a first save). */
  async function recordStatus(author: Viewer, itemCode: string, evidence: string) {
    return saveDraft(db, author, statusKind, {
      itemCode,
      state: 'in_progress',
      evidence,
      links: ['https://example.org/evidence'],
      asOf: null,
      baseVersion: author.delegation ? await statusVersion(author.delegation.code, itemCode) : null,
    })
  }

  async function newInvitation(delegationCode: string): Promise<string> {
    const { email } = await createInvitation(
      db,
      administrator.viewer,
      { email: `invitee-${randomSuffix()}@test.gfmd`, name: 'Invitee', role: 'delegate', delegationCode },
      { baseUrl: BASE_URL },
    )
    const invitation = await db.invitation.findFirstOrThrow({ where: { email }, select: { id: true } })
    return invitation.id
  }

  async function invitationSummary(email: string) {
    const invitation = await db.invitation.findFirstOrThrow({
      where: { email },
      select: { role: true, delegation: { select: { code: true } } },
    })
    return { role: invitation.role, delegation: invitation.delegation?.code ?? null }
  }

  async function isDeactivated(userId: string): Promise<'deactivated' | 'active'> {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { deactivatedAt: true } })
    return user.deactivatedAt ? 'deactivated' : 'active'
  }

  const invite = (actor: Viewer, role: 'delegate' | 'focal_point', delegationCode: string) =>
    outcomeOf(async () => {
      const { email } = await createInvitation(
        db,
        actor,
        { email: `${role}-invitee-${randomSuffix()}@test.gfmd`, name: 'Invitee', role, delegationCode },
        { baseUrl: BASE_URL },
      )
      return invitationSummary(email)
    })

  const deactivate = async (actor: Viewer, target: Promise<TestUser>) => {
    const { id } = await target
    return outcomeOf(async () => {
      await setUserActive(db, actor, id, false)
      return isDeactivated(id)
    })
  }

  const runners: Record<Action, (actor: Viewer) => Promise<Outcome>> = {
    'read own draft': (actor) => outcomeOf(async () => (await getOwnDraft(db, actor, positionKind, ITEM.draftedByBoth))?.rationale ?? null),
    'read own draft on an item only the other delegation drafted': (actor) =>
      outcomeOf(async () => (await getOwnDraft(db, actor, positionKind, ITEM.draftedByOtherOnly))?.rationale ?? null),
    'list own drafts': (actor) =>
      outcomeOf(async () => {
        const drafts = await listOwnDrafts(db, actor, positionKind)
        return { ownOnly: drafts.length > 0 && drafts.every((draft) => !draft.rationale.startsWith(`${OTHER} `)) }
      }),
    'save draft': (actor) =>
      outcomeOf(async () => {
        const rationale = `saved by ${actor.role}`
        await saveDraft(db, actor, positionKind, {
          itemCode: ITEM.toSave,
          stance: 'neutral',
          rationale,
          proposedWording: null,
          baseVersion: actor.delegation ? await draftVersion(actor.delegation.code, ITEM.toSave) : null,
        })
        return { own: await draftRationale(OWN, ITEM.toSave), other: await draftRationale(OTHER, ITEM.toSave) }
      }),
    'share position': (actor) =>
      outcomeOf(async () => {
        const share = await shareDraft(db, actor, positionKind, { itemCode: ITEM.toShare, visibility: 'delegation' })
        return { delegation: share.delegation.code, visibility: share.visibility }
      }),
    'share position on an item only the other delegation drafted': (actor) =>
      outcomeOf(() => shareDraft(db, actor, positionKind, { itemCode: ITEM.toShareOtherOnly, visibility: 'all_participants' })),
    'read shared positions list': (actor) =>
      outcomeOf(async () => (Array.isArray(await listShares(db, actor, positionKind)) ? 'listed' : 'no list')),
    'read own implementation status': (actor) =>
      outcomeOf(async () => (await getOwnDraft(db, actor, statusKind, ITEM.draftedByBoth))?.evidence ?? null),
    'save implementation status': (actor) =>
      outcomeOf(async () => {
        await recordStatus(actor, ITEM.toSave, `status saved by ${actor.role}`)
        return { own: await statusEvidence(OWN, ITEM.toSave), other: await statusEvidence(OTHER, ITEM.toSave) }
      }),
    'share implementation status': (actor) =>
      outcomeOf(async () => {
        const share = await shareDraft(db, actor, statusKind, { itemCode: ITEM.toShare, visibility: 'delegation' })
        return { delegation: share.delegation.code, visibility: share.visibility }
      }),
    'share implementation status on an item only the other delegation recorded': (actor) =>
      outcomeOf(() => shareDraft(db, actor, statusKind, { itemCode: ITEM.toShareOtherOnly, visibility: 'all_participants' })),
    'read shared implementation statuses list': (actor) =>
      outcomeOf(async () => (Array.isArray(await listShares(db, actor, statusKind)) ? 'listed' : 'no list')),
    'list invitations': (actor) =>
      outcomeOf(async () => [...new Set((await listInvitations(db, actor)).map((invitation) => invitation.delegation))].sort()),
    'invite a delegate into own delegation': (actor) => invite(actor, 'delegate', OWN),
    'invite a delegate into the other delegation': (actor) => invite(actor, 'delegate', OTHER),
    'invite a focal point into own delegation': (actor) => invite(actor, 'focal_point', OWN),
    'invite a focal point into the other delegation': (actor) => invite(actor, 'focal_point', OTHER),
    'revoke an invitation of own delegation': async (actor) => {
      const id = await newInvitation(OWN)
      return outcomeOf(async () => {
        await revokeInvitation(db, actor, id)
        return (await db.invitation.findUniqueOrThrow({ where: { id } })).revokedAt ? 'revoked' : 'pending'
      })
    },
    'revoke an invitation of the other delegation': async (actor) => {
      const id = await newInvitation(OTHER)
      return outcomeOf(async () => {
        await revokeInvitation(db, actor, id)
        return (await db.invitation.findUniqueOrThrow({ where: { id } })).revokedAt ? 'revoked' : 'pending'
      })
    },
    'list users': (actor) =>
      outcomeOf(async () => [...new Set((await listUsers(db, actor)).map((user) => user.delegation?.code ?? null))].sort()),
    'deactivate a delegate of own delegation': (actor) => deactivate(actor, createUser(db, 'delegate', { delegationCode: OWN })),
    'deactivate a delegate of the other delegation': (actor) => deactivate(actor, createUser(db, 'delegate', { delegationCode: OTHER })),
    'deactivate a fellow focal point of own delegation': (actor) =>
      deactivate(actor, createUser(db, 'focal_point', { delegationCode: OWN })),
    'deactivate oneself': async (actor) => {
      const outcome = await outcomeOf(() => setUserActive(db, actor, actor.userId, false))
      expect(await isDeactivated(actor.userId)).toBe('active')
      return outcome
    },
  }

  /** The Mexican viewer of a role (the secretariat and the administrator are nobody's). */
  function mexican(role: Role): Viewer {
    return mexico[role].viewer
  }

  beforeAll(async () => {
    const { users } = await createCast(db, { delegations: [OWN, OTHER] })
    ;({ secretariat, administrator } = users)
    const actors = (delegate: TestUser, focalPoint: TestUser): Actors => ({
      delegate,
      focal_point: focalPoint,
      secretariat_reviewer: secretariat,
      administrator,
    })
    mexico = actors(users.delegate, users.focalPoint)
    germany = actors(users.otherDelegate, users.otherFocalPoint)

    for (const [actors, code] of [
      [mexico, OWN],
      [germany, OTHER],
    ] as const) {
      const { delegate, focal_point: focalPoint } = actors
      await draft(delegate.viewer, ITEM.draftedByBoth, draftText(code, ITEM.draftedByBoth, 'unshared'))
      await recordStatus(delegate.viewer, ITEM.draftedByBoth, statusText(code, ITEM.draftedByBoth, 'unshared'))
      for (const level of levels) {
        const item = ITEM.shared[level]
        await draft(delegate.viewer, item, draftText(code, item, 'shared'))
        await shareDraft(db, focalPoint.viewer, positionKind, { itemCode: item, visibility: level })
        await draft(delegate.viewer, item, draftText(code, item, 'edited after sharing'))
        await recordStatus(delegate.viewer, item, statusText(code, item, 'shared'))
        await shareDraft(db, focalPoint.viewer, statusKind, { itemCode: item, visibility: level })
        await recordStatus(delegate.viewer, item, statusText(code, item, 'edited after sharing'))
      }
    }
    await draft(mexico.delegate.viewer, ITEM.toShare, draftText(OWN, ITEM.toShare, 'unshared'))
    await draft(germany.delegate.viewer, ITEM.draftedByOtherOnly, draftText(OTHER, ITEM.draftedByOtherOnly, 'unshared'))
    await draft(germany.delegate.viewer, ITEM.toSave, OTHER_SAVE_ITEM_TEXT)
    await draft(germany.delegate.viewer, ITEM.toShareOtherOnly, draftText(OTHER, ITEM.toShareOtherOnly, 'unshared'))
    await recordStatus(mexico.delegate.viewer, ITEM.toShare, statusText(OWN, ITEM.toShare, 'unshared'))
    await recordStatus(germany.delegate.viewer, ITEM.toSave, OTHER_SAVE_ITEM_STATUS)
    await recordStatus(germany.delegate.viewer, ITEM.toShareOtherOnly, statusText(OTHER, ITEM.toShareOtherOnly, 'unshared'))

    const germanFocalPoint = germany.focal_point.viewer
    for (const [item, first, then] of [
      [ITEM.narrowedToDelegation, 'all_participants', 'delegation'],
      [ITEM.narrowedToSecretariat, 'all_participants', 'delegation_and_secretariat'],
      [ITEM.widened, 'delegation', 'all_participants'],
    ] as const) {
      await draft(germanFocalPoint, item, `${OTHER} ${item} first share`)
      await shareDraft(db, germanFocalPoint, positionKind, { itemCode: item, visibility: first })
      await draft(germanFocalPoint, item, `${OTHER} ${item} second share`)
      await shareDraft(db, germanFocalPoint, positionKind, { itemCode: item, visibility: then })
    }

    // Invitations of both delegations, so that listing shows whose are whose.
    await newInvitation(OWN)
    await newInvitation(OTHER)
  })

  describe.each(roles)('as a %s of Mexico (or of no delegation)', (role) => {
    it.each(Object.keys(expected) as Action[])('%s', async (action) => {
      expect(await runners[action](mexican(role))).toEqual(expected[action][role])
    })
  })

  describe('reading shares: role × own or other delegation × visibility level', () => {
    type ViewerCase = { label: string; role: Role; delegation: string | null }
    const viewers = roles.flatMap((role): ViewerCase[] =>
      role === 'delegate' || role === 'focal_point'
        ? [
            { label: `${role} of ${OWN}`, role, delegation: OWN },
            { label: `${role} of ${OTHER}`, role, delegation: OTHER },
          ]
        : [{ label: role, role, delegation: null }],
    )
    const cases = viewers.flatMap((viewer) => [OWN, OTHER].flatMap((owner) => levels.map((level) => ({ ...viewer, owner, level }))))

    function viewerFor(role: Role, delegation: string | null): Viewer {
      if (delegation === OTHER) return germany[role].viewer
      return mexican(role)
    }

    it.each(cases)('$label reading $owner’s share at $level', async ({ role, delegation, owner, level }) => {
      const relation = owner === delegation ? 'own' : 'other'
      const seen = sharesSeen[role][relation]
      if (!seen) throw new Error(`No expectation for a ${role} reading its own delegation's shares.`)
      const item = ITEM.shared[level]
      const viewer = viewerFor(role, delegation)

      const shares = await listShares(db, viewer, positionKind, { itemCode: item, delegationCode: owner })
      if (seen[level]) {
        // The shared version, never the draft edited after it.
        expect(
          shares.map(({ delegation, version, rationale, visibility, isCurrent }) => ({
            delegation: delegation.code,
            version,
            rationale,
            visibility,
            isCurrent,
          })),
        ).toEqual([{ delegation: owner, version: 1, rationale: draftText(owner, item, 'shared'), visibility: level, isCurrent: true }])
      } else {
        expect(shares).toEqual([])
      }
      // Unfiltered, the same answer.
      const all = await listShares(db, viewer, positionKind)
      expect(all.filter((share) => share.itemCode === item && share.delegation.code === owner)).toHaveLength(seen[level] ? 1 : 0)
    })

    // Implementation statuses follow the same rule, through the same where-fragment.
    it.each(cases)('$label reading $owner’s implementation status share at $level', async ({ role, delegation, owner, level }) => {
      const seen = sharesSeen[role][owner === delegation ? 'own' : 'other']
      if (!seen) throw new Error(`No expectation for a ${role} reading its own delegation's shares.`)
      const item = ITEM.shared[level]
      const shares: Share<StatusContent>[] = await listShares(db, viewerFor(role, delegation), statusKind, {
        itemCode: item,
        delegationCode: owner,
      })
      expect(
        shares.map(({ delegation, version, evidence, visibility, isCurrent }) => ({
          delegation: delegation.code,
          version,
          evidence,
          visibility,
          isCurrent,
        })),
      ).toEqual(
        seen[level]
          ? [{ delegation: owner, version: 1, evidence: statusText(owner, item, 'shared'), visibility: level, isCurrent: true }]
          : [],
      )
    })

    it.each(viewers)('$label counts what it may read on each level’s item', async ({ role, delegation }) => {
      const counts = await countCurrentShares(viewerFor(role, delegation))
      for (const level of levels) expect([level, counts.get(ITEM.shared[level]) ?? 0]).toEqual([level, sharedCount[role][level]])
      expect(counts.get(ITEM.draftedByBoth)).toBeUndefined()
      expect(counts.get(ITEM.draftedByOtherOnly)).toBeUndefined()
    })

    it.each(viewers)(
      '$label never reads another delegation’s share below its level, an earlier share, or a draft',
      async ({ role, delegation }) => {
        const shares = await listShares(db, viewerFor(role, delegation), positionKind)
        const others = shares.filter((share) => share.delegation.code !== delegation)
        for (const share of others) {
          expect({ item: share.itemCode, delegation: share.delegation.code, isCurrent: share.isCurrent, level: share.visibility }).toEqual({
            item: share.itemCode,
            delegation: share.delegation.code,
            isCurrent: true,
            level: expect.toBeOneOf(levelsReaching[role]),
          })
          expect(share.rationale).not.toMatch(/unshared|edited after sharing/)
        }
      },
    )
  })

  describe('drafts stay with their delegation', () => {
    it('a Mexican delegate or focal point reads Mexico’s draft, never Germany’s', async () => {
      for (const role of ['delegate', 'focal_point'] as const) {
        const viewer = mexican(role)
        expect((await getOwnDraft(db, viewer, positionKind, ITEM.draftedByBoth))?.rationale).toBe(
          draftText(OWN, ITEM.draftedByBoth, 'unshared'),
        )
        expect(await getOwnDraft(db, viewer, positionKind, ITEM.draftedByOtherOnly)).toBeNull()
        const drafts = await listOwnDrafts(db, viewer, positionKind)
        expect(drafts.map((draft) => draft.itemCode)).not.toContain(ITEM.draftedByOtherOnly)
        expect(drafts.map((draft) => draft.itemCode)).not.toContain(ITEM.toShareOtherOnly)
        for (const draft of drafts) expect(draft.rationale).not.toMatch(new RegExp(`^${OTHER} `))
        expect(drafts.filter((draft) => draft.rationale.startsWith(`${OWN} `)).length).toBeGreaterThanOrEqual(4)
      }
    })

    it('Germany’s draft on an item Mexico also drafted stays Germany’s, and the other way round', async () => {
      expect((await getOwnDraft(db, germany.delegate.viewer, positionKind, ITEM.draftedByBoth))?.rationale).toBe(
        draftText(OTHER, ITEM.draftedByBoth, 'unshared'),
      )
      expect((await getOwnDraft(db, mexico.focal_point.viewer, positionKind, ITEM.draftedByBoth))?.rationale).toBe(
        draftText(OWN, ITEM.draftedByBoth, 'unshared'),
      )
    })

    it('the secretariat and the administrator read no drafts at all', async () => {
      for (const user of [secretariat, administrator]) {
        await expect(getOwnDraft(db, user.viewer, positionKind, ITEM.draftedByBoth)).rejects.toMatchObject({ code: 'forbidden' })
        await expect(listOwnDrafts(db, user.viewer, positionKind)).rejects.toMatchObject({ code: 'forbidden' })
      }
    })

    it('a delegate cannot share: forbidden, and nothing is shared', async () => {
      const before = await db.positionShare.count()
      const error = await shareDraft(db, mexico.delegate.viewer, positionKind, {
        itemCode: ITEM.draftedByBoth,
        visibility: 'all_participants',
      }).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ code: 'forbidden' })
      expect(await db.positionShare.count()).toBe(before)
    })
  })

  describe('re-sharing: only the current share reaches others', () => {
    function view(shares: Share<PositionContent>[]) {
      return shares.map(({ version, visibility, isCurrent, rationale }) => ({ version, visibility, isCurrent, rationale }))
    }

    it('after narrowing to the delegation, nobody else sees the earlier wider share', async () => {
      const item = ITEM.narrowedToDelegation
      for (const viewer of [mexico.delegate.viewer, mexico.focal_point.viewer, secretariat.viewer, administrator.viewer]) {
        expect(await listShares(db, viewer, positionKind, { itemCode: item })).toEqual([])
        expect((await countCurrentShares(viewer)).get(item)).toBeUndefined()
      }
    })

    it('after narrowing to the secretariat, the secretariat sees the current share only, other delegations and the administrator nothing', async () => {
      const item = ITEM.narrowedToSecretariat
      expect(view(await listShares(db, secretariat.viewer, positionKind, { itemCode: item }))).toEqual([
        { version: 2, visibility: 'delegation_and_secretariat', isCurrent: true, rationale: `${OTHER} ${item} second share` },
      ])
      expect((await countCurrentShares(secretariat.viewer)).get(item)).toBe(1)
      for (const viewer of [mexico.delegate.viewer, mexico.focal_point.viewer, administrator.viewer]) {
        expect(await listShares(db, viewer, positionKind, { itemCode: item })).toEqual([])
        expect((await countCurrentShares(viewer)).get(item)).toBeUndefined()
      }
    })

    it('after widening, others see the current share only, not the earlier narrower one', async () => {
      const item = ITEM.widened
      for (const viewer of [mexico.delegate.viewer, secretariat.viewer, administrator.viewer]) {
        expect(view(await listShares(db, viewer, positionKind, { itemCode: item }))).toEqual([
          { version: 2, visibility: 'all_participants', isCurrent: true, rationale: `${OTHER} ${item} second share` },
        ])
        expect((await countCurrentShares(viewer)).get(item)).toBe(1)
      }
    })

    it('the own delegation still sees its whole history, and counts only the current share', async () => {
      for (const viewer of [germany.delegate.viewer, germany.focal_point.viewer]) {
        expect(view(await listShares(db, viewer, positionKind, { itemCode: ITEM.narrowedToDelegation }))).toEqual([
          { version: 2, visibility: 'delegation', isCurrent: true, rationale: `${OTHER} ${ITEM.narrowedToDelegation} second share` },
          { version: 1, visibility: 'all_participants', isCurrent: false, rationale: `${OTHER} ${ITEM.narrowedToDelegation} first share` },
        ])
        expect(view(await listShares(db, viewer, positionKind, { itemCode: ITEM.narrowedToDelegation, currentOnly: true }))).toHaveLength(1)
        const counts = await countCurrentShares(viewer)
        expect([counts.get(ITEM.narrowedToDelegation), counts.get(ITEM.narrowedToSecretariat), counts.get(ITEM.widened)]).toEqual([1, 1, 1])
      }
    })
  })

  describe('focal points manage their own delegation’s delegates only', () => {
    it('an invitation naming another delegation lands in the focal point’s own', async () => {
      const email = `redirected-${randomSuffix()}@test.gfmd`
      await createInvitation(
        db,
        mexico.focal_point.viewer,
        { email, name: 'Someone', role: 'delegate', delegationCode: OTHER },
        { baseUrl: BASE_URL },
      )
      expect(await invitationSummary(email)).toEqual({ role: 'delegate', delegation: OWN })
      const germanInvitations = await listInvitations(db, germany.focal_point.viewer)
      expect(germanInvitations.map((invitation) => invitation.email)).not.toContain(email)
    })

    it('a focal point lists only their delegation’s users and invitations', async () => {
      const users = await listUsers(db, mexico.focal_point.viewer)
      expect(users.map((user) => user.id)).toEqual(expect.arrayContaining([mexico.delegate.id, mexico.focal_point.id]))
      expect(users.map((user) => user.id)).not.toContain(germany.delegate.id)
      expect(await listUsers(db, mexico.focal_point.viewer, { delegationCode: OTHER })).toEqual([])
      for (const invitation of await listInvitations(db, mexico.focal_point.viewer)) expect(invitation.delegation).toBe('Mexico')
    })
  })

  describe('sessions end at once', () => {
    const ip = () => `test-${randomSuffix()}`

    it('deactivating a signed-in user ends their session and their password stops working', async () => {
      const user = await createUser(db, 'delegate', { delegationCode: OWN })
      expect(await loadViewer(db, user.id, user.sessionVersion)).toEqual(user.viewer)
      expect(await authenticate(db, { email: user.email, password: user.password, ip: ip() })).toMatchObject({ ok: true })

      await setUserActive(db, administrator.viewer, user.id, false)

      const viewer = await loadViewer(db, user.id, user.sessionVersion)
      expect(viewer).toBeNull()
      expect(() => authorize(viewer)).toThrow(expect.objectContaining({ code: 'unauthenticated' }))
      // Not with the next session version either: the account is off.
      expect(await loadViewer(db, user.id, user.sessionVersion + 1)).toBeNull()
      expect(await authenticate(db, { email: user.email, password: user.password, ip: ip() })).toEqual({ ok: false, reason: 'invalid' })

      // Reactivated, they sign in again; the old session stays ended.
      await setUserActive(db, administrator.viewer, user.id, true)
      const result = await authenticate(db, { email: user.email, password: user.password, ip: ip() })
      expect(result).toEqual({ ok: true, userId: user.id, sessionVersion: user.sessionVersion + 1 })
      expect(await loadViewer(db, user.id, user.sessionVersion)).toBeNull()
      expect(await loadViewer(db, user.id, user.sessionVersion + 1)).toMatchObject({ userId: user.id })
    })

    it('a focal point deactivating their delegate ends that delegate’s session', async () => {
      const user = await createUser(db, 'delegate', { delegationCode: OWN })
      await setUserActive(db, mexico.focal_point.viewer, user.id, false)
      expect(await loadViewer(db, user.id, user.sessionVersion)).toBeNull()
      expect(await authenticate(db, { email: user.email, password: user.password, ip: ip() })).toEqual({ ok: false, reason: 'invalid' })
    })

    it('changing the password ends existing sessions; the new password opens a new one', async () => {
      const user = await createUser(db, 'focal_point', { delegationCode: OWN })
      const newPassword = 'a-new-and-long-password'
      await changePassword(db, user.viewer, { currentPassword: user.password, newPassword, confirmPassword: newPassword })

      expect(await loadViewer(db, user.id, user.sessionVersion)).toBeNull()
      expect(await authenticate(db, { email: user.email, password: user.password, ip: ip() })).toEqual({ ok: false, reason: 'invalid' })
      const result = await authenticate(db, { email: user.email, password: newPassword, ip: ip() })
      expect(result).toEqual({ ok: true, userId: user.id, sessionVersion: user.sessionVersion + 1 })
      expect(await loadViewer(db, user.id, user.sessionVersion + 1)).toMatchObject({ userId: user.id, role: 'focal_point' })
    })

    it('a wrong current password changes nothing and the session goes on', async () => {
      const user = await createUser(db, 'delegate', { delegationCode: OWN })
      const newPassword = 'another-long-password'
      await expect(
        changePassword(db, user.viewer, { currentPassword: 'not-the-password', newPassword, confirmPassword: newPassword }),
      ).rejects.toMatchObject({ code: 'invalid' })
      expect(await loadViewer(db, user.id, user.sessionVersion)).toEqual(user.viewer)
      expect(await authenticate(db, { email: user.email, password: user.password, ip: ip() })).toMatchObject({ ok: true })
    })
  })
})
