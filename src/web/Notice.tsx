/**
 * A message above the sheets (WebApp.tsx): a file that could not be opened, editing that could not load, a file
 * converted on opening. A chunk of its own, loaded when there is something to say.
 */
import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';

export interface NoticeProps {
  readonly intent: 'error' | 'warning' | 'info';
  readonly testId: string;
  readonly children: ReactNode;
  /** Shown as a 关闭 button when given. */
  readonly onClose?: () => void;
  /**
   * Laid out as lines of text with 关闭 under them: for a message of several lines (a list), which laid out on one
   * line's height touched the bar's edges at desktop width.
   */
  readonly multiline?: boolean;
}

export default function Notice({ intent, testId, children, onClose, multiline }: NoticeProps) {
  return (
    <MessageBar intent={intent} data-testid={testId} {...(multiline ? { layout: 'multiline' as const } : {})}>
      <MessageBarBody>{children}</MessageBarBody>
      {onClose && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onClose}>
            关闭
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
