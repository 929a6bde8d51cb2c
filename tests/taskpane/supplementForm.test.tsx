/**
 * @jest-environment jsdom
 *
 * The list of what the chosen preset still lacks (components/SupplementForm.tsx): each entry is a link that takes
 * the accountant to its field — the field's section opened when it was closed, the field focused. The field of a
 * section just opened is there only once the accordion has drawn the section's content, which may be after the
 * render that opened it: the link waits for it rather than giving up.
 */
import { act } from 'react';
import { domRootPerTest } from '../support/domRoot';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fieldId, SupplementForm } from '../../src/taskpane/components/SupplementForm';
import { supplementForm } from '../../src/engine/supplement/form';
import type { SupplementForm as Form } from '../../src/engine/supplement/form';
import { PRESETS } from '../../src/engine/narrative/presets';
import { sample, sampleWithSupplementSheet } from '../support/ruleTester';
import { JIANGXI_ASSETS, jiangxiAssetsRows } from '../support/layouts';

const dom = domRootPerTest();
// jsdom lays nothing out and has no scrollIntoView: the elements scrolled to are recorded.
const scrolledTo: Element[] = [];

beforeEach(() => {
  scrolledTo.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
});

/** Lets effects, animation frames and what they render arrive. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

async function click(element: Element | null | undefined): Promise<void> {
  expect(element).toBeTruthy();
  await act(async () => (element as HTMLElement).click());
  await settle();
}

async function renderForm(form: Form, presetName = PRESETS.shanghai!.name): Promise<void> {
  await act(async () => {
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <SupplementForm form={form} presetName={presetName} onCommit={() => Promise.resolve()} />
      </FluentProvider>,
    );
  });
  await settle();
}

const openSections = () =>
  [...dom.container.querySelectorAll('button[aria-expanded="true"]')].map((b) => b.textContent!.replace(/缺 \d+$/, ''));

const gapLinks = () => [...dom.container.querySelectorAll('[data-testid="gap-list"] button')] as HTMLElement[];
const sectionHeader = (title: string) => [...dom.container.querySelectorAll('button[aria-expanded]')].find((b) => b.textContent?.startsWith(title));

describe('a link in the list of what is missing', () => {
  // The 上海 format asks for what the sample's 说明数据 (made for 新疆) lacks.
  const form: Form = supplementForm(sample(), PRESETS.shanghai!);

  it('opens the field’s section when the accountant had closed it, and puts the cursor in the field', async () => {
    expect(form.gaps.length).toBeGreaterThan(0);
    const gap = form.gaps[0]!;
    const section = form.sections.find((x) => [...x.indicators.flatMap((i) => i.fields), ...x.others].some((f) => f.path === gap.field))!;
    await renderForm(form);
    // Sections with something missing start open: the field is there; the accountant closes its section.
    expect(document.getElementById(fieldId(gap.field))).not.toBeNull();
    await click(sectionHeader(section.title));
    expect(sectionHeader(section.title)!.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(fieldId(gap.field))).toBeNull();

    await click(gapLinks()[0]);
    expect(sectionHeader(section.title)!.getAttribute('aria-expanded')).toBe('true');
    const field = document.getElementById(fieldId(gap.field));
    expect(field).not.toBeNull();
    expect(document.activeElement).toBe(field);
    expect(scrolledTo).toEqual([field]);
  });

  it('puts the cursor in a field whose section is open', async () => {
    const gap = form.gaps[1] ?? form.gaps[0]!;
    await renderForm(form);
    await click(gapLinks()[form.gaps.indexOf(gap)]);
    const field = document.getElementById(fieldId(gap.field));
    expect(document.activeElement).toBe(field);
    expect(scrolledTo).toEqual([field]);
  });
});

describe('the sections of the form', () => {
  const complete = supplementForm(sampleWithSupplementSheet(), PRESETS.xinjiang!);
  const shanghai = supplementForm(sampleWithSupplementSheet(), PRESETS.shanghai!);
  const lackingTitles = shanghai.sections.filter((x) => x.missing > 0).map((x) => x.title);

  it('open those that come to lack something when another preset is chosen, and leave closed one the accountant closed', async () => {
    expect(complete.gaps).toHaveLength(0);
    expect(lackingTitles.length).toBeGreaterThan(1);
    await renderForm(complete, PRESETS.xinjiang!.name);
    expect(openSections()).toEqual([]);
    await renderForm(shanghai);
    expect(openSections()).toEqual(lackingTitles);
    // Closed by the accountant; the form drawn again with the same gaps (as after a field is written): it stays closed.
    await click(sectionHeader(lackingTitles[0]!));
    await renderForm(supplementForm(sampleWithSupplementSheet(), PRESETS.shanghai!));
    expect(openSections()).toEqual(lackingTitles.slice(1));
  });
});

describe('a field of the form while typed in', () => {
  const form: Form = supplementForm(sample(), PRESETS.xinjiang!);
  const amount = form.sections.flatMap((x) => x.indicators.flatMap((i) => i.fields)).find((f) => f.kind === 'amount' && f.missing)!;

  async function type(text: string): Promise<string> {
    const input = document.getElementById(fieldId(amount.path)) as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    return dom.container.querySelector(`[data-path="${amount.path}"]`)!.parentElement!.textContent!;
  }

  it('takes an amount in the field’s own unit (12.50万元) without a word, and says what to type for another (125000元)', async () => {
    await renderForm(form, PRESETS.xinjiang!.name);
    // Before: 12.50万元 was said 带了单位：…请按万元只填数字.
    expect(await type('12.50万元')).not.toContain('单位');
    expect(await type('125000元')).toContain('“125000元”带的单位是元，而说明数据的金额以万元计：请换算成万元，只填数字（125000元即 12.5 万元，填 12.5）。');
  });
});

describe('a 事项 a table prints (江西’s 国有资产占用情况表)', () => {
  const jiangxi = () => ({ sheets: [...sample().sheets, { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows() }] });
  const fieldText = (path: string) => dom.container.querySelector(`[data-path="${path}"]`)?.parentElement?.textContent ?? '';

  it('shows the field, empty, with the table’s figure the text takes while it is', async () => {
    const form = supplementForm(jiangxi(), PRESETS.xinjiang!);
    await renderForm(form, PRESETS.xinjiang!.name);
    const section = sectionHeader('十、');
    if (section?.getAttribute('aria-expanded') !== 'true') await click(section);
    expect(fieldText('事项.车辆价值')).toContain('车辆价值（万元）');
    expect(fieldText('事项.车辆价值')).toContain('留空即取国有资产占用情况表合计行的车辆 72.85 万元');
  });
});
