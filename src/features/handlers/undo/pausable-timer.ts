/**
 * A timer that stops while the user reads or reaches for its notice (pointer over it, focus in it),
 * and goes on with the time it had left: the undo window must not close under the user's hand.
 */
export function pausableTimer(ms: number, fire: () => void) {
  let left = ms
  let startedAt = Date.now()
  let timer: ReturnType<typeof setTimeout> | null = setTimeout(fire, ms)
  return {
    hold(paused: boolean) {
      if (paused && timer !== null) {
        clearTimeout(timer)
        timer = null
        left -= Date.now() - startedAt
      } else if (!paused && timer === null && left > 0) {
        startedAt = Date.now()
        timer = setTimeout(fire, left)
      }
    },
    stop() {
      if (timer !== null) clearTimeout(timer)
      timer = null
      left = 0
    },
  }
}
