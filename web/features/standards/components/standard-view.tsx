import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  REQUIREMENT_FORM_LABELS,
  type StandardContent,
  type StandardVersion,
} from '../../../../shared/contracts/standards';
import { componentFilled } from '../../../../shared/standards/completeness';
import {
  CHANNEL_KIND_LABELS,
  DURATION_UNIT_LABELS,
  STANDARD_COMPONENTS,
  type StandardComponentMeta,
} from '../../../../shared/standards/components';
import { useFormat } from '../../../lib/format';
import { PublishedBadge, sectionId } from './component-section';
import { FlowChart } from './flow-chart';
import { useWord } from './words';

/** One component's content, read-only. */
function ComponentValue({ meta, content }: { meta: StandardComponentMeta; content: StandardContent }) {
  const { t } = useTranslation();
  const word = useWord();
  const f = useFormat();
  if (!componentFilled(content, meta.key))
    return (
      <Text size="sm" c="orange.9">
        {t('standards.notFilled')}
      </Text>
    );
  switch (meta.kind) {
    case 'requirements':
      return (
        <List type="ordered" size="sm">
          {(content.persyaratan ?? []).map((r, i) => (
            <List.Item key={i}>
              {r.document} — {word(REQUIREMENT_FORM_LABELS[r.form])}
              {r.count !== null && `, ${t('standards.requirements.countText', { count: r.count })}`}
              {r.note && ` (${r.note})`}
            </List.Item>
          ))}
        </List>
      );
    case 'procedure':
      return <FlowChart steps={content.prosedur ?? []} />;
    case 'duration': {
      const d = content.jangka_waktu!;
      return (
        <Text size="sm">
          {f.number(d.value)} {word(DURATION_UNIT_LABELS[d.unit])}
        </Text>
      );
    }
    case 'fees': {
      const fees = content.biaya!;
      return (
        <Stack gap={4}>
          {fees.free ? (
            <Text size="sm" fw={600}>
              {t('standards.fees.freeText')}
            </Text>
          ) : (
            <List size="sm">
              {fees.items.map((item, i) => (
                <List.Item key={i}>
                  {item.name}: {f.rupiah(item.amount)}
                </List.Item>
              ))}
            </List>
          )}
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {t('standards.fees.legalBasis')}: {fees.legalBasis}
          </Text>
        </Stack>
      );
    }
    case 'products':
      return (
        <List size="sm">
          {(content.produk ?? []).map((p, i) => (
            <List.Item key={i}>{p}</List.Item>
          ))}
        </List>
      );
    case 'channels':
      return (
        <List size="sm">
          {(content.pengaduan ?? []).map((c, i) => (
            <List.Item key={i}>
              {word(CHANNEL_KIND_LABELS[c.kind])}
              {c.detail && `: ${c.detail}`}
            </List.Item>
          ))}
        </List>
      );
    case 'text':
      return (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {content[meta.key as 'dasar_hukum']}
        </Text>
      );
  }
}

/** A version read-only: a set one (frozen), or a submitted draft its PIC may no longer change. */
export function StandardView({ version }: { version: StandardVersion }) {
  const word = useWord();
  return (
    <Stack gap="sm" data-testid="standard-view">
      {STANDARD_COMPONENTS.map((meta) => (
        <Paper key={meta.key} withBorder p="md" radius="md" id={sectionId(meta.key)}>
          <Stack gap={6}>
            <Title order={3} size="h4">
              {meta.number}. {word(meta.label)}
            </Title>
            <div>
              <PublishedBadge meta={meta} publishManufacturing={version.publishManufacturing} />
            </div>
            <ComponentValue meta={meta} content={version.content} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** The decree and consultation a set version rests on. */
export function DecreeFacts({ version }: { version: StandardVersion }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows: Array<[string, string]> = [
    [t('standards.set.skNumber'), version.skNumber ?? '—'],
    [t('standards.set.skDate'), f.date(version.skDate)],
    [t('standards.set.skSignatory'), version.skSignatory ?? '—'],
    [t('standards.set.consultationDate'), f.date(version.consultationDate)],
    [t('standards.set.reviewDate'), f.date(version.reviewDate)],
    [t('standards.setBy'), `${version.setBy?.name ?? '—'}, ${f.dateTime(version.setAt)}`],
    [
      t('standards.publishedAt'),
      version.publishedAt ? f.dateTime(version.publishedAt) : t('standards.notPublished'),
    ],
  ];
  return (
    <Stack gap={2} data-testid="decree-facts">
      {rows.map(([label, value]) => (
        <Text key={label} size="sm">
          <Text span fw={600}>
            {label}:
          </Text>{' '}
          {value}
        </Text>
      ))}
    </Stack>
  );
}
