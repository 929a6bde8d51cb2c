/**
 * The chosen preset resolved (taskpane/presetSelection.ts holds the choice): the preset with its settings, every
 * preset on offer, and the names shown for them. Imported by the views that need a preset, so that the presets
 * load with those views and not with the pane's first chunk.
 */
import { useMemo } from 'react';
import { PRESETS } from '../engine/narrative/presets';
import { Preset, PresetSettings, withSettings } from '../engine/narrative/preset';
import { DEFAULT_PRESET, PresetSelection } from './presetSelection';

export interface PresetChoice extends PresetSelection {
  /** The chosen preset with the settings applied. */
  readonly preset: Preset;
  readonly settings: PresetSettings;
  /** Every preset on offer, shipped and loaded, by id. */
  readonly choices: Readonly<Record<string, Preset>>;
  /** The name shown for a choice (a loaded one with its file). */
  label(id: string): string;
}

export function usePresetChoice(selection: PresetSelection): PresetChoice {
  const { id, loaded } = selection;
  const choices: Readonly<Record<string, Preset>> = useMemo(() => ({ ...PRESETS, ...Object.fromEntries(loaded.map((l) => [l.key, l.preset])) }), [loaded]);
  const base = choices[id] ?? PRESETS[DEFAULT_PRESET]!;
  const settings = selection.settings ?? base.settings;
  const preset = useMemo(() => withSettings(base, settings), [base, settings]);
  const label = (which: string) => {
    const file = loaded.find((l) => l.key === which);
    return file ? `${file.preset.name}（${file.file}）` : (choices[which] ?? base).name;
  };
  return { ...selection, preset, settings, choices, label };
}
