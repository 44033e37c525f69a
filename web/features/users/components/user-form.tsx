import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepEnterInMultiSelect } from '../../../lib/form-keys';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import type { Locale } from '../../../../shared/contracts/auth';
import { ROLES, type Role } from '../../../lib/permissions';
import {
  useGovernmentChoices,
  useOfficeChoices,
  useSaveUser,
  useUnitChoices,
  type User,
} from '../api/users-api';

const OFFICE_ROLES: Role[] = ['oversight_head', 'assessor'];
const GOVERNMENT_ROLES: Role[] = ['gov_coordinator', 'unit_pic', 'internal_verifier'];

/** An account, with the links its role needs: an office, a government, or units of a government. */
export function UserForm({ user, onDone }: { user?: User; onDone: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'assessor');
  const [officeId, setOfficeId] = useState(user?.officeId ?? '');
  const [governmentId, setGovernmentId] = useState(user?.governmentId ?? '');
  const [unitIds, setUnitIds] = useState<string[]>(user?.unitIds ?? []);
  const [locale, setLocale] = useState<Locale>(user?.locale ?? 'id');
  const needsOffice = OFFICE_ROLES.includes(role);
  const needsGovernment = GOVERNMENT_ROLES.includes(role);
  const offices = useOfficeChoices(needsOffice);
  const governments = useGovernmentChoices(needsGovernment);
  const units = useUnitChoices(role === 'unit_pic' ? governmentId : '');
  const save = useSaveUser();
  const errors = fieldErrors(save.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await save.mutateAsync({
        id: user?.id,
        input: {
          email,
          name,
          ...(password ? { password } : {}),
          role,
          officeId: needsOffice ? officeId || null : null,
          governmentId: needsGovernment ? governmentId || null : null,
          unitIds: role === 'unit_pic' ? unitIds : [],
          locale,
        },
      });
      notifySuccess(
        user ? t('users.updated', { name: saved.name }) : t('users.created', { name: saved.name }),
      );
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={keepEnterInMultiSelect} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('users.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-testid="user-form-name"
          />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
            data-testid="user-form-email"
          />
        </SimpleGrid>
        <PasswordInput
          label={user ? t('users.newPassword') : t('users.password')}
          description={user ? t('users.newPasswordHint') : t('users.passwordHint')}
          required={!user}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
          data-testid="user-form-password"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('users.role')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            error={errors.role}
            data-testid="user-form-role"
          />
          <NativeSelect
            label={t('users.locale')}
            value={locale}
            onChange={(e) => setLocale(e.currentTarget.value as Locale)}
            data={[
              { value: 'id', label: 'Bahasa Indonesia' },
              { value: 'en', label: 'English' },
            ]}
          />
        </SimpleGrid>
        {needsOffice && (
          <NativeSelect
            label={t('users.office')}
            value={officeId}
            onChange={(e) => setOfficeId(e.currentTarget.value)}
            data={[
              { value: '', label: t('users.pickOffice') },
              ...(offices.data?.items ?? [])
                .filter((o) => !o.archivedAt)
                .map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={errors.officeId}
            data-testid="user-form-office"
          />
        )}
        {needsGovernment && (
          <NativeSelect
            label={t('users.government')}
            value={governmentId}
            onChange={(e) => {
              setGovernmentId(e.currentTarget.value);
              setUnitIds([]);
            }}
            data={[
              { value: '', label: t('users.pickGovernment') },
              ...(governments.data?.items ?? []).map((g) => ({ value: g.id, label: g.name })),
            ]}
            error={errors.governmentId}
            data-testid="user-form-government"
          />
        )}
        {role === 'unit_pic' && (
          <MultiSelect
            label={t('users.units')}
            description={governmentId ? t('users.unitsHint') : t('users.unitsPickGovernment')}
            disabled={!governmentId}
            data={(units.data?.items ?? [])
              .filter((u) => !u.archivedAt)
              .map((u) => ({ value: u.id, label: u.name }))}
            value={unitIds}
            onChange={setUnitIds}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            error={errors.unitIds}
            data-testid="user-form-units"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="user-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
