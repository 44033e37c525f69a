import { Alert, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MARITAL_LABELS, MARITAL_STATUSES, type MaritalStatus } from '../../../../shared/complaints/stages';
import { useWords } from '../lib/labels';
import type { IdentityDraft } from '../lib/report-draft';
import { DateField } from '../../../components/ui/date-field';

/**
 * Who the reporter is (UU 37/2008 Pasal 24(1)(a)). At the desk only the full name is required;
 * the formal check asks for the rest, and the hint says so.
 */
export function IdentityFields({
  value,
  onChange,
  errors,
}: {
  value: IdentityDraft;
  onChange: (i: IdentityDraft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const field = (key: keyof IdentityDraft) => ({
    value: value[key],
    onChange: (e: { currentTarget: { value: string } }) =>
      onChange({ ...value, [key]: e.currentTarget.value }),
    error: errors[`identity.${key}`],
    label: t(`complaints.identity.${key}`),
    'data-testid': `cx-identity-${key}`,
  });
  return (
    <Stack gap="xs">
      <Alert color="blue" variant="light" p="xs">
        {t('complaints.new.identityHint')}
      </Alert>
      <TextInput {...field('fullName')} required maxLength={160} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput {...field('birthPlace')} maxLength={120} />
        <DateField {...field('birthDate')} />
        <NativeSelect
          {...field('maritalStatus')}
          onChange={(e) => onChange({ ...value, maritalStatus: e.currentTarget.value as MaritalStatus | '' })}
          data={[
            { value: '', label: t('complaints.notGiven') },
            ...MARITAL_STATUSES.map((m) => ({ value: m, label: words(MARITAL_LABELS[m]) })),
          ]}
        />
        <TextInput {...field('occupation')} maxLength={120} />
        <TextInput {...field('nik')} inputMode="numeric" maxLength={16} />
        <TextInput {...field('phone')} type="tel" maxLength={20} />
        <TextInput {...field('email')} type="email" maxLength={200} />
      </SimpleGrid>
      <Textarea {...field('address')} autosize minRows={2} maxLength={500} />
    </Stack>
  );
}
