import './SiteChooser.css';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useT } from '../i18n/context';

export interface SiteChoice {
  /** Where the click was, in pixels from the map area's top left corner. */
  x: number;
  y: number;
  /** The items drawn at that spot, top one first. */
  ids: string[];
}

interface Props extends SiteChoice {
  nameOf: (id: string) => string;
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  /** `refocus`: Esc or the close button, so the focus goes back to the map; false when it moved elsewhere. */
  onClose: (refocus: boolean) => void;
}

/** Room the list needs beside the edge of the map area, so that it never opens off screen. */
const WIDTH = 320;
const ROW = 44;

/**
 * Several sites drawn on one spot (e.g. three buildings of one cultural district) cover each other;
 * a click there asks which one is meant. The list opens at the click, takes the keyboard focus
 * (arrows move, Esc closes), lights the item under the pointer or focus on the map as hovering it
 * would, and opens the chosen item's card.
 */
export function SiteChooser({ x, y, ids, nameOf, onHover, onSelect, onClose }: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('li button')?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(box.current?.querySelectorAll<HTMLButtonElement>('li button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') onClose(true);
    else if (e.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
    else if (e.key === 'ArrowUp') buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  // Beside the click, or as near to it as the map area's edges allow.
  const height = (ids.length + 1) * ROW;
  const left = `max(8px, min(${x + 12}px, calc(100% - ${WIDTH + 8}px)))`;
  const top = `max(8px, min(${y + 12}px, calc(100% - ${height + 8}px)))`;
  const title = t('site.title').replace('{n}', String(ids.length));
  return (
    <div
      ref={box}
      className="site-chooser"
      role="dialog"
      aria-label={title}
      style={{ left, top, width: WIDTH }}
      onKeyDown={onKeyDown}
      onMouseLeave={() => onHover(null)}
      // The focus left the list (a click or Tab elsewhere): it closes, and the focus stays where it went.
      onBlur={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) onClose(false);
      }}
      data-testid="site-chooser"
    >
      <p className="site-chooser__title">{title}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <button
              type="button"
              data-item-id={id}
              onMouseEnter={() => onHover(id)}
              onFocus={() => onHover(id)}
              onClick={() => onSelect(id)}
            >
              {nameOf(id)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="site-chooser__close" aria-label={t('site.close')} onClick={() => onClose(true)}>
        ×
      </button>
    </div>
  );
}
