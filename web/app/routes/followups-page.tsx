import { FollowupExportButton } from '../../features/followup-reports/components/followup-downloads';
import { Backlog } from '../../features/followups/components/backlog';

/**
 * Tindak lanjut (issue 17): the one follow-up backlog, for every role (reach decides what each
 * sees), with the Excel export of the filter in use beside the filters.
 */
export default function FollowupsPage() {
  return <Backlog tools={(filters) => <FollowupExportButton query={filters} />} />;
}
