import { Button, Checkbox, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fees } from '../../../../shared/contracts/standards';
import { useFormat } from '../../../lib/format';
import { parseRupiah } from '../lib/rupiah';

type FeeItem = Fees['items'][number];

/** One priced item: the amount typed as people write it ("15.000"), read back as rupiah. */
function FeeRow({
  item,
  index,
  onChange,
  onRemove,
}: {
  item: FeeItem;
  index: number;
  onChange: (next: FeeItem) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [text, setText] = useState(() => (item.amount > 0 || item.name ? f.number(item.amount, 0) : ''));
  const parsed = parseRupiah(text);
  const invalid = text.trim() !== '' && parsed === null;
  return (
    <Paper withBorder p="xs" data-testid="fee-row">
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput
          style={{ flex: 2, minWidth: 180 }}
          label={t('standards.fees.item', { n: index + 1 })}
          value={item.name}
          onChange={(e) => onChange({ ...item, name: e.currentTarget.value })}
          maxLength={200}
        />
        <TextInput
          style={{ flex: 1, minWidth: 140 }}
          label={t('standards.fees.amount')}
          inputMode="numeric"
          leftSection={<Text size="xs">Rp</Text>}
          value={text}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            const amount = parseRupiah(next);
            if (amount !== null) onChange({ ...item, amount });
          }}
          error={invalid ? t('standards.fees.amountInvalid') : undefined}
          description={!invalid && parsed !== null ? f.rupiah(parsed) : undefined}
          data-testid="fee-amount"
        />
      </Group>
      <Group justify="flex-end">
        <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove}>
          {t('standards.fees.remove', { name: item.name || index + 1 })}
        </Button>
      </Group>
    </Paper>
  );
}

/** Component 5, biaya: "gratis", or items with rupiah amounts; in both cases the legal basis. */
export function FeesInput({ value, onChange }: { value: Fees | null; onChange: (next: Fees) => void }) {
  const { t } = useTranslation();
  const fees: Fees = value ?? { free: false, items: [], legalBasis: '' };
  // Rows get stable keys so a removed row takes its typed text with it.
  const [keys, setKeys] = useState(() => fees.items.map((_, i) => i));
  const [nextKey, setNextKey] = useState(fees.items.length);
  return (
    <Stack gap="xs" data-testid="fees-input">
      <Checkbox
        label={t('standards.fees.free')}
        checked={fees.free}
        onChange={(e) => onChange({ ...fees, free: e.currentTarget.checked })}
        data-testid="fees-free"
      />
      {!fees.free && (
        <>
          {fees.items.map((item, i) => (
            <FeeRow
              key={keys[i] ?? i}
              item={item}
              index={i}
              onChange={(next) =>
                onChange({ ...fees, items: fees.items.map((x, j) => (j === i ? next : x)) })
              }
              onRemove={() => {
                setKeys(keys.filter((_, j) => j !== i));
                onChange({ ...fees, items: fees.items.filter((_, j) => j !== i) });
              }}
            />
          ))}
          <Button
            variant="light"
            size="xs"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => {
              setKeys([...keys, nextKey]);
              setNextKey(nextKey + 1);
              onChange({ ...fees, items: [...fees.items, { name: '', amount: 0 }] });
            }}
            data-testid="fee-add"
          >
            {t('standards.fees.add')}
          </Button>
        </>
      )}
      <Textarea
        label={t('standards.fees.legalBasis')}
        description={t('standards.fees.legalBasisHint')}
        value={fees.legalBasis}
        onChange={(e) => onChange({ ...fees, legalBasis: e.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={1000}
        data-testid="fees-legal-basis"
      />
    </Stack>
  );
}
