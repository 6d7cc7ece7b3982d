/** The resident memory of a process group (the app server and any workers it forks), read from /proc. */
import { readdirSync, readFileSync } from 'node:fs'

export function groupRssBytes(processGroup: number): number {
  let total = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== processGroup) continue
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))
      if (rss) total += Number(rss[1]) * 1024
    } catch {
      // The process ended while we looked.
    }
  }
  return total
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
