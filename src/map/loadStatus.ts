// What the map's status overlay and the no-WebGL overview show while their files load: plain data,
// kept apart from the components so that MapView, MapStatus and the overview share it without
// importing each other.

/** Where the map is: starting, drawn, or unable to start. */
export type MapPhase = 'loading' | 'ready' | 'error';

/** A file that did not load: what it holds (a source id, "catalog"), the file's name, and why. */
export interface Problem {
  what: string;
  file: string;
  detail: string;
}

/** The file name at the end of a URL: what a reader can quote when reporting the problem. */
export const fileOf = (url: string) => url.split(/[?#]/)[0]?.split('/').pop() || url;

/**
 * A source's load error as a problem to show; null for the engine's other errors. MapLibre passes the
 * failing source's id and its style entry along with the error.
 */
export function sourceProblem(event: {
  error?: Error;
  sourceId?: string;
  source?: { data?: unknown };
}): Problem | null {
  if (!event.sourceId) return null;
  const data = event.source?.data;
  return {
    what: event.sourceId,
    file: typeof data === 'string' ? fileOf(data) : '',
    detail: event.error?.message ?? String(event.error),
  };
}
