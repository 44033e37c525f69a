import { Badge, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MalFormDto } from '../../../../shared/contracts/complaints-deadlines';
import { QueryState } from '../../../components/ui/query-state';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useCreateMalForm, useMalForms, useUpdateMalForm } from '../api/complaint-rules-api';

/** The forms of maladministration: admins add, rename, retire and bring back; others read. */
export function FormsList({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const forms = useMalForms();
  const update = useUpdateMalForm();
  const [editing, setEditing] = useState<MalFormDto | 'new' | null>(null);

  async function toggle(f: MalFormDto) {
    try {
      await update.mutateAsync({ code: f.code, patch: { retired: !f.retired } });
      notifySuccess(
        t(f.retired ? 'complaintRules.restored' : 'complaintRules.retiredDone', { name: f.nameId }),
      );
    } catch (err) {
      notifyError(err, t('common.saveFailed'), { withFields: true });
    }
  }

  return (
    <QueryState isPending={forms.isPending} error={forms.error} onRetry={() => void forms.refetch()}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('complaintRules.formsTitle')}
          </Title>
          {canEdit && (
            <Button size="xs" onClick={() => setEditing('new')} data-testid="mal-form-add">
              {t('complaintRules.addForm')}
            </Button>
          )}
        </Group>
        <Stack gap={6}>
          {(forms.data?.items ?? []).map((f) => (
            <Paper key={f.code} withBorder p="sm" data-testid="mal-form" data-code={f.code}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {lang === 'en' ? f.nameEn : f.nameId}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {f.code} · {f.source} · {t('complaintRules.cases', { count: f.cases })}
                  </Text>
                  {f.retired && (
                    <Badge size="sm" color="gray" variant="light">
                      {t('complaintRules.retired')}
                    </Badge>
                  )}
                </Stack>
                {canEdit && (
                  <Group gap={2} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setEditing(f)}
                      aria-label={`${t('common.edit')}: ${f.nameId}`}
                    >
                      {t('common.edit')}
                    </Button>
                    {f.code !== 'belum_dikategorikan' && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color={f.retired ? 'teal' : 'red'}
                        onClick={() => void toggle(f)}
                        aria-label={`${t(f.retired ? 'complaintRules.restore' : 'complaintRules.retire')}: ${f.nameId}`}
                      >
                        {t(f.retired ? 'complaintRules.restore' : 'complaintRules.retire')}
                      </Button>
                    )}
                  </Group>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
        <Modal
          opened={editing !== null}
          onClose={() => setEditing(null)}
          title={editing === 'new' ? t('complaintRules.addForm') : t('complaintRules.editForm')}
        >
          {editing !== null && (
            <FormEditor form={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
          )}
        </Modal>
      </Stack>
    </QueryState>
  );
}

function FormEditor({ form, onDone }: { form?: MalFormDto; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateMalForm();
  const update = useUpdateMalForm();
  const [code, setCode] = useState(form?.code ?? '');
  const [nameId, setNameId] = useState(form?.nameId ?? '');
  const [nameEn, setNameEn] = useState(form?.nameEn ?? '');
  const errors = fieldErrors(form ? update.error : create.error);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    try {
      if (form) await update.mutateAsync({ code: form.code, patch: { nameId, nameEn } });
      else await create.mutateAsync({ code, nameId, nameEn });
      notifySuccess(t('complaintRules.formSaved', { name: nameId }));
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <TextInput
          label={t('complaintRules.code')}
          description={t('complaintRules.codeHint')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          disabled={!!form}
          error={errors.code}
          required
        />
        <TextInput
          label={t('complaintRules.nameId')}
          value={nameId}
          onChange={(e) => setNameId(e.currentTarget.value)}
          error={errors.nameId}
          required
        />
        <TextInput
          label={t('complaintRules.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
          error={errors.nameEn}
          required
        />
        <Group gap="xs">
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="mal-form-save">
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
