/**
 * Which preset the accountant chose (生成说明's list, a loaded preset file, settings changed), held by the pane
 * rather than by one view: 说明数据 judges what is still missing for it, 生成说明 writes with it, and switching tabs
 * keeps it. Only the choice lives here, in the pane's first chunk; the presets themselves (their templates are
 * most of their size) are resolved by the views that need them (presetChoice.ts), which load when first opened.
 */
import { useCallback, useState } from 'react';
import type { Preset, PresetSettings } from '../engine/narrative/preset';

/** A loaded preset is listed under its file's name, so that it never hides a shipped one of the same id. */
export interface LoadedPreset {
  readonly key: string;
  readonly file: string;
  readonly preset: Preset;
}

export interface PresetSelection {
  readonly id: string;
  /** Settings the accountant changed for the chosen preset; undefined: the preset's own. */
  readonly settings: PresetSettings | undefined;
  readonly loaded: readonly LoadedPreset[];
  choose(id: string): void;
  load(file: string, preset: Preset): void;
  setSettings(settings: PresetSettings): void;
}

export const DEFAULT_PRESET = 'xinjiang';

export function usePresetSelection(): PresetSelection {
  const [id, setId] = useState(DEFAULT_PRESET);
  const [loaded, setLoaded] = useState<readonly LoadedPreset[]>([]);
  const [settings, setSettings] = useState<PresetSettings | undefined>(undefined);
  const choose = useCallback((next: string) => {
    setId(next);
    setSettings(undefined);
  }, []);
  const load = useCallback((file: string, p: Preset) => {
    const key = `file:${file}`;
    setLoaded((list) => [...list.filter((l) => l.key !== key), { key, file, preset: p }]);
    setId(key);
    setSettings(undefined);
  }, []);
  return { id, settings, loaded, choose, load, setSettings };
}
