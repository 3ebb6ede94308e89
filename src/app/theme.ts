import {
  createTheme,
  defaultVariantColorsResolver,
  type VariantColorsResolver,
} from '@mantine/core'

/**
 * Mantine's colours with enough contrast for WCAG AA: text on light badges and alerts darker
 * than the darkest shade (the lightest in dark mode), and white on a filled red button on its shade 9.
 */
const readableColors: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input)
  const name = input.color ?? input.theme.primaryColor
  if (!(name in input.theme.colors)) return colors
  if (input.variant === 'light') {
    return {
      ...colors,
      // Shade 9 alone is not dark enough for the yellows and oranges.
      color: `light-dark(color-mix(in srgb, var(--mantine-color-${name}-9), black 35%), var(--mantine-color-${name}-2))`,
    }
  }
  if (input.variant === 'filled' && name === 'red') {
    return {
      ...colors,
      background: 'var(--mantine-color-red-9)',
      hover: 'var(--mantine-color-red-8)',
    }
  }
  return colors
}

export const theme = createTheme({
  primaryColor: 'indigo',
  // The default shade of filled buttons is too light for white text to pass contrast checks.
  primaryShade: { light: 7, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  respectReducedMotion: true,
  variantColorResolver: readableColors,
})
