import {
  IconAppWindow,
  IconBrandGoogle,
  IconBrandSlack,
  IconBrandTeams,
  IconHelpHexagon,
  IconMail,
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
}

/** For types the dashboard does not know, and handlers whose type was lost. */
export const UnknownTypeIcon = IconHelpHexagon
