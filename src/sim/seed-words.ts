// Words real handler names are made of: teams, services, cities and on-call rotations, in
// Persian (with the zero-width non-joiner inside words, as Persian keyboards type it) and English.

/** What people call each type in Persian. */
export const TYPE_WORDS_FA: Record<string, readonly string[]> = {
  email: ['ایمیل', 'ایمیل', 'صندوق ایمیل', 'رایانامه'],
  webhook: ['وب‌هوک', 'وب‌هوک', 'هوک'],
  slack: ['اسلک', 'کانال اسلک'],
  microsoft_teams: ['تیمز', 'کانال تیمز'],
  google_chat: ['گوگل چت', 'فضای گوگل چت'],
  internal_notification: ['اعلان داخلی', 'اعلان پنل', 'زنگوله داشبورد'],
  discord: ['دیسکورد', 'سرور دیسکورد'],
  telegram: ['تلگرام', 'ربات تلگرام', 'کانال تلگرام'],
  twilio: ['پیامک', 'پیامک توییلیو'],
  twilio_call: ['تماس تلفنی', 'تماس خودکار'],
  whatsapp: ['واتس‌اپ', 'گروه واتس‌اپ'],
  x: ['ایکس', 'توییت خودکار'],
  push_subscriber_id: ['اعلان پوش', 'پوش مرورگر'],
}

export const TYPE_WORDS_EN: Record<string, readonly string[]> = {
  email: ['Email', 'Inbox', 'Mail'],
  webhook: ['Webhook', 'Hook'],
  slack: ['Slack'],
  microsoft_teams: ['Teams', 'MS Teams'],
  google_chat: ['Google Chat', 'Chat space'],
  internal_notification: ['In-app', 'Dashboard bell'],
  discord: ['Discord'],
  telegram: ['Telegram', 'TG bot'],
  twilio: ['SMS', 'Twilio SMS'],
  twilio_call: ['Phone call', 'Voice call'],
  whatsapp: ['WhatsApp'],
  x: ['X', 'X account'],
  push_subscriber_id: ['Push', 'Browser push'],
}

export const SUBJECTS_FA = [
  'تیم زیرساخت',
  'واحد پشتیبانی',
  'تیم امنیت',
  'واحد مالی',
  'تیم محصول',
  'تیم داده',
  'مدیر فنی',
  'واحد فروش',
  'هشدارهای فوری',
  'گزارش‌های روزانه',
  'درگاه پرداخت',
  'سامانه نوبت‌دهی',
  'پایگاه‌داده اصلی',
  'سرورهای پشتیبان',
  'وب‌سایت فروشگاه',
  'اپلیکیشن اندروید',
  'پنل مدیریت',
  'سامانه پیامک',
  'پشتیبان‌گیری شبانه',
  'به‌روزرسانی‌ها',
  'تراکنش‌های ناموفق',
  'مانیتورینگ شبکه',
  'نرم‌افزار حسابداری',
  'سرویس‌های ابری',
  'کارشناس‌های شیفت',
]

export const PLACES_FA = [
  'تهران',
  'شیراز',
  'تبریز',
  'مشهد',
  'اصفهان',
  'کرج',
  'رشت',
  'اهواز',
  'یزد',
  'کرمان',
  'دفتر مرکزی',
  'دیتاسنتر دوم',
]

export const QUALIFIERS_FA = [
  'شیفت شب',
  'شیفت صبح',
  'نوبت اول',
  'هفته‌های زوج',
  'محیط آزمایشی',
  'نسخه قدیمی',
  'اضطراری',
  'اصلی',
  'پشتیبان',
  'فقط قطعی‌ها',
]

/** Whole names people give, as they are. */
export const PHRASES_FA = [
  'وقتی سایت قطع شد می‌خواهم بدانم',
  'کشیک شبانه',
  'کشیک آخر هفته',
  'خبرم کن',
  'هشدار قطعی سرور',
  'گزارش هفتگی مدیرعامل',
]

export const ROTATIONS_FA = ['کشیک هفته', 'نوبت', 'گروه کشیک', 'شیفت']

/** Latin words that Persian names carry as they are. */
export const LATIN_IN_FA = [
  'Production',
  'Staging',
  'API',
  'CDN',
  'DevOps',
  'Grafana',
  'n8n',
  'Kubernetes',
  'DB-02',
  'Redis',
  'SRE',
  'VPN',
]

export const TEAMS_EN = [
  'Payments on-call',
  'SRE',
  'Platform team',
  'Support desk',
  'Data team',
  'Security',
  'Night shift',
  'Mobile team',
  'Billing',
  'Infra',
]

export const SERVICES_EN = [
  'Payments API',
  'Checkout',
  'Search',
  'CDN',
  'Auth service',
  'Status page',
  'Booking API',
  'Mail relay',
  'Postgres primary',
  'Redis cluster',
]

export const CITIES_EN = [
  'Tehran',
  'Shiraz',
  'Tabriz',
  'Mashhad',
  'Isfahan',
  'Frankfurt',
  'Istanbul',
  'Dubai',
  'Amsterdam',
]

export const ENVIRONMENTS = ['production', 'staging', 'prod-eu', 'dr-site', 'canary']

/** Long tails that names at the server's limit run into. */
export const TAILS_FA = [
  'گزارش وضعیت همه سرویس‌های تیم',
  'برای کشیک شبانه و آخر هفته',
  'شامل درگاه پرداخت و پنل مدیریت',
  'با ارسال فوری به مدیر فنی و معاون عملیات',
  'دفترهای تهران، شیراز، تبریز و مشهد',
  'فقط وقتی بیش از ۵ دقیقه قطع باشد',
]

export const TAILS_EN = [
  'weekly uptime digest for the infrastructure, payments and search teams',
  'escalates to the on-call lead after 15 minutes',
  'covers the Tehran, Shiraz and Frankfurt data centres',
  'only outages longer than 5 minutes, not maintenance windows',
]

/** Emoji people put in names; ZWJ sequences and flags are several code points each. */
export const EMOJI = ['🚨', '🔥', '📟', '📊', '✅', '⚠️', '🛠️', '🔔', '💳', '🤖', '🌙', '☎️']
export const ZWJ_EMOJI = ['👩‍💻', '🧑‍🚒', '👨‍👩‍👧', '🏳️‍🌈', '🧑🏽‍💻', '👨‍🔧']
export const FLAGS = ['🇮🇷', '🇩🇪', '🇹🇷', '🇦🇪', '🇳🇱']
