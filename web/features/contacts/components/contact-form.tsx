import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import type { ContactListItemDto } from '../../../../shared/contracts/registry';
import { useSaveContact } from '../api/contacts-api';

export function ContactForm({
  unitId,
  contact,
  onDone,
}: {
  unitId: string;
  contact?: ContactListItemDto;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(contact?.name ?? '');
  const [position, setPosition] = useState(contact?.position ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const save = useSaveContact(unitId);
  const errors = fieldErrors(save.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await save.mutateAsync({
        id: contact?.id,
        input: { name, position: position || null, phone: phone || null, email: email || null },
      });
      notifySuccess(
        contact ? t('contacts.updated', { name: saved.name }) : t('contacts.created', { name: saved.name }),
      );
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('contacts.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          data-testid="contact-form-name"
        />
        <TextInput
          label={t('contacts.position')}
          value={position}
          onChange={(e) => setPosition(e.currentTarget.value)}
          error={errors.position}
          data-testid="contact-form-position"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('contacts.phone')}
            placeholder="0812-3456-7890"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={errors.phone}
            data-testid="contact-form-phone"
          />
          <TextInput
            label={t('contacts.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
            data-testid="contact-form-email"
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="contact-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
