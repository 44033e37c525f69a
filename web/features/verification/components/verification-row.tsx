import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  evidenceUrl,
  isBlank,
  useVerifyAnswer,
  type EvidenceRef,
  type VerificationItem,
} from '../api/verification-api';
import { PaperclipIcon } from '../../../components/ui/icons';

const valueLabel = (value: number | null, na: boolean, naLabel: string) =>
  na ? naLabel : value === null ? '—' : String(value);

/** One item side by side: self value with its evidence and comment, the verified value, a reason, Terima. */
export function VerificationRow({
  item,
  evidence,
  editable,
  context,
}: {
  item: VerificationItem;
  evidence: EvidenceRef[] | undefined;
  editable: boolean;
  /** Composed by the route page: the standards context of this item (another feature's panel). */
  context?: ((item: VerificationItem) => ReactNode) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const initial =
    item.verifyStatus === 'pending'
      ? item.selfNa
        ? 'na'
        : item.selfValue === null
          ? ''
          : String(item.selfValue)
      : item.verifiedNa
        ? 'na'
        : item.verifiedValue === null
          ? ''
          : String(item.verifiedValue);
  const [choice, setChoice] = useState(initial);
  const [reason, setReason] = useState(item.verifyReason ?? '');
  const verify = useVerifyAnswer();
  const errors = fieldErrors(verify.error);
  const na = t('checklist.naShort');
  const options = [{ value: '', label: '—' }];
  for (let v = item.scaleMin; v <= item.scaleMax; v++) options.push({ value: String(v), label: String(v) });
  options.push({ value: 'na', label: na });
  const blank = isBlank(item) && item.verifyStatus === 'pending';
  const selfChoice = item.selfNa ? 'na' : item.selfValue === null ? '' : String(item.selfValue);

  async function run(body: Parameters<typeof verify.mutateAsync>[0]['body']) {
    try {
      await verify.mutateAsync({ answerId: item.answerId, body });
      notifySuccess(t('verification.saved', { code: item.indicator }));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Table.Tr data-testid={`verify-row-${item.answerId}`} data-status={blank ? 'blank' : item.verifyStatus}>
      <Table.Td maw={320} data-label={t('verification.indicator')}>
        <Text size="xs" c="dimmed">
          {item.indicator}
          {item.productName ? ` · ${item.productName}` : ''}
        </Text>
        <Text size="sm">{item.name[lang]}</Text>
        {context?.(item)}
      </Table.Td>
      <Table.Td data-label={t('verification.selfValue')}>
        <Stack gap={2}>
          <Text fw={700} data-testid="self-value">
            {valueLabel(item.selfValue, item.selfNa, na)}
          </Text>
          {item.selfComment && (
            <Text size="xs" c="dimmed" maw={220}>
              “{item.selfComment}”
            </Text>
          )}
          {(evidence ?? []).map((e) => (
            <Anchor
              key={e.id}
              href={evidenceUrl(e.id)}
              target="_blank"
              rel="noopener"
              size="xs"
              lineClamp={1}
              maw={200}
            >
              <PaperclipIcon /> {e.originalName}
            </Anchor>
          ))}
          {!evidence && item.evidenceCount > 0 && (
            <Text size="xs">
              <PaperclipIcon /> {item.evidenceCount}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td data-label={t('verification.statusLabel')}>
        {blank ? (
          // Left blank by the unit: not an assessor's 0 (REFERENCE §10 rule 2).
          <Text size="sm" fs="italic" maw={200} data-testid="verify-status">
            {t('verification.unanswered')}
          </Text>
        ) : (
          <Badge
            color={
              item.verifyStatus === 'pending' ? 'gray' : item.verifyStatus === 'accepted' ? 'teal' : 'orange'
            }
            variant="light"
            data-testid="verify-status"
          >
            {t(`verification.status.${item.verifyStatus}`)}
          </Badge>
        )}
        {item.verifyStatus !== 'pending' && (
          <Text size="xs" mt={2}>
            {t('verification.verifiedShort', { value: valueLabel(item.verifiedValue, item.verifiedNa, na) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td data-label={t('verification.verifiedValue')}>
        <NativeSelect
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value)}
          data={options}
          disabled={!editable}
          w={80}
          error={errors.value}
          aria-label={`${t('verification.verifiedValue')} ${item.indicator}${item.productName ? ` · ${item.productName}` : ''}`}
          data-testid="verify-value"
        />
      </Table.Td>
      <Table.Td miw={220} data-label={t('verification.reason')}>
        <TextInput
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          placeholder={
            choice !== selfChoice ? t('verification.reasonRequired') : t('verification.reasonOptional')
          }
          disabled={!editable}
          error={errors.reason}
          aria-label={`${t('verification.reason')} ${item.indicator}${item.productName ? ` · ${item.productName}` : ''}`}
          data-testid="verify-reason"
        />
      </Table.Td>
      <Table.Td>
        {editable && (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="light"
              color="teal"
              disabled={item.selfValue === null && !item.selfNa}
              loading={verify.isPending && verify.variables?.body.action === 'accept'}
              onClick={() => {
                setChoice(selfChoice);
                void run({ action: 'accept' });
              }}
              data-testid="verify-accept"
            >
              {t('verification.accept')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              loading={verify.isPending && verify.variables?.body.action === 'adjust'}
              onClick={() =>
                void run({
                  action: 'adjust',
                  value: choice === 'na' || choice === '' ? null : Number(choice),
                  na: choice === 'na',
                  reason,
                })
              }
              data-testid="verify-adjust"
            >
              {t('verification.adjust')}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
