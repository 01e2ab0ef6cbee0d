// Small SVG charts drawn here (no library): grouped bars for before/after distributions, lines for ROC curves.
import { s, h } from './dom.js';

const COLORS = ['#64748b', '#2563eb', '#16a34a', '#d97706'];

/** Bars of several series over the same keys: series [{ label, buckets: [{ key, count }] }]. */
export function groupedBars(title, series, { width = 420, height = 180, format = (v) => String(v) } = {}) {
  const keys = [...new Set(series.flatMap((se) => se.buckets.map((b) => b.key)))];
  const value = (se, key) => se.buckets.find((b) => b.key === key)?.count ?? 0;
  const max = Math.max(1, ...series.flatMap((se) => keys.map((k) => value(se, k))));
  const left = 36, bottom = 34, top = 10;
  const plotW = width - left - 8, plotH = height - bottom - top;
  const groupW = keys.length ? plotW / keys.length : plotW;
  const barW = Math.max(2, (groupW - 6) / Math.max(1, series.length));
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': title });
  svg.append(s('line', { x1: left, y1: top + plotH, x2: width - 8, y2: top + plotH, class: 'axis' }));
  svg.append(s('text', { x: left - 4, y: top + 8, class: 'tick', 'text-anchor': 'end' }, format(max)));
  svg.append(s('text', { x: left - 4, y: top + plotH, class: 'tick', 'text-anchor': 'end' }, '0'));
  keys.forEach((key, i) => {
    series.forEach((se, j) => {
      const v = value(se, key);
      const bh = (v / max) * plotH;
      const x = left + i * groupW + 3 + j * barW;
      svg.append(s('rect', { x, y: top + plotH - bh, width: Math.max(1, barW - 1), height: bh, fill: COLORS[j % COLORS.length] },
        s('title', {}, `${se.label} · ${key}: ${format(v)}`)));
    });
    const step = keys.length > 12 ? 2 : 1; // every other label when crowded
    const room = Math.max(3, Math.floor((groupW * step) / 6.5));
    const label = key.length > room ? `${key.slice(0, room - 1)}…` : key;
    svg.append(s('text', { x: left + i * groupW + groupW / 2, y: top + plotH + 14, class: 'tick', 'text-anchor': 'middle' }, i % step ? '' : label));
  });
  return figure(title, svg, series);
}

/** Lines through points [{ x, y }] in [0, 1]², with the diagonal: series [{ label, points }]. */
export function rocChart(title, series, { size = 260 } = {}) {
  const pad = 30, plot = size - pad - 10;
  const svg = s('svg', { viewBox: `0 0 ${size} ${size}`, class: 'chart roc', role: 'img', 'aria-label': title });
  const X = (x) => pad + x * plot, Y = (y) => 10 + (1 - y) * plot;
  svg.append(s('rect', { x: pad, y: 10, width: plot, height: plot, class: 'frame' }));
  svg.append(s('line', { x1: X(0), y1: Y(0), x2: X(1), y2: Y(1), class: 'diagonal' }));
  for (const t of [0, 0.5, 1]) {
    svg.append(s('text', { x: X(t), y: size - 6, class: 'tick', 'text-anchor': 'middle' }, String(t)));
    svg.append(s('text', { x: pad - 4, y: Y(t) + 3, class: 'tick', 'text-anchor': 'end' }, String(t)));
  }
  series.forEach((se, j) => {
    if (!se.points.length) return;
    const d = se.points.map((p, i) => `${i ? 'L' : 'M'}${X(p.x).toFixed(1)},${Y(p.y).toFixed(1)}`).join(' ');
    svg.append(s('path', { d, class: 'line', stroke: COLORS[(j + 1) % COLORS.length], 'stroke-dasharray': j ? '6 4' : undefined }, s('title', {}, se.label)));
  });
  return figure(title, svg, series.map((se, j) => ({ label: se.label, color: COLORS[(j + 1) % COLORS.length] })));
}

function figure(title, svg, series) {
  return h('figure', { class: 'chart-box' },
    h('figcaption', {}, title),
    svg,
    h('div', { class: 'legend' }, series.map((se, j) => h('span', {}, h('i', { class: `swatch c${se.color ? (j + 1) % COLORS.length : j % COLORS.length}` }), se.label))));
}
