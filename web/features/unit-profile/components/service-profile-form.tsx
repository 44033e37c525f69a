import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NativeSelect,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SPECIAL_SERVICE_GROUP_LABELS,
  SPECIAL_SERVICE_GROUPS,
  type OpeningDay,
  type ServiceProfile,
  type SpecialService,
} from '../../../../shared/contracts/unit-profile';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useSaveServiceProfile } from '../api/unit-profile-api';
import { fullWeek, OpeningHoursEditor, openingHoursErrors } from './opening-hours-editor';
import { isStale, StaleAlert } from './stale-alert';

/** Opening hours keep only the open days and the closed ones the user set (all seven, explicit). */
const toBody = (days: OpeningDay[]) =>
  days.map((d) =>
    d.closed
      ? { day: d.day, closed: true }
      : {
          day: d.day,
          closed: false,
          open: d.open,
          close: d.close,
          breakStart: d.breakStart || null,
          breakEnd: d.breakEnd || null,
        },
  );

/** The service profile form: hours, visi-misi-moto, pelayanan khusus, integrated services, facilities. */
export function ServiceProfileForm({
  profile,
  canWrite,
  onReload,
}: {
  profile: ServiceProfile;
  canWrite: boolean;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormat();
  const [days, setDays] = useState(() => fullWeek(profile.openingHours));
  const [vision, setVision] = useState(profile.vision ?? '');
  const [mission, setMission] = useState(profile.mission ?? '');
  const [motto, setMotto] = useState(profile.motto ?? '');
  const [special, setSpecial] = useState<SpecialService[]>(profile.specialServices);
  const [integrated, setIntegrated] = useState(profile.integratedServices ?? '');
  const [facilities, setFacilities] = useState<string[]>(profile.facilities);
  const [tried, setTried] = useState(false);
  const save = useSaveServiceProfile(profile.unitId);
  const serverErrors = fieldErrors(save.error);
  const hourErrors = openingHoursErrors(days);
  const readOnly = !canWrite;

  async function submit() {
    setTried(true);
    if (Object.keys(hourErrors).length) return;
    try {
      await save.mutateAsync({
        rowVersion: profile.rowVersion,
        openingHours: toBody(days),
        vision: vision || null,
        mission: mission || null,
        motto: motto || null,
        specialServices: special.filter((s) => s.description.trim()),
        integratedServices: integrated || null,
        facilities: facilities.map((f) => f.trim()).filter(Boolean),
      });
      notifySuccess(t('unitProfile.saved'));
    } catch (err) {
      if (!isStale(err)) notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Stack gap="md" data-testid="service-profile-form">
      {profile.rowVersion === 0 && (
        <Alert color="blue" data-testid="profile-empty">
          {t('unitProfile.notSaved')}
        </Alert>
      )}
      <OpeningHoursEditor
        value={days}
        onChange={setDays}
        zone={profile.timeZone}
        readOnly={readOnly}
        errors={tried ? hourErrors : {}}
      />
      <Textarea
        label={t('unitProfile.vision')}
        value={vision}
        onChange={(e) => setVision(e.currentTarget.value)}
        readOnly={readOnly}
        autosize
        minRows={2}
        error={serverErrors.vision}
        data-testid="profile-vision"
      />
      <Textarea
        label={t('unitProfile.mission')}
        value={mission}
        onChange={(e) => setMission(e.currentTarget.value)}
        readOnly={readOnly}
        autosize
        minRows={2}
        error={serverErrors.mission}
        data-testid="profile-mission"
      />
      <TextInput
        label={t('unitProfile.motto')}
        value={motto}
        onChange={(e) => setMotto(e.currentTarget.value)}
        readOnly={readOnly}
        error={serverErrors.motto}
        data-testid="profile-motto"
      />
      <Stack gap="xs">
        <Title order={5}>{t('unitProfile.special.title')}</Title>
        {special.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('unitProfile.special.empty')}
          </Text>
        )}
        {special.map((s, i) => (
          <Group key={i} align="flex-end" gap="xs" wrap="wrap">
            <NativeSelect
              label={t('unitProfile.special.group')}
              value={s.group}
              disabled={readOnly}
              data={SPECIAL_SERVICE_GROUPS.map((g) => ({
                value: g,
                label: SPECIAL_SERVICE_GROUP_LABELS[g][lang],
              }))}
              onChange={(e) =>
                setSpecial(
                  special.map((x, j) =>
                    j === i ? { ...x, group: e.currentTarget.value as SpecialService['group'] } : x,
                  ),
                )
              }
              w={{ base: '100%', xs: 200 }}
            />
            <TextInput
              label={t('unitProfile.special.description')}
              value={s.description}
              readOnly={readOnly}
              onChange={(e) =>
                setSpecial(
                  special.map((x, j) => (j === i ? { ...x, description: e.currentTarget.value } : x)),
                )
              }
              error={serverErrors[`specialServices.${i}.description`]}
              style={{ flex: 1, minWidth: 180 }}
              data-testid={`special-${i}-description`}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                aria-label={t('unitProfile.special.remove')}
                onClick={() => setSpecial(special.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {!readOnly && (
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            onClick={() => setSpecial([...special, { group: 'lansia', description: '' }])}
            data-testid="special-add"
          >
            {t('unitProfile.special.add')}
          </Button>
        )}
      </Stack>
      <Textarea
        label={t('unitProfile.integrated')}
        description={t('unitProfile.integratedHint')}
        value={integrated}
        onChange={(e) => setIntegrated(e.currentTarget.value)}
        readOnly={readOnly}
        autosize
        minRows={2}
        data-testid="profile-integrated"
      />
      <TagsInput
        label={t('unitProfile.facilities')}
        description={readOnly ? undefined : t('unitProfile.facilitiesHint')}
        value={facilities}
        onChange={setFacilities}
        readOnly={readOnly}
        clearable={!readOnly}
        data-testid="profile-facilities"
      />
      <StaleAlert error={save.error} onReload={onReload} />
      {tried && Object.keys(hourErrors).length > 0 && (
        <Text size="sm" c="red" role="alert">
          {t('unitProfile.errors.fix')}
        </Text>
      )}
      <Group justify="space-between" wrap="wrap">
        <Text size="xs" c="dimmed">
          {profile.updatedAt &&
            t('unitProfile.lastSaved', {
              date: format.dateTime(profile.updatedAt),
              name: profile.updatedBy ?? '—',
            })}
        </Text>
        {canWrite && (
          <Button onClick={() => void submit()} loading={save.isPending} data-testid="profile-save">
            {t('common.save')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
