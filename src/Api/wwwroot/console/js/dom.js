// DOM helpers. Every text goes in as a text node (never as HTML), and attributes named on* are refused:
// user-supplied strings can only ever be shown, not run.

const SVG = 'http://www.w3.org/2000/svg';

function apply(el, props) {
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) el.addEventListener(event, handler);
    } else if (name === 'text') {
      el.textContent = String(value);
    } else if (name === 'class') {
      el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (name === 'value' && 'value' in el) {
      el.value = value;
    } else if (name === 'checked' || name === 'disabled' || name === 'selected' || name === 'hidden') {
      el[name] = Boolean(value);
    } else if (/^on/i.test(name) || name === 'srcdoc') {
      throw new Error(`refused attribute ${name}`);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h('td', { class: 'num' }, 'text', otherNode). */
export function h(tag, props, ...children) {
  return append(apply(document.createElement(tag), props), children);
}

/** An SVG element. */
export function s(tag, props, ...children) {
  return append(apply(document.createElementNS(SVG, tag), props), children);
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

export function fmtDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toISOString().slice(0, 16).replace('T', ' ');
}

export function fmtNum(n, digits = 3) {
  return n === null || n === undefined ? '–' : Number(n).toFixed(digits);
}

export function pct(r) {
  return r === null || r === undefined ? '–' : `${(r * 100).toFixed(1)}%`;
}

/** Calls fn after the input has been quiet for ms. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** A sortable, searchable table: columns [{ key, label, value(row), render(row), num }]. */
export function dataTable(columns, rows, { search = true, initialSort, id, empty = 'Nothing to show.' } = {}) {
  let sortKey = initialSort?.key ?? null;
  let descending = initialSort?.desc ?? false;
  let filter = '';
  const tbody = h('tbody');
  const headRow = h('tr');
  const count = h('span', { class: 'muted count' });
  const valueOf = (col, row) => (col.value ? col.value(row) : row[col.key]);
  const render = () => {
    let shown = rows;
    if (filter) {
      const f = filter.toLowerCase();
      shown = rows.filter((row) => columns.some((c) => String(valueOf(c, row) ?? '').toLowerCase().includes(f)));
    }
    if (sortKey) {
      const col = columns.find((c) => c.key === sortKey);
      shown = [...shown].sort((a, b) => {
        const x = valueOf(col, a), y = valueOf(col, b);
        const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
        return descending ? -cmp : cmp;
      });
    }
    clear(tbody).append(...shown.map((row) => h('tr', { dataset: { id: row.id ?? '' } },
      columns.map((c) => h('td', { class: c.num ? 'num' : c.class }, c.render ? c.render(row) : String(valueOf(c, row) ?? ''))))));
    if (shown.length === 0) tbody.append(h('tr', {}, h('td', { colspan: columns.length, class: 'muted' }, empty)));
    count.textContent = `${shown.length} of ${rows.length}`;
    for (const th of headRow.children) {
      th.classList.toggle('sorted', th.dataset.key === sortKey);
      th.dataset.dir = th.dataset.key === sortKey ? (descending ? 'desc' : 'asc') : '';
    }
  };
  headRow.append(...columns.map((c) => h('th', {
    class: c.num ? 'num' : undefined,
    dataset: { key: c.key },
    on: c.sortable === false ? {} : { click: () => { descending = sortKey === c.key ? !descending : false; sortKey = c.key; render(); } },
  }, c.label)));
  const table = h('table', { class: 'data', id }, h('thead', {}, headRow), tbody);
  const box = h('div', { class: 'table-box' });
  if (search) {
    box.append(h('div', { class: 'table-tools' },
      h('input', { type: 'search', placeholder: 'Search…', class: 'table-search', on: { input: (e) => { filter = e.target.value; render(); } } }),
      count));
  }
  box.append(table);
  render();
  return box;
}

/** Appends children, skipping null, undefined and false (Element.append would write "null"). */
export function add(el, ...children) {
  return append(el, children);
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}
