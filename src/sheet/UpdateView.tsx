import './UpdateView.css';
import { type DragEvent, useEffect, useState } from 'react';
import { download } from '../download';
import { useT } from '../i18n/context';
import { type Change, formatChange } from './diff.ts';
import { applyEdits } from './files.ts';
import { formatProblem, type Problem } from './importPlan.ts';
import type { LocalEdits } from './localEdits.ts';
import { publishedFiles } from './published.ts';
import { importWorkbook, sizeProblem } from './workbook.ts';

// "更新数据 · Update data": a plan workbook read and checked in the page with the same code and rules
// as npm run sheet:import, its changes previewed on the map and in the list, then kept on this device
// or downloaded as GeoJSON. Loaded on demand with the workbook library and the validator: never part
// of the first load. Problems and changes are shown as text, never as markup.

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'problems'; file: string; problems: Problem[] }
  | { kind: 'ready'; file: string; changes: Change[]; items: LocalEdits['items'] };

interface Props {
  /** The edits kept on this device, if any. */
  kept: LocalEdits | null;
  /** Shows a checked workbook's edits on the map and in the list (null: the published data or the kept edits). */
  onPreview: (items: LocalEdits['items'] | null) => void;
  onKeep: (edits: LocalEdits) => void;
  onSelect: (id: string) => void;
  onClose: () => void;
}

export default function UpdateView({ kept, onPreview, onKeep, onSelect, onClose }: Props) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [keptNow, setKeptNow] = useState(false);

  // Closing the view ends the preview; kept edits stay.
  useEffect(() => () => onPreview(null), [onPreview]);

  async function read(file: File) {
    setKeptNow(false);
    onPreview(null);
    setPhase({ kind: 'reading', file: file.name });
    // A file far larger than an export is refused before it is read.
    const tooLarge = sizeProblem(file.size, file.name);
    if (tooLarge) {
      setPhase({ kind: 'problems', file: file.name, problems: [tooLarge] });
      return;
    }
    const [{ files, review }, data] = await Promise.all([publishedFiles(), file.arrayBuffer()]);
    const result = await importWorkbook(new Uint8Array(data), file.name, files, review);
    if (result.problems.length > 0) {
      setPhase({ kind: 'problems', file: file.name, problems: result.problems });
      return;
    }
    const items = Object.fromEntries(result.edited);
    setPhase({ kind: 'ready', file: file.name, changes: result.changes, items });
    onPreview(items);
  }

  async function downloadGeoJson(items: LocalEdits['items']) {
    const { files } = await publishedFiles();
    const next = applyEdits(files, new Map(Object.entries(items)));
    next.forEach((f, i) => {
      if (f.text === files[i]?.text) return;
      download(new Blob([f.text], { type: 'application/geo+json' }), f.file.split('/').pop() ?? 'items.geojson');
    });
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  };
  const downloadable = phase.kind === 'ready' ? phase.items : (kept?.items ?? null);

  return (
    <section className="update" aria-labelledby="update-title" data-testid="update-view">
      <header className="update__head">
        <h2 id="update-title">{t('update.title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('update.close')}
        </button>
      </header>
      <p className="panel-note">{t('update.intro')}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target; the file input inside is the keyboard's way */}
      <div
        className="update__drop"
        data-dragging={dragging || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="button button--primary">
          {t('update.choose')}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="update-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void read(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <span>{t('update.drop')}</span>
      </div>
      {phase.kind === 'reading' ? <p role="status">{t('update.reading')}</p> : null}
      {phase.kind === 'problems' ? (
        <div role="alert" data-testid="update-problems">
          <p>{t('update.problems').replace('{n}', String(phase.problems.length))}</p>
          <ul className="update__list">
            {phase.problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity of their own; the list is replaced whole
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {phase.kind === 'ready' ? (
        <div data-testid="update-changes">
          <p role="status">
            {phase.changes.length === 0
              ? t('update.noChanges')
              : t('update.changes').replace('{n}', String(phase.changes.length))}
          </p>
          <ul className="update__list">
            {phase.changes.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one item may change several times in one field list
              <li key={i}>
                <button type="button" className="link-button" onClick={() => onSelect(c.id)}>
                  {formatChange(c)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {phase.kind === 'ready' && phase.changes.length > 0 ? (
        <div className="update__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={keptNow}
            onClick={() => {
              onKeep({ file: phase.file, saved: new Date().toISOString(), items: phase.items });
              setKeptNow(true);
            }}
          >
            {keptNow ? t('update.kept') : t('update.keep')}
          </button>
          <p className="panel-note">{t('update.keepHint')}</p>
        </div>
      ) : null}
      {downloadable && Object.keys(downloadable).length > 0 ? (
        <div className="update__actions">
          <button type="button" className="button" onClick={() => void downloadGeoJson(downloadable)}>
            {t('update.download')}
          </button>
          <p className="panel-note">{t('update.downloadHint')}</p>
        </div>
      ) : null}
    </section>
  );
}
