import { Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CHANNEL_KIND_LABELS,
  CHANNEL_KINDS,
  DURATION_UNIT_LABELS,
  DURATION_UNITS,
  type ChannelKind,
  type DurationUnit,
} from '../../../../shared/standards/components';
import type { StandardContent } from '../../../../shared/contracts/standards';
import { move } from '../lib/content';
import { RowTools } from './requirements-input';
import { useWord } from './words';

type Duration = NonNullable<StandardContent['jangka_waktu']>;
type Channel = NonNullable<StandardContent['pengaduan']>[number];

/** Component 4, jangka waktu: a number and its unit (minutes, hours, working days). */
export function DurationInput({
  value,
  onChange,
}: {
  value: Duration | null;
  onChange: (next: Duration | null) => void;
}) {
  const { t } = useTranslation();
  const word = useWord();
  const unit = value?.unit ?? 'hari_kerja';
  return (
    <Group gap="xs" align="flex-end" data-testid="duration-input">
      <NumberInput
        label={t('standards.duration.value')}
        value={value?.value ?? ''}
        min={0}
        max={10000}
        decimalScale={1}
        allowNegative={false}
        onChange={(v) => onChange(typeof v === 'number' ? { value: v, unit } : null)}
        w={120}
      />
      <Select
        label={t('standards.duration.unit')}
        data={DURATION_UNITS.map((u) => ({ value: u, label: word(DURATION_UNIT_LABELS[u]) }))}
        value={unit}
        allowDeselect={false}
        onChange={(u) => u && onChange({ value: value?.value ?? 0, unit: u as DurationUnit })}
        w={160}
      />
    </Group>
  );
}

/** Component 6, produk: what the applicant receives, one entry per product. */
export function ProductsInput({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="products-input">
      {value.map((p, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1, minWidth: 0 }}
            label={t('standards.products.item', { n: i + 1 })}
            value={p}
            onChange={(e) => onChange(value.map((x, j) => (j === i ? e.currentTarget.value : x)))}
            maxLength={300}
          />
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            mb={6}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
            aria-label={t('standards.list.removeNamed', {
              name: p || t('standards.products.item', { n: i + 1 }),
            })}
          >
            ✕
          </Button>
        </Group>
      ))}
      <Button
        variant="light"
        size="xs"
        onClick={() => onChange([...value, ''])}
        data-testid="product-item-add"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('standards.products.add')}
      </Button>
    </Stack>
  );
}

/** Component 10, pengaduan: the channels (kind and detail: a number, an address, a place). */
export function ChannelsInput({
  value,
  onChange,
}: {
  value: Channel[];
  onChange: (next: Channel[]) => void;
}) {
  const { t } = useTranslation();
  const word = useWord();
  const kinds = CHANNEL_KINDS.map((k) => ({ value: k, label: word(CHANNEL_KIND_LABELS[k]) }));
  const patch = (i: number, p: Partial<Channel>) =>
    onChange(value.map((c, j) => (j === i ? { ...c, ...p } : c)));
  return (
    <Stack gap="xs" data-testid="channels-input">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('standards.channels.empty')}
        </Text>
      )}
      {value.map((c, i) => (
        <Paper key={i} withBorder p="xs" data-testid="channel-row">
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label={t('standards.channels.kind', { n: i + 1 })}
              data={kinds}
              value={c.kind}
              allowDeselect={false}
              onChange={(k) => k && patch(i, { kind: k as ChannelKind })}
              w={170}
            />
            <TextInput
              style={{ flex: 1, minWidth: 160 }}
              label={t('standards.channels.detail')}
              placeholder={t('standards.channels.detailHint')}
              value={c.detail}
              onChange={(e) => patch(i, { detail: e.currentTarget.value })}
              maxLength={300}
            />
          </Group>
          <RowTools
            index={i}
            length={value.length}
            name={word(CHANNEL_KIND_LABELS[c.kind])}
            onMove={(to) => onChange(move(value, i, to))}
            onRemove={() => onChange(value.filter((_, j) => j !== i))}
          />
        </Paper>
      ))}
      <Button
        variant="light"
        size="xs"
        onClick={() => onChange([...value, { kind: 'whatsapp', detail: '' }])}
        data-testid="channel-add"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('standards.channels.add')}
      </Button>
    </Stack>
  );
}
