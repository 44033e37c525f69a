import { Alert, Button, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARITAL_LABELS, type MaritalStatus } from '../../../../shared/complaints/stages';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { useFormat } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useRevealIdentity } from '../api/complaints-api';
import type { RevealedIdentity } from '../api/types';
import { useWords } from '../lib/labels';

const FIELDS = [
  'fullName',
  'birthPlace',
  'birthDate',
  'maritalStatus',
  'occupation',
  'address',
  'nik',
  'phone',
  'email',
] as const;

/**
 * "Buka identitas pelapor": for the officers on the case and the head of office. A confirmation
 * first (the reveal is recorded in the audit log); the identity lives in this component's state
 * only and is dropped when the modal closes — never in the query cache.
 */
export function RevealIdentity({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const words = useWords();
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const [shown, setShown] = useState<RevealedIdentity | null>(null);
  const reveal = useRevealIdentity(complaintId);

  async function open() {
    try {
      setShown(await reveal.mutateAsync());
      setConfirming(false);
    } catch (err) {
      notifyError(err, t('common.loadFailed'));
    }
  }

  function close() {
    setShown(null);
    reveal.reset();
  }

  const value = (k: (typeof FIELDS)[number], v: string) => {
    if (k === 'birthDate') return format.date(v);
    if (k === 'maritalStatus') return words(MARITAL_LABELS[v as MaritalStatus], v);
    return v;
  };

  return (
    <>
      <Button
        size="xs"
        variant="outline"
        color="orange.9"
        onClick={() => setConfirming(true)}
        styles={{
          root: { maxWidth: '100%', height: 'auto', minHeight: 30 },
          label: { whiteSpace: 'normal' },
        }}
        data-testid="cx-reveal"
      >
        {t('complaints.reveal.button')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('complaints.reveal.confirmTitle')}
        message={t('complaints.reveal.confirm')}
        confirmLabel={t('complaints.reveal.open')}
        loading={reveal.isPending}
        onConfirm={() => void open()}
        onClose={() => setConfirming(false)}
      />
      <Modal
        opened={shown !== null}
        onClose={close}
        title={t('complaints.reveal.title')}
        data-testid="cx-identity"
      >
        {shown && (
          <>
            {shown.confidential && (
              <Alert color="orange" mb="sm" p="xs">
                {t('complaints.reveal.confidential')}
              </Alert>
            )}
            <Table>
              <Table.Tbody>
                {FIELDS.filter((k) => shown.identity[k]).map((k) => (
                  <Table.Tr key={k}>
                    <Table.Th scope="row" w="40%">
                      {t(`complaints.identity.${k}`)}
                    </Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }} data-testid={`cx-identity-shown-${k}`}>
                      {value(k, shown.identity[k]!)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="gray.7" mt="sm">
              {t('complaints.reveal.audited')}
            </Text>
          </>
        )}
      </Modal>
    </>
  );
}
