import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { ComplaintFilters } from '../../features/complaints/components/complaint-filters';
import { ComplaintList } from '../../features/complaints/components/complaint-list';
import { filtersFromParams, paramsFromFilters } from '../../features/complaints/lib/list-filters';
import { useAuth } from '../../lib/auth';

/** Laporan masyarakat: the office's cases, filtered through the page address. */
export default function ComplaintsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  if (!can('complaint.read')) return <NotFound />;
  const filters = filtersFromParams(params);
  return (
    <>
      <PageHeader
        title={t('complaints.title')}
        subtitle={t('complaints.subtitle')}
        actions={
          can('complaint.handle') && (
            <Button component={Link} to="/pengaduan/baru" data-testid="cx-new">
              {t('complaints.new.button')}
            </Button>
          )
        }
      />
      <Stack>
        <ComplaintFilters
          key={filters.q}
          value={filters}
          onChange={(f) => setParams(paramsFromFilters(f), { replace: true })}
        />
        <ComplaintList filters={filters} />
      </Stack>
    </>
  );
}
