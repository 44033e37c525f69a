import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Arsipkan" in red for an active record, "Pulihkan" in teal for an archived one. */
export function ArchiveButton({
  archived,
  onClick,
  size,
  variant = 'subtle',
}: {
  archived: boolean;
  onClick: () => void;
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
}) {
  const { t } = useTranslation();
  return (
    <Button size={size} variant={variant} color={archived ? 'teal' : 'red'} onClick={onClick}>
      {archived ? t('common.restore') : t('common.archive')}
    </Button>
  );
}
