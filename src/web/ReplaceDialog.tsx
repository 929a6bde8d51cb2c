/**
 * Asking before a workbook with unsaved work is replaced (WebApp.tsx). A chunk of its own, loaded when it is first
 * needed: the page's first visit does not compile a dialog it does not show.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

export interface ReplaceDialogProps {
  readonly open: boolean;
  /** The workbook open now, with its unsaved work. */
  readonly current: string;
  /** What would replace it. */
  readonly next: string;
  readonly onDownloadFirst: () => void;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/**
 * Stays mounted once shown, opened and closed by `open`: Fluent's dialog hides the rest of the page from assistive
 * technology while it is open and gives it back as it closes, which it cannot do when it is removed instead.
 */
export default function ReplaceDialog({ open, current, next, onDownloadFirst, onReplace, onCancel }: ReplaceDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-label="替换工作簿">
        <DialogBody>
          <DialogTitle>当前工作簿有尚未下载的改动</DialogTitle>
          <DialogContent>
            {`“${current}”在打开之后有改动（在表格或说明数据中填写的内容、助手写入的工作表和标记），还没有下载保存。打开“${next}”会替换它，这些改动将丢失。`}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onDownloadFirst}>
              先下载，再打开
            </Button>
            <Button onClick={onReplace}>不保存，直接打开</Button>
            <Button appearance="subtle" onClick={onCancel}>
              取消
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
