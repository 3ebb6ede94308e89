import {
  IconAppWindow,
  IconBrandDiscord,
  IconBrandGoogle,
  IconBrandSlack,
  IconBrandTeams,
  IconBrandTelegram,
  IconBrandWhatsapp,
  IconDeviceMobileMessage,
  IconHelpHexagon,
  IconMail,
  IconPhoneCall,
  IconWebhook,
  type Icon,
} from '@tabler/icons-react'
import type { HandlerType } from './registry'

export const handlerTypeIcons: Record<HandlerType, Icon> = {
  email: IconMail,
  webhook: IconWebhook,
  slack: IconBrandSlack,
  microsoft_teams: IconBrandTeams,
  google_chat: IconBrandGoogle,
  internal_notification: IconAppWindow,
  discord: IconBrandDiscord,
  telegram: IconBrandTelegram,
  // Twilio has no icon of its own in the set: what it does, a text or a call, is shown instead.
  twilio: IconDeviceMobileMessage,
  twilio_call: IconPhoneCall,
  whatsapp: IconBrandWhatsapp,
}

/** For types the dashboard does not know, and handlers whose type was lost. */
export const UnknownTypeIcon = IconHelpHexagon
