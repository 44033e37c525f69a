import { Badge, Box, Button, Collapse, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardContent } from '../../../../shared/contracts/standards';
import type { StandardComponentKey, StandardComponentMeta } from '../../../../shared/standards/components';
import { FeesInput } from './fees-input';
import { ProcedureInput } from './procedure-input';
import { RequirementsInput } from './requirements-input';
import { ChannelsInput, DurationInput, ProductsInput } from './simple-inputs';
import { useWord } from './words';

/** The anchor of a component's section, for the completeness panel's links. */
export const sectionId = (key: StandardComponentKey) => `komponen-${key}`;

/** "Dipublikasikan" for the six service-delivery components, and for the eight when the unit chose so. */
export function PublishedBadge({
  meta,
  publishManufacturing,
}: {
  meta: StandardComponentMeta;
  publishManufacturing: boolean;
}) {
  const { t } = useTranslation();
  if (meta.group === 'service_delivery')
    return (
      <Badge color="teal" variant="light" data-testid="badge-published">
        {t('standards.published')}
      </Badge>
    );
  return publishManufacturing ? (
    <Badge color="teal" variant="outline">
      {t('standards.publishedByChoice')}
    </Badge>
  ) : (
    <Badge color="gray" variant="outline">
      {t('standards.internal')}
    </Badge>
  );
}

/** One component's frame: number, label, badges, the plain-language help and a collapsible example. */
export function ComponentFrame({
  meta,
  publishManufacturing,
  filled,
  children,
}: {
  meta: StandardComponentMeta;
  publishManufacturing: boolean;
  filled: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const word = useWord();
  const [open, { toggle }] = useDisclosure(false);
  const exampleId = `${sectionId(meta.key)}-contoh`;
  return (
    <Paper withBorder p="md" radius="md" id={sectionId(meta.key)} data-testid={`component-${meta.key}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4">
            {meta.number}. {word(meta.label)}
          </Title>
          <Group gap={4}>
            <PublishedBadge meta={meta} publishManufacturing={publishManufacturing} />
            <Badge color={filled ? 'blue' : 'orange'} variant="light">
              {filled ? t('standards.filled') : t('standards.notFilled')}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">{word(meta.help)}</Text>
        <Box>
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={toggle}
            aria-expanded={open}
            aria-controls={exampleId}
            px={0}
          >
            {open ? t('standards.hideExample') : t('standards.showExample')}
          </Button>
          <Collapse expanded={open} id={exampleId}>
            <Text
              size="sm"
              c="dimmed"
              style={{ whiteSpace: 'pre-wrap' }}
              mt={4}
              data-testid="component-example"
            >
              {t('standards.examplePrefix')} {meta.example}
            </Text>
          </Collapse>
        </Box>
        {children}
      </Stack>
    </Paper>
  );
}

/** The input of one component, by its kind: structured where the content is structured. */
export function ComponentInput({
  meta,
  content,
  onChange,
}: {
  meta: StandardComponentMeta;
  content: StandardContent;
  onChange: (patch: Partial<StandardContent>) => void;
}) {
  const { t } = useTranslation();
  const word = useWord();
  switch (meta.kind) {
    case 'requirements':
      return (
        <RequirementsInput value={content.persyaratan ?? []} onChange={(v) => onChange({ persyaratan: v })} />
      );
    case 'procedure':
      return <ProcedureInput value={content.prosedur ?? []} onChange={(v) => onChange({ prosedur: v })} />;
    case 'duration':
      return (
        <DurationInput value={content.jangka_waktu ?? null} onChange={(v) => onChange({ jangka_waktu: v })} />
      );
    case 'fees':
      return <FeesInput value={content.biaya ?? null} onChange={(v) => onChange({ biaya: v })} />;
    case 'products':
      return <ProductsInput value={content.produk ?? []} onChange={(v) => onChange({ produk: v })} />;
    case 'channels':
      return <ChannelsInput value={content.pengaduan ?? []} onChange={(v) => onChange({ pengaduan: v })} />;
    case 'text': {
      const key = meta.key as TextKey;
      return (
        <Textarea
          aria-label={word(meta.label)}
          placeholder={t('standards.textPlaceholder')}
          value={content[key] ?? ''}
          onChange={(e) => onChange({ [key]: e.currentTarget.value })}
          autosize
          minRows={3}
          maxLength={8000}
          data-testid={`text-${meta.key}`}
        />
      );
    }
  }
}

type TextKey = Exclude<
  StandardComponentKey,
  'persyaratan' | 'prosedur' | 'jangka_waktu' | 'biaya' | 'produk' | 'pengaduan'
>;
