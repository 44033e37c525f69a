import { Button, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Empty } from '../../components/ui/empty';
import { PageHeader } from '../../components/ui/page-header';
import { InternalCycleForm } from '../../features/internal-cycles/components/internal-cycle-form';
import { InternalCycleList } from '../../features/internal-cycles/components/internal-cycle-list';
import { useAuth } from '../../lib/auth';

/**
 * "Penilaian mandiri" (/internal-cycles): the internal cycles of the user's government; its
 * coordinator opens a new one here (POST /api/governments/:id/internal-cycles).
 */
export default function InternalCyclesPage() {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const [creating, setCreating] = useState(false);
  const governmentId = user?.governmentId ?? null;
  const canManage = can('internal.manage') && governmentId !== null;
  return (
    <>
      <PageHeader
        title={t('internal.title')}
        subtitle={t('internal.subtitle')}
        actions={
          canManage && (
            <Button onClick={() => setCreating(true)} data-testid="internal-open">
              {t('internal.open')}
            </Button>
          )
        }
      />
      {governmentId ? (
        <InternalCycleList
          governmentId={governmentId}
          canManage={canManage}
          canVerify={user?.role === 'internal_verifier'}
        />
      ) : (
        <Empty title={t('internal.empty')} hint={t('internal.emptyHint')} />
      )}
      {canManage && (
        <Modal
          opened={creating}
          onClose={() => setCreating(false)}
          title={t('internal.open')}
          size="xl"
          fullScreen={Boolean(phone)}
        >
          <InternalCycleForm
            governmentId={governmentId}
            onCancel={() => setCreating(false)}
            onDone={(c) => void navigate(`/cycles/${c.id}/work-plan`)}
          />
        </Modal>
      )}
    </>
  );
}
