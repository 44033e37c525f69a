import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STANDARD_STATUS_LABELS } from '../../../../shared/contracts/standards';
import { componentMeta } from '../../../../shared/standards/components';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useStandardHistory } from '../api/standards-api';
import { useWord } from './words';

/** The versions of a product's standard: who set each, who edited it, and per component before → after. */
export function HistoryView({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const word = useWord();
  const f = useFormat();
  const history = useStandardHistory(productId);
  const entries = history.data?.entries ?? [];
  return (
    <QueryState isPending={history.isPending} error={history.error} onRetry={() => void history.refetch()}>
      {entries.length === 0 ? (
        <Empty title={t('standards.history.empty')} />
      ) : (
        <Stack gap="md" data-testid="standard-history">
          {entries.map((e) => (
            <Paper
              key={e.id}
              withBorder
              p="md"
              radius="md"
              data-testid="history-entry"
              data-version={e.version}
            >
              <Stack gap="xs">
                <Group justify="space-between" gap="xs">
                  <Title order={2} size="h4">
                    {t('standards.history.version', { n: e.version })}
                  </Title>
                  <Badge variant="light">{word(STANDARD_STATUS_LABELS[e.status])}</Badge>
                </Group>
                <Text size="sm">
                  {e.setAt
                    ? t('standards.history.setBy', {
                        name: e.setBy?.name ?? '—',
                        when: f.dateTime(e.setAt),
                        sk: e.skNumber ?? '—',
                      })
                    : t('standards.history.notSet')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('standards.history.editors', { names: e.editors.length ? e.editors.join(', ') : '—' })}
                </Text>
                {e.changes.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {e.version === 1 ? t('standards.history.first') : t('standards.history.noChanges')}
                  </Text>
                ) : (
                  <Stack gap="xs" data-testid="history-changes">
                    {e.changes.map((c) => {
                      const meta = componentMeta(c.component);
                      return (
                        <Paper key={c.component} withBorder p="xs" radius="sm" data-testid="history-change">
                          <Text size="sm" fw={600}>
                            {meta.number}. {word(meta.label)}
                          </Text>
                          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={4}>
                            <div>
                              <Text size="xs" fw={600} c="red.9">
                                {t('standards.history.before')}
                              </Text>
                              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                                {c.before ?? t('standards.history.none')}
                              </Text>
                            </div>
                            <div>
                              <Text size="xs" fw={600} c="teal.9">
                                {t('standards.history.after')}
                              </Text>
                              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                                {c.after ?? t('standards.history.none')}
                              </Text>
                            </div>
                          </SimpleGrid>
                        </Paper>
                      );
                    })}
                  </Stack>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}
