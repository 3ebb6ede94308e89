import { useEffect, useState } from 'react'

/**
 * The time relative dates are measured from, moving on once a minute: a cache update (a toggle,
 * say) must not change it, or every row showing a relative date would render again.
 */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
