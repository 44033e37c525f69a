import {
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Paper,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditChange,
  type AuditEntryDto,
} from '../../../../shared/contracts/audit';
import { useFormat, type TimeZoneCode } from '../../../lib/format';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import {
  auditExportUrl,
  useAuditActors,
  useAuditLog,
  useGovernmentOptions,
  type AuditFilter,
} from '../api/audit-api';

const ACTION_COLOR: Record<string, string> = {
  create: 'teal.9',
  update: 'blue.9',
  archive: 'red.9',
  restore: 'green.9',
  import: 'violet.9',
  upload: 'cyan.9',
};

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as the reader knows it: timestamps in their language, roles by name, yes/no in words. */
function useValueText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (field: string, v: string) => {
    if (ISO_DATETIME.test(v) && !Number.isNaN(Date.parse(v))) return format.dateTime(v);
    if (field === 'role') return t(`role.${v}`, { defaultValue: v });
    if (v === 'true') return t('common.yes');
    if (v === 'false') return t('common.no');
    return v;
  };
}

/** One changed field: "Jabatan: Kepala Subbagian → Sekretaris", in the reader's words. */
function ChangeLine({ change }: { change: AuditChange }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const field = t(`audit.fields.${change.field}`, { defaultValue: change.field });
  const none = t('audit.none');
  return (
    <List.Item>
      <Text span size="sm" fw={600}>
        {field}:
      </Text>{' '}
      {change.before !== null && (
        <>
          <Text span size="sm" td="line-through" c="gray.8">
            {valueText(change.field, change.before)}
          </Text>{' '}
          →{' '}
        </>
      )}
      <Text span size="sm">
        {change.after === null ? none : valueText(change.field, change.after)}
      </Text>
      {change.masked && (
        <Text span size="xs" c="gray.7">
          {' '}
          ({t('audit.masked')})
        </Text>
      )}
    </List.Item>
  );
}

function Changes({ entry }: { entry: AuditEntryDto }) {
  const { t } = useTranslation();
  if (entry.changes.length === 0) return null;
  const shown = entry.changes.slice(0, 8);
  return (
    <List size="sm" spacing={2} mt={4} style={{ wordBreak: 'break-word' }}>
      {shown.map((c) => (
        <ChangeLine key={c.field} change={c} />
      ))}
      {entry.changes.length > shown.length && (
        <List.Item>{t('audit.moreFields', { count: entry.changes.length - shown.length })}</List.Item>
      )}
    </List>
  );
}

/**
 * Who did what to which named record, newest first, with the changed fields before → after in
 * words. Filters: person, kind of record, action, days (and government for admins); the same
 * filter exports as CSV. With `governmentId` fixed (government tab) there is no government filter.
 */
export function AuditLog({
  governmentId,
  showFilter,
  timeZone,
}: {
  governmentId?: string;
  showFilter: boolean;
  /** The government's zone when the log is one government's; else the browser's. */
  timeZone?: TimeZoneCode;
}) {
  const { t } = useTranslation();
  const [government, setGovernment] = useState('');
  const [actorId, setActorId] = useState('');
  const [entityType, setEntityType] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const effectiveGov = governmentId ?? (government || undefined);
  const filter: AuditFilter = {
    governmentId: effectiveGov,
    actorId: actorId || undefined,
    entityType: (entityType || undefined) as AuditFilter['entityType'],
    action: (action || undefined) as AuditFilter['action'],
    from: from || undefined,
    to: to || undefined,
  };
  const log = useAuditLog(filter);
  const actors = useAuditActors(effectiveGov);
  const options = useGovernmentOptions(showFilter && !governmentId);
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  const format = useFormat(timeZone);
  const when = (at: string) => format.dateTime(at);
  const entityName = (type: string) => t(`audit.entities.${type}`, { defaultValue: type });

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {showFilter && !governmentId && (
          <NativeSelect
            label={t('audit.filterGovernment')}
            value={government}
            onChange={(e) => setGovernment(e.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...(options.data?.items ?? []).map((g) => ({ value: g.id, label: g.name })),
            ]}
            data-testid="audit-filter-government"
          />
        )}
        <NativeSelect
          label={t('audit.filterPerson')}
          value={actorId}
          onChange={(e) => setActorId(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...(actors.data?.items ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
          data-testid="audit-filter-person"
        />
        <NativeSelect
          label={t('audit.filterKind')}
          value={entityType}
          onChange={(e) => setEntityType(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...AUDIT_ENTITY_TYPES.filter((k) => k !== 'demo').map((k) => ({
              value: k,
              label: entityName(k),
            })),
          ]}
          data-testid="audit-filter-kind"
        />
        <NativeSelect
          label={t('audit.filterAction')}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) })),
          ]}
          data-testid="audit-filter-action"
        />
        <TextInput
          type="date"
          label={t('audit.from')}
          value={from}
          max={to || undefined}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('audit.to')}
          value={to}
          min={from || undefined}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </SimpleGrid>
      <Group justify="flex-end">
        <Button component="a" href={auditExportUrl(filter)} variant="light" data-testid="audit-export">
          {t('audit.export')}
        </Button>
      </Group>
      <QueryState isPending={log.isPending} error={log.error} onRetry={() => void log.refetch()}>
        {items.length === 0 ? (
          <Empty title={t('audit.empty')} hint={t('audit.emptyHint')} />
        ) : (
          <Stack gap="xs" data-testid="audit-table">
            {items.map((e) => (
              <Paper key={e.id} withBorder p="sm" radius="sm" data-testid="audit-entry">
                <Group gap={6} wrap="wrap" align="baseline">
                  <Text size="sm" fw={600}>
                    {e.actorName ?? t('audit.system')}
                  </Text>
                  <Badge variant="outline" color={ACTION_COLOR[e.action] ?? 'gray'} size="sm">
                    {t(`audit.actions.${e.action}`, { defaultValue: e.action })}
                  </Badge>
                  <Text size="sm">
                    {entityName(e.entityType)}
                    {e.entityLabel ? (
                      <Text span size="sm" fw={500}>
                        {' '}
                        «{e.entityLabel}»
                      </Text>
                    ) : null}
                  </Text>
                  <Text size="xs" c="gray.7" ml="auto" style={{ whiteSpace: 'nowrap' }}>
                    {when(e.at)}
                  </Text>
                </Group>
                <Changes entry={e} />
              </Paper>
            ))}
          </Stack>
        )}
        <LoadMore
          hasMore={Boolean(log.hasNextPage)}
          loading={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        />
      </QueryState>
    </Stack>
  );
}
