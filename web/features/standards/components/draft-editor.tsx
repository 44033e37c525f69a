import { Alert, Button, Group, Modal, Paper, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardOverview, StandardVersion } from '../../../../shared/contracts/standards';
import { componentFilled } from '../../../../shared/standards/completeness';
import { STANDARD_COMPONENTS } from '../../../../shared/standards/components';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useStandardAction } from '../api/standards-api';
import { contentToSave } from '../lib/content';
import { useAutosave } from '../lib/use-autosave';
import { ComponentFrame, ComponentInput } from './component-section';
import { CompletenessPanel } from './completeness-panel';
import { ConflictAlert, SaveStatus } from './save-status';
import { SetDialog } from './set-dialog';

/**
 * The guided editor of an open draft: the 14 components in order, each with its guidance,
 * autosaved; the completeness panel; and the steps of the draft's life the asker may take
 * (submit to the coordinator, return with a note, set by decree, discard).
 */
export function DraftEditor({
  overview,
  draft,
  onReload,
}: {
  overview: StandardOverview;
  draft: StandardVersion;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const editor = useAutosave(draft);
  const action = useStandardAction(overview.product.id);
  const [dialog, setDialog] = useState<'set' | 'return' | 'discard' | null>(null);
  const [note, setNote] = useState('');
  const { can } = overview;
  const saved = contentToSave(editor.content);

  async function run(kind: 'submit' | 'return' | 'discard', done: string) {
    await editor.flush();
    if (editor.stopped()) return;
    try {
      if (kind === 'discard') await action.mutateAsync({ kind, id: draft.id });
      else if (kind === 'return')
        await action.mutateAsync({ kind, id: draft.id, rowVersion: editor.rowVersion(), note });
      else await action.mutateAsync({ kind, id: draft.id, rowVersion: editor.rowVersion() });
      notifySuccess(done);
      setDialog(null);
    } catch (err) {
      notifyError(err, t('common.saveFailed'), { withFields: true });
    }
  }

  return (
    <Stack gap="md" onBlur={() => void editor.flush()} data-testid="draft-editor">
      {draft.returnNote && draft.status === 'draft' && (
        <Alert color="orange" title={t('standards.returned')} data-testid="return-note">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {draft.returnNote}
          </Text>
        </Alert>
      )}
      {editor.state.kind === 'conflict' && (
        <ConflictAlert by={editor.state.by} at={editor.state.at} onReload={onReload} />
      )}
      <Paper withBorder p="sm" radius="md" style={{ position: 'sticky', top: 60, zIndex: 5 }}>
        <Group justify="space-between" gap="xs">
          <SaveStatus state={editor.state} />
          <Group gap="xs">
            {draft.status === 'draft' && can.edit && !can.set && (
              <Button
                size="xs"
                loading={action.isPending}
                disabled={editor.conflict}
                onClick={() => void run('submit', t('standards.actions.submitted'))}
                data-testid="standard-submit"
              >
                {t('standards.actions.submit')}
              </Button>
            )}
            {draft.status === 'diajukan' && can.set && (
              <Button
                size="xs"
                variant="default"
                disabled={editor.conflict}
                onClick={() => setDialog('return')}
                data-testid="standard-return"
              >
                {t('standards.actions.return')}
              </Button>
            )}
            {can.set && (
              <Button
                size="xs"
                disabled={editor.conflict}
                onClick={() => void editor.flush().then(() => setDialog('set'))}
                data-testid="standard-set"
              >
                {t('standards.actions.set')}
              </Button>
            )}
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => setDialog('discard')}
              data-testid="standard-discard"
            >
              {t('standards.actions.discard')}
            </Button>
          </Group>
        </Group>
      </Paper>
      <CompletenessPanel content={editor.content} />
      <Switch
        label={t('standards.publishManufacturing')}
        description={t('standards.publishManufacturingHint')}
        checked={editor.publishManufacturing}
        onChange={(e) => editor.setPublishManufacturing(e.currentTarget.checked)}
        data-testid="publish-manufacturing"
      />
      {STANDARD_COMPONENTS.map((meta) => (
        <ComponentFrame
          key={meta.key}
          meta={meta}
          publishManufacturing={editor.publishManufacturing}
          filled={componentFilled(saved, meta.key)}
        >
          <ComponentInput meta={meta} content={editor.content} onChange={editor.setContent} />
        </ComponentFrame>
      ))}
      {dialog === 'set' && (
        <SetDialog
          productId={overview.product.id}
          standardId={draft.id}
          rowVersion={editor.rowVersion}
          onClose={() => setDialog(null)}
        />
      )}
      <Modal
        opened={dialog === 'return'}
        onClose={() => setDialog(null)}
        title={t('standards.actions.return')}
      >
        <Stack gap="sm">
          <Textarea
            label={t('standards.returnNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={3}
            required
            data-testid="return-note-input"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={!note.trim()}
              loading={action.isPending}
              onClick={() => void run('return', t('standards.actions.returnedDone'))}
              data-testid="return-confirm"
            >
              {t('standards.actions.return')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal
        opened={dialog === 'discard'}
        title={t('standards.actions.discard')}
        message={t('standards.actions.discardConfirm')}
        confirmLabel={t('standards.actions.discard')}
        danger
        loading={action.isPending}
        onClose={() => setDialog(null)}
        onConfirm={() => void run('discard', t('standards.actions.discarded'))}
      />
    </Stack>
  );
}
