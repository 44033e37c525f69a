import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { applyLanguage, type Language } from '../../i18n';
import { useAuth } from '../../lib/auth';
import { notifyError } from '../../lib/notify';

/** Toggles ID ⇄ EN at once; for a signed-in user the choice is saved on the account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { user, saveLocale } = useAuth();
  const current: Language = i18n.language === 'en' ? 'en' : 'id';
  const next: Language = current === 'id' ? 'en' : 'id';

  async function toggle() {
    applyLanguage(next);
    if (!user) return;
    try {
      await saveLocale(next);
    } catch (err) {
      notifyError(err, t('lang.saveFailed'));
    }
  }

  const visible = current === 'id' ? 'ID · en' : 'EN · id';
  return (
    <Button
      variant="default"
      size="xs"
      onClick={() => void toggle()}
      // The accessible name starts with what the button shows (WCAG 2.5.3, label in name).
      aria-label={`${visible} — ${t('lang.switchTo')}`}
      title={t('lang.switchTo')}
      data-testid="lang-switch"
      data-lang={current}
    >
      {visible}
    </Button>
  );
}
