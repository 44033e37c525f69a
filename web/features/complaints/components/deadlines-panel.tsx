import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DEADLINE_RULES, ruleOf } from '../../../../shared/complaints/deadline-rules';
import { useFormat } from '../../../lib/format';
import type { ComplaintDetail } from '../api/types';
import { useWords } from '../lib/labels';
import { PausePanel } from './pause-panel';

type Deadline = ComplaintDetail['deadlines'][number];

/**
 * The rule's words, basis and "unconfirmed" flag. The case's clocks carry days and unit as they were
 * set; the basis is read from the rule set Patuh ships (an admin's later version may word it
 * differently — the days shown are the clock's own).
 */
function ruleText(d: Deadline & { basis?: string; unconfirmed?: boolean }) {
  const rule = ruleOf(DEFAULT_DEADLINE_RULES, d.key);
  return { label: rule.label, basis: d.basis ?? rule.basis, unconfirmed: d.unconfirmed ?? rule.unconfirmed };
}

const STATUS_COLOR = { berjalan: 'blue.8', terpenuhi: 'teal.9', lewat: 'red.8', batal: 'gray.7' } as const;

function DeadlineRow({ d, paused }: { d: Deadline; paused: boolean }) {
  const { t } = useTranslation();
  const words = useWords();
  const format = useFormat();
  const rule = ruleText(d);
  const running = d.status === 'berjalan';
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="cx-deadline" data-key={d.key} data-status={d.status}>
      <Group justify="space-between" gap={4} wrap="wrap">
        <Group gap={4} wrap="wrap">
          <Text size="sm" fw={600}>
            {words(rule.label)}
          </Text>
          <Tooltip
            label={rule.basis}
            multiline
            w={300}
            withArrow
            events={{ hover: true, focus: true, touch: true }}
          >
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('complaints.deadlines.basis', { basis: rule.basis })}
              data-testid="cx-deadline-basis"
            >
              §
            </ActionIcon>
          </Tooltip>
          {rule.unconfirmed && (
            <Badge size="xs" color="yellow.9" variant="filled" data-testid="cx-deadline-unconfirmed">
              {t('complaints.deadlines.unconfirmed')}
            </Badge>
          )}
        </Group>
        <Badge size="sm" color={STATUS_COLOR[d.status]} variant="filled">
          {t(`complaints.deadlines.status.${d.status}`)}
        </Badge>
      </Group>
      <Group gap={6} mt={4} wrap="wrap">
        <Text size="sm">
          {t('complaints.deadlines.due')}:{' '}
          <strong data-testid="cx-deadline-due">{format.date(d.dueOn)}</strong>
        </Text>
        <Text size="sm" c="gray.7">
          ({t(`complaints.deadlines.unit.${d.unit}`, { count: d.days })} {t('complaints.deadlines.from')}{' '}
          {format.date(d.startedOn)})
        </Text>
        {running && d.overdue && (
          <Badge size="sm" color="red.8" variant="filled">
            {t('complaints.overdue')}
          </Badge>
        )}
        {running && paused && (
          <Badge size="sm" color="gray.7" variant="filled">
            {t('complaints.paused')}
          </Badge>
        )}
        {d.metOn && (
          <Text size="sm" c="gray.7">
            {t('complaints.deadlines.metOn', { date: format.date(d.metOn) })}
          </Text>
        )}
      </Group>
    </Paper>
  );
}

/** The case's clocks (running first) and its pauses. */
export function DeadlinesPanel({ detail, canHandle }: { detail: ComplaintDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const paused = detail.pauses.some((p) => p.toOn === null);
  const order = (d: Deadline) => (d.status === 'berjalan' ? 0 : 1);
  const list = [...detail.deadlines].sort(
    (a, b) => order(a) - order(b) || b.startedOn.localeCompare(a.startedOn),
  );
  return (
    <Stack gap="xs" data-testid="cx-deadlines">
      {list.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('complaints.noDeadline')}
        </Text>
      ) : (
        list.map((d) => <DeadlineRow key={d.id} d={d} paused={paused} />)
      )}
      <PausePanel detail={detail} canHandle={canHandle} />
    </Stack>
  );
}
