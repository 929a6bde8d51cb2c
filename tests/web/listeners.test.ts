/** The web page's workbook listeners (web/listeners.ts): each added listener is called on emit until removed. */
import { Listeners } from '../../src/web/listeners';

describe('the listeners of a web page workbook', () => {
  it('calls every listener on each emit, and no longer one that was removed', () => {
    const listeners = new Listeners();
    const calls: string[] = [];
    const removeView = listeners.add(() => calls.push('view'));
    listeners.add(() => calls.push('pane'));
    listeners.emit();
    removeView();
    listeners.emit();
    expect(calls).toEqual(['view', 'pane', 'pane']);
  });

  it('keeps working when handed out unbound (subscribe and onEdited pass `add` along)', () => {
    const { add } = new Listeners();
    const remove = add(() => undefined);
    expect(() => remove()).not.toThrow();
  });
});
