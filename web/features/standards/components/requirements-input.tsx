import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  REQUIREMENT_FORM_LABELS,
  REQUIREMENT_FORMS,
  type RequirementForm,
  type RequirementItem,
} from '../../../../shared/contracts/standards';
import { move } from '../lib/content';
import { useWord } from './words';

/** Component 2, persyaratan: documents an applicant brings (document, original/copy, count, note). */
export function RequirementsInput({
  value,
  onChange,
}: {
  value: RequirementItem[];
  onChange: (next: RequirementItem[]) => void;
}) {
  const { t } = useTranslation();
  const word = useWord();
  const forms = REQUIREMENT_FORMS.map((f) => ({ value: f, label: word(REQUIREMENT_FORM_LABELS[f]) }));
  const patch = (i: number, p: Partial<RequirementItem>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...p } : r)));

  return (
    <Stack gap="xs" data-testid="requirements-input">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('standards.requirements.empty')}
        </Text>
      )}
      {value.map((r, i) => (
        <Paper key={i} withBorder p="xs" data-testid="requirement-row">
          <Stack gap={6}>
            <TextInput
              label={t('standards.requirements.document', { n: i + 1 })}
              value={r.document}
              onChange={(e) => patch(i, { document: e.currentTarget.value })}
              maxLength={300}
            />
            <Group gap="xs" align="flex-end" wrap="wrap">
              <Select
                label={t('standards.requirements.form')}
                data={forms}
                value={r.form}
                allowDeselect={false}
                onChange={(v) => v && patch(i, { form: v as RequirementForm })}
                w={180}
              />
              <NumberInput
                label={t('standards.requirements.count')}
                value={r.count ?? ''}
                min={1}
                max={99}
                allowDecimal={false}
                allowNegative={false}
                onChange={(v) => patch(i, { count: typeof v === 'number' && v >= 1 ? v : null })}
                w={100}
              />
            </Group>
            <TextInput
              label={t('standards.requirements.note')}
              value={r.note ?? ''}
              onChange={(e) => patch(i, { note: e.currentTarget.value || null })}
              maxLength={300}
            />
            <RowTools
              index={i}
              length={value.length}
              name={r.document || t('standards.requirements.document', { n: i + 1 })}
              onMove={(to) => onChange(move(value, i, to))}
              onRemove={() => onChange(value.filter((_, j) => j !== i))}
            />
          </Stack>
        </Paper>
      ))}
      <Button
        variant="light"
        size="xs"
        onClick={() => onChange([...value, { document: '', form: 'fotokopi', count: 1, note: null }])}
        data-testid="requirement-add"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('standards.requirements.add')}
      </Button>
    </Stack>
  );
}

/** Up, down and remove for one row of a list; the buttons name the row for screen readers. */
export function RowTools({
  index,
  length,
  name,
  onMove,
  onRemove,
}: {
  index: number;
  length: number;
  name: string;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} justify="flex-end">
      <ActionIcon
        variant="subtle"
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
        aria-label={t('standards.list.up', { name })}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        disabled={index === length - 1}
        onClick={() => onMove(index + 1)}
        aria-label={t('standards.list.down', { name })}
      >
        ↓
      </ActionIcon>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={onRemove}
        aria-label={t('standards.list.removeNamed', { name })}
      >
        {t('standards.list.remove')}
      </Button>
    </Group>
  );
}
