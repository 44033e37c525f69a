import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Empty } from '../../components/ui/empty';
import { PageHeader } from '../../components/ui/page-header';
import { GovernmentStandards } from '../../features/standards/components/government-standards';
import { useAuth } from '../../lib/auth';

/**
 * Service standards of one government (issue 15 §4): the coordinator's to-do at /standards (their
 * own government), the office's view at /governments/:id/standards (reached from the government page).
 */
export default function StandardsPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const governmentId = id ?? user?.governmentId ?? null;
  return (
    <>
      <PageHeader
        title={t('standards.title')}
        subtitle={
          id ? (
            <Anchor component={Link} to={`/governments/${id}`} size="sm">
              {t('standards.todo.backToGovernment')}
            </Anchor>
          ) : (
            t('standards.todo.subtitle')
          )
        }
      />
      {governmentId ? (
        <GovernmentStandards governmentId={governmentId} />
      ) : (
        <Empty
          title={t('standards.todo.pickGovernment')}
          action={
            <Text size="sm">
              <Anchor component={Link} to="/governments">
                {t('nav.governments')}
              </Anchor>
            </Text>
          }
        />
      )}
    </>
  );
}
