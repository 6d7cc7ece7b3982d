// Preloaded into Prisma's CLI by lib/db/prisma-cli.ts. The WebAssembly schema
// engine leaves a 10 s timer behind that keeps the CLI alive after its work is
// done; timers that long only bound waits, so they need not hold the process.
const setTimeoutOriginal = global.setTimeout
global.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = setTimeoutOriginal(callback, ms, ...args)
  if (typeof ms === 'number' && ms >= 10000) timer.unref()
  return timer
}
