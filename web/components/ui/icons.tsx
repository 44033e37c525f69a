/**
 * The few pictograms the app draws, as inline SVG in the text's colour. Emoji (📎 🔒) depend on a
 * colour-emoji font that many machines lack (Debian's Chromium without fonts-noto-color-emoji draws an
 * empty box). Decorative: hidden from screen readers; the text beside them says what they mean.
 */
import type { SVGProps } from 'react';

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number };

function Icon({ size = 14, children, ...rest }: IconProps & { children: React.ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
      style={{ verticalAlign: '-0.15em', flexShrink: 0 }}
      {...rest}
    >
      {children}
    </svg>
  );
}

/** A paperclip: an attached file. */
export function PaperclipIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M13.5 7.5 8 13a3.5 3.5 0 0 1-5-5l5.8-5.8a2.3 2.3 0 0 1 3.3 3.3L6.3 11.3a1.2 1.2 0 0 1-1.7-1.7L10 4.2" />
    </Icon>
  );
}

/** A padlock: closed for editing. */
export function LockIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </Icon>
  );
}

/** A sheet of paper: a document that is not a picture. */
export function DocumentIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M9.5 1.5H4a1 1 0 0 0-1 1v11a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V5z" />
      <path d="M9.5 1.5V5H13" />
    </Icon>
  );
}
