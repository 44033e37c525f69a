import { useParams } from 'react-router';
import { NotFound } from '../../components/ui/not-found';
import { QueryState } from '../../components/ui/query-state';
import { useComplaint } from '../../features/complaints/api/complaints-api';
import { CaseDetail } from '../../features/complaints/components/case-detail';
import { CaseLettersPanel } from '../../features/complaint-letters/components/case-letters-panel';
import { CaseFollowupsPanel } from '../../features/followups/components/case-followups-panel';
import { useAuth } from '../../lib/auth';

/** One case of the office (404 for a case out of reach, like a missing one). */
export default function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const complaint = useComplaint(id);
  if (!can('complaint.read')) return <NotFound />;
  return (
    <QueryState
      isPending={complaint.isPending}
      error={complaint.error}
      onRetry={() => void complaint.refetch()}
    >
      {complaint.data && (
        <CaseDetail
          detail={complaint.data}
          lettersPanel={<CaseLettersPanel complaintId={complaint.data.id} />}
          followupsPanel={<CaseFollowupsPanel complaintId={complaint.data.id} />}
        />
      )}
    </QueryState>
  );
}
