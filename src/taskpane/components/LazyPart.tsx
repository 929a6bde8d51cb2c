/**
 * The parts of the pane that load when first shown (the views after 识别, the missing-tables list): a chunk that
 * cannot be fetched (the network down, the add-in's server unreachable since the pane opened) must not blank the
 * pane. `LazyPartBoundary` shows what happened in its place, with 重试, and the rest of the pane — the workbook
 * read, the tabs, the other views — stays as it was.
 *
 * React.lazy keeps a failed import for good, so a retry needs a fresh one: `lazyPart` makes its lazy component
 * anew when the boundary around it starts another attempt after the import failed. A part that loaded is kept.
 */
import { Component, createContext, lazy, Suspense, useContext } from 'react';
import type { ComponentType, CSSProperties, LazyExoticComponent, ReactNode } from 'react';
import { Button, Text, tokens } from '@fluentui/react-components';

/**
 * What the accountant does when 重试 does not help: start the page afresh. In the task pane, reopen it (the workbook
 * is Excel's or WPS's, nothing is lost); the web page provides its own (a reload loses the workbook it holds).
 */
const PANE_RESTART = '重新打开任务窗格';
export const RestartAdvice = createContext(PANE_RESTART);

/** Said in place of a part whose chunk could not be fetched, with how to start afresh. */
export function partUnavailable(restart: string): string {
  return `此部分未能载入（可能是网络中断或服务器无法访问）。请检查网络后点“重试”；仍不行时请${restart}。`;
}

/** Said in place of a part of the task pane whose chunk could not be fetched. */
export const PART_UNAVAILABLE = partUnavailable(PANE_RESTART);

/** An import that failed: told apart from an error of the part itself, which is not a network matter. */
class PartUnavailable extends Error {
  override readonly name = 'PartUnavailable';
}

/** The boundary's current attempt: a new object each time 重试 is clicked (or the boundary is mounted anew). */
const Attempt = createContext<object>({});

/** A lazily imported component that a LazyPartBoundary can import again after a failed attempt. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let attempt: object | undefined;
  let failed = false;
  let Lazy: LazyExoticComponent<ComponentType<P>> | undefined;
  const fresh = () =>
    lazy(() =>
      load().then(
        (part) => ({ default: part }),
        (e: unknown) => {
          failed = true;
          throw new PartUnavailable(e instanceof Error ? e.message : String(e));
        },
      ),
    );
  function LazyPart(props: P) {
    const current = useContext(Attempt);
    // Only a new attempt imports again, never a re-render of the failed one (that would retry without end).
    if (Lazy === undefined || (failed && current !== attempt)) {
      failed = false;
      Lazy = fresh();
    }
    attempt = current;
    return <Lazy {...props} />;
  }
  return LazyPart;
}

// Plain markup rather than Fluent's MessageBar: what is shown when something failed must not itself depend on more
// (MessageBar measures itself with ResizeObserver, and an error in the boundary's own output would come back to it).
const notice: CSSProperties = {
  padding: '8px 12px',
  borderRadius: tokens.borderRadiusMedium,
  border: `1px solid ${tokens.colorStatusDangerBorder1}`,
  background: tokens.colorStatusDangerBackground1,
  color: tokens.colorNeutralForeground1,
};

interface BoundaryState {
  readonly error: Error | undefined;
  readonly attempt: object;
}

interface BoundaryProps {
  readonly children: ReactNode;
  /** Where the message goes in its place's layout (the web page's sheets: a row's remaining width, not its height). */
  readonly noticeStyle?: CSSProperties;
}

export class LazyPartBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: undefined, attempt: {} };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () => this.setState({ error: undefined, attempt: {} });

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (error === undefined) return <Attempt.Provider value={attempt}>{this.props.children}</Attempt.Provider>;
    return <PartNotice error={error} onRetry={this.retry} {...(this.props.noticeStyle ? { style: this.props.noticeStyle } : {})} />;
  }
}

function PartNotice({ error, onRetry, style }: { readonly error: Error; readonly onRetry: () => void; readonly style?: CSSProperties }) {
  const restart = useContext(RestartAdvice);
  // A part that loaded but failed to show is not a network matter: say what it said, and offer the same retry.
  const message = error instanceof PartUnavailable ? partUnavailable(restart) : `此部分显示时出错：${error.message}。可以点“重试”；仍不行时请${restart}。`;
  return (
    <div role="alert" style={style ? { ...notice, ...style } : notice} data-testid="part-unavailable">
      <Text block>{message}</Text>
      <Button size="small" onClick={onRetry} style={{ marginTop: 6 }}>
        重试
      </Button>
    </div>
  );
}

/** A lazy part where it shows: in its boundary, with `fallback` shown while its chunk comes (nothing by default). */
export function LazyPartSlot({ fallback = null, children, noticeStyle }: BoundaryProps & { readonly fallback?: ReactNode }) {
  return (
    <LazyPartBoundary {...(noticeStyle ? { noticeStyle } : {})}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LazyPartBoundary>
  );
}
