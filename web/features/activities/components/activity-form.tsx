import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  ACTIVITY_LIMITS,
  PERSON_SIDE_LABELS,
  PERSON_SIDES,
  type Activity,
  type ActivityKind,
  type PersonSide,
} from '../../../../shared/contracts/activities';
import { todayIn } from '../../../../shared/format/format';
import { ApiError } from '../../../lib/api-client';
import { browserZone } from '../../../lib/format';
import { keepEnterInMultiSelect } from '../../../lib/form-keys';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useGovernmentChoices, useSaveActivity, useUnitChoices } from '../api/activities-api';
import { useLabel } from './activity-labels';
import { RepeatableRows, rowKey, type Keyed } from './repeatable-rows';
import { DateField } from '../../../components/ui/date-field';

export interface PersonRow {
  name: string;
  role: string;
  side: PersonSide;
}
export interface ActionRow {
  id?: string;
  description: string;
  unitId: string | null;
  dueOn: string;
  owner: string;
}

interface Props {
  /** The government of a new activity (chosen here when absent); ignored when editing. */
  governmentId?: string;
  activity?: Activity;
  onDone: (saved: Activity) => void;
  onCancel: () => void;
}

const blankPerson = (): PersonRow => ({ name: '', role: '', side: 'pemerintah' });
const blankAction = (): ActionRow => ({ description: '', unitId: null, dueOn: '', owner: '' });

/** Records or edits an activity: what, when, where, who and which units, topics, minutes, actions. */
export function ActivityForm({ governmentId: given, activity, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const [governmentId, setGovernmentId] = useState(activity?.governmentId ?? given ?? '');
  const [kind, setKind] = useState<ActivityKind>(activity?.kind ?? 'bimtek');
  const [title, setTitle] = useState(activity?.title ?? '');
  const [heldOn, setHeldOn] = useState(() => activity?.heldOn ?? todayIn(browserZone()));
  const [place, setPlace] = useState(activity?.place ?? '');
  const [unitIds, setUnitIds] = useState<string[]>(activity?.units.map((u) => u.id) ?? []);
  const [people, setPeople] = useState<Keyed<PersonRow>[]>(
    activity?.people.map((p) => ({ ...p, role: p.role ?? '', key: rowKey() })) ?? [],
  );
  const [topics, setTopics] = useState(activity?.topics ?? '');
  const [minutes, setMinutes] = useState(activity?.minutes ?? '');
  const [actions, setActions] = useState<Keyed<ActionRow>[]>(
    activity?.actions.map((a) => ({
      id: a.id,
      description: a.description,
      unitId: a.unitId,
      dueOn: a.dueOn ?? '',
      owner: a.owner ?? '',
      key: rowKey(),
    })) ?? [],
  );
  const governments = useGovernmentChoices(!activity);
  const units = useUnitChoices(governmentId);
  const save = useSaveActivity();
  const errors = fieldErrors(save.error);
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const unitData = (units.data?.items ?? [])
    .filter((u) => !u.archivedAt || unitIds.includes(u.id))
    .map((u) => ({ value: u.id, label: u.name }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await save.mutateAsync({
        id: activity?.id,
        rowVersion: activity?.rowVersion,
        governmentId,
        input: {
          kind,
          title,
          heldOn,
          place: place || null,
          unitIds,
          people: people.map((p) => ({ name: p.name, role: p.role || null, side: p.side })),
          topics: topics || null,
          minutes: minutes || null,
          actions: actions.map((a) => ({
            ...(a.id ? { id: a.id } : {}),
            description: a.description,
            unitId: a.unitId || null,
            dueOn: a.dueOn || null,
            owner: a.owner || null,
          })),
        },
      });
      notifySuccess(activity ? t('activities.form.updated') : t('activities.form.created'));
      onDone(saved);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={keepEnterInMultiSelect} noValidate data-testid="activity-form">
      <Stack>
        {conflict && (
          <Alert color="orange" title={t('activities.form.conflictTitle')} data-testid="activity-conflict">
            {(save.error as ApiError).message}
          </Alert>
        )}
        {activity ? (
          <Text size="sm">
            {t('activities.government')}: <b>{activity.governmentName}</b>
          </Text>
        ) : (
          <Select
            label={t('activities.government')}
            required
            searchable
            data={(governments.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
            value={governmentId || null}
            onChange={(v) => {
              setGovernmentId(v ?? '');
              setUnitIds([]);
            }}
            nothingFoundMessage={t('common.nothingFound')}
            error={errors.governmentId}
            data-testid="activity-form-government"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('activities.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as ActivityKind)}
            data={ACTIVITY_KINDS.map((k) => ({ value: k, label: label(ACTIVITY_KIND_LABELS[k]) }))}
            error={errors.kind}
            data-testid="activity-form-kind"
          />
          <DateField
            label={t('activities.heldOn')}
            required
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            error={errors.heldOn}
            data-testid="activity-form-held"
          />
        </SimpleGrid>
        <TextInput
          label={t('activities.titleField')}
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          data-testid="activity-form-title"
        />
        <TextInput
          label={t('activities.place')}
          maxLength={300}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          error={errors.place}
          data-testid="activity-form-place"
        />
        <MultiSelect
          label={t('activities.units')}
          description={t('activities.form.unitsHint')}
          data={unitData}
          value={unitIds}
          onChange={setUnitIds}
          searchable
          clearable
          disabled={!governmentId}
          nothingFoundMessage={t('common.nothingFound')}
          error={errors.unitIds ?? Object.entries(errors).find(([k]) => k.startsWith('unitIds.'))?.[1]}
          data-testid="activity-form-units"
        />
        <RepeatableRows<PersonRow>
          legend={t('activities.people')}
          rows={people}
          onChange={setPeople}
          blank={blankPerson}
          addLabel={t('activities.form.addPerson')}
          emptyText={t('activities.form.noPeople')}
          max={ACTIVITY_LIMITS.people}
          testId="activity-people"
          renderRow={(p, i, update) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label={t('activities.person.name')}
                required
                maxLength={200}
                value={p.name}
                onChange={(e) => update({ name: e.currentTarget.value })}
                error={errors[`people.${i}.name`]}
                data-testid="person-name"
              />
              <TextInput
                label={t('activities.person.role')}
                maxLength={200}
                value={p.role}
                onChange={(e) => update({ role: e.currentTarget.value })}
                error={errors[`people.${i}.role`]}
                data-testid="person-role"
              />
              <NativeSelect
                label={t('activities.person.side')}
                value={p.side}
                onChange={(e) => update({ side: e.currentTarget.value as PersonSide })}
                data={PERSON_SIDES.map((s) => ({ value: s, label: label(PERSON_SIDE_LABELS[s]) }))}
                error={errors[`people.${i}.side`]}
                data-testid="person-side"
              />
            </SimpleGrid>
          )}
        />
        <Textarea
          label={t('activities.topics')}
          autosize
          minRows={2}
          value={topics}
          onChange={(e) => setTopics(e.currentTarget.value)}
          error={errors.topics}
          data-testid="activity-form-topics"
        />
        <Textarea
          label={t('activities.minutes')}
          description={t('activities.form.minutesHint')}
          autosize
          minRows={4}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          error={errors.minutes}
          data-testid="activity-form-minutes"
        />
        <RepeatableRows<ActionRow>
          legend={t('activities.actions')}
          rows={actions}
          onChange={setActions}
          blank={blankAction}
          addLabel={t('activities.form.addAction')}
          emptyText={t('activities.form.noActions')}
          max={ACTIVITY_LIMITS.actions}
          testId="activity-actions"
          renderRow={(a, i, update) => (
            <Stack gap="xs">
              <Textarea
                label={t('activities.action.description')}
                required
                autosize
                minRows={1}
                value={a.description}
                onChange={(e) => update({ description: e.currentTarget.value })}
                error={errors[`actions.${i}.description`] ?? errors[`actions.${i}.id`]}
                data-testid="action-description"
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <NativeSelect
                  label={t('activities.action.unit')}
                  value={a.unitId ?? ''}
                  onChange={(e) => update({ unitId: e.currentTarget.value || null })}
                  data={[{ value: '', label: t('activities.action.wholeGovernment') }, ...unitData]}
                  error={errors[`actions.${i}.unitId`]}
                  data-testid="action-unit"
                />
                <DateField
                  label={t('activities.action.dueOn')}
                  value={a.dueOn}
                  onChange={(e) => update({ dueOn: e.currentTarget.value })}
                  error={errors[`actions.${i}.dueOn`]}
                  data-testid="action-due"
                />
                <TextInput
                  label={t('activities.action.owner')}
                  maxLength={200}
                  value={a.owner}
                  onChange={(e) => update({ owner: e.currentTarget.value })}
                  error={errors[`actions.${i}.owner`]}
                  data-testid="action-owner"
                />
              </SimpleGrid>
            </Stack>
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!governmentId}
            data-testid="activity-form-submit"
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
