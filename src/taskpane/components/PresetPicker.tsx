/** The list of presets (shipped and loaded), shared by the views that speak of one. */
import { Dropdown, Option } from '@fluentui/react-components';
import { PRESETS } from '../../engine/narrative/presets';
import type { PresetChoice } from '../presetChoice';

export function PresetPicker(props: { readonly choice: PresetChoice; readonly label?: string; readonly prefix?: string }) {
  const { choice } = props;
  return (
    <Dropdown
      aria-label={props.label ?? '格式'}
      value={`${props.prefix ?? ''}${choice.label(choice.id)}`}
      selectedOptions={[choice.id]}
      onOptionSelect={(_, d) => choice.choose(d.optionValue ?? 'xinjiang')}
    >
      {Object.values(PRESETS).map((p) => (
        <Option key={p.id} value={p.id} text={`${props.prefix ?? ''}${p.name}`}>
          {p.name}
        </Option>
      ))}
      {choice.loaded.map((l) => (
        <Option key={l.key} value={l.key} text={`${props.prefix ?? ''}${choice.label(l.key)}`}>
          {choice.label(l.key)}
        </Option>
      ))}
    </Dropdown>
  );
}
