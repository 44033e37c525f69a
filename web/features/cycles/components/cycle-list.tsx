import { frameworkDisplayName } from '../../../../shared/frameworks/framework-label';
import { Anchor, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { InternalBadge } from '../../../components/ui/internal-badge';
import { QueryState } from '../../../components/ui/query-state';
import { useAuth } from '../../../lib/auth';
import { useCycles, useFrameworkOptions, useOfficeOptions } from '../api/cycles-api';
import { CycleForm } from './cycle-form';
import { PhaseStepper } from './phase-stepper';

/** The cycles in reach, newest first (a government's own ones labelled), and (heads, admins) a new cycle. */
export function CycleList({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const cycles = useCycles();
  const frameworks = useFrameworkOptions();
  const [creating, setCreating] = useState(false);
  const items = cycles.data?.items ?? [];
  const { user } = useAuth();
  const officeList = useOfficeOptions(canManage && user?.role === 'admin');
  const offices = (officeList.data?.items ?? []).filter((o) => !o.archivedAt);
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const frameworkName = (id: string) => {
    const f = frameworks.data?.find((x) => x.id === id);
    return f ? frameworkDisplayName(f.nameLocalized[lang], f.compiledBy, lang) : id;
  };

  return (
    <Stack>
      {canManage && (
        <Group justify="flex-end">
          <Button onClick={() => setCreating(true)} data-testid="cycle-add">
            {t('cycles.add')}
          </Button>
        </Group>
      )}
      <QueryState isPending={cycles.isPending} error={cycles.error} onRetry={() => void cycles.refetch()}>
        {items.length === 0 ? (
          <Empty
            title={t('cycles.empty')}
            hint={canManage ? t('cycles.emptyHintManage') : t('cycles.emptyHint')}
          />
        ) : (
          <Table.ScrollContainer minWidth={900} className="phone-stack">
            <Table verticalSpacing="sm" data-testid="cycle-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cycles.year')}</Table.Th>
                  <Table.Th>{t('cycles.name')}</Table.Th>
                  <Table.Th>{t('cycles.phaseLabel')}</Table.Th>
                  <Table.Th ta="right">{t('cycles.governments')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id} data-testid={`cycle-row-${c.id}`}>
                    <Table.Td fw={700} data-label={t('cycles.year')}>
                      {c.year}
                    </Table.Td>
                    <Table.Td data-label={t('cycles.name')}>
                      <Group gap="xs">
                        <Anchor component={Link} to={`/cycles/${c.id}`} fw={600}>
                          {c.name}
                        </Anchor>
                        <InternalBadge kind={c.kind} size="xs" />
                      </Group>
                      <Text size="xs" c="dimmed">
                        {frameworkName(c.frameworkId)} ·{' '}
                        {c.kind === 'internal' ? c.ownerGovernmentName : c.officeName}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={420} data-label={t('cycles.phaseLabel')}>
                      <PhaseStepper cycle={c} compact />
                    </Table.Td>
                    <Table.Td ta="right" data-label={t('cycles.governments')}>
                      {c.governmentCount}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('cycles.add')} size="lg">
        <CycleForm
          offices={offices}
          onCancel={() => setCreating(false)}
          onDone={(c) => void navigate(`/cycles/${c.id}`)}
        />
      </Modal>
    </Stack>
  );
}
