import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyRow, LHP_OUTCOMES, type ActionForm, type CorrectiveRow } from '../lib/action-form';
import { DateField } from '../../../components/ui/date-field';

/** The LHP: outcome, number, date, findings; with maladministration found, the corrective actions. */
export function LhpFields({
  value,
  onChange,
  errors,
}: {
  value: ActionForm['lhp'];
  onChange: (lhp: ActionForm['lhp']) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<ActionForm['lhp']>) => onChange({ ...value, ...patch });
  const setRow = (i: number, patch: Partial<CorrectiveRow>) =>
    set({ actions: value.actions.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const rowError = (i: number, k: keyof CorrectiveRow) => errors[`lhp.correctiveActions.${i}.${k}`];
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('complaints.lhp.outcome')}
        required
        value={value.outcome}
        onChange={(e) => set({ outcome: e.currentTarget.value as ActionForm['lhp']['outcome'] })}
        data={[
          { value: '', label: t('complaints.form.choose') },
          ...LHP_OUTCOMES.map((o) => ({ value: o, label: t(`complaints.lhp.outcomes.${o}`) })),
        ]}
        error={errors['lhp.outcome']}
        data-testid="cx-lhp-outcome"
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <TextInput
          label={t('complaints.lhp.number')}
          required
          value={value.number}
          maxLength={100}
          onChange={(e) => set({ number: e.currentTarget.value })}
          error={errors['lhp.number']}
          data-testid="cx-lhp-number"
        />
        <DateField
          label={t('complaints.lhp.date')}
          required
          value={value.date}
          onChange={(e) => set({ date: e.currentTarget.value })}
          error={errors['lhp.date']}
          data-testid="cx-lhp-date"
        />
      </SimpleGrid>
      <Textarea
        label={t('complaints.lhp.findings')}
        required
        autosize
        minRows={3}
        value={value.findings}
        onChange={(e) => set({ findings: e.currentTarget.value })}
        error={errors['lhp.findings']}
        data-testid="cx-lhp-findings"
      />
      {value.outcome === 'ditemukan' && (
        <Stack gap="xs" data-testid="cx-corrective">
          <Text fw={600} size="sm">
            {t('complaints.lhp.corrective')}
          </Text>
          <Text size="xs" c="gray.7">
            {t('complaints.lhp.correctiveHint')}
          </Text>
          {errors['lhp.correctiveActions'] && (
            <Text size="sm" c="red.8" role="alert">
              {errors['lhp.correctiveActions']}
            </Text>
          )}
          {value.actions.map((row, i) => (
            <Paper key={i} withBorder p="xs" data-testid="cx-corrective-row">
              <Stack gap={6}>
                <TextInput
                  label={t('complaints.lhp.addressee')}
                  required
                  value={row.addressee}
                  onChange={(e) => setRow(i, { addressee: e.currentTarget.value })}
                  error={rowError(i, 'addressee')}
                  data-testid={`cx-corrective-addressee-${i}`}
                />
                <Textarea
                  label={t('complaints.lhp.action')}
                  required
                  autosize
                  minRows={2}
                  value={row.action}
                  onChange={(e) => setRow(i, { action: e.currentTarget.value })}
                  error={rowError(i, 'action')}
                  data-testid={`cx-corrective-action-${i}`}
                />
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                  <TextInput
                    label={t('complaints.lhp.evidence')}
                    value={row.evidenceExpected}
                    onChange={(e) => setRow(i, { evidenceExpected: e.currentTarget.value })}
                    error={rowError(i, 'evidenceExpected')}
                  />
                  <DateField
                    label={t('complaints.lhp.dueOn')}
                    description={t('complaints.lhp.dueOnHint')}
                    value={row.dueOn}
                    onChange={(e) => setRow(i, { dueOn: e.currentTarget.value })}
                    error={rowError(i, 'dueOn')}
                  />
                </SimpleGrid>
                {value.actions.length > 1 && (
                  <Group justify="flex-end">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red.8"
                      onClick={() => set({ actions: value.actions.filter((_, j) => j !== i) })}
                      data-testid={`cx-corrective-remove-${i}`}
                    >
                      {t('complaints.lhp.removeRow', { n: i + 1 })}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() => set({ actions: [...value.actions, emptyRow()] })}
              disabled={value.actions.length >= 50}
              data-testid="cx-corrective-add"
            >
              {t('complaints.lhp.addRow')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
