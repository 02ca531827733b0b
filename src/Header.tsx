import { type Lang, useT } from './i18n';

export function Header({ lang, onLangChange }: { lang: Lang; onLangChange: (lang: Lang) => void }) {
  const t = useT();
  return (
    <header className="header">
      <div className="header__titles">
        <h1 className="header__title">{t('app.title')}</h1>
        <p className="header__subtitle">{t('app.subtitle')}</p>
        <p className="header__subtitle header__subtitle--secondary" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {t('app.subtitleSecondary')}
        </p>
      </div>
      <button
        type="button"
        className="header__lang"
        aria-label={t('lang.switchLabel')}
        onClick={() => onLangChange(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}
