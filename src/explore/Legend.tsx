import './Legend.css';
import { useState } from 'react';
import type { Lang } from '../i18n';
import { useT } from '../i18n/context';
import { legendStartsOpen } from '../layout';
import { LEGEND, type LegendKey, type LegendSection } from '../map/legend';
import { monthText } from './monthText';

// The keys come from the map's one legend definition (src/map/legend.ts), which the saved image's
// legend draws too; here they are drawn as the page draws them.

function LineKey({ colour, dash }: { colour: string; dash: 'solid' | 'dashed' | 'dotted' }) {
  const pattern = { solid: undefined, dashed: '7 4', dotted: '2 4' }[dash];
  return (
    <svg width="30" height="10" aria-hidden="true" className="legend__key">
      <line
        x1="2"
        y1="5"
        x2="28"
        y2="5"
        stroke={colour}
        strokeWidth={dash === 'dotted' ? 2 : 3.5}
        strokeDasharray={pattern}
        strokeLinecap={dash === 'dotted' ? 'round' : 'butt'}
      />
    </svg>
  );
}

function PointKey({ fill, stroke }: { fill: string; stroke: string }) {
  return (
    <svg width="30" height="14" aria-hidden="true" className="legend__key">
      <circle cx="15" cy="7" r="5" fill={fill} stroke={stroke} strokeWidth="2" />
    </svg>
  );
}

function AreaKey({ fill, stroke }: { fill: string; stroke: string }) {
  return (
    <svg width="30" height="14" aria-hidden="true" className="legend__key">
      <rect x="3" y="2" width="24" height="10" fill={fill} stroke={stroke} strokeWidth="2" />
    </svg>
  );
}

/** A key as the page draws it: plain swatches and dots as in the list and card, the rest as small drawings. */
function Key({ entry }: { entry: LegendKey }) {
  const { kind, colour, outline } = entry;
  switch (kind) {
    case 'fill':
      return outline ? (
        <AreaKey fill={colour} stroke={outline} />
      ) : (
        <span className="swatch" style={{ background: colour }} aria-hidden="true" />
      );
    case 'line':
      return <LineKey colour={colour} dash="solid" />;
    case 'dashed':
    case 'dotted':
      return <LineKey colour={colour} dash={kind} />;
    case 'dot':
      return outline ? (
        <PointKey fill={colour} stroke={outline} />
      ) : (
        <span className="dot" style={{ background: colour }} aria-hidden="true" />
      );
    case 'ring':
      return <PointKey fill="#fff" stroke={colour} />;
  }
}

/** The long sections (zones, categories) run in two columns. */
const LIST_CLASS: Partial<Record<LegendSection['id'], string>> = {
  zones: 'legend__zones',
  categories: 'legend__categories',
};

/**
 * The map's legend. `month` is the month the map shows when it is not today: the legend names it, and
 * says that what it shows after the review date is expected.
 */
export function Legend({ month, lang, expected }: { month?: string | null; lang?: Lang; expected?: boolean } = {}) {
  const t = useT();
  const [open, setOpen] = useState(legendStartsOpen);
  return (
    <aside className="legend" aria-labelledby="legend-title" data-open={open}>
      <h2 id="legend-title" className="legend__title">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('legend.title')}
        </button>
      </h2>
      {open ? (
        <div className="legend__body">
          {month && lang ? (
            <p className="legend__month" data-testid="legend-month">
              {t('timeline.statusAt').replace('{month}', monthText(month, lang))}
              {expected ? ` · ${t('progress.expected')}` : ''}
            </p>
          ) : null}
          {LEGEND.map((section) => (
            <LegendList key={section.id} section={section} />
          ))}
        </div>
      ) : null}
    </aside>
  );
}

function LegendList({ section }: { section: LegendSection }) {
  const t = useT();
  return (
    <>
      <h3>{t(section.heading)}</h3>
      <ul className={LIST_CLASS[section.id]}>
        {section.keys.map((entry) => (
          <li key={entry.label}>
            <Key entry={entry} />
            {t(entry.label)}
          </li>
        ))}
      </ul>
    </>
  );
}
