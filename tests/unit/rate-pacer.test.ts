// The pacer's rules on answers a real network gives: out of order, from a window already closed,
// a window already half used. Time is a fake clock that moves only when the test or a wait says.
import { describe, expect, it } from 'vitest'
import { RatePacer, type Clock, type PacerSlot } from '../../src/api/rate-pacer'

function fakeClock() {
  let now = 0
  const time = {
    clock: {
      now: () => now,
      sleep: async (ms: number) => {
        now += ms
        time.onSleep()
      },
    } satisfies Clock,
    /** What happens in the world while the pacer waits; by default, nothing for ten minutes. */
    onSleep: () => {
      if (now > 600_000) throw new Error('still waiting after ten minutes')
    },
    advance: (ms: number) => (now += ms),
    now: () => now,
  }
  return time
}

const answer = (limit: number, remaining: number) =>
  new Headers({ 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': String(remaining) })
const refused = (limit: number, resetSeconds: number) =>
  new Headers({ 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Reset': String(resetSeconds) })

/** Whether `acquire` gives a slot without waiting on the clock. */
async function immediate(pacer: RatePacer, time: ReturnType<typeof fakeClock>, mayProbe = true) {
  const before = time.now()
  const slot = await pacer.acquire(undefined, mayProbe)
  return { slot, waited: time.now() - before }
}

describe('RatePacer', () => {
  it('counts requests on their way against what is left', async () => {
    const time = fakeClock()
    const pacer = new RatePacer(time.clock)
    ;(await pacer.acquire()).observe(answer(10, 3))
    const slots: PacerSlot[] = []
    for (let i = 0; i < 3; i += 1) {
      const { slot, waited } = await immediate(pacer, time)
      expect(waited).toBe(0)
      slots.push(slot)
    }
    // Three on their way use up the three left: the next waits for the window, and sends
    // nothing more in it.
    const { waited } = await immediate(pacer, time, false)
    expect(waited).toBeGreaterThanOrEqual(59_000)
    for (const slot of slots) slot.observe(answer(10, 0))
  })

  it('keeps the lowest budget when answers arrive out of order', async () => {
    const time = fakeClock()
    const pacer = new RatePacer(time.clock)
    ;(await pacer.acquire()).observe(answer(5, 4))
    const a = await pacer.acquire()
    const b = await pacer.acquire()
    const c = await pacer.acquire()
    // The server counted a, b and c in turn (3, 2, 1 left) but c answers first and a last.
    c.observe(answer(5, 1))
    b.observe(answer(5, 2))
    a.observe(answer(5, 3))
    await pacer.acquire()
    // One was left; an old answer saying three must not open room for more.
    const { waited } = await immediate(pacer, time, false)
    expect(waited).toBeGreaterThan(0)
  })

  it('ignores an answer from a window that has closed', async () => {
    const time = fakeClock()
    const pacer = new RatePacer(time.clock)
    ;(await pacer.acquire()).observe(answer(5, 4))
    const late = await pacer.acquire()
    time.advance(61_000)
    // A new window: its first request goes alone, and its answer says another tab used three.
    const first = await pacer.acquire()
    first.observe(answer(5, 1))
    // The request of the old window answers now, with the old window's budget.
    late.observe(answer(5, 3))
    await pacer.acquire()
    const { waited } = await immediate(pacer, time, false)
    expect(waited).toBeGreaterThan(0)
  })

  it('sends a new window’s first request alone, then as many as it has room for', async () => {
    const time = fakeClock()
    const pacer = new RatePacer(time.clock)
    ;(await pacer.acquire()).observe(answer(10, 9))
    time.advance(60_001)
    const first = await pacer.acquire()
    // The first answer comes while the second request waits.
    time.onSleep = () => first.observe(answer(10, 9))
    const { waited } = await immediate(pacer, time)
    expect(waited).toBeGreaterThan(0)
    time.onSleep = () => {
      throw new Error('waited with room in the window')
    }
    for (let i = 0; i < 8; i += 1) await pacer.acquire()
  })

  it('learns the window from one 429, and paces the windows after it without another', async () => {
    const time = fakeClock()
    const pacer = new RatePacer(time.clock)
    const limit = 4
    const windowMs = 10_000
    // A server window of 10 s, opened by the first request.
    let opened = -Infinity
    let used = 0
    let refusals = 0
    const serve = (slot: PacerSlot) => {
      if (time.now() >= opened + windowMs) {
        opened = time.now()
        used = 0
      }
      used += 1
      time.advance(20) // the answer's way back
      if (used > limit) {
        refusals += 1
        slot.observe(refused(limit, Math.ceil((opened + windowMs - time.now()) / 1000)))
      } else slot.observe(answer(limit, limit - used))
    }
    for (let i = 0; i < 40; i += 1) serve(await pacer.acquire())
    expect(refusals).toBe(1)
    // 40 requests at 4 per 10 s, plus the one refused: not much more than 9 windows.
    expect(time.now()).toBeLessThan(9 * windowMs + 9 * 1_000)
  })

  it('waits instead of probing when the caller will not wait out a 429', async () => {
    const time = fakeClock()
    const pacer = new RatePacer(time.clock)
    ;(await pacer.acquire()).observe(answer(2, 1))
    ;(await pacer.acquire()).observe(answer(2, 0))
    const { waited } = await immediate(pacer, time, false)
    expect(waited).toBeGreaterThanOrEqual(59_000)
  })
})
