/**
 * The Mantine theme. Mantine's default palettes put text colours at shade 6, which is too light
 * for WCAG AA on white for gray (#868e96, the "dimmed" text), teal (#12b886), green, orange,
 * yellow, cyan, grape and blue. Shades 6–9 of each palette here are darker (≥ 5:1 on white, ≥ 4.5:1
 * on the variants' tinted backgrounds); shades 0–5, the backgrounds and borders, stay Mantine's.
 */
import { createTheme, DEFAULT_THEME, type DefaultMantineColor, type MantineColorsTuple } from '@mantine/core';

function darker(name: DefaultMantineColor, dark: [string, string, string, string]): MantineColorsTuple {
  const base = DEFAULT_THEME.colors[name] ?? [];
  return [...base.slice(0, 6), ...dark] as unknown as MantineColorsTuple;
}

/** The theme in the user's language: `closeLabel` names the "×" buttons of dialogs and notices. */
export const patuhTheme = (closeLabel: string) =>
  createTheme({
    primaryColor: 'blue',
    defaultRadius: 'md',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    // Filled badges and buttons on light colours (yellow) get dark text instead of white.
    autoContrast: true,
    // Users who ask their system for less motion get no fades or slides (WCAG 2.3.3).
    respectReducedMotion: true,
    colors: {
      blue: darker('blue', ['#1864ab', '#155a9c', '#124f8a', '#0f4478']),
      gray: darker('gray', ['#5c636a', '#495057', '#343a40', '#212529']),
      teal: darker('teal', ['#07704f', '#066346', '#05573d', '#044a34']),
      green: darker('green', ['#237032', '#1f642c', '#1b5827', '#174b21']),
      orange: darker('orange', ['#b8400b', '#a8390a', '#973309', '#862d08']),
      yellow: darker('yellow', ['#8a5a00', '#7a5000', '#6b4600', '#5c3c00']),
      red: darker('red', ['#c92a2a', '#b02525', '#9c2121', '#881d1d']),
      cyan: darker('cyan', ['#0b7285', '#0a6576', '#095867', '#084b58']),
      grape: darker('grape', ['#862e9c', '#74288a', '#622278', '#501c66']),
      indigo: darker('indigo', ['#364fc7', '#2f45ad', '#283b94', '#21317a']),
    },
    components: {
      // A wide table scrolls sideways inside its container; the keyboard must reach that scroll too.
      TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    },
  });
