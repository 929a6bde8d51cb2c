/**
 * The 说明数据 form (engine/supplement/form.ts): what the chosen preset still lacks at the top, a click goes to the
 * field; then each section of the 公开说明 with its indicators (本年数 from the tables, read-only) and 事项. A field
 * is written when it is left (or on Enter): one plan that writes the 说明数据 sheet, fields one after another,
 * never two plans at once. A value that is not what the field takes is still written (nothing typed is lost) and
 * its problem is shown at the field.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Field,
  Input,
  Link,
  makeStyles,
  mergeClasses,
  Select,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { FieldKind, FormField, FormSection, SupplementForm as Form } from '../../engine/supplement/form';
import { fieldProblem } from '../../engine/supplement/form';
import { UNIT_KINDS } from '../../engine/supplement/keys';

const useStyles = makeStyles({
  gaps: { margin: '4px 0 0', paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
  indicator: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  name: { display: 'flex', justifyContent: 'space-between', gap: '6px', alignItems: 'baseline' },
  current: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '6px' },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  label: { display: 'block', fontSize: tokens.fontSizeBase200, marginBottom: '2px' },
  busy: { display: 'inline-flex', marginLeft: '4px' },
  others: { display: 'flex', flexDirection: 'column', gap: '6px', paddingTop: '6px' },
});

const UNITS: Readonly<Record<FieldKind, string>> = { amount: '（万元）', count: '', area: '（平方米）', text: '', longText: '', year: '', unitKind: '' };

/** The id of a field's control, so that a gap in the list can take the accountant there. */
export function fieldId(path: string): string {
  return `sd-${path}`;
}

function FieldInput(props: { field: FormField; owner: string; onCommit: (path: string, text: string) => Promise<void> }) {
  const s = useStyles();
  const { field } = props;
  const [text, setText] = useState(field.value);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState('');
  const editing = useRef(false);
  // The sheet changed under the field (another field, a refresh, typing in the grid): show what it holds now.
  useEffect(() => {
    if (!editing.current) setText(field.value);
  }, [field.value]);
  const commit = () => {
    editing.current = false;
    if (text === field.value) return;
    setBusy(true);
    setFailed('');
    props.onCommit(field.path, text).then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setFailed(e instanceof Error ? e.message : String(e));
      },
    );
  };
  const local = fieldProblem(field.kind, text);
  const problem = failed || local || (text === field.value ? field.problem : undefined);
  const label = `${field.label}${UNITS[field.kind]}`;
  const aria = props.owner ? `${props.owner} ${field.label}` : field.label;
  const common = {
    id: fieldId(field.path),
    'aria-label': aria,
    value: text,
    onFocus: () => (editing.current = true),
    onBlur: commit,
  };
  let control;
  if (field.kind === 'unitKind') {
    control = (
      <Select
        id={common.id}
        aria-label={aria}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          editing.current = false;
          if (d.value !== field.value) {
            setBusy(true);
            props.onCommit(field.path, d.value).then(
              () => setBusy(false),
              (e: unknown) => {
                setBusy(false);
                setFailed(e instanceof Error ? e.message : String(e));
              },
            );
          }
        }}
      >
        <option value="">（请选择）</option>
        {UNIT_KINDS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </Select>
    );
  } else if (field.kind === 'longText') {
    control = <Textarea {...common} resize="vertical" rows={2} onChange={(_, d) => setText(d.value)} />;
  } else {
    control = (
      <Input
        {...common}
        inputMode={field.kind === 'text' ? 'text' : 'decimal'}
        onChange={(_, d) => setText(d.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    );
  }
  // The visible label is short (上年数); the control's name says whose it is (收入总计 上年数), for screen readers and tests.
  return (
    <div>
      <label htmlFor={common.id} className={mergeClasses(s.label, field.missing && !text && s.missing)}>
        {label}
        {busy && <Spinner size="extra-tiny" as="span" className={s.busy} label="正在写入" />}
      </label>
      <Field
        size="small"
        {...(problem ? { validationState: 'error' as const, validationMessage: problem } : {})}
        {...(field.printed && !text ? { hint: field.printed } : {})}
        data-testid="form-field"
        data-path={field.path}
      >
        {control}
      </Field>
    </div>
  );
}

function Section(props: { section: FormSection; onCommit: (path: string, text: string) => Promise<void> }) {
  const s = useStyles();
  const { section } = props;
  return (
    <>
      {section.indicators.map((ind) => {
        const amounts = ind.fields.filter((f) => f.kind === 'amount');
        const texts = ind.fields.filter((f) => f.kind !== 'amount');
        return (
          <div key={ind.key} className={s.indicator} data-testid="form-indicator">
            <div className={s.name}>
              <Text weight="semibold" size={200}>
                {ind.name}
              </Text>
              {ind.current !== undefined && <span className={s.current}>本年数 {ind.current} 万元</span>}
            </div>
            {amounts.length > 0 && (
              <div className={s.pair}>
                {amounts.map((f) => (
                  <FieldInput key={f.path} field={f} owner={ind.key} onCommit={props.onCommit} />
                ))}
              </div>
            )}
            {texts.map((f) => (
              <FieldInput key={f.path} field={f} owner={ind.key} onCommit={props.onCommit} />
            ))}
          </div>
        );
      })}
      {section.others.length > 0 && (
        <div className={s.others}>
          {section.others.map((f) => (
            <FieldInput key={f.path} field={f} owner="" onCommit={props.onCommit} />
          ))}
        </div>
      )}
    </>
  );
}

export function SupplementForm(props: { form: Form; presetName: string; onCommit: (path: string, text: string) => Promise<void> }) {
  const s = useStyles();
  const { form } = props;
  // Sections with something missing start open; the others on a click. A section that comes to lack something
  // (another preset chosen, a field emptied) opens too; one the accountant closed stays closed while it lacks
  // nothing new.
  const lacking = useMemo(() => form.sections.filter((x) => x.missing > 0).map((x) => x.id), [form]);
  const [open, setOpen] = useState<string[]>(lacking);
  const lackingBefore = useRef(lacking);
  useEffect(() => {
    const newly = lacking.filter((id) => !lackingBefore.current.includes(id));
    lackingBefore.current = lacking;
    if (newly.length > 0) setOpen((current) => [...current, ...newly.filter((id) => !current.includes(id))]);
  }, [lacking]);
  const [goTo, setGoTo] = useState<string | undefined>();
  useEffect(() => {
    if (!goTo) return;
    // A section just opened has its fields once the accordion has drawn its content, which may be a frame or more
    // after the render that opened it (React runs this before the browser paints): look again each frame, for a
    // second at most, rather than give up on the first look.
    let frame = 0;
    const started = performance.now();
    const seek = () => {
      const el = document.getElementById(fieldId(goTo));
      if (!el && performance.now() - started < 1000) {
        frame = requestAnimationFrame(seek);
        return;
      }
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
      setGoTo(undefined);
    };
    seek();
    return () => cancelAnimationFrame(frame);
  }, [goTo, open]);
  const sectionOf = (path: string) => form.sections.find((x) => [...x.indicators.flatMap((i) => i.fields), ...x.others].some((f) => f.path === path))?.id;
  return (
    <div data-testid="supplement-form">
      <Text weight="semibold" block data-testid="completeness">
        {form.gaps.length ? `按“${props.presetName}”的格式，公开说明还缺 ${form.gaps.length} 项` : `按“${props.presetName}”的格式，公开说明需要的内容都已齐备`}
      </Text>
      {form.gaps.length > 0 && (
        <ul className={s.gaps} data-testid="gap-list">
          {form.gaps.slice(0, 8).map((g) => (
            <li key={g.field}>
              <Link
                as="button"
                onClick={() => {
                  const id = sectionOf(g.field);
                  if (id && !open.includes(id)) setOpen([...open, id]);
                  setGoTo(g.field);
                }}
              >
                {g.label}
              </Link>
            </li>
          ))}
          {form.gaps.length > 8 && <li>另有 {form.gaps.length - 8} 项，见下面各部分中标橙色的栏目</li>}
        </ul>
      )}
      <Text size={200} block style={{ marginTop: 6, color: tokens.colorNeutralForeground3 }}>
        {form.exists ? `填写后离开输入框即写入工作表“${form.sheet}”。` : `填写后离开输入框即写入工作表“${form.sheet}”（首次填写时创建）。`}
      </Text>
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        {form.sections.map((section) => (
          <AccordionItem key={section.id} value={section.id}>
            <AccordionHeader size="small">
              {section.title}
              {/* Not squeezed by a title that wraps (五、一般公共预算财政拨款支出决算情况说明): 缺 26 stood as 缺 over 26, out of its pill. */}
              {section.missing > 0 && (
                <Badge size="small" color="warning" appearance="tint" style={{ marginLeft: 6, flexShrink: 0, whiteSpace: 'nowrap' }}>
                  缺 {section.missing}
                </Badge>
              )}
            </AccordionHeader>
            <AccordionPanel>{open.includes(section.id) && <Section section={section} onCommit={props.onCommit} />}</AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
