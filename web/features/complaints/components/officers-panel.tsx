import { Badge, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSaveOfficers } from '../api/complaints-api';
import type { ComplaintDetail } from '../api/types';

type Officer = ComplaintDetail['officers'][number];

/**
 * The officers of the case and its lead. The head of the case's office (or an admin) assigns them
 * among the office's assessors and head (`staffCandidates`).
 */
export function OfficersPanel({ detail }: { detail: ComplaintDetail }) {
  const { t } = useTranslation();
  const canAssign = detail.staffCandidates.length > 0;
  const save = useSaveOfficers(detail.id);
  const candidates: Officer[] = [
    ...detail.officers,
    ...detail.staffCandidates
      .filter((s) => !detail.officers.some((o) => o.userId === s.userId))
      .map((s) => ({ userId: s.userId, name: s.name, lead: false })),
  ];
  const [chosen, setChosen] = useState<string[]>(detail.officers.map((o) => o.userId));
  const [lead, setLead] = useState<string>(detail.officers.find((o) => o.lead)?.userId ?? '');
  const [editing, setEditing] = useState(false);

  async function submit() {
    const leadId = chosen.includes(lead) ? lead : (chosen[0] ?? '');
    try {
      await save.mutateAsync({
        version: detail.version,
        officers: chosen.map((userId) => ({ userId, lead: userId === leadId })),
      });
      notifySuccess(t('complaints.officers.saved'));
      setEditing(false);
    } catch (err) {
      notifyError(err, t('common.saveFailed'), { withFields: true });
    }
  }

  return (
    <Stack gap="xs" data-testid="cx-officers">
      {detail.officers.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('complaints.officers.none')}
        </Text>
      ) : (
        detail.officers.map((o) => (
          <Group key={o.userId} gap={6}>
            <Text size="sm">{o.name}</Text>
            {o.lead && (
              <Badge size="xs" color="blue.8" variant="filled">
                {t('complaints.officers.lead')}
              </Badge>
            )}
          </Group>
        ))
      )}
      {canAssign && !editing && (
        <Group>
          <Button size="xs" variant="default" onClick={() => setEditing(true)} data-testid="cx-officers-edit">
            {t('complaints.officers.assign')}
          </Button>
        </Group>
      )}
      {editing && (
        <Stack gap={6}>
          <Checkbox.Group label={t('complaints.officers.choose')} value={chosen} onChange={setChosen}>
            <Stack gap={4} mt={4}>
              {candidates.map((o) => (
                <Checkbox key={o.userId} value={o.userId} label={o.name} data-testid="cx-officer-choice" />
              ))}
            </Stack>
          </Checkbox.Group>
          {chosen.length > 1 && (
            <Radio.Group label={t('complaints.officers.leadChoose')} value={lead} onChange={setLead}>
              <Stack gap={4} mt={4}>
                {candidates
                  .filter((o) => chosen.includes(o.userId))
                  .map((o) => (
                    <Radio key={o.userId} value={o.userId} label={o.name} />
                  ))}
              </Stack>
            </Radio.Group>
          )}
          <Group gap="xs" justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="xs"
              disabled={chosen.length === 0}
              loading={save.isPending}
              onClick={() => void submit()}
              data-testid="cx-officers-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
