import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  ACTIVITY_KIND_LABELS,
  PERSON_SIDE_LABELS,
  type Activity,
} from '../../../../shared/contracts/activities';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useArchiveActivity } from '../api/activities-api';
import { useLabel } from './activity-labels';
import { ActivityPhotos } from './activity-photos';

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Multi-line text as written (notulen keep their line breaks). */
function Prose({ text, empty }: { text: string | null; empty: string }) {
  return (
    <Text
      size="sm"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      c={text ? undefined : 'gray.7'}
    >
      {text ?? empty}
    </Text>
  );
}

/** One activity, read: what, when, where, who, units, topics, minutes, actions agreed, photos. */
export function ActivityView({ activity: a, canWrite }: { activity: Activity; canWrite: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  const navigate = useNavigate();
  const archive = useArchiveActivity();
  const [confirming, setConfirming] = useState(false);

  async function doArchive() {
    try {
      await archive.mutateAsync({ id: a.id, rowVersion: a.rowVersion });
      notifySuccess(t('activities.archived'));
      void navigate('/kegiatan');
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <Stack data-testid="activity-view">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Badge variant="filled" color="indigo.9" style={{ alignSelf: 'flex-start' }}>
            {label(ACTIVITY_KIND_LABELS[a.kind])}
          </Badge>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }} data-testid="activity-title">
            {a.title}
          </Title>
          <Text size="sm" c="gray.7">
            <Anchor component={Link} to={`/governments/${a.governmentId}`} underline="always">
              {a.governmentName}
            </Anchor>
            {' · '}
            {format.date(a.heldOn)}
            {a.place ? ` · ${a.place}` : ''}
          </Text>
        </Stack>
        {canWrite && (
          <Group gap="xs">
            <Button
              component={Link}
              to={`/kegiatan/${a.id}/ubah`}
              variant="light"
              data-testid="activity-edit"
            >
              {t('common.edit')}
            </Button>
            <Button
              variant="subtle"
              color="red.8"
              onClick={() => setConfirming(true)}
              data-testid="activity-archive"
            >
              {t('activities.archive')}
            </Button>
          </Group>
        )}
      </Group>
      <Section title={t('activities.people')} testId="activity-people-view">
        {a.people.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('activities.view.noPeople')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {a.people.map((p, i) => (
              <List.Item key={i}>
                <b>{p.name}</b>
                {p.role ? `, ${p.role}` : ''} ({label(PERSON_SIDE_LABELS[p.side])})
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('activities.units')} testId="activity-units-view">
        {a.units.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('activities.view.noUnits')}
          </Text>
        ) : (
          <Group gap={6}>
            {a.units.map((u) => (
              <Badge key={u.id} variant="outline" color="gray.8" style={{ textTransform: 'none' }}>
                {u.name}
              </Badge>
            ))}
          </Group>
        )}
      </Section>
      <Section title={t('activities.topics')}>
        <Prose text={a.topics} empty={t('activities.view.none')} />
      </Section>
      <Section title={t('activities.minutes')}>
        <Prose text={a.minutes} empty={t('activities.view.none')} />
      </Section>
      <Section title={t('activities.actions')} testId="activity-actions-view">
        {a.actions.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('activities.view.noActions')}
          </Text>
        ) : (
          <Stack gap="xs">
            {a.actions.map((x, i) => (
              <Paper key={x.id} withBorder p="sm" radius="sm" data-testid="activity-action-row">
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {i + 1}. {x.description}
                </Text>
                <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                  {t('activities.action.unit')}: {x.unitName ?? t('activities.action.wholeGovernment')}
                  {' · '}
                  {t('activities.action.dueOn')}: {x.dueOn ? format.date(x.dueOn) : '—'}
                  {' · '}
                  {t('activities.action.owner')}: {x.owner ?? '—'}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
      </Section>
      <Section title={t('activities.photos.title')}>
        <ActivityPhotos activity={a} canWrite={canWrite} />
      </Section>
      <Text size="xs" c="gray.7">
        {t('activities.view.updated', { when: format.dateTime(a.updatedAt), who: a.updatedByName ?? '—' })}
      </Text>
      <ConfirmModal
        opened={confirming}
        title={t('activities.archiveTitle')}
        message={t('activities.archiveConfirm')}
        confirmLabel={t('activities.archive')}
        danger
        loading={archive.isPending}
        onConfirm={() => void doArchive()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
