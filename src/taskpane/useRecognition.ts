/** Reads the workbook and recognises it; the state behind the 识别 view. */
import { useCallback, useEffect, useState } from 'react';
import { recognise } from '../engine/recognise/recognise';
import { inspectReport, InspectReport } from '../engine/report/inspect';
import type { WorkbookSource } from './source';

export type RecognitionState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly report: InspectReport }
  | { readonly status: 'failed'; readonly message: string };

export function useRecognition(source: WorkbookSource | undefined): { state: RecognitionState; run: () => void } {
  const [state, setState] = useState<RecognitionState>({ status: 'idle' });
  const run = useCallback(() => {
    if (!source) return;
    setState({ status: 'running' });
    source
      .read()
      .then((grid) => setState({ status: 'done', report: inspectReport(recognise(grid)) }))
      .catch((e: unknown) => setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }));
  }, [source]);
  useEffect(run, [run]);
  return { state, run };
}
