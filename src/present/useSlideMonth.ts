import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { TIMELINE_START } from '../catalog/timeline';
import type { TimelinePlay } from './TimelineCaption';
import { type PlayAction, type PlayState, playReducer, STEP_MS, timelineEnd } from './timeline';
import type { Slide } from './types';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface SlideMonthOptions {
  slide: Slide | undefined;
  /** The slide's 0-based index: a timeline shown again plays again. */
  index: number;
  reviewed: string;
  /** The URL's month (view.asof). */
  asof: string | null;
  onAsof: (month: string | null) => void;
}

/**
 * The month the presentation shows, for the URL and the captions: the slide's own asof, a timeline
 * slide's play, else the month the explorer showed when presenting started, which comes back when the
 * presentation ends. A link opened on a slide that sets its own month does not say what the explorer
 * showed: today, then. The map reads the month from the URL's view like any other.
 */
export function useSlideMonth({ slide, index, reviewed, asof, onAsof }: SlideMonthOptions): {
  shownAsof: string | null;
  play: TimelinePlay | null;
  togglePlay: () => void;
} {
  const [explorerAsof] = useState(() => (slide && (slide.asof || slide.kind === 'timeline') ? null : asof));
  const setAsof = useRef(onAsof);
  setAsof.current = onAsof;
  useEffect(() => () => setAsof.current(explorerAsof), [explorerAsof]);

  const timeline = slide?.kind === 'timeline' ? slide : null;
  const span = useMemo(
    () => (timeline ? { end: timelineEnd(timeline, reviewed), step: timeline.step ?? 'month' } : null),
    [timeline, reviewed],
  );
  const [play, setPlay] = useState<(PlayState & { slide: number }) | null>(null);
  // A link to a timeline slide with its month shows that month, paused; only on the slide it opened on.
  const linked = useRef<{ slide: number; month: string | null } | null>({ slide: index, month: asof });
  const playFor = play?.slide === index && span ? play : null;
  const playDispatch = useCallback(
    (action: PlayAction) => setPlay((p) => (p && span ? { ...playReducer(p, action, span), slide: p.slide } : p)),
    [span],
  );
  useEffect(() => {
    // Once another slide is shown, the link's month is spent (kept until then: an effect may run twice).
    if (linked.current?.slide !== index) linked.current = null;
    if (!span) return;
    const link = linked.current;
    const from: PlayState = { month: TIMELINE_START, playing: false };
    const first =
      link?.month && link.month >= TIMELINE_START
        ? playReducer(from, { type: 'resume', month: link.month }, span)
        : playReducer(from, { type: 'start', playing: !reducedMotion() }, span);
    setPlay({ ...first, slide: index });
  }, [span, index]);
  // The clock: one step per STEP_MS while playing (the reducer stops at the end).
  useEffect(() => {
    if (!playFor?.playing || !span) return;
    const timer = window.setTimeout(() => playDispatch({ type: 'tick' }), STEP_MS[span.step]);
    return () => window.clearTimeout(timer);
  }, [playFor, span, playDispatch]);

  const shownAsof = timeline ? (playFor?.month ?? TIMELINE_START) : (slide?.asof ?? explorerAsof);
  useEffect(() => {
    if (shownAsof !== asof) setAsof.current(shownAsof);
  }, [shownAsof, asof]);
  const togglePlay = useCallback(() => playDispatch({ type: 'toggle' }), [playDispatch]);
  return {
    shownAsof,
    // Before the play is set up (the first frame of the slide), the caption shows its start.
    play: span
      ? { state: playFor ?? { month: TIMELINE_START, playing: false }, end: span.end, onToggle: togglePlay }
      : null,
    togglePlay,
  };
}
