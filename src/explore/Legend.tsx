import './Legend.css';
import { useState } from 'react';
import { CATEGORIES, ZONES } from '../catalog/vocab.ts';
import { type Lang, type MessageKey, useT } from '../i18n';
import { legendStartsOpen } from '../layout';
import { palette } from '../map/palette';
import { CATEGORY_COLOURS, MODE_COLOURS, ZONE_COLOURS } from '../map/themes';

// The legend draws its keys from the same constants as the map style, so the two cannot drift apart.

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

function PointKey({ hollow }: { hollow: boolean }) {
  return (
    <svg width="30" height="14" aria-hidden="true" className="legend__key">
      <circle
        cx="15"
        cy="7"
        r="5"
        fill={hollow ? '#fff' : MODE_COLOURS.rail}
        stroke={hollow ? MODE_COLOURS.rail : '#fff'}
        strokeWidth="2"
      />
    </svg>
  );
}

export function Legend({ lang }: { lang: Lang }) {
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
          <h3>{t('legend.zones')}</h3>
          <ul className="legend__zones">
            {ZONES.filter((z) => z !== '全市').map((z) => (
              <li key={z}>
                <span className="swatch" style={{ background: ZONE_COLOURS[z] }} aria-hidden="true" />
                {lang === 'zh' ? z : t(`zone.${z}` as MessageKey)}
              </li>
            ))}
          </ul>
          <h3>{t('legend.lines')}</h3>
          <ul>
            {(['rail', 'waterway', 'road'] as const).map((m) => (
              <li key={m}>
                <LineKey colour={MODE_COLOURS[m] ?? '#555'} dash="solid" />
                {t(`mode.${m}` as MessageKey)}
              </li>
            ))}
            <li>
              <LineKey colour="#555" dash="solid" />
              {t('legend.operating')}
            </li>
            <li>
              <LineKey colour="#555" dash="dashed" />
              {t('legend.planned')}
            </li>
            <li>
              <LineKey colour="#555" dash="dotted" />
              {t('legend.schematic')}
            </li>
          </ul>
          <h3>{t('categories.title')}</h3>
          <ul className="legend__categories">
            {CATEGORIES.map((c) => (
              <li key={c}>
                <span className="dot" style={{ background: CATEGORY_COLOURS[c] }} aria-hidden="true" />
                {t(`category.${c}` as MessageKey)}
              </li>
            ))}
          </ul>
          <h3>{t('legend.points')}</h3>
          <ul>
            <li>
              <PointKey hollow={false} />
              {t('legend.site')}
            </li>
            <li>
              <PointKey hollow />
              {t('legend.siteApprox')}
            </li>
            <li>
              <svg width="30" height="14" aria-hidden="true" className="legend__key">
                <rect
                  x="3"
                  y="2"
                  width="24"
                  height="10"
                  fill={palette.districtChosen}
                  stroke={palette.districtChosenLine}
                  strokeWidth="2"
                />
              </svg>
              {t('legend.chosen')}
            </li>
          </ul>
        </div>
      ) : null}
    </aside>
  );
}
