import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FOLLOWUP_KIND_LABELS,
  PUBLISHABLE_KINDS,
  type FollowupPublication,
} from '../../../../shared/contracts/followups';
import { QueryState } from '../../../components/ui/query-state';
import { useAuth } from '../../../lib/auth';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { usePublication, useSavePublication } from '../api/followups-api';
import { useWords } from '../lib/labels';

/**
 * The office's choice of what the governments' public pages show of their follow-ups (default:
 * released assessments' saran perbaikan). Never a complaint's corrective actions; a rekomendasi
 * only when headquarters publishes it (UU 37/2008 Pasal 38(4)).
 */
export function PublicationSettings({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const words = useWords();
  const { can } = useAuth();
  const current = usePublication(officeId);
  const save = useSavePublication(officeId);
  const [kinds, setKinds] = useState<string[]>([]);
  useEffect(() => {
    if (current.data) setKinds(current.data.kinds);
  }, [current.data]);
  const editable = can('followup.office.manage');

  async function submit() {
    try {
      await save.mutateAsync({ kinds: kinds as FollowupPublication['kinds'] });
      notifySuccess(t('followups.publication.saved'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'), { withFields: true });
    }
  }

  return (
    <Paper withBorder p="sm" data-testid="fu-publication">
      <QueryState isPending={current.isPending} error={current.error} onRetry={() => void current.refetch()}>
        <Stack gap="xs">
          <Text fw={600}>{t('followups.publication.title')}</Text>
          <Text size="sm" c="gray.7">
            {t('followups.publication.hint')}
          </Text>
          <Checkbox.Group value={kinds} onChange={setKinds} label={t('followups.publication.kinds')}>
            <Stack gap={4} mt={4}>
              {PUBLISHABLE_KINDS.map((k) => (
                <Checkbox
                  key={k}
                  value={k}
                  label={words(FOLLOWUP_KIND_LABELS[k])}
                  disabled={!editable}
                  data-testid={`fu-publication-${k}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Text size="xs" c="gray.7">
            {t('followups.publication.never')}
          </Text>
          {editable && (
            <Group>
              <Button
                size="xs"
                onClick={() => void submit()}
                loading={save.isPending}
                data-testid="fu-publication-save"
              >
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </QueryState>
    </Paper>
  );
}
