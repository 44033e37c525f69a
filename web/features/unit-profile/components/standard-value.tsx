import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StandardContentSchema, REQUIREMENT_FORM_LABELS } from '../../../../shared/contracts/standards';
import {
  CHANNEL_KIND_LABELS,
  DURATION_UNIT_LABELS,
  type StandardComponentKey,
} from '../../../../shared/standards/components';
import {
  SPECIAL_SERVICE_GROUP_LABELS,
  SpecialServiceSchema,
} from '../../../../shared/contracts/unit-profile';
import { useFormat } from '../../../lib/format';

/** One component of a set standard, read-only and compact (the shapes of shared/contracts/standards.ts). */
export function StandardValue({ component, value }: { component: string; value: unknown }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormat();
  const schema = StandardContentSchema.shape[component as StandardComponentKey];
  const parsed = schema?.safeParse(value);
  const empty = (
    <Text size="xs" c="dimmed">
      {t('unitProfile.context.empty')}
    </Text>
  );
  if (value === null || value === undefined || !parsed?.success || parsed.data == null) return empty;
  const v = parsed.data;
  switch (component) {
    case 'persyaratan': {
      const items = StandardContentSchema.shape.persyaratan.parse(v) ?? [];
      if (!items.length) return empty;
      return (
        <List size="xs" spacing={0}>
          {items.map((r, i) => (
            <List.Item key={i}>
              {r.document} — {REQUIREMENT_FORM_LABELS[r.form][lang]}
              {r.count ? ` (${r.count})` : ''}
            </List.Item>
          ))}
        </List>
      );
    }
    case 'prosedur': {
      const steps = StandardContentSchema.shape.prosedur.parse(v) ?? [];
      if (!steps.length) return empty;
      return (
        <List type="ordered" size="xs" spacing={0}>
          {steps.map((s, i) => (
            <List.Item key={i}>
              {s.title}
              {s.actor ? ` (${s.actor})` : ''}
            </List.Item>
          ))}
        </List>
      );
    }
    case 'jangka_waktu': {
      const d = StandardContentSchema.shape.jangka_waktu.parse(v);
      if (!d) return empty;
      return <Text size="xs">{`${format.number(d.value)} ${DURATION_UNIT_LABELS[d.unit][lang]}`}</Text>;
    }
    case 'biaya': {
      const f = StandardContentSchema.shape.biaya.parse(v);
      if (!f) return empty;
      return (
        <>
          {f.free ? (
            <Text size="xs">{t('unitProfile.context.free')}</Text>
          ) : (
            <List size="xs" spacing={0}>
              {f.items.map((it, i) => (
                <List.Item key={i}>{`${it.name}: ${format.rupiah(it.amount)}`}</List.Item>
              ))}
            </List>
          )}
          {f.legalBasis && (
            <Text size="xs" c="dimmed">
              {f.legalBasis}
            </Text>
          )}
        </>
      );
    }
    case 'produk': {
      const p = StandardContentSchema.shape.produk.parse(v) ?? [];
      if (!p.length) return empty;
      return (
        <List size="xs" spacing={0}>
          {p.map((x, i) => (
            <List.Item key={i}>{x}</List.Item>
          ))}
        </List>
      );
    }
    case 'pengaduan': {
      const c = StandardContentSchema.shape.pengaduan.parse(v) ?? [];
      if (!c.length) return empty;
      return (
        <List size="xs" spacing={0}>
          {c.map((x, i) => (
            <List.Item key={i}>
              {CHANNEL_KIND_LABELS[x.kind][lang]}
              {x.detail ? `: ${x.detail}` : ''}
            </List.Item>
          ))}
        </List>
      );
    }
    default:
      return typeof v === 'string' && v.trim() ? (
        <Text size="xs" style={{ whiteSpace: 'pre-line' }} lineClamp={8}>
          {v}
        </Text>
      ) : (
        empty
      );
  }
}

/** A service-profile field as context: text, visi + misi, or the list of pelayanan khusus. */
export function ProfileValue({ field, value }: { field: string; value: unknown }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  if (value === null || value === undefined || value === '')
    return (
      <Text size="xs" c="dimmed">
        {t('unitProfile.context.empty')}
      </Text>
    );
  if (field === 'specialServices' && Array.isArray(value))
    return (
      <List size="xs" spacing={0}>
        {value
          .map((s) => SpecialServiceSchema.safeParse(s))
          .filter((r) => r.success)
          .map((r, i) => (
            <List.Item
              key={i}
            >{`${SPECIAL_SERVICE_GROUP_LABELS[r.data.group][lang]}: ${r.data.description}`}</List.Item>
          ))}
      </List>
    );
  if (field === 'visionMission' && typeof value === 'object') {
    const vm = value as { vision: string | null; mission: string | null };
    return (
      <>
        {vm.vision && <Text size="xs">{`${t('unitProfile.context.vision')}: ${vm.vision}`}</Text>}
        {vm.mission && (
          <Text
            size="xs"
            style={{ whiteSpace: 'pre-line' }}
          >{`${t('unitProfile.context.mission')}: ${vm.mission}`}</Text>
        )}
      </>
    );
  }
  return (
    <Text size="xs" style={{ whiteSpace: 'pre-line' }} lineClamp={8}>
      {String(value)}
    </Text>
  );
}
