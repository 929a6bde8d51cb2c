/**
 * The presets that ship with the add-in, by id: plain JSON files a user can copy, edit and load with
 * `--preset path/to/file.json` or in the pane. Each is checked like any loaded file; a shipped preset that fails
 * the check is a bug, and stops here.
 */
import { checkPreset, presetProblemLines } from '../checkPreset';
import type { Preset } from '../preset';
import xinjiangJson from './xinjiang.json';
import shanghaiJson from './shanghai.json';

function shipped(json: unknown, file: string): Preset {
  const result = checkPreset(json);
  if (!result.ok) throw new Error(`${file}：\n${presetProblemLines(result.problems).join('\n')}`);
  return result.preset;
}

export const xinjiang: Preset = shipped(xinjiangJson, 'presets/xinjiang.json');
export const shanghai: Preset = shipped(shanghaiJson, 'presets/shanghai.json');

export const PRESETS: Readonly<Record<string, Preset>> = { xinjiang, shanghai };
