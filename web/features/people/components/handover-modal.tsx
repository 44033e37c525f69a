import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverResult, PersonDto } from '../../../../shared/contracts/people';
import { SecretReveal } from '../../../components/ui/secret-reveal';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useContactChoices, useHandover } from '../api/people-api';

/**
 * "Serah terima (mutasi)": who leaves, who takes over (an existing account of the same role, or a
 * new one from a contact), optionally archiving the old account; then what moved, and a new
 * account's one-time sign-in link, shown once.
 */
export function HandoverModal({
  governmentId,
  people,
  initialFrom,
  opened,
  onClose,
}: {
  governmentId: string;
  people: PersonDto[];
  initialFrom?: string | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [fromId, setFromId] = useState<string | null>(initialFrom ?? null);
  const [kind, setKind] = useState<'user' | 'contact'>('user');
  const [toId, setToId] = useState<string | null>(null);
  const [archiveFrom, setArchiveFrom] = useState(false);
  const [result, setResult] = useState<HandoverResult | null>(null);
  const contacts = useContactChoices(governmentId, opened && kind === 'contact');
  const handover = useHandover(governmentId);
  const errors = fieldErrors(handover.error);
  const from = people.find((p) => p.id === fromId);
  const active = people.filter((p) => !p.archivedAt);
  const label = (p: PersonDto) => `${p.name} — ${t(`role.${p.role}`)}`;

  function close() {
    setFromId(initialFrom ?? null);
    setToId(null);
    setArchiveFrom(false);
    setResult(null);
    handover.reset();
    onClose();
  }

  async function submit() {
    if (!fromId || !toId) return;
    try {
      const out = await handover.mutateAsync({
        fromUserId: fromId,
        ...(kind === 'user' ? { toUserId: toId } : { toContactId: toId }),
        archiveFrom,
      });
      setResult(out);
      notifySuccess(t('people.handoverDone', { from: out.from.name, to: out.to.name }));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('people.handover')} size="lg">
      {result ? (
        <Stack data-testid="handover-result">
          <Text fw={500}>{t('people.handoverDone', { from: result.from.name, to: result.to.name })}</Text>
          {result.units.length > 0 && (
            <Text size="sm">
              {t('people.handoverUnits', { units: result.units.map((u) => u.name).join(', ') })}
            </Text>
          )}
          {result.units.length > 0 && (
            <Text size="sm">
              {t('people.handoverOpen', {
                open: result.openSelfAssessments,
                points: result.improvementPoints,
              })}
            </Text>
          )}
          {result.teamAssignments > 0 && (
            <Text size="sm">{t('people.handoverTeam', { count: result.teamAssignments })}</Text>
          )}
          {result.from.archived && <Text size="sm">{t('people.handoverFromArchived')}</Text>}
          {result.setupLink && (
            <SecretReveal
              label={t('people.newAccountLink', { email: result.to.email })}
              value={result.setupLink}
              hint={t('people.linksOnce', { until: f.dateTime(result.expiresAt) })}
            />
          )}
          <Group justify="flex-end">
            <Button onClick={close} data-testid="handover-done">
              {t('common.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Select
            label={t('people.from')}
            description={t('people.fromHint')}
            data={people.map((p) => ({ value: p.id, label: label(p) }))}
            value={fromId}
            onChange={(v) => {
              setFromId(v);
              setToId(null);
            }}
            error={errors.fromUserId}
            searchable
            data-testid="handover-from"
          />
          <SegmentedControl
            aria-label={t('people.toKind')}
            value={kind}
            onChange={(v) => {
              setKind(v as 'user' | 'contact');
              setToId(null);
            }}
            data={[
              { value: 'user', label: t('people.toExisting') },
              { value: 'contact', label: t('people.toContact') },
            ]}
            fullWidth
          />
          {kind === 'user' ? (
            <Select
              label={t('people.toUser')}
              data={active
                .filter((p) => p.id !== fromId && (!from || p.role === from.role))
                .map((p) => ({ value: p.id, label: label(p) }))}
              value={toId}
              onChange={setToId}
              error={errors.toUserId}
              searchable
              data-testid="handover-to-user"
            />
          ) : (
            <Select
              label={t('people.toContactLabel')}
              description={t('people.toContactHint')}
              data={(contacts.data?.items ?? [])
                .filter((c) => !c.userId && !c.archivedAt && c.email)
                .map((c) => ({ value: c.id, label: `${c.name} — ${c.unitName}` }))}
              value={toId}
              onChange={setToId}
              error={errors.toContactId ?? errors.toUserId}
              searchable
              data-testid="handover-to-contact"
            />
          )}
          <Checkbox
            label={t('people.archiveFrom')}
            checked={archiveFrom}
            onChange={(e) => setArchiveFrom(e.currentTarget.checked)}
          />
          {handover.error && !Object.keys(errors).length && (
            <Alert color="red" variant="light">
              {handover.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => void submit()}
              loading={handover.isPending}
              disabled={!fromId || !toId}
              data-testid="handover-submit"
            >
              {t('people.submitHandover')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
