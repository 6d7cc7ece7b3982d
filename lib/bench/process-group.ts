/**
 * What a process group (the app server and any workers it forks) uses, read from /proc: its resident
 * memory, and the CPU time it has spent, which a busy machine stretches far less than wall-clock time.
 */
import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100

function eachMember(processGroup: number, read: (pid: string, fields: string[]) => void) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === processGroup) read(entry, fields)
    } catch {
      // The process ended while we looked.
    }
  }
}

export function groupRssBytes(processGroup: number): number {
  let total = 0
  eachMember(processGroup, (pid) => {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    if (rss) total += Number(rss[1]) * 1024
  })
  return total
}

/** User and system CPU time the group's live processes have used so far, in ms. */
export function groupCpuMs(processGroup: number): number {
  let ticks = 0
  // utime and stime, fields 14 and 15 of stat; `fields` starts at field 3.
  eachMember(processGroup, (_, fields) => (ticks += Number(fields[11]) + Number(fields[12])))
  return (ticks * 1000) / TICKS_PER_SECOND
}

/** Samples a group's RSS until stopped; `peak` is the highest seen since the last `resetPeak`. */
export function watchRss(processGroup: number, everyMs = 250) {
  let peak = 0
  let overall = 0
  const sample = () => {
    const rss = groupRssBytes(processGroup)
    peak = Math.max(peak, rss)
    overall = Math.max(overall, rss)
  }
  const timer = setInterval(sample, everyMs)
  sample()
  return {
    get peak() {
      return peak
    },
    get overallPeak() {
      return overall
    },
    resetPeak() {
      peak = 0
      sample()
    },
    stop: () => clearInterval(timer),
  }
}
