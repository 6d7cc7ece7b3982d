/**
 * The reference data every item is tagged with: the six GCM thematic clusters
 * of 2017 and the 23 objectives the Compact adopted in 2018 (prisma/data/).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import type { Prisma } from '@/lib/generated/prisma/client'

const DATA_DIR = path.join(process.cwd(), 'prisma', 'data')

const clustersSchema = z.object({
  clusters: z.array(
    z.object({
      number: z.number().int().min(1),
      title: z.string().min(1),
      consultation: z.object({ place: z.string(), dates: z.string() }),
    }),
  ),
})

const objectivesSchema = z.object({
  objectives: z.array(z.object({ number: z.number().int().min(1), title: z.string().min(1) })),
})

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8')))
}

export async function importReferenceData(tx: Prisma.TransactionClient): Promise<{ clusters: number; objectives: number }> {
  const { clusters } = readJson('clusters.json', clustersSchema)
  const { objectives } = readJson('objectives.json', objectivesSchema)
  for (const cluster of clusters) {
    const fields = { title: cluster.title, consultationPlace: cluster.consultation.place, consultationDates: cluster.consultation.dates }
    await tx.cluster.upsert({ where: { number: cluster.number }, create: { number: cluster.number, ...fields }, update: fields })
  }
  for (const objective of objectives) {
    await tx.objective.upsert({ where: { number: objective.number }, create: objective, update: { title: objective.title } })
  }
  return { clusters: clusters.length, objectives: objectives.length }
}
