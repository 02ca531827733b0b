import './Console.css';
import { type ReactNode, useContext, useEffect, useState } from 'react';
import type { Catalog } from '../catalog/types';
import { LangContext, useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { slideSubtitle } from './slideTitle';
import type { Deck, Slide } from './types';

// The presenter console: the laptop's screen while the projector shows the audience screen. The live
// map of the current slide sits top left (App.css places the map there); around it the next slide, the
// speaker notes, the elapsed time and the clock, the slide list and the tools.

const two = (n: number) => String(n).padStart(2, '0');
const hms = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
};

function Timer() {
  const t = useT();
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const clock = new Date(now);
  return (
    <div className="console__timer">
      <p>
        <span className="console__label">{t('console.elapsed')}</span>{' '}
        <strong data-testid="elapsed">{hms(now - start)}</strong>{' '}
        <button
          type="button"
          className="console__small"
          onClick={() => {
            setStart(Date.now());
            setNow(Date.now());
          }}
        >
          {t('console.restart')}
        </button>
      </p>
      <p>
        <span className="console__label">{t('console.clock')}</span>{' '}
        <strong>{`${two(clock.getHours())}:${two(clock.getMinutes())}:${two(clock.getSeconds())}`}</strong>
      </p>
    </div>
  );
}

function Preview({ slide, deck, catalog }: { slide: Slide | undefined; deck: Deck; catalog: Catalog }) {
  const t = useT();
  const lang = useContext(LangContext);
  return (
    <section className="console__next" data-testid="console-next">
      <h2 className="console__label">{t('console.next')}</h2>
      {slide ? (
        <p className="console__next-title">
          <span className="console__kind">
            {slide.zone ? labelOf('zone', slide.zone, lang) : lang === 'zh' ? deck.title_zh : deck.title_en}
          </span>
          {slideSubtitle(slide, deck, catalog, lang)}
        </p>
      ) : (
        <p className="console__next-title muted">{t('console.end')}</p>
      )}
    </section>
  );
}

export function Console({
  deck,
  catalog,
  index,
  linked,
  pointerOn,
  onGoto,
  onPointer,
  progress,
  tools,
}: {
  deck: Deck;
  catalog: Catalog;
  index: number;
  linked: boolean;
  pointerOn: boolean;
  onGoto: (index: number) => void;
  onPointer: () => void;
  progress: ReactNode;
  tools: ReactNode;
}) {
  const t = useT();
  const lang = useContext(LangContext);
  const current = deck.slides[index];
  const notes = current ? current.notes[lang] : '';
  return (
    <div className="console" data-testid="console" data-linked={linked}>
      <header className="console__head">
        <h1>{t('console.title')}</h1>
        {progress}
        <span className="console__linked" hidden={!linked}>
          {t('console.linked')}
        </span>
      </header>
      <div className="console__side">
        <Timer />
        <Preview slide={deck.slides[index + 1]} deck={deck} catalog={catalog} />
        <section className="console__tools" aria-label={t('console.tools')}>
          <button type="button" className="presenter__button" aria-pressed={pointerOn} onClick={onPointer}>
            {t('console.pointer')}
          </button>
          {pointerOn ? <p className="console__hint">{t('console.pointerHint')}</p> : null}
          {tools}
        </section>
      </div>
      <section className="console__notes" aria-label={t('console.notes')}>
        <h2 className="console__label">
          {t('console.current')} · {current ? slideSubtitle(current, deck, catalog, lang) : ''}
        </h2>
        <div className="console__notes-text" data-testid="notes">
          {notes || <span className="muted">{t('console.noNotes')}</span>}
        </div>
      </section>
      <nav className="console__slides" aria-label={t('console.slides')}>
        <ol>
          {deck.slides.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => onGoto(i)}
                data-slide={i + 1}
              >
                <span className="console__number">{i + 1}</span> {slideSubtitle(s, deck, catalog, lang)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
