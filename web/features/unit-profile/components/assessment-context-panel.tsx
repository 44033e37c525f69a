import { Anchor, Badge, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContextDocument, ContextItem } from '../../../../shared/contracts/unit-profile';
import { unitDocumentFileUrl } from '../../../../shared/contracts/unit-library';
import { indicatorContext } from '../../../../shared/standards/indicator-context';
import { useFormat } from '../../../lib/format';
import { useAssessmentContext } from '../api/unit-profile-api';
import { ProfileValue, StandardValue } from './standard-value';
import { DocumentIcon } from '../../../components/ui/icons';

function Photos({ photos }: { photos: ContextDocument[] }) {
  const { t } = useTranslation();
  if (photos.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('unitProfile.context.noPhotos')}
      </Text>
    );
  return (
    <Group gap={6}>
      {photos.slice(0, 4).map((p) => (
        <Anchor
          key={p.id}
          href={unitDocumentFileUrl(p.id)}
          target="_blank"
          rel="noopener"
          size="xs"
          title={p.title}
        >
          {p.mimeType.startsWith('image/') ? (
            <Image src={unitDocumentFileUrl(p.id)} alt={p.title} h={56} w={80} fit="cover" radius="sm" />
          ) : (
            <>
              <DocumentIcon /> {p.title}
            </>
          )}
        </Anchor>
      ))}
    </Group>
  );
}

function Body({ item }: { item: ContextItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (item.source === 'standard')
    return (
      <Stack gap={6}>
        {item.products.map((p) => (
          <Stack key={p.productId} gap={2} data-testid={`context-product-${p.productId}`}>
            {item.products.length > 1 && (
              <Text size="xs" fw={600}>
                {p.productName}
              </Text>
            )}
            {p.standard ? (
              <>
                <Text size="xs" c="dimmed" data-testid="context-standard">
                  {t('unitProfile.context.standard', { version: p.standard.version })}
                  {p.standard.skNumber &&
                    ` · ${t('unitProfile.context.sk', { number: p.standard.skNumber, date: format.date(p.standard.skDate) })}`}
                </Text>
                <StandardValue component={item.component} value={p.value} />
              </>
            ) : (
              <Text size="xs" fs="italic" data-testid="context-no-standard">
                {t('unitProfile.context.noStandard')}
              </Text>
            )}
            {p.photos.length > 0 && <Photos photos={p.photos} />}
          </Stack>
        ))}
        {item.photos.length > 0 && <Photos photos={item.photos} />}
      </Stack>
    );
  if (item.source === 'maklumat')
    return (
      <Stack gap={4}>
        {item.maklumat ? (
          <>
            <Group gap={4}>
              <Badge size="xs" variant="light" color={item.maklumat.published ? 'teal' : 'gray'}>
                {item.maklumat.published
                  ? t('unitProfile.context.publishedBadge')
                  : t('unitProfile.context.notPublished')}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('unitProfile.context.signed', {
                  name: item.maklumat.signatory,
                  date: format.date(item.maklumat.signedOn),
                })}
              </Text>
            </Group>
            <Text size="xs" style={{ whiteSpace: 'pre-line' }} lineClamp={6}>
              {item.maklumat.body}
            </Text>
          </>
        ) : (
          <Text size="xs" fs="italic">
            {t('unitProfile.context.noMaklumat')}
          </Text>
        )}
        <Text size="xs" fw={600}>
          {t('unitProfile.context.photos')}
        </Text>
        <Photos photos={item.photos} />
      </Stack>
    );
  return <ProfileValue field={item.field} value={item.value} />;
}

/**
 * The "Konteks" beside a checklist or verification item: what the unit's set standard, maklumat
 * or profile says, and the library's photos of the display. Context, not proof: it never suggests
 * or fills a value. Renders nothing for indicators without context.
 */
export function AssessmentContextPanel({
  cycleId,
  unitId,
  indicator,
  productId,
}: {
  cycleId: string;
  unitId: string | null;
  indicator: string;
  productId: string | null;
}) {
  const { t } = useTranslation();
  const mapped = indicatorContext(indicator) !== null && unitId !== null;
  const context = useAssessmentContext(cycleId, unitId ?? '', { enabled: mapped });
  if (!mapped) return null;
  const item = context.data?.items.find((i) => i.indicator === indicator && i.productId === productId);
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      bg="var(--mantine-color-gray-0)"
      component="aside"
      aria-label={`${t('unitProfile.context.title')} ${indicator}`}
      data-testid={`context-${indicator}`}
    >
      <Stack gap={4}>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {t('unitProfile.context.title')}
        </Text>
        {context.isPending ? (
          <Text size="xs" c="dimmed">
            {t('unitProfile.context.loading')}
          </Text>
        ) : item ? (
          <Body item={item} />
        ) : (
          <Text size="xs" c="dimmed">
            {t('unitProfile.context.empty')}
          </Text>
        )}
        <Text size="10px" c="dimmed">
          {t('unitProfile.context.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
