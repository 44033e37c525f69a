import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDto, SetupLinkDto } from '../../../../shared/contracts/people';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { SecretReveal } from '../../../components/ui/secret-reveal';
import { useFormat } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useNewSetupLink, usePeople } from '../api/people-api';
import { BulkAccountsModal } from './bulk-accounts-modal';
import { HandoverModal } from './handover-modal';

/**
 * The people side of a government for its coordinator (and admins): PIC and internal verifier
 * accounts, "Buat akun massal", "Serah terima (mutasi)" and a new sign-in link per account.
 */
export function PeoplePanel({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const people = usePeople(governmentId);
  const newLink = useNewSetupLink(governmentId);
  const [bulk, setBulk] = useState(false);
  const [handover, setHandover] = useState<{ from: string | null } | null>(null);
  const [link, setLink] = useState<(SetupLinkDto & { name: string }) | null>(null);
  const items = people.data?.items ?? [];

  async function issue(p: PersonDto) {
    try {
      setLink({ ...(await newLink.mutateAsync(p.id)), name: p.name });
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Stack gap="sm" mb="xl" data-testid="people-panel">
      <Title order={3} size="h4">
        {t('people.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('people.intro')}
      </Text>
      <Group gap="xs">
        <Button onClick={() => setBulk(true)} data-testid="people-bulk">
          {t('people.bulkCreate')}
        </Button>
        <Button
          variant="light"
          onClick={() => setHandover({ from: null })}
          disabled={items.length < 1}
          data-testid="people-handover"
        >
          {t('people.handover')}
        </Button>
      </Group>
      {link && (
        <SecretReveal
          label={t('people.newLinkFor', { name: link.name })}
          value={link.setupLink}
          hint={`${t('people.newLinkHint')} ${t('people.linksOnce', { until: f.dateTime(link.expiresAt) })}`}
        />
      )}
      <QueryState isPending={people.isPending} error={people.error} onRetry={() => void people.refetch()}>
        {items.length === 0 ? (
          <Empty title={t('people.empty')} />
        ) : (
          <Stack gap={6}>
            {items.map((p) => (
              <Paper key={p.id} withBorder p="xs" data-testid="person-row">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500} component="div">
                      {p.name}{' '}
                      <Badge size="xs" variant="light" color={p.role === 'unit_pic' ? 'blue' : 'grape'}>
                        {t(`role.${p.role}`)}
                      </Badge>
                      {p.archivedAt && (
                        <Badge ml={4} size="xs" color="gray">
                          {t('common.archivedBadge')}
                        </Badge>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {p.email} · {p.lastLoginAt ? f.dateTime(p.lastLoginAt) : t('people.neverSignedIn')}
                    </Text>
                    <Text size="xs">
                      {p.role === 'unit_pic'
                        ? p.units.length
                          ? p.units.map((u) => u.name).join(', ')
                          : t('people.noUnits')
                        : t('people.assignments', { count: p.teamAssignments })}
                    </Text>
                  </div>
                  {!p.archivedAt && (
                    <Group gap={4}>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => void issue(p)}
                        loading={newLink.isPending && newLink.variables === p.id}
                      >
                        {t('people.newLink')}
                      </Button>
                      <Button size="compact-sm" variant="subtle" onClick={() => setHandover({ from: p.id })}>
                        {t('people.handover')}
                      </Button>
                    </Group>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
      <BulkAccountsModal governmentId={governmentId} opened={bulk} onClose={() => setBulk(false)} />
      {handover && (
        <HandoverModal
          governmentId={governmentId}
          people={items}
          initialFrom={handover.from}
          opened
          onClose={() => setHandover(null)}
        />
      )}
    </Stack>
  );
}
