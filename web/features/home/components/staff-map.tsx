import { Anchor, Card, Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MapLayer, StaffMap, StaffMapItem } from '../../../../shared/contracts/open-data';
import { QueryState } from '../../../components/ui/query-state';
import { ZONE_COLORS, ZoneBadge } from '../../../components/ui/zone-badge';
import { useFormat } from '../../../lib/format';
import { useMapGeometry, useStaffMap } from '../api/staff-map-api';
import { pathBounds } from '../lib/path-bounds';

/** Regions outside the user's reach, and in reach without a score yet. */
const OUTSIDE = '#eef0f2';
const NO_SCORE = '#adb5bd';

const layerOf = (code: string): MapLayer => (code.includes('.') ? 'kabkota' : 'provinsi');
const raporPath = (cycleId: string, governmentId: string) =>
  `/cycles/${cycleId}/governments/${governmentId}/rapor`;

function Legend() {
  const { t } = useTranslation();
  const swatch = (color: string, label: string, dashed = false) => (
    <Group gap={6} key={label} wrap="nowrap">
      <svg width="14" height="14" aria-hidden="true">
        <rect
          x="1"
          y="1"
          width="12"
          height="12"
          fill={color}
          fillOpacity={dashed ? 0.45 : 1}
          stroke="#495057"
          strokeDasharray={dashed ? '2 2' : undefined}
        />
      </svg>
      <Text size="xs">{label}</Text>
    </Group>
  );
  return (
    <Group gap="md" data-testid="staff-map-legend">
      {swatch(ZONE_COLORS.hijau, t('zone.hijau'))}
      {swatch(ZONE_COLORS.kuning, t('zone.kuning'))}
      {swatch(ZONE_COLORS.merah, t('zone.merah'))}
      {swatch(NO_SCORE, t('zone.none'))}
      {swatch(ZONE_COLORS.hijau, t('staffMap.unreleased'), true)}
      {swatch(OUTSIDE, t('staffMap.outside'))}
    </Group>
  );
}

function MapSvg({
  layer,
  map,
}: {
  layer: MapLayer;
  map: StaffMap & { cycle: NonNullable<StaffMap['cycle']> };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const geometry = useMapGeometry(layer);
  const byCode = useMemo(
    () => new Map(map.items.filter((i) => i.code && layerOf(i.code) === layer).map((i) => [i.code!, i])),
    [map.items, layer],
  );
  const viewBox = useMemo(() => {
    const g = geometry.data;
    if (!g) return undefined;
    const b = pathBounds(g.regions.filter((r) => byCode.has(r.code)).map((r) => r.d));
    if (!b) return g.viewBox;
    const pad = Math.max(b.maxX - b.minX, b.maxY - b.minY) * 0.15 + 10;
    return `${b.minX - pad} ${b.minY - pad} ${b.maxX - b.minX + 2 * pad} ${b.maxY - b.minY + 2 * pad}`;
  }, [geometry.data, byCode]);
  const label = (i: StaffMapItem) =>
    [
      i.name,
      i.zone ? t(`zone.${i.zone}`) : t('zone.none'),
      i.score === null ? null : format.score(i.score),
      i.released ? t('staffMap.released') : t('staffMap.unreleased'),
    ]
      .filter(Boolean)
      .join(' · ');
  const open = (e: MouseEvent, to: string) => {
    e.preventDefault();
    void navigate(to);
  };
  return (
    <QueryState isPending={geometry.isPending} error={geometry.error} onRetry={() => void geometry.refetch()}>
      {geometry.data && (
        <svg
          viewBox={viewBox}
          role="group"
          aria-label={t('staffMap.mapLabel', { name: map.cycle.name })}
          style={{ width: '100%', height: 'auto', maxHeight: 420, display: 'block' }}
          data-testid="staff-map-svg"
        >
          {geometry.data.regions.map((r) => {
            const item = byCode.get(r.code);
            if (!item)
              return (
                <path key={r.code} d={r.d} fill={OUTSIDE} stroke="#ced4da" strokeWidth={0.4}>
                  <title>{r.name}</title>
                </path>
              );
            const to = raporPath(map.cycle.id, item.governmentId);
            return (
              <a key={r.code} href={to} onClick={(e) => open(e, to)} aria-label={label(item)}>
                <path
                  d={r.d}
                  data-code={r.code}
                  data-zone={item.zone ?? 'none'}
                  data-released={item.released}
                  fill={item.zone ? ZONE_COLORS[item.zone] : NO_SCORE}
                  fillOpacity={item.released ? 1 : 0.45}
                  stroke="#343a40"
                  strokeWidth={0.6}
                  strokeDasharray={item.released ? undefined : '2 1.5'}
                >
                  <title>{label(item)}</title>
                </path>
              </a>
            );
          })}
        </svg>
      )}
    </QueryState>
  );
}

/**
 * The staff dashboard map (issue 13): the governments of an official cycle in the user's reach,
 * coloured by zone, unreleased results pale with a dashed border, a click opening the rapor; the
 * same list as a table for screen readers and small screens.
 */
export function StaffMapCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [chosenLayer, setLayer] = useState<MapLayer | null>(null);
  // The table's rows are made only once it is opened: a national admin's 591 rows took ~1 s of
  // rendering on every visit of the dashboard while the <details> stayed closed.
  const [tableOpen, setTableOpen] = useState(false);
  const query = useStaffMap(cycleId);
  const map = query.data;
  const drawn = map?.items.filter((i) => i.code) ?? [];
  const layer = chosenLayer ?? (drawn.some((i) => i.code!.includes('.')) ? 'kabkota' : 'provinsi');
  return (
    <Card withBorder radius="md" padding="md" data-testid="staff-map">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={5}>{t('staffMap.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('staffMap.subtitle')}
            </Text>
          </Stack>
          {map && map.cycles.length > 1 && (
            <Select
              label={t('staffMap.cycle')}
              data={map.cycles.map((c) => ({ value: c.id, label: `${c.year} · ${c.name}` }))}
              value={map.cycle?.id ?? null}
              onChange={(v) => setCycleId(v)}
              allowDeselect={false}
              size="xs"
              w={{ base: '100%', xs: 260 }}
            />
          )}
        </Group>
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
          {map && !map.cycle && <Text c="dimmed">{t('staffMap.empty')}</Text>}
          {map?.cycle && (
            <Stack gap="sm">
              <SegmentedControl
                size="xs"
                value={layer}
                onChange={(v) => setLayer(v as MapLayer)}
                data={[
                  { value: 'provinsi', label: t('staffMap.layer.provinsi') },
                  { value: 'kabkota', label: t('staffMap.layer.kabkota') },
                ]}
                aria-label={t('staffMap.layer.label')}
              />
              <MapSvg layer={layer} map={{ ...map, cycle: map.cycle }} />
              <Legend />
              {map.items.some((i) => !i.code) && (
                <Text size="xs" c="dimmed">
                  {t('staffMap.notDrawn')}
                </Text>
              )}
              <details data-testid="staff-map-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
                <summary>{t('staffMap.asTable', { count: map.items.length })}</summary>
                {tableOpen && (
                  <Table.ScrollContainer minWidth={360}>
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('staffMap.col.government')}</Table.Th>
                          <Table.Th>{t('staffMap.col.zone')}</Table.Th>
                          <Table.Th ta="right">{t('staffMap.col.score')}</Table.Th>
                          <Table.Th>{t('staffMap.col.status')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {map.items.map((i) => (
                          <Table.Tr key={i.governmentId}>
                            <Table.Td>
                              <Anchor
                                component={Link}
                                to={raporPath(map.cycle!.id, i.governmentId)}
                                size="sm"
                              >
                                {i.name}
                              </Anchor>
                            </Table.Td>
                            <Table.Td>
                              <ZoneBadge zone={i.zone} size="sm" />
                            </Table.Td>
                            <Table.Td ta="right">{format.score(i.score)}</Table.Td>
                            <Table.Td>
                              {i.released ? t('staffMap.released') : t('staffMap.unreleased')}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </details>
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
