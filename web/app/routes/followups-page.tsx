import { Backlog } from '../../features/followups/components/backlog';

/** Tindak lanjut (issue 17): the one follow-up backlog, for every role (reach decides what each sees). */
export default function FollowupsPage() {
  return <Backlog />;
}
