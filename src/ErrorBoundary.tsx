import { Component, type ReactNode } from 'react';
import { type MessageKey, useT } from './i18n';

interface Props {
  /** The locale key of the part's name, shown in the message ("The map: something went wrong…"). */
  part: MessageKey;
  /** Class of the box that takes the part's place, so the message sits where the part was. */
  className?: string;
  /** More ways out than "try again" (the presenter offers to leave meeting mode). */
  extra?: ReactNode;
  children: ReactNode;
}

/**
 * One part of the page that throws while rendering shows a message in its own place, naming the part,
 * with a button that tries again; the other parts keep working.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className={this.props.className} data-failed={this.props.part}>
        <Failure part={this.props.part} detail={error.message} onRetry={() => this.setState({ error: null })}>
          {this.props.extra}
        </Failure>
      </div>
    );
  }
}

function Failure({
  part,
  detail,
  onRetry,
  children,
}: {
  part: MessageKey;
  detail: string;
  onRetry: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="failure" role="alert">
      <strong>{t('error.failed').replace('{part}', t(part))}</strong>
      {detail ? <code>{detail}</code> : null}
      <p>
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
        {children}
      </p>
    </div>
  );
}
