import { api, download, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { dateTime, label, lang, t, type Key } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import type { Answer } from '../types.ts';

/** One KPI as GET /api/kpis answers it. */
export type Kpi = Answer<'/api/kpis', 'get'>['items'][number];

type Series = Answer<'/api/kpis/series', 'get'>;

type Compliance = Answer<'/api/sla/compliance', 'get'>;

/** How a KPI's values read: a share (percent), points, or a count. */
function kind(id: string): 'percent' | 'points' | 'count' {
  if (id === 'customer-satisfaction') return 'points';
  if (id === 'major-incidents-per-year') return 'count';
  return 'percent';
}

function format(id: string, value: number): string {
  const k = kind(id);
  if (k === 'percent') return `${(value * 100).toFixed(1).replace(/\.0$/, '')} %`;
  if (k === 'points') return t('cockpit.points', { n: value });
  return String(value);
}

function kpiName(kpi: Pick<Kpi, 'id' | 'labels'>): string {
  const key = `cockpit.kpi.${kpi.id}` as Key;
  if (t(key) !== key) return t(key);
  return kpi.labels?.[lang()] ?? kpi.id;
}

/** The first instant of the month `back` months before this one, in Asia/Shanghai (UTC+8). */
export function monthStart(now: Date, back: number): string {
  const local = new Date(now.getTime() + 8 * 3_600_000);
  const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - back, 1));
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${y}-${m}-01T00:00:00+08:00`;
}

/** A small line chart of the monthly values with the target as a dashed line. */
function trendChart(kpi: Kpi, points: { period: string; value: number | null }[]): SVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const el = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const W = 240;
  const H = 70;
  const PAD = 6;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const max = kind(kpi.id) === 'percent' ? 1 : Math.max(kpi.target, ...values, 1) * 1.15;
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / Math.max(1, points.length - 1);
  const y = (v: number) => H - PAD - (Math.min(v, max) / max) * (H - 2 * PAD);
  const svg = el('svg', {
    class: 'kpi-trend',
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': `${kpiName(kpi)}: ${t('cockpit.trend')}`,
  }) as SVGElement;
  svg.append(el('title', {}, `${kpiName(kpi)} · ${t('cockpit.trend')}`));
  svg.append(
    el('line', {
      x1: PAD,
      x2: W - PAD,
      y1: y(kpi.target),
      y2: y(kpi.target),
      class: 'kpi-trend-target',
    }),
  );
  // Runs of consecutive months with a value are joined; a month without data leaves a gap.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1)
      svg.append(el('polyline', { points: run.join(' '), class: 'kpi-trend-line' }));
    run = [];
  };
  points.forEach((p, i) => {
    if (p.value === null) {
      flush();
      return;
    }
    run.push(`${x(i)},${y(p.value)}`);
    const dot = el('circle', {
      cx: x(i),
      cy: y(p.value),
      r: 2.5,
      class: 'kpi-trend-dot',
      'data-period': p.period,
    });
    dot.append(el('title', {}, `${p.period}: ${format(kpi.id, p.value)}`));
    svg.append(dot);
  });
  flush();
  return svg;
}

function kpiCard(kpi: Kpi, series: Series): HTMLElement {
  const points = series.items.map((m) => ({
    period: m.period,
    value: m.kpis.find((k) => k.id === kpi.id)?.actual ?? null,
  }));
  const state = kpi.actual === null ? 'nodata' : kpi.met ? 'met' : 'missed';
  const reasonKey = `cockpit.noDataReason.${kpi.id}` as Key;
  const reason = t(reasonKey) === reasonKey ? '' : t(reasonKey);
  return h(
    'section',
    { class: `card kpi kpi-${state}`, 'data-kpi': kpi.id, 'data-state': state },
    h('h2', {}, kpiName(kpi)),
    h(
      'p',
      { class: 'kpi-value' },
      kpi.actual === null
        ? h('span', { class: 'kpi-nodata' }, t('cockpit.noData'))
        : h('span', { class: 'kpi-actual' }, format(kpi.id, kpi.actual)),
      state !== 'nodata' &&
        h('span', { class: `kpi-verdict kpi-verdict-${state}` }, t(`cockpit.kpiState.${state}`)),
    ),
    h(
      'p',
      { class: 'kpi-target cockpit-muted' },
      `${t('cockpit.target')} ${kpi.comparator === '=' ? '=' : kpi.comparator === '>=' ? '≥' : '≤'} ${format(kpi.id, kpi.target)}`,
      kind(kpi.id) === 'percent' &&
        kpi.denominator > 0 &&
        ` · ${kpi.numerator} / ${kpi.denominator}`,
    ),
    kpi.actual === null && reason && h('p', { class: 'kpi-reason cockpit-muted' }, reason),
    h(
      'figure',
      { class: 'kpi-figure' },
      trendChart(kpi, points),
      h(
        'figcaption',
        { class: 'cockpit-muted' },
        `${t('cockpit.trend')}: ${points[0]?.period ?? ''} – ${points.at(-1)?.period ?? ''}`,
      ),
    ),
  );
}

function complianceTable(c: Compliance): HTMLElement {
  const priorities = [...new Set(c.items.map((i) => i.priority))];
  const clocks = [...new Set(c.items.map((i) => i.clockType))];
  const cell = (priority: string, clockType: string) => {
    const item = c.items.find((i) => i.priority === priority && i.clockType === clockType);
    const breached =
      c.breachedOpen.find((b) => b.priority === priority && b.clockType === clockType)?.count ?? 0;
    return h(
      'td',
      { 'data-priority': priority, 'data-clock': clockType, 'data-rate': item?.rate ?? '' },
      item && item.rate !== null
        ? h(
            'span',
            { class: 'sla-rate' },
            `${(item.rate * 100).toFixed(1).replace(/\.0$/, '')} %`,
            h('span', { class: 'cockpit-muted' }, ` (${item.met} / ${item.total})`),
          )
        : h('span', { class: 'cockpit-muted' }, t('cockpit.noData')),
      breached > 0 &&
        h('span', { class: 'sla-breached' }, t('cockpit.breachedOpen', { n: breached })),
    );
  };
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'cockpit-table sla-compliance' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, t('record.priority')),
          clocks.map((k) => h('th', {}, label('sla', k))),
        ),
      ),
      h(
        'tbody',
        {},
        priorities.map((p) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, p),
            clocks.map((k) => cell(p, k)),
          ),
        ),
      ),
    ),
  );
}

/**
 * Company objectives (§0.7): each KPI of this year against its target (met, missed, or "no
 * data yet" while its denominator is 0) with the last 12 months as a small trend chart, and
 * SLA compliance of incidents by priority and clock type.
 */
export async function objectivesPage(ctx: PageContext): Promise<void> {
  mount(ctx.root, h('p', { class: 'loading' }, t('inbox.loading')));
  let kpis: { from: string; to: string; items: Kpi[] };
  let series: Series;
  let compliance: Compliance;
  try {
    const from = monthStart(new Date(), 11);
    [kpis, series, compliance] = await Promise.all([
      api<{ from: string; to: string; items: Kpi[] }>('GET', '/api/kpis'),
      api<Series>('GET', `/api/kpis/series?${new URLSearchParams({ from, interval: 'month' })}`),
      api<Compliance>('GET', '/api/sla/compliance'),
    ]);
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  const exportNotice = h('div', { class: 'records-export-notice', 'aria-live': 'polite' });
  /** The objectives of the period shown, as a file. */
  async function exportAs(format: 'xlsx' | 'csv'): Promise<void> {
    const query = new URLSearchParams({ from: kpis.from, to: kpis.to, format });
    mount(exportNotice, h('p', { class: 'loading' }, t('records.exporting')));
    try {
      const name = await download(`/api/kpis/export?${query.toString()}`);
      mount(exportNotice, notice('info', t('records.exported', { name })));
    } catch (err) {
      mount(exportNotice, notice('error', messageOf(err)));
    }
  }
  mount(
    ctx.root,
    h(
      'div',
      { class: 'cockpit cockpit-objectives' },
      h(
        'div',
        { class: 'cockpit-title' },
        h('h1', {}, t('cockpit.objectives')),
        h('a', { href: '#/cockpit' }, t('cockpit.instances')),
        h(
          'div',
          { class: 'actions records-export' },
          (['xlsx', 'csv'] as const).map((format) =>
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                'data-format': format,
                onclick: () => void exportAs(format),
              },
              t(`records.export.${format}`),
            ),
          ),
        ),
      ),
      exportNotice,
      h(
        'p',
        { class: 'cockpit-muted' },
        t('cockpit.period', { from: dateTime(kpis.from), to: dateTime(kpis.to) }),
      ),
      h(
        'div',
        { class: 'kpi-grid' },
        kpis.items.map((k) => kpiCard(k, series)),
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, t('cockpit.slaCompliance')),
        h(
          'p',
          { class: 'cockpit-muted' },
          t('cockpit.period', { from: dateTime(compliance.from), to: dateTime(compliance.to) }),
        ),
        complianceTable(compliance),
      ),
    ),
  );
}
