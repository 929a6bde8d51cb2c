/**
 * The preset the accountant chose (生成说明's list, a loaded preset file, its settings), held by the pane rather
 * than by one view: 说明数据 judges what is still missing for this preset, 生成说明 writes with it, 对照 compares
 * with it. Switching tabs keeps it.
 */
import { useCallback, useMemo, useState } from 'react';
import { PRESETS } from '../engine/narrative/presets';
import { Preset, PresetSettings, withSettings } from '../engine/narrative/preset';

/** A loaded preset is listed under its file's name, so that it never hides a shipped one of the same id. */
export interface LoadedPreset {
  readonly key: string;
  readonly file: string;
  readonly preset: Preset;
}

export interface PresetChoice {
  readonly id: string;
  /** The chosen preset with the settings applied. */
  readonly preset: Preset;
  readonly settings: PresetSettings;
  readonly loaded: readonly LoadedPreset[];
  /** Every preset on offer, shipped and loaded, by id. */
  readonly choices: Readonly<Record<string, Preset>>;
  choose(id: string): void;
  load(file: string, preset: Preset): void;
  setSettings(settings: PresetSettings): void;
  /** The name shown for a choice (a loaded one with its file). */
  label(id: string): string;
}

const DEFAULT = 'xinjiang';

export function usePresetChoice(): PresetChoice {
  const [id, setId] = useState(DEFAULT);
  const [loaded, setLoaded] = useState<readonly LoadedPreset[]>([]);
  const [settings, setSettings] = useState<PresetSettings>(PRESETS[DEFAULT]!.settings);
  const choices: Readonly<Record<string, Preset>> = useMemo(() => ({ ...PRESETS, ...Object.fromEntries(loaded.map((l) => [l.key, l.preset])) }), [loaded]);
  const base = choices[id] ?? PRESETS[DEFAULT]!;
  const preset = useMemo(() => withSettings(base, settings), [base, settings]);
  const choose = useCallback(
    (next: string) => {
      setId(next);
      setSettings((choices[next] ?? PRESETS[DEFAULT]!).settings);
    },
    [choices],
  );
  const load = useCallback((file: string, p: Preset) => {
    const key = `file:${file}`;
    setLoaded((list) => [...list.filter((l) => l.key !== key), { key, file, preset: p }]);
    setId(key);
    setSettings(p.settings);
  }, []);
  const label = useCallback(
    (which: string) => {
      const file = loaded.find((l) => l.key === which);
      return file ? `${file.preset.name}（${file.file}）` : (choices[which] ?? base).name;
    },
    [loaded, choices, base],
  );
  return { id, preset, settings, loaded, choices, choose, load, setSettings, label };
}
