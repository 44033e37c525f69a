import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ZONE_COLORS } from '../../../components/ui/zone-badge';
import type { Band, FrameworkNode } from '../api/frameworks-api';
import { useFormat } from '../../../lib/format';

export type ProblemMap = Record<string, string>;

function NodeView({ node, depth, problems }: { node: FrameworkNode; depth: number; problems: ProblemMap }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const problem = problems[node.code];
  return (
    <Stack
      gap={4}
      pl={depth ? 'lg' : 0}
      style={depth ? { borderLeft: '2px solid var(--mantine-color-gray-3)' } : undefined}
      data-testid={`fw-node-${node.code}`}
    >
      <Group gap="xs" wrap="nowrap">
        <Badge variant={depth === 0 ? 'filled' : 'light'} size="sm">
          {node.code}
        </Badge>
        <Text size="sm" fw={node.children ? 700 : 500}>
          {node.name[lang]}
        </Text>
        <Text size="xs" c="dimmed">
          {node.weight !== undefined
            ? t('frameworks.weightOf', { weight: format.percent(node.weight) })
            : t('frameworks.equalWeight')}
        </Text>
        {node.scale && (
          <Badge variant="outline" size="xs">
            {node.scale.type}
          </Badge>
        )}
        {node.appliesTo && (
          <Badge variant="outline" color="grape" size="xs">
            {t(`frameworks.level.${node.appliesTo.level}`)}
            {node.appliesTo.unitTypes ? ` · ${node.appliesTo.unitTypes.join(', ')}` : ''}
            {node.appliesTo.entityTypes ? ` · ${node.appliesTo.entityTypes.join(', ')}` : ''}
          </Badge>
        )}
      </Group>
      {problem && (
        <Text size="xs" c="red" data-testid={`fw-problem-${node.code}`}>
          {problem}
        </Text>
      )}
      {node.scale && (
        <Stack gap={0} pl="md">
          {node.scale.levels.map((l) => (
            <Text key={l.value} size="xs" c="dimmed">
              <b>{l.value}</b> — {l.rubric[lang]}
            </Text>
          ))}
          {node.evidence && (
            <Text size="xs" c="dimmed" fs="italic">
              {t('checklist.evidenceExpected')}: {node.evidence[lang]}
            </Text>
          )}
        </Stack>
      )}
      {node.children?.map((c) => (
        <NodeView key={c.code} node={c} depth={depth + 1} problems={problems} />
      ))}
    </Stack>
  );
}

/** Read-only view of a framework: the node tree with weights, scales, rubrics and applies-to. */
export function FrameworkTree({ nodes, problems }: { nodes: FrameworkNode[]; problems: ProblemMap }) {
  return (
    <Paper withBorder p="md">
      <Stack>
        {nodes.map((n) => (
          <NodeView key={n.code} node={n} depth={0} problems={problems} />
        ))}
      </Stack>
    </Paper>
  );
}

/** The bands (categories/opinions) with their zone colours. */
export function BandsTable({ bands, problems }: { bands: Band[]; problems: ProblemMap }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Table withTableBorder data-testid="fw-bands">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('frameworks.bandCode')}</Table.Th>
          <Table.Th>{t('frameworks.bandLabel')}</Table.Th>
          <Table.Th ta="right">{t('frameworks.min')}</Table.Th>
          <Table.Th ta="right">{t('frameworks.max')}</Table.Th>
          <Table.Th>{t('results.zone')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bands.map((b, i) => {
          const problem = Object.entries(problems).find(([k]) => k.startsWith(`bands[${i}]`))?.[1];
          return (
            <Table.Tr key={`${b.code}-${i}`}>
              <Table.Td>
                <Badge color={b.color}>{b.code}</Badge>
              </Table.Td>
              <Table.Td>
                {b.label[lang]}
                {problem && (
                  <Text size="xs" c="red">
                    {problem}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{b.min}</Table.Td>
              <Table.Td ta="right">{b.max}</Table.Td>
              <Table.Td>
                <Badge color={ZONE_COLORS[b.zone]}>{t(`zone.${b.zone}`)}</Badge>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** validateFramework's problems keyed like the API's 400 `fields`: node code, else JSON path. */
export function problemMap(problems: Array<{ path: string; node?: string; message: string }>): ProblemMap {
  const map: ProblemMap = {};
  for (const p of problems) {
    const key = p.node ?? (p.path || '_');
    map[key] = map[key] ? `${map[key]}; ${p.message}` : p.message;
  }
  return map;
}
