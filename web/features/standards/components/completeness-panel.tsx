import { Anchor, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StandardContent } from '../../../../shared/contracts/standards';
import { missingComponents } from '../../../../shared/standards/completeness';
import { componentMeta, SERVICE_DELIVERY_KEYS } from '../../../../shared/standards/components';
import { contentToSave } from '../lib/content';
import { sectionId } from './component-section';
import { useWord } from './words';

/** Which of the 14 components are still missing in the draft, each a link to its section. */
export function CompletenessPanel({ content }: { content: StandardContent }) {
  const { t } = useTranslation();
  const word = useWord();
  const missing = missingComponents(contentToSave(content));
  const filled = 14 - missing.length;
  const missingPublished = missing.filter((k) => SERVICE_DELIVERY_KEYS.includes(k));
  return (
    <Paper withBorder p="md" radius="md" data-testid="completeness-panel">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('standards.completeness.title')}
        </Title>
        <Text size="sm" data-testid="completeness-count">
          {t('standards.completeness.count', { filled, total: 14 })}
        </Text>
        <Progress value={(filled / 14) * 100} aria-label={t('standards.completeness.title')} />
        {missing.length === 0 ? (
          <Text size="sm" c="teal.9">
            {t('standards.completeness.done')}
          </Text>
        ) : (
          <>
            {missingPublished.length > 0 && (
              <Text size="sm" c="orange.9">
                {t('standards.completeness.publishedMissing', { count: missingPublished.length })}
              </Text>
            )}
            <List size="sm" spacing={2} data-testid="completeness-missing">
              {missing.map((k) => {
                const meta = componentMeta(k);
                return (
                  <List.Item key={k}>
                    <Anchor href={`#${sectionId(k)}`} size="sm">
                      {meta.number}. {word(meta.label)}
                    </Anchor>
                  </List.Item>
                );
              })}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
