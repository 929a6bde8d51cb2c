/**
 * The findings a workbook's 检查结果 sheet lists as flagged: what the 检查 view shows when it opens on a workbook
 * checked before (its tab chosen again, or a sheet of an earlier session), without checking again.
 */
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { clearFlagsPlan, flaggedIdsIn } from '../../../src/engine/audit/flags';
import { check, flagsPlan } from '../../../src/engine/workflow';
import { sample } from '../../support/ruleTester';

describe('flaggedIdsIn', () => {
  it('is undefined for a workbook never checked', () => {
    expect(flaggedIdsIn(sample())).toBeUndefined();
  });

  it('lists every finding flagged, and none once the flags are cleared', () => {
    const flagged = applyPlanToGrid(sample(), flagsPlan(sample()));
    const ids = check(flagged).findings.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    expect([...flaggedIdsIn(flagged)!].sort()).toEqual([...ids].sort());
    expect(flaggedIdsIn(applyPlanToGrid(flagged, clearFlagsPlan(flagged)))).toBeUndefined();
  });
});
