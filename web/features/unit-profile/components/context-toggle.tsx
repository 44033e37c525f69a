import { Button, Popover } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorContext } from '../../../../shared/standards/indicator-context';
import { AssessmentContextPanel } from './assessment-context-panel';

/** A small "Konteks" button that opens the standards context of one verification row (fetched when opened). */
export function ContextToggle(props: {
  cycleId: string;
  unitId: string | null;
  indicator: string;
  productId: string | null;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!indicatorContext(props.indicator) || !props.unitId) return null;
  return (
    <Popover opened={open} onChange={setOpen} width={360} position="bottom-start" shadow="md" withinPortal>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          mt={2}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid={`context-toggle-${props.indicator}`}
        >
          {t('unitProfile.context.show')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={0}>{open && <AssessmentContextPanel {...props} />}</Popover.Dropdown>
    </Popover>
  );
}
