import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  standardKeys,
  STANDARD_STATUS_LABELS,
  type StandardOverview,
  type StandardVersion,
} from '../../../../shared/contracts/standards';
import { Empty } from '../../../components/ui/empty';
import { ApiError } from '../../../lib/api-client';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { skFileUrl, useStandardAction } from '../api/standards-api';
import { DraftEditor } from './draft-editor';
import { DecreeFacts, StandardView } from './standard-view';
import { useWord } from './words';

/** Who may change an open version: a PIC while it is a draft, the coordinator also once submitted. */
export function canEditDraft(overview: StandardOverview, draft: StandardVersion): boolean {
  return overview.can.edit && (draft.status === 'draft' || (draft.status === 'diajukan' && overview.can.set));
}

/** The set version: its decree, publish/unpublish, "new version", and its content read-only. */
function CurrentVersion({ overview, current }: { overview: StandardOverview; current: StandardVersion }) {
  const { t } = useTranslation();
  const action = useStandardAction(overview.product.id);

  async function act(a: Parameters<typeof action.mutateAsync>[0], done: string) {
    try {
      await action.mutateAsync(a);
      notifySuccess(done);
    } catch (err) {
      // A draft opened meanwhile elsewhere: the refreshed page shows it.
      if (!(err instanceof ApiError && err.status === 409)) notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Stack gap="md" data-testid="current-version">
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Group justify="space-between" gap="xs">
            <Title order={2} size="h4">
              {t('standards.currentTitle', { n: current.version })}
            </Title>
            <Badge color={current.publishedAt ? 'teal' : 'gray'} data-testid="published-state">
              {current.publishedAt ? t('standards.published') : t('standards.notPublished')}
            </Badge>
          </Group>
          <DecreeFacts version={current} />
          {current.skFile && (
            <Anchor href={skFileUrl(current.id)} size="sm" data-testid="sk-download">
              {t('standards.skDownload', { name: current.skFile.name })}
            </Anchor>
          )}
          <Group gap="xs">
            {overview.can.set && (
              <Button
                size="xs"
                variant="light"
                loading={action.isPending}
                onClick={() =>
                  void act(
                    { kind: 'publish', id: current.id, published: !current.publishedAt },
                    current.publishedAt
                      ? t('standards.actions.unpublished')
                      : t('standards.actions.publishedDone'),
                  )
                }
                data-testid="standard-publish"
              >
                {current.publishedAt ? t('standards.actions.unpublish') : t('standards.actions.publish')}
              </Button>
            )}
            {overview.can.edit && !overview.draft && (
              <Button
                size="xs"
                loading={action.isPending}
                onClick={() => void act({ kind: 'open' }, t('standards.actions.opened'))}
                data-testid="standard-new-version"
              >
                {t('standards.actions.newVersion')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      <StandardView version={current} />
    </Stack>
  );
}

/**
 * What the standard tab shows: the open draft (editable or read-only), else the set version,
 * else an empty state with "start drafting" for those who may.
 */
export function StandardPanel({ overview }: { overview: StandardOverview }) {
  const { t } = useTranslation();
  const word = useWord();
  const action = useStandardAction(overview.product.id);
  const [reloaded, setReloaded] = useState<{ n: number; draft: StandardVersion | null }>({
    n: 0,
    draft: null,
  });
  const qc = useQueryClient();
  const { draft, current } = overview;

  /**
   * After a conflict: the draft as the server has it now, in a fresh editor. The editor mounts
   * with the refetched row at once (the page's copy of the query follows a tick later).
   */
  async function reload() {
    const key = standardKeys.product(overview.product.id);
    await qc.refetchQueries({ queryKey: key });
    const fresh = qc.getQueryData<StandardOverview>(key)?.draft ?? null;
    setReloaded((r) => ({ n: r.n + 1, draft: fresh }));
  }

  if (draft) {
    const editable = canEditDraft(overview, draft);
    return (
      <Stack gap="md">
        <Group gap="xs">
          <Badge variant="light" data-testid="draft-status">
            {word(STANDARD_STATUS_LABELS[draft.status])}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('standards.draftOf', { n: draft.version })}
            {current && ` · ${t('standards.currentStill', { n: current.version })}`}
          </Text>
        </Group>
        {editable ? (
          <DraftEditor
            key={`${draft.id}:${draft.status}:${reloaded.n}`}
            overview={overview}
            draft={reloaded.draft?.id === draft.id ? reloaded.draft : draft}
            onReload={() => void reload()}
          />
        ) : (
          <>
            {draft.status === 'diajukan' && (
              <Alert color="blue" data-testid="submitted-note">
                {t('standards.submittedNote', { name: draft.submittedBy?.name ?? '—' })}
              </Alert>
            )}
            <StandardView version={draft} />
          </>
        )}
      </Stack>
    );
  }
  if (current) return <CurrentVersion overview={overview} current={current} />;
  return (
    <Empty
      title={t('standards.none')}
      hint={overview.can.edit ? t('standards.noneHintEdit') : t('standards.noneHint')}
      action={
        overview.can.edit && (
          <Button
            loading={action.isPending}
            onClick={() =>
              void action
                .mutateAsync({ kind: 'open' })
                .catch((err: unknown) => notifyError(err, t('common.saveFailed')))
            }
            data-testid="standard-start"
          >
            {t('standards.actions.start')}
          </Button>
        )
      }
    />
  );
}
