// The simulator is loaded only when a demo account is used, never for a real server.
let started: Promise<{ key: string }> | null = null

export function ensureDemo(): Promise<{ key: string }> {
  started ??= import('../../sim/browser')
    .then((demo) => demo.startDemo())
    .catch((error: unknown) => {
      started = null
      throw error
    })
  return started
}

export async function stopDemo() {
  if (!started) return
  started = null
  const demo = await import('../../sim/browser')
  demo.stopDemo()
}
