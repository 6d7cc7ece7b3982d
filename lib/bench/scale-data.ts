/**
 * The scale data of the benchmark, as rows: every delegation's positions and
 * implementation statuses (drafts, shares, history) and comments, generated
 * from a seed. Pure: the same seed and catalogue give the same rows, so a
 * benchmark run can be repeated; ./write-scale-data.ts writes them in bulk.
 *
 * The rows are exactly what the draft → share cycle (lib/drafts/drafts.ts)
 * writes: a draft's version counts its saves; every save and share has its
 * history entry (a save records the content before and after, a share its
 * visibility); a share freezes the version it shares, and only a draft's
 * latest share is current. Enum values are Postgres's (`all-participants`),
 * history content is the app's (`all_participants`), as Prisma writes them.
 */
import type { ImplementationState, Stance, Visibility } from '@/lib/generated/prisma/enums'
import { visibilityOrder } from '@/lib/visibility/comments'

import { createRandom, type Random } from './random'

export type ScaleCatalogue = {
  items: { id: string; text: string }[]
  /** The delegations that record inputs, each with its users (the focal point first). */
  delegations: { id: string; userIds: string[] }[]
  secretariat: { id: string; reviewerIds: string[] }
}

export type ScaleVolumes = {
  /** The share of delegations with a position and a status on every item. */
  inputShare: number
  comments: number
  /** Position and status history entries together. */
  historyEntries: number
}

export const scaleVolumes: ScaleVolumes = { inputShare: 0.8, comments: 50_000, historyEntries: 200_000 }

export type Row = Record<string, unknown>

export type DraftBundle = {
  kind: 'position' | 'status'
  draft: Row
  shares: Row[]
  history: Row[]
  /** The secretariat's decision on the current share, when it reached the secretariat and a reviewer decided. */
  reviewActions: Row[]
}

/**
 * Where the secretariat's review stands a few days before the stocktaking: most inputs that reached it
 * are decided, a quarter of them included in the consolidated contribution.
 */
const reviewOutcome: ['not-reviewed' | 'reviewed' | 'included', number][] = [
  ['not-reviewed', 0.45],
  ['reviewed', 0.3],
  ['included', 0.25],
]

/** Postgres's spelling of an enum value that Prisma names with underscores. */
const dbEnum = (value: string) => value.replaceAll('_', '-')

const START = Date.UTC(2017, 6, 3)
const DAY = 24 * 60 * 60 * 1000

const words = `migration migrants mobility labour skills recognition remittances diaspora integration inclusion
  protection rights dignity return reintegration readmission border governance cooperation partnership capacity
  development origin transit destination regional national local authorities cities data evidence policy coherence
  climate disaster displacement smuggling trafficking victims children families women workers recruitment fees
  contracts decent work social security portability access services health education housing justice consular
  assistance documentation identity regular pathways visas resettlement humanitarian admission community private
  sector trade unions civil society academia review follow-up indicators targets 2030 Agenda sustainable goals
  commitments implementation framework mechanism platform knowledge exchange practices pilot programme funding
  resources technical support training standards guidelines principles legal safeguards monitoring accountability`
  .split(/\s+/)
  .filter(Boolean)

const openings = [
  'The delegation',
  'Our government',
  'The ministry',
  'In our experience,',
  'We note that',
  'The Compact should',
  'This element',
  'National legislation',
  'Our consultations with civil society',
  'The regional process',
]

function sentence(random: Random, minWords: number, maxWords: number): string {
  const count = random.int(minWords, maxWords)
  const body = Array.from({ length: count }, () => random.pick(words)).join(' ')
  return `${random.pick(openings)} ${body}${random.chance(0.15) ? ', as agreed in the Global Forum' : ''}.`
}

/** Sentences to reach about `length` characters. */
function prose(random: Random, length: number): string[] {
  const sentences: string[] = []
  let total = 0
  while (total < length) {
    const next = sentence(random, 8, 28)
    sentences.push(next)
    total += next.length + 1
  }
  return sentences
}

/** An item's text with a few words changed or a clause added, as a delegation proposes it. */
function proposeWording(random: Random, text: string): string {
  const tokens = text.split(' ')
  const edits = random.int(1, 4)
  for (let edit = 0; edit < edits; edit += 1) tokens[random.int(0, tokens.length - 1)] = random.pick(words)
  return `${tokens.join(' ')}${random.chance(0.4) ? ` ${sentence(random, 6, 16)}` : ''}`
}

const stanceWeights: [Stance, number][] = [
  ['support', 40],
  ['support_with_amendments', 25],
  ['neutral', 10],
  ['concerns', 12],
  ['oppose', 5],
  ['no_position', 8],
]

const stateWeights: [ImplementationState, number][] = [
  ['not_started', 15],
  ['planned', 25],
  ['in_progress', 35],
  ['implemented', 18],
  ['not_applicable', 7],
]

/** The level a delegation leaves a draft at in the end: most reach the secretariat at least. */
const finalVisibility: [Visibility, number][] = [
  ['delegation', 10],
  ['delegation_and_secretariat', 45],
  ['all_participants', 45],
]

/** The share of drafts never shared. */
const UNSHARED = 0.15

type Plan = { kind: 'position' | 'status'; itemIndex: number; delegationIndex: number; isShared: boolean; events: number }

/**
 * Which delegations record what on which item, and how many saves and shares
 * each draft went through: exactly `historyEntries` in all. A shared draft has
 * at least a save and a share.
 */
function planDrafts(random: Random, catalogue: ScaleCatalogue, volumes: ScaleVolumes): Plan[] {
  const perItem = Math.round(catalogue.delegations.length * volumes.inputShare)
  const indices = catalogue.delegations.map((_, index) => index)
  const plans: Plan[] = []
  for (const kind of ['position', 'status'] as const) {
    catalogue.items.forEach((_, itemIndex) => {
      for (const delegationIndex of random
        .shuffle(indices)
        .slice(0, perItem)
        .sort((a, b) => a - b)) {
        const isShared = !random.chance(UNSHARED)
        plans.push({ kind, itemIndex, delegationIndex, isShared, events: isShared ? 2 : 1 })
      }
    })
  }
  let remaining = volumes.historyEntries - plans.reduce((sum, plan) => sum + plan.events, 0)
  if (remaining < 0) throw new Error(`${volumes.historyEntries} history entries are too few for ${plans.length} drafts.`)
  while (remaining > 0) {
    random.pick(plans).events += 1
    remaining -= 1
  }
  return plans
}

function idMaker(prefix: string) {
  let counter = 0
  return () => `${prefix}${(counter++).toString(36).padStart(8, '0')}`
}

type Content = Record<string, unknown>

/** The content of a draft at each of its saves: the text grows and changes as the delegation works on it. */
function contentAt(random: Random, plan: Plan, itemText: string) {
  if (plan.kind === 'position') {
    const sentences = prose(random, random.int(150, 1400))
    const wording = random.chance(0.35) ? proposeWording(random, itemText) : null
    let stance = random.weighted(stanceWeights)
    return (save: number, saves: number): Content => {
      if (save > 0 && random.chance(0.2)) stance = random.weighted(stanceWeights)
      const shown = Math.max(1, Math.ceil((sentences.length * (save + 1)) / saves))
      return { stance, rationale: sentences.slice(0, shown).join(' '), proposedWording: save === saves - 1 ? wording : null }
    }
  }
  const sentences = prose(random, random.int(0, 800))
  const links = Array.from(
    { length: random.int(0, 3) },
    (_, index) => `https://www.example.org/evidence/${plan.delegationIndex}/${plan.itemIndex}/${index}`,
  )
  let state = random.weighted(stateWeights)
  return (save: number, saves: number): Content => {
    if (save > 0 && random.chance(0.3)) state = random.weighted(stateWeights)
    const shown = Math.ceil((sentences.length * (save + 1)) / saves)
    const asOf = new Date(START + (30 + save * 7) * DAY).toISOString().slice(0, 10)
    return { state, evidence: sentences.slice(0, shown).join(' '), links: save === saves - 1 ? links : links.slice(0, 1), asOf }
  }
}

/** Content as the draft and share tables' columns. */
function contentColumns(kind: Plan['kind'], content: Content): Row {
  return kind === 'position'
    ? { ...content, stance: dbEnum(content.stance as string) }
    : { ...content, state: dbEnum(content.state as string) }
}

/** Every draft with its shares and history, in a fixed order. */
export function* generateDraftBundles(
  seed: string,
  catalogue: ScaleCatalogue,
  volumes: ScaleVolumes = scaleVolumes,
): Generator<DraftBundle> {
  const random = createRandom(`${seed}:drafts`)
  // A stream of its own, so adding the review left every other generated row as it was.
  const reviewRandom = createRandom(`${seed}:reviews`)
  const ids = { position: idMaker('scp'), status: idMaker('scs'), share: idMaker('sch'), history: idMaker('sct'), review: idMaker('scr') }
  for (const plan of planDrafts(random, catalogue, volumes)) {
    const item = catalogue.items[plan.itemIndex]!
    const delegation = catalogue.delegations[plan.delegationIndex]!
    const [focalPoint, ...delegates] = delegation.userIds
    const parentKey = plan.kind === 'position' ? 'positionId' : 'statusId'
    const draftId = plan.kind === 'position' ? ids.position() : ids.status()

    // The first event is a save; a shared draft ends with a share; in between, a share now and then.
    const actions = Array.from({ length: plan.events }, (_, index) =>
      index === 0 || !plan.isShared ? 'saved' : index === plan.events - 1 || random.chance(0.2) ? 'shared' : 'saved',
    )
    const saves = actions.filter((action) => action === 'saved').length
    const content = contentAt(random, plan, item.text)

    let at = START + random.int(0, 100) * DAY + random.int(0, DAY)
    let version = 0
    let current: Content | null = null
    let lastEditor = focalPoint!
    const history: Row[] = []
    const shares: Row[] = []
    actions.forEach((action, index) => {
      at += random.int(10 * 60 * 1000, 4 * DAY)
      const createdAt = new Date(at).toISOString()
      if (action === 'saved') {
        const after = content(version, saves)
        lastEditor = delegates.length > 0 && random.chance(0.7) ? random.pick(delegates) : focalPoint!
        version += 1
        history.push({ id: ids.history(), [parentKey]: draftId, action, version, actorId: lastEditor, before: current, after, createdAt })
        current = after
      } else {
        const visibility = index === actions.length - 1 ? random.weighted(finalVisibility) : random.pick(visibilityOrder)
        shares.push({
          id: ids.share(),
          [parentKey]: draftId,
          version,
          ...contentColumns(plan.kind, current!),
          visibility: dbEnum(visibility),
          isCurrent: false,
          sharedById: focalPoint,
          sharedAt: createdAt,
          reviewState: 'not-reviewed',
        })
        history.push({
          id: ids.history(),
          [parentKey]: draftId,
          action,
          version,
          actorId: focalPoint,
          before: null,
          after: { visibility },
          createdAt,
        })
      }
    })
    const reviewActions: Row[] = []
    const currentShare = shares.at(-1)
    if (currentShare) {
      currentShare.isCurrent = true
      const outcome = reviewRandom.weighted(reviewOutcome)
      if (currentShare.visibility !== 'delegation' && outcome !== 'not-reviewed') {
        currentShare.reviewState = outcome
        reviewActions.push({
          id: ids.review(),
          inputKind: plan.kind === 'position' ? 'position' : 'implementation-status',
          inputId: draftId,
          version: currentShare.version,
          delegationId: delegation.id,
          itemId: item.id,
          stateBefore: 'not-reviewed',
          stateAfter: outcome,
          actorId: reviewRandom.pick(catalogue.secretariat.reviewerIds),
          createdAt: new Date(Date.parse(currentShare.sharedAt as string) + reviewRandom.int(60 * 60 * 1000, 3 * DAY)).toISOString(),
        })
      }
    }

    const firstSave = history[0]!.createdAt
    const lastSave = history.findLast((entry) => entry.action === 'saved')!.createdAt
    const draft: Row = {
      id: draftId,
      itemId: item.id,
      delegationId: delegation.id,
      ...contentColumns(plan.kind, current!),
      version,
      updatedById: lastEditor,
      createdAt: firstSave,
      updatedAt: lastSave,
    }
    yield { kind: plan.kind, draft, shares, history, reviewActions }
  }
}

const commentVisibility: [Visibility, number][] = [
  ['delegation', 30],
  ['delegation_and_secretariat', 30],
  ['all_participants', 40],
]

/**
 * Comments on every item: threads in each delegation's conversation, replies
 * from the delegation or the secretariat never wider than what they answer
 * (lib/visibility/comments.ts), the secretariat never below "delegation and
 * secretariat". Markdown bodies of realistic lengths.
 */
export function* generateComments(seed: string, catalogue: ScaleCatalogue, volumes: ScaleVolumes = scaleVolumes): Generator<Row> {
  const random = createRandom(`${seed}:comments`)
  const nextId = idMaker('scc')
  // The open threads of a conversation (item × delegation), to answer.
  const threads = new Map<string, { id: string; visibility: Visibility; at: number }[]>()
  for (let index = 0; index < volumes.comments; index += 1) {
    const itemIndex = random.int(0, catalogue.items.length - 1)
    const delegation = random.pick(catalogue.delegations)
    const key = `${itemIndex}:${delegation.id}`
    const thread = threads.get(key) ?? []
    const parent = thread.length > 0 && random.chance(0.45) ? random.pick(thread) : null
    const isSecretariat = parent !== null && parent.visibility !== 'delegation' && random.chance(0.3)
    let visibility = random.weighted(commentVisibility)
    if (parent && visibilityOrder.indexOf(visibility) > visibilityOrder.indexOf(parent.visibility)) visibility = parent.visibility
    if (isSecretariat && visibility === 'delegation') visibility = 'delegation_and_secretariat'
    const at = (parent?.at ?? START + random.int(0, 140) * DAY) + random.int(60 * 1000, 3 * DAY)
    const paragraphs = random.int(1, 3)
    const body = Array.from({ length: paragraphs }, () => prose(random, random.int(40, 400)).join(' ')).join('\n\n')
    const id = nextId()
    thread.push({ id, visibility, at })
    threads.set(key, thread)
    yield {
      id,
      itemId: catalogue.items[itemIndex]!.id,
      delegationId: delegation.id,
      authorId: isSecretariat ? random.pick(catalogue.secretariat.reviewerIds) : random.pick(delegation.userIds),
      parentId: parent?.id ?? null,
      body: random.chance(0.2) ? `**${random.pick(words)}**: ${body}` : body,
      visibility: dbEnum(visibility),
      version: 1,
      createdAt: new Date(at).toISOString(),
      editedAt: null,
      deletedAt: null,
      deletedById: null,
      reviewState: 'not-reviewed',
    }
  }
}
