import { Component, type ReactNode } from 'react';
import { MapStatus } from './MapStatus';

/** A map that throws while starting (no WebGL2, a broken style) shows a message instead of a blank page. */
export class MapErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
        <div className="map" data-map-phase="error">
          <MapStatus phase="error" detail={this.state.error.message} />
        </div>
      );
    }
    return this.props.children;
  }
}
