import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../../shared/format/format';
import { useFormat } from '../../../lib/format';
import type { SaveState } from '../lib/use-autosave';

/** "Tersimpan 10.32 WIB" / "Menyimpan…" / "Belum tersimpan", announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const f = useFormat();
  let text = '';
  let color = 'dimmed';
  switch (state.kind) {
    case 'clean':
      text = t('standards.save.clean');
      break;
    case 'dirty':
      text = t('standards.save.dirty');
      break;
    case 'saving':
      text = t('standards.save.saving');
      break;
    case 'saved':
      text = t('standards.save.saved', { time: formatTime(state.at, f.lang, f.zone) });
      color = 'teal.9';
      break;
    case 'error':
      text = t('standards.save.error', { message: state.message });
      color = 'red.9';
      break;
    case 'conflict':
      text = t('standards.save.stopped');
      color = 'red.9';
      break;
  }
  return (
    <Text
      size="sm"
      c={color}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={state.kind}
    >
      {text}
    </Text>
  );
}

/**
 * Someone else saved this draft after it was opened here: nothing of ours was written over
 * theirs. Says who and when, and offers to load their version (ours on this page is then lost).
 */
export function ConflictAlert({
  by,
  at,
  onReload,
}: {
  by: string | null;
  at: string | null;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Alert color="red" title={t('standards.conflict.title')} data-testid="standard-conflict" role="alert">
      <Text size="sm">
        {by && at
          ? t('standards.conflict.byWhom', { name: by, when: f.dateTime(at) })
          : t('standards.conflict.unknown')}
      </Text>
      <Text size="sm" mt={4}>
        {t('standards.conflict.notSaved')}
      </Text>
      <Button mt="xs" size="xs" variant="light" color="red" onClick={onReload} data-testid="standard-reload">
        {t('standards.conflict.reload')}
      </Button>
    </Alert>
  );
}
