import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { NotificationInbox } from '../../features/notifications/components/notification-inbox';
import { NotificationSettingsForm } from '../../features/notifications/components/notification-settings';

export default function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('notifications.title')} subtitle={t('notifications.subtitle')} />
      <NotificationInbox />
      <NotificationSettingsForm />
    </Stack>
  );
}
