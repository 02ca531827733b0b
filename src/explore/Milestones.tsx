import type { ShippedMilestone as Milestone, MilestoneStage } from '../catalog/types';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/context';

const STAGE_KEYS: Record<Exclude<MilestoneStage, 'phase'>, MessageKey> = {
  approval: 'timeline.stage.approval',
  works_start: 'timeline.stage.works_start',
  opening: 'timeline.stage.opening',
};

/**
 * An item's milestones, promised against actual: each stage with its planned date and what happened
 * (the actual date, its source as a tooltip). Unknown stays a dash. Text only.
 */
export function Milestones({ milestones, zh }: { milestones: readonly Milestone[]; zh: boolean }) {
  const t = useT();
  if (milestones.length === 0) return null;
  const name = (m: Milestone) =>
    m.stage === 'phase' ? ((zh ? m.name_zh : m.name_en) ?? t('timeline.stage.phase')) : t(STAGE_KEYS[m.stage]);
  return (
    <ul className="card__milestones" data-testid="milestones">
      {milestones.map((m, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: milestones have no id, and their order is fixed
        <li key={k} data-stage={m.stage}>
          <span className="card__milestone-name">{name(m)}</span> {t('timeline.planned')} {m.planned ?? '—'} ·{' '}
          {t('timeline.actual')} <span title={m.source ?? undefined}>{m.actual ?? '—'}</span>
        </li>
      ))}
    </ul>
  );
}
