import { Anchor, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { useReachSummary } from '../api/home-api';
import { useFormat } from '../../../lib/format';

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

interface Link_ {
  to: string;
  label: string;
  hint: string;
}

/** The home page: counts of what the role reaches, and where to go next. */
export function HomeSummary({ links }: { links: Link_[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useReachSummary();
  const s = summary.data;

  return (
    <QueryState isPending={summary.isPending} error={summary.error} onRetry={() => void summary.refetch()}>
      {s && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Stat
              label={t('home.governments')}
              value={`${format.number(s.governments, 0)}${s.more ? '+' : ''}`}
              testId="home-count-governments"
            />
            <Stat label={t('home.units')} value={format.number(s.units, 0)} testId="home-count-units" />
            <Stat
              label={t('home.products')}
              value={format.number(s.products, 0)}
              testId="home-count-products"
            />
            <Stat
              label={t('home.contacts')}
              value={format.number(s.contacts, 0)}
              testId="home-count-contacts"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: links.length > 2 ? 3 : 2 }}>
            {links.map((l) => (
              <Card key={l.to} withBorder radius="md" padding="md">
                <Title order={5}>{l.label}</Title>
                <Text size="sm" c="dimmed" my="xs">
                  {l.hint}
                </Text>
                <Group>
                  <Button component={Link} to={l.to} variant="light" size="xs">
                    {t('home.open')}
                  </Button>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
          {s.recent.length > 0 && (
            <Paper withBorder p="md" radius="md">
              <Title order={5} mb="xs">
                {t('home.largest')}
              </Title>
              <Stack gap={4}>
                {s.recent.map((g) => (
                  <Group key={g.id} justify="space-between">
                    <Anchor component={Link} to={`/governments/${g.id}`} size="sm">
                      {g.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {t('governments.countsLine', {
                        units: g.unitCount,
                        products: g.productCount,
                        contacts: g.contactCount,
                      })}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Paper>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
