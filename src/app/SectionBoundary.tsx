import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useText } from '../i18n';

interface Props {
  title: string;
  /** The run the figures show: when another arrives, a failed figure tries again. */
  runId: number | undefined;
  children: ReactNode;
}

interface State {
  error: Error | null;
  runId: number | undefined;
}

/** One figure that fails to draw says so in its own place; the rest of the page keeps working. */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { error: null, runId: this.props.runId };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.runId === state.runId ? null : { error: null, runId: props.runId };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The figure "${this.props.title}" failed to draw:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <FigureFailed reason={error.message} />;
  }
}

/** The failed figure's place, saying so in the page's language. */
function FigureFailed({ reason }: { reason: string }) {
  const text = useText().app;
  return (
    <p className="notice error" role="alert" data-testid="figure-error">
      {text.figureFailed(reason)}
    </p>
  );
}
