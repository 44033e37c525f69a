import { Anchor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Receipt } from '../../../shared/contracts/complaints';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { ReportForm } from '../../features/complaints/components/report-form';
import { ReportReceipt } from '../../features/complaints/components/report-receipt';
import { originalKindOf } from '../../features/complaints/lib/report-draft';
import type { AttachmentKind } from '../../features/complaints/api/types';
import { useAuth } from '../../lib/auth';

/** Record a report received at the desk, by phone, letter, e-mail, WhatsApp or in the field. */
export default function ComplaintNewPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [done, setDone] = useState<{ receipt: Receipt; kind: AttachmentKind } | null>(null);
  if (!can('complaint.handle')) return <NotFound />;
  return (
    <>
      <Anchor component={Link} to="/pengaduan" size="sm">
        ← {t('complaints.title')}
      </Anchor>
      <PageHeader title={t('complaints.new.title')} subtitle={t('complaints.new.subtitle')} />
      {done ? (
        <ReportReceipt receipt={done.receipt} originalKind={done.kind} />
      ) : (
        <ReportForm onRecorded={(receipt, d) => setDone({ receipt, kind: originalKindOf(d.channel) })} />
      )}
    </>
  );
}
