/**
 * The frame of every command-line entry point: a failure ends in a short,
 * readable message and a non-zero exit, never a bare stack trace.
 */
export function printFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`\n✖ ${message}\n`)
  // The stack helps whoever debugs the tool, not whoever runs it.
  if (process.env.DEBUG && error instanceof Error && error.stack) console.error(error.stack)
}

export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    printFailure(error)
    process.exit(1)
  })
}

export function log(message: string): void {
  console.log(`• ${message}`)
}
