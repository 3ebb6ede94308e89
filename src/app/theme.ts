import { createTheme } from '@mantine/core'

export const theme = createTheme({
  primaryColor: 'indigo',
  // The default shade of filled buttons is too light for white text to pass contrast checks.
  primaryShade: { light: 7, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
})
