import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Menu,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitChangeDto, UnitLineage } from '../../../../shared/contracts/unit-history';
import { formatDate, formatScore } from '../../../../shared/format/format';
import { QueryState } from '../../../components/ui/query-state';
import { useUnitLineage, useUnitResultsHistory } from '../api/unit-history-api';
import type { UnitDetailDto } from '../../../../shared/contracts/registry';
import { useGovernmentUnits } from '../api/units-api';
import { ReorganiseForm, type ReorganiseKind } from './unit-history-forms';

const UnitLink = ({ id, name, current }: { id: string; name: string; current: string }) =>
  id === current ? (
    <strong>{name}</strong>
  ) : (
    <Anchor component={Link} to={`/units/${id}`}>
      {name}
    </Anchor>
  );

function joinLinks(items: Array<{ id: string; name: string }>, current: string) {
  return items.map((x, i) => (
    <Fragment key={x.id}>
      {i > 0 && ', '}
      <UnitLink id={x.id} name={x.name} current={current} />
    </Fragment>
  ));
}

const uniqueBy = <T,>(list: T[], key: (x: T) => string) => [
  ...new Map(list.map((x) => [key(x), x])).values(),
];

/** One change in words: "A berganti nama menjadi B", "A, B digabung ke C", "A dipecah menjadi B, C". */
function ChangeText({ change, current }: { change: UnitChangeDto; current: string }) {
  const { t } = useTranslation();
  const from = uniqueBy(
    change.links.map((l) => ({ id: l.fromUnitId, name: l.fromName })),
    (x) => x.id,
  );
  const to = uniqueBy(
    change.links.map((l) => ({ id: l.toUnitId, name: l.toName })),
    (x) => x.id,
  );
  if (change.kind === 'rename') {
    const l = change.links[0]!;
    return (
      <Text size="sm">
        {t('unitHistory.text.rename', { from: l.fromName })} <strong>{l.toName}</strong>
      </Text>
    );
  }
  return (
    <Text size="sm">
      {joinLinks(from, current)} {t(`unitHistory.text.${change.kind}`)} {joinLinks(to, current)}
    </Text>
  );
}

/** On a closed unit: "Digabung ke X pada <date>" / "Dipecah menjadi X, Y pada <date>". */
export function UnitClosedNotice({ unit }: { unit: UnitDetailDto }) {
  const { t, i18n } = useTranslation();
  const lineage = useUnitLineage(unit.id);
  if (!unit.archivedAt || !lineage.data) return null;
  const closing = [...lineage.data.changes]
    .reverse()
    .find((c) => c.kind !== 'rename' && c.links.some((l) => l.fromUnitId === unit.id));
  if (!closing) return null;
  const to = closing.links
    .filter((l) => l.fromUnitId === unit.id)
    .map((l) => ({ id: l.toUnitId, name: l.toName }));
  return (
    <Alert color="gray" variant="light" data-testid="unit-closed-notice">
      {t(`unitHistory.closed.${closing.kind}`)} {joinLinks(to, unit.id)}{' '}
      {t('unitHistory.on', { date: formatDate(closing.effectiveOn, i18n.language) })}
    </Alert>
  );
}

function NamesList({ lineage }: { lineage: UnitLineage }) {
  const { t, i18n } = useTranslation();
  if (lineage.names.length < 2) return null;
  const d = (x: string | null) => (x ? formatDate(x, i18n.language) : '…');
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('unitHistory.names')}
      </Text>
      <List size="sm" data-testid="unit-names">
        {lineage.names.map((n) => (
          <List.Item key={`${n.name}-${n.from}`}>
            {n.name} ({d(n.from)} – {d(n.to)})
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** "Riwayat unit": names, merges and splits of the unit and its lineage, oldest first. */
function HistoryTimeline({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const lineage = useUnitLineage(unitId);
  return (
    <QueryState isPending={lineage.isPending} error={lineage.error} onRetry={() => void lineage.refetch()}>
      {lineage.data && lineage.data.changes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('unitHistory.noChanges')}
        </Text>
      )}
      {lineage.data && lineage.data.changes.length > 0 && (
        <Stack>
          <NamesList lineage={lineage.data} />
          <Timeline bulletSize={14} lineWidth={2} data-testid="unit-timeline">
            {lineage.data.changes.map((c) => (
              <Timeline.Item
                key={c.id}
                title={`${formatDate(c.effectiveOn, i18n.language)} · ${t(`unitHistory.kind.${c.kind}`)}`}
              >
                <ChangeText change={c} current={unitId} />
                {c.reference && (
                  <Text size="xs" c="dimmed">
                    {t('unitHistory.reference')}: {c.reference}
                  </Text>
                )}
                {c.note && <Text size="xs">{c.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </QueryState>
  );
}

/** Past results of the unit and of its predecessors ("sebagai <old name>"), with their improvement points. */
function PastResults({ unit }: { unit: UnitDetailDto }) {
  const { t, i18n } = useTranslation();
  const history = useUnitResultsHistory(unit.id);
  return (
    <QueryState isPending={history.isPending} error={history.error} onRetry={() => void history.refetch()}>
      {history.data && history.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('unitHistory.noResults')}
        </Text>
      )}
      {history.data && history.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table data-testid="unit-past-results" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('unitHistory.cycle')}</Table.Th>
                <Table.Th>{t('unitHistory.score')}</Table.Th>
                <Table.Th>{t('unitHistory.points')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.items.map((r) => (
                <Table.Tr key={`${r.cycleId}-${r.unitId}`}>
                  <Table.Td>
                    <Text size="sm">{r.cycleName}</Text>
                    {(!r.own || r.asName !== unit.name) && (
                      <Text size="xs" c="grape.8" fw={600} data-testid="unit-past-as">
                        {t('unitHistory.asName', { name: r.asName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatScore(r.score, i18n.language)}</Table.Td>
                  <Table.Td>
                    {r.improvementPoints.length === 0 ? (
                      '—'
                    ) : (
                      <List size="xs">
                        {r.improvementPoints.map((p, i) => (
                          <List.Item key={i}>{p}</List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryState>
  );
}

/** The "Ganti nama / Gabungkan / Pecah" menu and its forms, for those who may reorganise. */
export function UnitReorganiseMenu({ unit }: { unit: UnitDetailDto }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReorganiseKind | null>(null);
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const units = useGovernmentUnits(unit.governmentId, false);
  const kinds: ReorganiseKind[] = ['rename', 'merge', 'split'];
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="light" data-testid="unit-reorganise">
            {t('unitHistory.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {kinds.map((k) => (
            <Menu.Item key={k} onClick={() => setKind(k)} data-testid={`unit-reorganise-${k}`}>
              {t(`unitHistory.action.${k}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={kind !== null}
        onClose={() => setKind(null)}
        fullScreen={phone}
        title={kind ? t(`unitHistory.action.${kind}`) : ''}
        size="lg"
      >
        {kind && (
          <ReorganiseForm
            kind={kind}
            unit={unit}
            units={units.data?.items ?? []}
            onCancel={() => setKind(null)}
            onDone={() => setKind(null)}
          />
        )}
      </Modal>
    </>
  );
}

/** The unit page's history section: the timeline and the past results that follow the unit. */
export function UnitHistoryPanel({ unit, canReorganise }: { unit: UnitDetailDto; canReorganise: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('unitHistory.title')}
          </Title>
          {canReorganise && !unit.archivedAt && <UnitReorganiseMenu unit={unit} />}
        </Group>
        <HistoryTimeline unitId={unit.id} />
        <Title order={3} size="h4">
          {t('unitHistory.pastResults')}
        </Title>
        <PastResults unit={unit} />
      </Stack>
    </Paper>
  );
}
