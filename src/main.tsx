import '@mantine/core/styles/baseline.css'
import '@mantine/core/styles/default-css-variables.css'
import '@mantine/core/styles/global.css'
import '@mantine/core/styles/UnstyledButton.css'
import '@mantine/core/styles/VisuallyHidden.css'
import '@mantine/core/styles/Paper.css'
import '@mantine/core/styles/Popover.css'
import '@mantine/core/styles/CloseButton.css'
import '@mantine/core/styles/Group.css'
import '@mantine/core/styles/Stack.css'
import '@mantine/core/styles/Center.css'
import '@mantine/core/styles/Container.css'
import '@mantine/core/styles/Loader.css'
import '@mantine/core/styles/Text.css'
import '@mantine/core/styles/Title.css'
import '@mantine/core/styles/Anchor.css'
import '@mantine/core/styles/Button.css'
import '@mantine/core/styles/ActionIcon.css'
import '@mantine/core/styles/Input.css'
import '@mantine/core/styles/PasswordInput.css'
import '@mantine/core/styles/Combobox.css'
import '@mantine/core/styles/ScrollArea.css'
import '@mantine/core/styles/FloatingIndicator.css'
import '@mantine/core/styles/SegmentedControl.css'
import '@mantine/core/styles/Divider.css'
import '@mantine/core/styles/Alert.css'
import '@mantine/core/styles/Badge.css'
import '@mantine/core/styles/Skeleton.css'
import '@mantine/core/styles/Table.css'
import '@mantine/core/styles/Pagination.css'
import '@mantine/core/styles/Kbd.css'
import '@mantine/core/styles/InlineInput.css'
import '@mantine/core/styles/Drawer.css'
import '@mantine/core/styles/Switch.css'
import '@mantine/core/styles/Menu.css'
import '@mantine/core/styles/ModalBase.css'
import '@mantine/core/styles/Overlay.css'
import '@mantine/core/styles/Modal.css'
import '@mantine/core/styles/Notification.css'
import '@mantine/core/styles/Checkbox.css'
import '@mantine/core/styles/Progress.css'
import './app/styles.css'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { AppProviders } from './app/providers'
import { createQueryClient } from './app/query-client'
import { AppRoutes } from './app/routes'
import { prefetchTable } from './features/handlers/prefetch'
import { applyToDocument, initialLanguage, loadCatalogue } from './i18n/i18n'
import { listenBeforeRouter } from './lib/history-guard'

/**
 * How long the first render waits for a list that is on its way once the code is here: drawn
 * with the table in one go, the rows come without a skeleton shown for a moment and replaced.
 */
const LIST_GRACE_MS = 400

/**
 * Renders the app once the catalogue of the user's language is here. A function, not top-level
 * awaits: with a top-level await in the entry, the bundler keeps every chunk it splits apart.
 */
async function start() {
  const language = initialLanguage()
  const queryClient = createQueryClient()
  // The list is on its way while the catalogue of the user's language loads.
  const list = prefetchTable(queryClient, window.location)
  await loadCatalogue(language)
  if (list) await Promise.race([list, new Promise((done) => setTimeout(done, LIST_GRACE_MS))])
  applyToDocument(language)

  listenBeforeRouter()
  const root = createRoot(document.getElementById('root')!)
  // As a transition, the first render gives the page back to the browser every few milliseconds
  // instead of holding it for the whole screen: a tap or a key during start-up is answered.
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppProviders queryClient={queryClient} language={language}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AppProviders>
      </StrictMode>,
    ),
  )
}

void start()
