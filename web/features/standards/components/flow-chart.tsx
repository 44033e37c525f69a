import { Box, Text } from '@mantine/core';
import { useId } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureStep } from '../../../../shared/contracts/standards';

const box: CSSProperties = {
  width: '100%',
  maxWidth: '26rem',
  textAlign: 'center',
  overflowWrap: 'anywhere',
  fontSize: 'var(--mantine-font-size-sm)',
  color: 'var(--mantine-color-black)',
};
const stepBox: CSSProperties = {
  ...box,
  border: '2px solid var(--mantine-color-blue-7)',
  borderRadius: 'var(--mantine-radius-sm)',
  background: 'var(--mantine-color-blue-0)',
  padding: '0.5rem 0.75rem',
};
const terminal: CSSProperties = {
  ...box,
  maxWidth: '10rem',
  borderRadius: 999,
  background: 'var(--mantine-color-gray-2)',
  padding: '0.35rem 0.75rem',
};
const column: CSSProperties = { display: 'flex', flexDirection: 'column', alignItems: 'center' };

/** The arrow between two boxes: a line and a head, drawn in SVG; decoration only. */
function Arrow() {
  return (
    <svg width="14" height="26" viewBox="0 0 14 26" aria-hidden="true" focusable="false">
      <line x1="7" y1="0" x2="7" y2="19" stroke="var(--mantine-color-gray-7)" strokeWidth="2" />
      <path d="M1 18 L7 26 L13 18 Z" fill="var(--mantine-color-gray-7)" />
    </svg>
  );
}

/**
 * The procedure's flow chart, drawn from its steps: a start, one box per step (who does it
 * above the step), arrows between, an end. It is an ordered list, so a screen reader reads the
 * same steps in the same order; the arrows and the start/end marks are decoration.
 */
export function FlowChart({ steps }: { steps: readonly ProcedureStep[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  if (steps.length === 0) return null;
  return (
    <Box component="figure" m={0} aria-labelledby={captionId} data-testid="flow-chart">
      <Text component="figcaption" id={captionId} size="sm" fw={600} mb={6}>
        {t('standards.steps.chart')}
      </Text>
      <div style={column}>
        <div style={terminal} aria-hidden="true">
          {t('standards.steps.start')}
        </div>
        <ol style={{ ...column, listStyle: 'none', margin: 0, padding: 0, width: '100%' }}>
          {steps.map((s, i) => (
            <li key={i} style={{ ...column, width: '100%' }} data-testid="flow-step">
              <Arrow />
              <div style={stepBox}>
                {s.actor && (
                  <span
                    style={{ display: 'block', fontSize: 'var(--mantine-font-size-xs)', fontWeight: 600 }}
                  >
                    {s.actor}
                  </span>
                )}
                <strong>{i + 1}.</strong> {s.title}
              </div>
            </li>
          ))}
        </ol>
        <Arrow />
        <div style={terminal} aria-hidden="true">
          {t('standards.steps.end')}
        </div>
      </div>
    </Box>
  );
}
