/** The presets that ship with the add-in, by id. */
import type { Preset } from '../preset';
import { shanghai } from './shanghai';
import { xinjiang } from './xinjiang';

export const PRESETS: Readonly<Record<string, Preset>> = { xinjiang, shanghai };
export { shanghai, xinjiang };
