import { useEffect, useState } from 'react';
import { Header } from './Header';
import { type Lang, LangContext, translate } from './i18n';
import { MapErrorBoundary } from './map/MapErrorBoundary';
import { MapView } from './map/MapView';

export function App() {
  const [lang, setLang] = useState<Lang>('zh');
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(lang, 'app.title')} · ${translate(lang, 'app.subtitle')}`;
  }, [lang]);
  return (
    <LangContext.Provider value={lang}>
      <div className="app">
        <Header lang={lang} onLangChange={setLang} />
        <MapErrorBoundary>
          <MapView lang={lang} />
        </MapErrorBoundary>
      </div>
    </LangContext.Provider>
  );
}
