import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import {
  useDuplicateFramework,
  useFramework,
  useSetSpotCheck,
} from '../../features/frameworks/api/frameworks-api';
import { FrameworkBadges } from '../../features/frameworks/components/framework-badges';
import { unconfirmedParts } from '../../../shared/frameworks/framework.schema';
import { FrameworkEditor } from '../../features/frameworks/components/framework-editor';
import { BandsTable, FrameworkTree, problemMap } from '../../features/frameworks/components/framework-tree';
import { useAuth } from '../../lib/auth';
import { fieldErrors, notifyError, notifySuccess } from '../../lib/notify';

/**
 * One framework version: the tree and bands. Admins and oversight heads duplicate it (a head's copy
 * belongs to their office and may become its spot-check set); whoever may change it edits it while
 * it is not frozen.
 */
export default function FrameworkDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can, user } = useAuth();
  const navigate = useNavigate();
  const fw = useFramework(id);
  const duplicate = useDuplicateFramework(id);
  const spotCheck = useSetSpotCheck(id);
  const [dupSpotCheck, setDupSpotCheck] = useState(false);
  const [editing, setEditing] = useState(false);
  const [dup, setDup] = useState(false);
  const [version, setVersion] = useState('');
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const f = fw.data;
  const manage = can('framework.manage');
  const dupErrors = fieldErrors(duplicate.error);

  async function doDuplicate(e: FormEvent) {
    e.preventDefault();
    try {
      const created = await duplicate.mutateAsync({
        version,
        ...(user?.role === 'oversight_head' && dupSpotCheck ? { spotCheck: true } : {}),
      });
      notifySuccess(t('frameworks.duplicated', { id: created.id }));
      setDup(false);
      void navigate(`/frameworks/${created.id}`);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  async function toggleSpotCheck(on: boolean) {
    try {
      await spotCheck.mutateAsync(on);
      notifySuccess(t(on ? 'frameworks.spotCheckMarked' : 'frameworks.spotCheckUnmarked'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <QueryState isPending={fw.isPending} error={fw.error} onRetry={() => void fw.refetch()}>
      {f && (
        <>
          <Anchor component={Link} to="/frameworks" size="sm">
            ← {t('frameworks.title')}
          </Anchor>
          <PageHeader
            title={<span data-testid="fw-title">{f.definition.name?.[lang] ?? f.name}</span>}
            subtitle={`${f.id} · ${t('frameworks.version')} ${f.version} · ${f.definition.legalBasis ?? ''}`}
            actions={
              manage && (
                <>
                  <Button variant="default" onClick={() => setDup(true)} data-testid="fw-duplicate">
                    {t('frameworks.duplicate')}
                  </Button>
                  {f.officeId && f.mayChange && !f.archived && (
                    <Button
                      variant="light"
                      color="teal"
                      loading={spotCheck.isPending}
                      onClick={() => void toggleSpotCheck(!f.officeSpotCheck)}
                      data-testid="fw-spot-check"
                    >
                      {t(f.officeSpotCheck ? 'frameworks.unmarkSpotCheck' : 'frameworks.markSpotCheck')}
                    </Button>
                  )}
                  {f.mayChange && !f.frozen && !editing && (
                    <Button onClick={() => setEditing(true)} data-testid="fw-edit">
                      {t('common.edit')}
                    </Button>
                  )}
                </>
              )
            }
          />
          <Group mb="md" gap="xs">
            <Badge variant="light" color={f.source === 'builtin' ? 'blue' : 'grape'}>
              {t(`frameworks.sources.${f.source}`)}
            </Badge>
            {f.frozen && <Badge color="gray">{t('frameworks.frozen')}</Badge>}
            <Text size="sm" c="dimmed">
              {t('frameworks.usedByCount', { count: f.usedByCycles })}
            </Text>
          </Group>
          <FrameworkBadges f={f} />
          {f.draft && (
            <Alert color="orange" mb="md" title={t('frameworks.draftTitle')} data-testid="fw-draft-note">
              {t('frameworks.draftNote', { parts: unconfirmedParts(f.definition).join(', ') })}
            </Alert>
          )}
          {f.frozen && (
            <Alert color="gray" mb="md" data-testid="fw-frozen-note">
              {f.source === 'builtin' ? t('frameworks.frozenBuiltin') : t('frameworks.frozenUsed')}
            </Alert>
          )}
          {editing ? (
            <FrameworkEditor id={f.id} initial={f.definition} onClose={() => setEditing(false)} />
          ) : (
            <Stack>
              {f.problems.length > 0 && (
                <Alert color="red">{t('frameworks.hasProblems', { count: f.problems.length })}</Alert>
              )}
              <FrameworkTree nodes={f.definition.nodes ?? []} problems={problemMap(f.problems)} />
              <Title order={4}>{t('frameworks.bands')}</Title>
              <BandsTable bands={f.definition.bands ?? []} problems={problemMap(f.problems)} />
            </Stack>
          )}
          <Modal opened={dup} onClose={() => setDup(false)} title={t('frameworks.duplicate')}>
            <form onSubmit={doDuplicate} noValidate>
              <Stack>
                <Text size="sm">{t('frameworks.duplicateHint')}</Text>
                <TextInput
                  label={t('frameworks.newVersion')}
                  value={version}
                  onChange={(e) => setVersion(e.currentTarget.value)}
                  required
                  error={dupErrors.version ?? dupErrors.id}
                  data-testid="fw-dup-version"
                />
                {user?.role === 'oversight_head' && (
                  <Checkbox
                    label={t('frameworks.dupSpotCheck')}
                    description={t('frameworks.dupSpotCheckHint')}
                    checked={dupSpotCheck}
                    onChange={(e) => setDupSpotCheck(e.currentTarget.checked)}
                    data-testid="fw-dup-spot-check"
                  />
                )}
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setDup(false)}>
                    {t('common.cancel')}
                  </Button>
                  <Button type="submit" loading={duplicate.isPending} data-testid="fw-dup-submit">
                    {t('frameworks.duplicate')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Modal>
        </>
      )}
    </QueryState>
  );
}
