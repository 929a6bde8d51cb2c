/**
 * The two errors a write can end in (engine/plan/errors.ts) have one home: the modules that raise them (the guard,
 * the partial-write survey) do not hand them on, so a host tells them by the class it imports from errors.ts, and
 * a reading half that imports errors.ts never pulls in the guard or the survey for it.
 */
import * as errors from '../../../src/engine/plan/errors';
import * as guard from '../../../src/engine/plan/guard';
import * as partial from '../../../src/engine/plan/partial';
import { sheet } from '../../support/ruleTester';

describe('the plan errors module', () => {
  it('is the only module exporting PlanRefused and PartialWriteError', () => {
    expect(Object.keys(errors).sort()).toEqual(['PartialWriteError', 'PlanRefused']);
    expect(Object.keys(guard)).not.toContain('PlanRefused');
    expect(Object.keys(partial)).not.toContain('PartialWriteError');
  });

  it('is where the guard’s refusal comes from: what guardPlan throws is an errors.ts PlanRefused, in Chinese', () => {
    const grid = { sheets: [sheet('表', [[1]])] };
    const refused = (() => {
      try {
        guard.guardPlan(grid, { ops: [{ op: 'deleteSheet', sheet: '表' }], summary: [] });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(errors.PlanRefused);
    expect((refused as Error).name).toBe('PlanRefused');
    expect((refused as Error).message).toMatch(/表/);
  });
});
