import './ErrorBoundary.css';
import { Component, type ContextType, type ReactNode } from 'react';
import { type MessageKey, translate } from './i18n';
import { LangContext } from './i18n/context';

interface Props {
  /** The locale key of the part's name, shown in the message ("The map failed; …"). */
  part: MessageKey;
  /** Class of the box that takes the part's place, so the message sits where the part was. */
  className?: string;
  /** More ways out than "try again" (the presenter offers to leave meeting mode). */
  extra?: ReactNode;
  children: ReactNode;
  /** Told when the part fails (the map's failure lets the panel stop waiting for it). */
  onError?: () => void;
}

/**
 * One part of the page that throws while rendering shows a message in its own place, naming the part,
 * with a button that tries again; the other parts keep working.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  static contextType = LangContext;
  declare context: ContextType<typeof LangContext>;
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch() {
    this.props.onError?.();
  }

  render() {
    const { error } = this.state;
    const { part, className, extra, children } = this.props;
    if (!error) return children;
    const t = (key: MessageKey) => translate(this.context, key);
    return (
      <div className={className} data-failed={part}>
        <div className="failure" role="alert">
          <strong>{t('error.failed').replace('{part}', t(part))}</strong>
          {error.message ? <code>{error.message}</code> : null}
          <p>
            <button type="button" onClick={() => this.setState({ error: null })}>
              {t('error.retry')}
            </button>
            {extra}
          </p>
        </div>
      </div>
    );
  }
}
