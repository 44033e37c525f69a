import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { useGovernmentStandards } from '../api/standards-api';
import { StateBadge } from './state-badge';

/**
 * A unit's products with the state of their standards and a "Susun standar" link each (on the
 * unit page). Read from the government's list, which the server already scopes to the reader.
 */
export function UnitStandards({ unitId, governmentId }: { unitId: string; governmentId: string }) {
  const { t } = useTranslation();
  const data = useGovernmentStandards(governmentId);
  if (!data.data) return null;
  const unit = data.data.units.find((u) => u.unitId === unitId);
  const products = unit?.products ?? [];
  return (
    <Stack gap="xs" data-testid="unit-standards">
      <Title order={4}>{t('standards.title')}</Title>
      {products.length === 0 ? (
        <Empty title={t('standards.unit.empty')} />
      ) : (
        products.map((p) => (
          <Paper key={p.productId} withBorder p="xs" radius="sm" data-testid="unit-standard-row">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {p.productName}
              </Text>
              <Group gap="xs">
                <StateBadge state={p.completeness.state} />
                <Anchor
                  component={Link}
                  to={`/standards/${p.productId}`}
                  size="sm"
                  data-testid="unit-standard-link"
                >
                  {p.completeness.state === 'belum_ada'
                    ? t('standards.unit.draft', { name: p.productName })
                    : t('standards.unit.open', { name: p.productName })}
                </Anchor>
              </Group>
            </Group>
          </Paper>
        ))
      )}
    </Stack>
  );
}
