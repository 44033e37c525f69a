import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_KIND_LABELS } from '../../../../shared/contracts/complaints-letters';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { apiUrl } from '../../../lib/api-client';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  letterFileUrl,
  letterPdfUrl,
  useCaseLetters,
  useConfirmIdentity,
  useSendLetter,
  type Letter,
} from '../api/letters-api';
import { LetterForm } from './letter-form';

const STATUS_COLOR = { draf: 'gray', terkirim: 'blue', dibalas: 'green' } as const;

/** Step 1 before sending: the mechanical check, then the officer's own confirmation. */
function IdentityCheck({
  complaintId,
  letter,
  onDone,
}: {
  complaintId: string;
  letter: Letter;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmIdentity(complaintId);
  const [checked, setChecked] = useState(false);
  const problems = Object.entries(fieldErrors(confirm.error));
  async function submit() {
    try {
      await confirm.mutateAsync(letter.id);
      notifySuccess(t('letters.identityConfirmed'));
      onDone();
    } catch {
      // shown below
    }
  }
  return (
    <Stack>
      <Text size="sm">{t('letters.identityExplain')}</Text>
      {problems.length > 0 && (
        <Alert color="red" title={t('letters.identityFound')} data-testid="letter-identity-error">
          <List size="sm">
            {problems.map(([field, msg]) => (
              <List.Item key={field}>
                {t(`letters.field.${field}`, { defaultValue: field })}: {msg}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Checkbox
        checked={checked}
        onChange={(e) => setChecked(e.currentTarget.checked)}
        label={t('letters.identityStatement')}
        data-testid="letter-identity-statement"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={submit}
          disabled={!checked}
          loading={confirm.isPending}
          data-testid="letter-identity-confirm"
        >
          {t('letters.confirmIdentity')}
        </Button>
      </Group>
    </Stack>
  );
}

function SendDialog({
  complaintId,
  letter,
  attachments,
  onDone,
}: {
  complaintId: string;
  letter: Letter;
  attachments: { id: string; name: string; mimeType: string }[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const send = useSendLetter(complaintId);
  const [chosen, setChosen] = useState<string[]>([]);
  async function submit() {
    try {
      await send.mutateAsync({ id: letter.id, attachmentIds: chosen });
      notifySuccess(t('letters.sent'));
      onDone();
    } catch (err) {
      notifyError(err, t('letters.sendFailed'), { withFields: true });
    }
  }
  return (
    <Stack>
      <Text size="sm">{t('letters.sendExplain')}</Text>
      {attachments.length ? (
        <Checkbox.Group label={t('letters.attachments')} value={chosen} onChange={setChosen}>
          <Stack gap={4} mt={4}>
            {attachments.map((a) => (
              <Checkbox
                key={a.id}
                value={a.id}
                label={`${a.name}${a.mimeType === 'application/pdf' ? ` — ${t('letters.pdfUnchanged')}` : ''}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('letters.noAttachments')}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={send.isPending} data-testid="letter-send-confirm">
          {t('letters.send')}
        </Button>
      </Group>
    </Stack>
  );
}

type Dialog = { kind: 'new' } | { kind: 'edit' | 'identity' | 'send'; letter: Letter } | null;

/** The letters of a case: compose, check identity, send, PDF, reply status. */
export function CaseLettersPanel({ complaintId }: { complaintId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const f = useFormat();
  const letters = useCaseLetters(complaintId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const items = letters.data?.items ?? [];
  return (
    <Stack data-testid="case-letters">
      <Group justify="space-between">
        <Text fw={600}>{t('letters.title')}</Text>
        <Button size="sm" onClick={() => setDialog({ kind: 'new' })} data-testid="letter-new">
          {t('letters.new')}
        </Button>
      </Group>
      <QueryState isPending={letters.isPending} error={letters.error} onRetry={() => void letters.refetch()}>
        {items.length === 0 && <Empty title={t('letters.none')} />}
        {items.map((l) => (
          <Card key={l.id} withBorder padding="sm" data-testid="letter-card">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600} style={{ wordBreak: 'break-word' }}>
                {l.number}
              </Text>
              <Badge color={STATUS_COLOR[l.status]} data-testid="letter-status">
                {t(`letters.status.${l.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {LETTER_KIND_LABELS[l.kind][lang]} · {f.date(l.letterDate)} · {l.addresseeName}
            </Text>
            <Text size="sm" mt={4} style={{ wordBreak: 'break-word' }}>
              {l.subject}
            </Text>
            {l.dueOn && (
              <Text size="sm">
                {t('letters.dueOn')}: {f.date(l.dueOn)}
              </Text>
            )}
            {l.repliedAt && (
              <Text size="sm" data-testid="letter-reply">
                {t('letters.repliedOn', { date: f.date(l.repliedAt) })}
                {l.replyNote ? ` — ${l.replyNote}` : ''}
                {l.replyAttachmentId && (
                  <>
                    {' '}
                    <Anchor href={apiUrl(`/complaints/${complaintId}/attachments/${l.replyAttachmentId}`)}>
                      {t('letters.downloadReply')}
                    </Anchor>
                  </>
                )}
              </Text>
            )}
            {l.files.map((file) => (
              <Anchor key={file.id} size="sm" href={letterFileUrl(l.id, file.id)} display="block">
                {file.name} ({f.bytes(file.size)})
              </Anchor>
            ))}
            <Group gap="xs" mt="xs" wrap="wrap">
              <Button
                component="a"
                href={letterPdfUrl(l.id)}
                size="xs"
                variant="light"
                data-testid="letter-pdf"
              >
                {t('letters.pdf')}
              </Button>
              {l.status === 'draf' && (
                <>
                  <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'edit', letter: l })}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant={l.identityCheckedAt ? 'default' : 'filled'}
                    onClick={() => setDialog({ kind: 'identity', letter: l })}
                    data-testid="letter-identity"
                  >
                    {l.identityCheckedAt ? t('letters.identityChecked') : t('letters.checkIdentity')}
                  </Button>
                  <Button
                    size="xs"
                    disabled={!l.identityCheckedAt}
                    onClick={() => setDialog({ kind: 'send', letter: l })}
                    data-testid="letter-send"
                  >
                    {t('letters.send')}
                  </Button>
                </>
              )}
            </Group>
          </Card>
        ))}
      </QueryState>
      <Modal
        opened={dialog !== null}
        onClose={close}
        size="lg"
        title={
          dialog?.kind === 'identity'
            ? t('letters.checkIdentity')
            : dialog?.kind === 'send'
              ? t('letters.send')
              : dialog?.kind === 'edit'
                ? t('letters.edit')
                : t('letters.new')
        }
      >
        {dialog?.kind === 'new' && <LetterForm complaintId={complaintId} onDone={close} />}
        {dialog?.kind === 'edit' && (
          <LetterForm complaintId={complaintId} letter={dialog.letter} onDone={close} />
        )}
        {dialog?.kind === 'identity' && (
          <IdentityCheck complaintId={complaintId} letter={dialog.letter} onDone={close} />
        )}
        {dialog?.kind === 'send' && (
          <SendDialog
            complaintId={complaintId}
            letter={dialog.letter}
            attachments={letters.data?.attachments ?? []}
            onDone={close}
          />
        )}
      </Modal>
    </Stack>
  );
}
