import { Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationSettings } from '../../../../shared/contracts/notifications';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useNotificationSettings, useSaveNotificationSettings } from '../api/notifications-api';

/** Per kind of notification: in the inbox, by e-mail (both on until the person chooses). */
export function NotificationSettingsForm() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const save = useSaveNotificationSettings();
  const [draft, setDraft] = useState<NotificationSettings['items']>([]);
  useEffect(() => {
    if (settings.data) setDraft(settings.data.items);
  }, [settings.data]);

  const set = (kind: string, key: 'inApp' | 'email', value: boolean) =>
    setDraft((d) => d.map((s) => (s.kind === kind ? { ...s, [key]: value } : s)));

  async function submit() {
    try {
      await save.mutateAsync({ items: draft });
      notifySuccess(t('notifications.settingsSaved'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Paper withBorder p="md" radius="sm">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('notifications.settingsTitle')}
        </Title>
        <Text size="sm">{t('notifications.settingsHint')}</Text>
        <QueryState
          isPending={settings.isPending}
          error={settings.error}
          onRetry={() => void settings.refetch()}
        >
          <Table.ScrollContainer minWidth={320}>
            <Table data-testid="notification-settings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('notifications.kind')}</Table.Th>
                  <Table.Th>{t('notifications.inApp')}</Table.Th>
                  <Table.Th>{t('notifications.email')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {draft.map((s) => (
                  <Table.Tr key={s.kind}>
                    <Table.Td>
                      <Text size="sm">{t(`notifications.kinds.${s.kind}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        checked={s.inApp}
                        onChange={(e) => set(s.kind, 'inApp', e.currentTarget.checked)}
                        aria-label={`${t(`notifications.kinds.${s.kind}`)}: ${t('notifications.inApp')}`}
                        data-testid={`setting-inapp-${s.kind}`}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        checked={s.email}
                        onChange={(e) => set(s.kind, 'email', e.currentTarget.checked)}
                        aria-label={`${t(`notifications.kinds.${s.kind}`)}: ${t('notifications.email')}`}
                        data-testid={`setting-email-${s.kind}`}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="flex-end">
            <Button
              onClick={() => void submit()}
              loading={save.isPending}
              data-testid="notification-settings-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </QueryState>
      </Stack>
    </Paper>
  );
}
