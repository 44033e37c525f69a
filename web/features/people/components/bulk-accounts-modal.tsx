import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAccountsResult, PeopleRole } from '../../../../shared/contracts/people';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError } from '../../../lib/notify';
import { useBulkAccounts, useContactChoices } from '../api/people-api';
import { BulkAccountsResultView } from './bulk-accounts-result';

/**
 * "Buat akun massal": the government's contacts without an account, ticked; one role for the
 * batch; then the per-row results with the one-time sign-in links, shown once.
 */
export function BulkAccountsModal({
  governmentId,
  opened,
  onClose,
}: {
  governmentId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const contacts = useContactChoices(governmentId, opened);
  const create = useBulkAccounts(governmentId);
  const [role, setRole] = useState<PeopleRole>('unit_pic');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<BulkAccountsResult | null>(null);
  const candidates = useMemo(
    () => (contacts.data?.items ?? []).filter((c) => !c.userId && !c.archivedAt),
    [contacts.data],
  );
  const errors = fieldErrors(create.error);

  function close() {
    setChosen(new Set());
    setResult(null);
    create.reset();
    onClose();
  }

  function toggle(id: string) {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  }

  async function submit() {
    try {
      setResult(await create.mutateAsync({ role, contactIds: [...chosen] }));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  const withEmail = candidates.filter((c) => c.email);
  return (
    <Modal opened={opened} onClose={close} title={t('people.bulkCreate')} size="lg">
      {result ? (
        <Stack>
          <BulkAccountsResultView result={result} until={f.dateTime(result.expiresAt)} />
          <Group justify="flex-end">
            <Button onClick={close} data-testid="bulk-done">
              {t('common.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <SegmentedControl
            aria-label={t('people.role')}
            value={role}
            onChange={(v) => setRole(v as PeopleRole)}
            data={[
              { value: 'unit_pic', label: t('role.unit_pic') },
              { value: 'internal_verifier', label: t('role.internal_verifier') },
            ]}
            fullWidth
          />
          <QueryState
            isPending={contacts.isPending}
            error={contacts.error}
            onRetry={() => void contacts.refetch()}
          >
            {candidates.length === 0 ? (
              <Text size="sm">{t('people.noCandidates')}</Text>
            ) : (
              <Stack gap="xs">
                <Checkbox
                  label={t('people.selectAll')}
                  checked={withEmail.length > 0 && withEmail.every((c) => chosen.has(c.id))}
                  onChange={(e) =>
                    setChosen(e.currentTarget.checked ? new Set(withEmail.map((c) => c.id)) : new Set())
                  }
                  data-testid="bulk-select-all"
                />
                <ScrollArea.Autosize mah={320} type="auto">
                  <Stack gap={6} role="group" aria-label={t('people.contactsToUse')}>
                    {candidates.map((c) => (
                      <Checkbox
                        key={c.id}
                        checked={chosen.has(c.id)}
                        onChange={() => toggle(c.id)}
                        label={
                          <span>
                            {c.name}
                            <Text span size="xs" c="dimmed">
                              {' · '}
                              {c.unitName}
                            </Text>
                            {!c.email && (
                              <Badge ml={6} size="xs" color="gray" variant="light">
                                {t('people.noEmailHint')}
                              </Badge>
                            )}
                          </span>
                        }
                      />
                    ))}
                  </Stack>
                </ScrollArea.Autosize>
              </Stack>
            )}
          </QueryState>
          {errors.contactIds && (
            <Alert color="red" variant="light">
              {errors.contactIds}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => void submit()}
              loading={create.isPending}
              disabled={chosen.size === 0}
              data-testid="bulk-submit"
            >
              {t('people.createSelected', { count: chosen.size })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
