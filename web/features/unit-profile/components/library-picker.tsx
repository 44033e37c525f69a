import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_DOCUMENT_KIND_LABELS } from '../../../../shared/contracts/unit-library';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useAttachFromLibrary, useUnitLibrary } from '../api/unit-profile-api';

/**
 * "Pilih dari pustaka": attaches one of the unit's library documents as evidence of an answer
 * (the same file, no new upload). `onAttached` refreshes the caller's checklist.
 */
export function LibraryPicker({
  answerId,
  unitId,
  onAttached,
}: {
  answerId: string;
  unitId: string;
  onAttached: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const library = useUnitLibrary(unitId, { enabled: open });
  const attach = useAttachFromLibrary(onAttached);
  const items = (library.data?.items ?? []).filter((d) =>
    `${d.title} ${d.productName ?? ''}`.toLowerCase().includes(search.trim().toLowerCase()),
  );

  async function pick(documentId: string) {
    try {
      await attach.mutateAsync({ answerId, documentId });
      notifySuccess(t('unitProfile.pick.attached'));
      setOpen(false);
    } catch (err) {
      notifyError(err, t('common.saveFailed'), { withFields: true });
    }
  }

  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => setOpen(true)}
        data-testid={`library-pick-${answerId}`}
      >
        {t('unitProfile.pick.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('unitProfile.pick.title')} size="lg">
        <Stack gap="xs">
          <TextInput
            label={t('unitProfile.pick.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          {library.isPending ? (
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="library-pick-empty">
              {t('unitProfile.pick.empty')}
            </Text>
          ) : (
            items.map((d) => (
              <Group
                key={d.id}
                justify="space-between"
                wrap="nowrap"
                data-testid={`library-pick-doc-${d.id}`}
              >
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {d.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      UNIT_DOCUMENT_KIND_LABELS[d.kind][lang],
                      d.productName,
                      d.madeOn ? format.date(d.madeOn) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
                <Button
                  size="xs"
                  variant="light"
                  loading={attach.isPending && attach.variables?.documentId === d.id}
                  onClick={() => void pick(d.id)}
                  aria-label={`${t('unitProfile.pick.attach')}: ${d.title}`}
                >
                  {t('unitProfile.pick.attach')}
                </Button>
              </Group>
            ))
          )}
        </Stack>
      </Modal>
    </>
  );
}
