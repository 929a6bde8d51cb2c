/**
 * Findings of a text rule keyed by their wording (the phrase, the label and amount written): two wrong statements worded
 * alike in one text (…比上年增加10.00万元，下降5.00%… about two items) would share an id, and the audit keeps one finding an id
 * (audit.ts), so the second went unreported. A rule reports through `context` after telling where in its text it reads
 * (`at`): a key reported again for the same cells from another place takes that place's ordinal (`…@2`, `…@3`),
 * while the first place keeps the key as it was, so the ids of findings already flagged do not move. The same place
 * reporting a key again (one statement reached by two readings) keeps one key: still one finding.
 *
 * The ordinal counts places in the order the rule reads them: the same text gives the same ids on every run.
 */
import type { ReportDescriptor, RuleContext } from '../rule';

export interface Occurrences<M extends string> {
  /** Reports through it are told apart by the place last given. */
  readonly context: RuleContext<M>;
  /**
   * The place the reports that follow are read at: an offset in the cell's text (a sentence's or a phrase's start), or
   * undefined for a reading that does not know it: its report is taken for the first place's (keeps the key as it was).
   */
  at(position: number | undefined): void;
}

export function occurrences<M extends string>(ctx: RuleContext<M>): Occurrences<M> {
  // The places each key was reported from, in order, by the cells it names: another text cell is another id anyway, so
  // places of different texts are never counted together.
  const places = new Map<string, number[]>();
  let place: number | undefined = 0;
  const report = (d: ReportDescriptor<M>): void => {
    if (place === undefined) return ctx.report(d);
    const key = d.key ?? '';
    const id = `${d.cells.map((c) => `${c.sheet}!${c.row},${c.col}`).join('|')}|${key}`;
    let seen = places.get(id);
    if (!seen) places.set(id, (seen = []));
    let n = seen.indexOf(place);
    if (n < 0) n = seen.push(place) - 1;
    ctx.report(n === 0 ? d : { ...d, key: `${key}@${n + 1}` });
  };
  return {
    context: { recognition: ctx.recognition, supplement: ctx.supplement, grid: ctx.grid, report },
    at(position) {
      place = position;
    },
  };
}
