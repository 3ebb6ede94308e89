// The names of the types the dashboard has forms for, in both languages. Both catalogues take
// them from here, and the search reads them without loading the other language's catalogue.

export const TYPE_NAMES_EN = {
  'type.email': 'E-mail',
  'type.webhook': 'Webhook',
  'type.slack': 'Slack',
  'type.microsoft_teams': 'Microsoft Teams',
  'type.google_chat': 'Google Chat',
  'type.internal_notification': 'In-app notification',
  'type.discord': 'Discord',
  'type.telegram': 'Telegram',
  'type.twilio': 'Twilio SMS',
  'type.twilio_call': 'Twilio phone call',
  'type.whatsapp': 'WhatsApp',
} as const

export const TYPE_NAMES_FA: Record<keyof typeof TYPE_NAMES_EN, string> = {
  'type.email': 'ایمیل',
  'type.webhook': 'وب‌هوک',
  'type.slack': 'اسلک',
  'type.microsoft_teams': 'مایکروسافت تیمز',
  'type.google_chat': 'گوگل چت',
  'type.internal_notification': 'اعلان درون برنامه',
  'type.discord': 'دیسکورد',
  'type.telegram': 'تلگرام',
  'type.twilio': 'پیامک Twilio',
  'type.twilio_call': 'تماس تلفنی Twilio',
  'type.whatsapp': 'واتس‌اپ',
}
