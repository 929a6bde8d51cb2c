/**
 * The workbook as the pane knows it: read once on opening (and on 重新识别), recognised, and updated from what
 * each action read — actions never re-read afterwards, so each stays within its sync budget. On the web page it
 * is read again after the accountant types in the grid.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkbookGrid } from '../engine/grid/cell';
import { recognise, Recognition } from '../engine/recognise/recognise';
import type { PaneHost } from './host';

export type WorkbookState =
  | { readonly status: 'reading' }
  | { readonly status: 'ready'; readonly grid: WorkbookGrid; readonly recognition: Recognition }
  | { readonly status: 'failed'; readonly message: string };

export function useWorkbook(host: PaneHost) {
  // A grid the host holds already is the first render's (the web page): no 正在读取, no read after it.
  const [grid, setGrid] = useState<WorkbookGrid | undefined>(() => host.held?.());
  const [error, setError] = useState<string | undefined>();
  const [reading, setReading] = useState(grid === undefined);
  const refresh = useCallback(async () => {
    const held = host.held?.();
    if (held !== undefined) {
      setGrid(held);
      setError(undefined);
      setReading(false);
      return;
    }
    setReading(true);
    setError(undefined);
    try {
      setGrid(await host.read());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setReading(false);
    }
  }, [host]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  // Typing in the web page's grid: read again without the spinner, so the open view keeps its state and follows.
  useEffect(() => {
    if (!host.onEdited) return undefined;
    return host.onEdited(() => {
      host.read().then(setGrid, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    });
  }, [host]);
  const state: WorkbookState = useMemo(() => {
    if (reading) return { status: 'reading' };
    if (error !== undefined || !grid) return { status: 'failed', message: error ?? '无法读取工作簿。' };
    return { status: 'ready', grid, recognition: recognise(grid) };
  }, [reading, error, grid]);
  return { state, refresh, setGrid };
}
