/**
 * @jest-environment jsdom
 *
 * The preset the accountant chose, held by the pane (taskpane/presetSelection.ts) and resolved by the views
 * (presetChoice.ts): 新疆 to begin with; choosing another takes its own settings; a loaded preset file is listed
 * under its file's name beside the shipped one of the same id and chosen; settings changed apply to the chosen
 * preset only until another is chosen.
 */
import { act } from 'react';
import { createRoot, Root } from 'react-dom/client';
import { PresetChoice, usePresetChoice } from '../../src/taskpane/presetChoice';
import { usePresetSelection } from '../../src/taskpane/presetSelection';
import { PRESETS } from '../../src/engine/narrative/presets';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let choice: PresetChoice;

function Probe() {
  choice = usePresetChoice(usePresetSelection());
  return null;
}

beforeEach(() => {
  root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
});
afterEach(() => act(() => root.unmount()));

const shanghai = PRESETS.shanghai!;
const xinjiang = PRESETS.xinjiang!;

describe('the chosen preset', () => {
  it('is 新疆 with its own settings to begin with', () => {
    expect(choice.id).toBe('xinjiang');
    expect(choice.preset.name).toBe('新疆（昌吉州格式）');
    expect(choice.settings).toEqual(xinjiang.settings);
    expect(Object.keys(choice.choices)).toEqual(expect.arrayContaining(['xinjiang', 'shanghai']));
    expect(choice.label('xinjiang')).toBe('新疆（昌吉州格式）');
  });

  it('takes the settings of the preset chosen', () => {
    act(() => choice.choose('shanghai'));
    expect(choice.id).toBe('shanghai');
    expect(choice.preset.name).toBe(shanghai.name);
    expect(choice.settings).toEqual({ separators: false, listZeroItems: false, tailAdjust: true });
    expect(choice.preset.settings).toEqual(choice.settings);
  });

  it('applies changed settings to the chosen preset, until another is chosen', () => {
    act(() => choice.setSettings({ ...choice.settings, listZeroItems: false }));
    expect(choice.preset.settings.listZeroItems).toBe(false);
    expect(choice.preset.templates).toBe(xinjiang.templates);
    act(() => choice.choose('shanghai'));
    act(() => choice.choose('xinjiang'));
    expect(choice.preset.settings.listZeroItems).toBe(true);
  });

  it('lists a loaded file under its name beside the shipped preset of the same id, and chooses it', () => {
    const edited = { ...shanghai, name: '上海（本地修改）', settings: { ...shanghai.settings, separators: true } };
    act(() => choice.load('本地格式.json', edited));
    expect(choice.id).toBe('file:本地格式.json');
    expect(choice.preset.name).toBe('上海（本地修改）');
    expect(choice.settings.separators).toBe(true);
    expect(choice.label('file:本地格式.json')).toBe('上海（本地修改）（本地格式.json）');
    // The shipped one stays on offer, unchanged.
    expect(choice.choices.shanghai!.name).toBe(shanghai.name);
    expect(choice.loaded.map((l) => l.file)).toEqual(['本地格式.json']);
  });

  it('replaces a file loaded again under the same name, rather than listing it twice', () => {
    act(() => choice.load('本地格式.json', { ...shanghai, name: '第一版' }));
    act(() => choice.choose('xinjiang'));
    act(() => choice.load('本地格式.json', { ...shanghai, name: '第二版' }));
    expect(choice.loaded.map((l) => l.preset.name)).toEqual(['第二版']);
    expect(choice.preset.name).toBe('第二版');
  });

  it('falls back to 新疆 for an id it does not know', () => {
    act(() => choice.choose('nowhere'));
    expect(choice.preset.name).toBe(xinjiang.name);
    expect(choice.settings).toEqual(xinjiang.settings);
  });
});
