import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_FLAG_LABELS, type SurveyFlag } from '../../../../shared/contracts/surveys';
import { IKM_GRADES } from '../../../../shared/surveys/ikm';
import { ApiError } from '../../../lib/api-client';
import { LazyChart } from '../../../components/ui/lazy-chart';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { reportUrl, useResults, useTrend, type PeriodDetail, type SurveyResults } from '../api/surveys-api';
import { nrrChartOption, profileChartOption, trendChartOption } from '../lib/chart-options';
import { useWord } from '../lib/words';

/** The period's results: IKM and grade, NRR per element, units, products, profile, suggestions, trend. */
export function ResultsView({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState('');
  const [productId, setProductId] = useState('');
  const scope = { unitId: unitId || undefined, productId: productId || undefined };
  const results = useResults(period.id, scope);
  const unit = period.units.find((u) => u.unitId === unitId);
  return (
    <Stack data-testid="results">
      <Group wrap="wrap" align="flex-end">
        <NativeSelect
          label={t('surveys.results.scopeUnit')}
          value={unitId}
          onChange={(e) => {
            setUnitId(e.currentTarget.value);
            setProductId('');
          }}
          data={[
            { value: '', label: t('surveys.results.wholePeriod') },
            ...period.units.map((u) => ({ value: u.unitId, label: u.unitName })),
          ]}
          data-testid="results-unit"
        />
        {unit && unit.products.length > 0 && (
          <NativeSelect
            label={t('surveys.results.scopeProduct')}
            value={productId}
            onChange={(e) => setProductId(e.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...unit.products.map((p) => ({ value: p.id, label: p.name })),
            ]}
            data-testid="results-product"
          />
        )}
        <Group gap="sm">
          <Anchor href={reportUrl(period.id, 'pdf')} download data-testid="report-pdf">
            {t('surveys.results.reportPdf')}
          </Anchor>
          <Anchor href={reportUrl(period.id, 'xlsx')} download data-testid="report-xlsx">
            {t('surveys.results.reportXlsx')}
          </Anchor>
        </Group>
      </Group>
      {results.error instanceof ApiError && results.error.status === 403 ? (
        // A unit's PIC waits until the coordinator shows interim results or closes the period.
        <Alert color="gray" data-testid="results-not-visible">
          {results.error.message}
        </Alert>
      ) : (
        <QueryState
          isPending={results.isPending}
          error={results.error}
          onRetry={() => void results.refetch()}
        >
          {results.data && <ResultsBody r={results.data} />}
        </QueryState>
      )}
      {period.kind === 'skm' && period.governmentId && <Trend governmentId={period.governmentId} />}
    </Stack>
  );
}

function ResultsBody({ r }: { r: SurveyResults }) {
  const { t } = useTranslation();
  const f = useFormat();
  const word = useWord();
  // The grade bands and the 0,11 variant are the SKM regulation's; a perception survey shows its index only.
  const skm = r.kind === 'skm';
  const grade = skm ? IKM_GRADES.find((g) => g.grade === r.grade) : undefined;
  const nrrOption = useMemo(() => nrrChartOption(r.elements, f.lang), [r.elements, f.lang]);
  const flagged = Object.entries(r.excluded.byFlag).filter(([, n]) => n > 0);
  return (
    <Stack>
      {r.interim && (
        <Alert color="yellow" data-testid="results-interim">
          {t('surveys.results.interim')}
        </Alert>
      )}
      <Card withBorder>
        <Group align="flex-end" gap="xl" wrap="wrap">
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {skm ? t('surveys.results.ikm') : t('surveys.results.perceptionIndex')}
            </Text>
            <Text fz={48} fw={800} lh={1.1} data-testid="results-ikm">
              {f.score(r.ikmRounded)}
            </Text>
          </Stack>
          {grade && (
            <Stack gap={4}>
              <Badge size="xl" data-testid="results-grade">
                {grade.grade}
              </Badge>
              <Text fw={600}>{word(grade.label)}</Text>
            </Stack>
          )}
          <Stack gap={2}>
            <Text size="sm" data-testid="results-respondents">
              {t('surveys.results.respondents', {
                n: f.number(r.respondents),
                received: f.number(r.received),
              })}
            </Text>
            <Text size="sm">{t('surveys.results.staffEntered', { n: f.number(r.staffEntered) })}</Text>
            {skm && (
              <Text size="sm" c="dimmed" data-testid="results-variant">
                {t('surveys.results.variant', { v: f.score(r.ikmWithRoundedWeight) })}
              </Text>
            )}
          </Stack>
        </Group>
      </Card>
      <Card withBorder data-testid="results-excluded">
        <Text fw={600} size="sm">
          {t('surveys.results.excluded', { n: f.number(r.excluded.total) })}
        </Text>
        <List size="sm">
          {flagged.map(([flag, n]) => (
            <List.Item key={flag}>
              {SURVEY_FLAG_LABELS[flag as SurveyFlag] ? word(SURVEY_FLAG_LABELS[flag as SurveyFlag]) : flag}:{' '}
              {f.number(n)}
            </List.Item>
          ))}
          <List.Item>{t('surveys.results.byReview', { n: f.number(r.excluded.byReview) })}</List.Item>
          <List.Item>{t('surveys.results.superseded', { n: f.number(r.excluded.superseded) })}</List.Item>
        </List>
      </Card>
      <Title order={2} size="h4">
        {t('surveys.results.nrr')}
      </Title>
      {r.respondents > 0 && (
        <LazyChart
          option={nrrOption}
          height={40 + r.elements.length * 36}
          testId="nrr-chart"
          label={t('surveys.results.nrrChart')}
        />
      )}
      <Table.ScrollContainer minWidth={300}>
        <Table data-testid="nrr-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('surveys.results.element')}</Table.Th>
              <Table.Th ta="right">{t('surveys.results.answered')}</Table.Th>
              <Table.Th ta="right">NRR</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.elements.map((e) => (
              <Table.Tr key={e.code}>
                <Table.Td>
                  {e.code} {word(e.element)}
                </Table.Td>
                <Table.Td ta="right">{f.number(e.answered)}</Table.Td>
                <Table.Td ta="right">{f.number(e.nrrRounded, 2)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {r.lowest.length > 0 && (
        <Card withBorder data-testid="results-lowest">
          <Text fw={600}>{t('surveys.results.lowest')}</Text>
          <List size="sm">
            {r.lowest.map((e) => (
              <List.Item key={e.code}>
                {e.code} {word(e.element)} — {f.number(e.nrrRounded, 2)}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      <ScopeTable title={t('surveys.results.units')} rows={r.units} testId="results-units" />
      <ScopeTable title={t('surveys.results.products')} rows={r.products} testId="results-products" />
      {r.profile.length > 0 && (
        <>
          <Title order={2} size="h4">
            {t('surveys.results.profile')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {r.profile.map((p) => (
              <Card withBorder key={p.code}>
                <Text fw={600} size="sm">
                  {word(p.label)}
                </Text>
                <LazyChart
                  option={profileChartOption(p, f.lang)}
                  height={30 + p.counts.length * 30}
                  testId={`profile-chart-${p.code}`}
                  label={`${word(p.label)}: ${p.counts.map((c) => `${word(c.label)} ${c.count}`).join(', ')}`}
                />
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
      <Title order={2} size="h4">
        {t('surveys.results.suggestions')}
      </Title>
      <Suggestions items={r.suggestions} />
    </Stack>
  );
}

/** How many suggestions show before "show all" (the answer carries up to 200; a phone page stays short). */
const SUGGESTIONS_SHOWN = 10;

function Suggestions({ items }: { items: SurveyResults['suggestions'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [all, setAll] = useState(false);
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('surveys.results.noSuggestions')}
      </Text>
    );
  const shown = all ? items : items.slice(0, SUGGESTIONS_SHOWN);
  return (
    <Stack gap="xs" data-testid="results-suggestions">
      {shown.map((s, i) => (
        <Card withBorder p="xs" key={i}>
          <Text size="sm">“{s.text}”</Text>
          <Text size="xs" c="dimmed">
            {s.unitName} · {f.date(s.submittedAt)}
          </Text>
        </Card>
      ))}
      {items.length > SUGGESTIONS_SHOWN && (
        <Button variant="subtle" onClick={() => setAll((v) => !v)} data-testid="suggestions-toggle">
          {all
            ? t('surveys.results.suggestionsFewer')
            : t('surveys.results.suggestionsAll', { n: f.number(items.length) })}
        </Button>
      )}
    </Stack>
  );
}

function ScopeTable({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: SurveyResults['units'];
  testId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (rows.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={320}>
        <Table data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('surveys.results.name')}</Table.Th>
              <Table.Th ta="right">{t('surveys.results.respondentsShort')}</Table.Th>
              <Table.Th ta="right">IKM</Table.Th>
              <Table.Th>{t('surveys.results.grade')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td ta="right">{f.number(u.respondents)}</Table.Td>
                <Table.Td ta="right">{f.score(u.ikmRounded)}</Table.Td>
                <Table.Td>{u.grade ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Trend({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const trend = useTrend(governmentId, 'skm');
  const items = trend.data?.items ?? [];
  const option = useMemo(() => trendChartOption(items, f.lang), [items, f.lang]);
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="results-trend">
      <Title order={2} size="h4">
        {t('surveys.results.trend')}
      </Title>
      <LazyChart
        option={option}
        height={220}
        testId="trend-chart"
        label={`${t('surveys.results.trend')}: ${items.map((i) => `${i.title} ${f.score(i.ikmRounded)}`).join(', ')}`}
      />
    </Stack>
  );
}
