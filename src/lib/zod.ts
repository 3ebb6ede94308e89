// zod, as the app uses it. Zod compiles parsers with `new Function` where it may, which the
// page's Content-Security-Policy forbids (and reports, even when zod catches the refusal): it
// parses without.
import { z } from 'zod'

z.config({ jitless: true })

export { z }
