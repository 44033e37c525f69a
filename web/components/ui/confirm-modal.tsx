import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** A yes/no dialog for archive, restore and other changes the user should think about once. */
export function ConfirmModal({
  opened,
  title,
  message,
  confirmLabel,
  danger,
  loading,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Text size="sm" mb="lg">
        {message}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-testid="confirm-cancel">
          {t('common.cancel')}
        </Button>
        <Button
          color={danger ? 'red' : undefined}
          loading={loading}
          onClick={onConfirm}
          data-testid="confirm-ok"
        >
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}

type ArchiveConfirmProps = Omit<ConfirmModalProps, 'title' | 'confirmLabel' | 'danger'> & {
  /** The record is archived now, so confirming restores it. */
  archived: boolean;
};

/** The archive/restore confirmation: title, button label and colour follow the record's state. */
export function ArchiveConfirmModal({ archived, ...rest }: ArchiveConfirmProps) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      {...rest}
      title={archived ? t('common.restoreTitle') : t('common.archiveTitle')}
      confirmLabel={archived ? t('common.restore') : t('common.archive')}
      danger={!archived}
    />
  );
}
