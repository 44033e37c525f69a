import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { fieldErrors as apiFieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useSaveAnswers,
  useSubmitUnit,
  type AnswerDraft,
  type ChecklistIndicator,
  type ChecklistItem,
  type ChecklistWithDefinitions,
} from '../api/checklist-api';
import { ChecklistItemCard, currentAnswer, type ItemExtra } from './checklist-item';
import { LockIcon } from '../../../components/ui/icons';

interface Group_ {
  key: string;
  title: string;
  subgroups: Array<{
    key: string;
    title: string | null;
    items: Array<{ item: ChecklistItem; indicator: ChecklistIndicator }>;
  }>;
}

/** Items grouped by dimension, then by variable (from their indicator's path), in framework order. */
function groupItems(
  items: ChecklistItem[],
  indicators: ReadonlyMap<string, ChecklistIndicator>,
  lang: 'id' | 'en',
): Group_[] {
  const groups: Group_[] = [];
  for (const item of items) {
    const indicator = indicators.get(item.indicator);
    if (!indicator) continue;
    const dim = indicator.path[0];
    const dimKey = dim?.code ?? '_';
    let g = groups.find((x) => x.key === dimKey);
    if (!g) {
      g = { key: dimKey, title: dim ? dim.name[lang] : '', subgroups: [] };
      groups.push(g);
    }
    const variable = indicator.path.length > 1 ? indicator.path[indicator.path.length - 1] : undefined;
    const subKey = variable?.code ?? dimKey;
    let sg = g.subgroups.find((x) => x.key === subKey);
    if (!sg) {
      sg = { key: subKey, title: variable ? variable.name[lang] : null, items: [] };
      g.subgroups.push(sg);
    }
    sg.items.push({ item, indicator });
  }
  return groups;
}

/**
 * The penilaian mandiri checklist. Edits stay in state (marked "belum disimpan") until saved;
 * leaving the page with unsaved edits asks first. Submitting locks the unit.
 */
export function ChecklistView({
  checklist,
  renderItemExtra,
}: {
  checklist: ChecklistWithDefinitions;
  /** Composed by the route page: what shows beside an item from other features (the standards context, the library picker). */
  renderItemExtra?: ItemExtra;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [scope, setScope] = useState('all');
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const save = useSaveAnswers(checklist.cycleId);
  const submit = useSubmitUnit(checklist.cycleId, checklist.unit?.id ?? '');
  const editable = checklist.editable;
  const dirty = Object.keys(drafts).length;
  const fieldErrors = apiFieldErrors(save.error);

  const onChange = useCallback(
    (answerId: string, draft: AnswerDraft) => setDrafts((d) => ({ ...d, [answerId]: draft })),
    [],
  );

  // Never lose what the user typed: the browser asks before closing, the router before navigating.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty > 0 && currentLocation.pathname !== nextLocation.pathname,
  );

  const answeredCount = checklist.items.filter((i) => {
    const a = currentAnswer(i, drafts[i.answerId]);
    return a.na || a.value !== null;
  }).length;
  const total = checklist.items.length;

  const products = useMemo(() => {
    const seen = new Map<string, string>();
    checklist.items.forEach((i) => i.productId && i.productName && seen.set(i.productId, i.productName));
    return [...seen.entries()];
  }, [checklist.items]);
  const visible = checklist.items.filter(
    (i) => scope === 'all' || (scope === 'unit' ? i.productId === null : i.productId === scope),
  );
  const groups = useMemo(
    () => groupItems(visible, checklist.definitions, lang),
    [visible, checklist.definitions, lang],
  );
  const draftList = Object.entries(drafts).map(([answerId, d]) => ({ answerId, ...d }));

  async function saveAll(): Promise<boolean> {
    if (!dirty) return true;
    try {
      await save.mutateAsync(draftList);
      setDrafts({});
      notifySuccess(t('checklist.saved', { count: draftList.length }));
      return true;
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
      return false;
    }
  }

  async function doSubmit() {
    if (!(await saveAll())) return setConfirmSubmit(false);
    try {
      await submit.mutateAsync();
      notifySuccess(t('checklist.submitted'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirmSubmit(false);
    }
  }

  // Field errors come back as answers.<index>.value: map them to the answer they belong to.
  const errorFor = (answerId: string) => {
    const index = draftList.findIndex((d) => d.answerId === answerId);
    return index >= 0 ? fieldErrors[`answers.${index}.value`] : undefined;
  };

  const scopeOptions = [
    { value: 'all', label: t('checklist.scopeAll') },
    { value: 'unit', label: t('checklist.scopeUnit') },
    ...products.map(([id, name]) => ({ value: id, label: name })),
  ];

  return (
    <Stack>
      <Paper
        withBorder
        p="md"
        radius="md"
        pos="sticky"
        top={60}
        style={{ zIndex: 5 }}
        data-testid="checklist-bar"
      >
        <Group justify="space-between" align="center">
          <Stack gap={4} style={{ flex: 1 }} maw={480}>
            <Group gap="xs">
              <Text size="sm" fw={600} data-testid="checklist-progress-text">
                {t('checklist.answeredOf', { answered: answeredCount, total })}
              </Text>
              {checklist.unit?.selfStatus === 'submitted' && (
                <Badge color="gray" leftSection={<LockIcon size={12} />} data-testid="checklist-locked">
                  {t('checklist.locked')}
                </Badge>
              )}
              {dirty > 0 && (
                <Badge
                  color="yellow"
                  variant="light"
                  // Wraps instead of cutting "3 perubahan belum disimpan" short on a phone.
                  styles={{
                    root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
                    label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 },
                  }}
                  data-testid="checklist-dirty"
                >
                  {t('checklist.unsavedCount', { count: dirty })}
                </Badge>
              )}
            </Group>
            <Progress
              value={total ? (answeredCount / total) * 100 : 0}
              color={answeredCount === total ? 'teal' : 'blue'}
              aria-label={t('checklist.answeredOf', { answered: answeredCount, total })}
              data-testid="checklist-progress"
            />
          </Stack>
          {editable && (
            <Group gap="xs">
              <Button
                variant="default"
                disabled={!dirty}
                loading={save.isPending}
                onClick={() => void saveAll()}
                data-testid="checklist-save"
              >
                {t('common.save')}
              </Button>
              {checklist.unit && (
                <Button color="teal" onClick={() => setConfirmSubmit(true)} data-testid="checklist-submit">
                  {t('checklist.submit')}
                </Button>
              )}
            </Group>
          )}
        </Group>
      </Paper>
      {!editable && checklist.status === 'self_assessment' && checklist.unit?.selfStatus !== 'submitted' && (
        <Alert color="gray">{t('checklist.readOnly')}</Alert>
      )}
      {checklist.status !== 'self_assessment' && checklist.status !== 'planning' && (
        <Alert color="gray">{t('checklist.phaseClosed')}</Alert>
      )}
      {products.length > 0 && (
        <>
          {/* A phone gets a select: the segmented control with every product does not fit 390 px. */}
          <SegmentedControl
            visibleFrom="sm"
            value={scope}
            onChange={setScope}
            data={scopeOptions}
            aria-label={t('checklist.scopeLabel')}
            data-testid="checklist-scope"
          />
          <NativeSelect
            hiddenFrom="sm"
            label={t('checklist.scopeLabel')}
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value)}
            data={scopeOptions}
            data-testid="checklist-scope-select"
          />
        </>
      )}
      {groups.map((g) => (
        <Stack key={g.key} gap="sm">
          <Title order={4}>{g.title}</Title>
          {g.subgroups.map((sg) => (
            <Stack key={sg.key} gap="xs">
              {sg.title && (
                <Text fw={600} c="dimmed">
                  {sg.title}
                </Text>
              )}
              {sg.items.map(({ item, indicator }) => (
                <ChecklistItemCard
                  key={item.answerId}
                  item={item}
                  indicator={indicator}
                  draft={drafts[item.answerId]}
                  editable={editable}
                  error={errorFor(item.answerId)}
                  onChange={onChange}
                  renderExtra={renderItemExtra}
                />
              ))}
            </Stack>
          ))}
        </Stack>
      ))}
      <ConfirmModal
        opened={confirmSubmit}
        title={t('checklist.submitTitle')}
        message={
          answeredCount < total
            ? t('checklist.submitConfirmIncomplete', { missing: total - answeredCount })
            : t('checklist.submitConfirm')
        }
        confirmLabel={t('checklist.submit')}
        loading={submit.isPending || save.isPending}
        onConfirm={() => void doSubmit()}
        onClose={() => setConfirmSubmit(false)}
      />
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('checklist.leaveTitle')}
        centered
      >
        <Text size="sm" mb="lg">
          {t('checklist.leaveBody', { count: dirty })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()} data-testid="leave-stay">
            {t('checklist.stay')}
          </Button>
          <Button color="red" variant="light" onClick={() => blocker.proceed?.()} data-testid="leave-discard">
            {t('checklist.discard')}
          </Button>
          <Button
            onClick={() => void saveAll().then((ok) => ok && blocker.proceed?.())}
            data-testid="leave-save"
          >
            {t('checklist.saveAndLeave')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
