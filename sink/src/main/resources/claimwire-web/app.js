// claimwire's page: plain JavaScript against the API, no build step.
const $ = (s) => document.querySelector(s);
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const shown = new Set();
let filters = {};

function figureText(c) {
  const q = { AT_LEAST: '≥ ', MORE_THAN: '> ', AT_MOST: '≤ ', LESS_THAN: '< ', APPROXIMATELY: '~ ', UP_TO: '≤ ' }[c.qualifier] || '';
  const v = c.high != null ? `${fmt(c.value)}–${fmt(c.high)}` : fmt(c.value);
  return q + v + (c.unit ? ' ' + c.unit : '');
}
const fmt = (n) => (n == null ? '' : Number(n).toLocaleString('en'));

function row(c) {
  const who = [c.sourceName, c.sourceRole].filter(Boolean).join(', ') || c.sourceKind;
  return `<tr data-id="${esc(c.claimId)}"><td>${esc((c.publishedAt || '').slice(0, 10))}</td><td>${esc(figureText(c))}</td>`
    + `<td>${esc(c.measure)}</td><td>${esc(c.subject)}</td><td>${esc(c.location)}</td><td>${esc(c.period)}</td>`
    + `<td title="${esc(c.sentence)}">${esc(who)}</td><td>${c.url ? `<a href="${esc(c.url)}">${esc(c.outlet || 'link')}</a>` : esc(c.outlet)}</td></tr>`;
}

async function loadClaims() {
  const params = new URLSearchParams({ ...filters, limit: 200 });
  const res = await fetch('/claims?' + params);
  const body = await res.json();
  if (!res.ok) { $('#error').textContent = body.error; return; }
  $('#error').textContent = '';
  shown.clear();
  body.claims.forEach((c) => shown.add(c.claimId));
  $('#claims tbody').innerHTML = body.claims.map(row).join('');
  $('#count').textContent = `${body.claims.length} claim(s)` + (body.next ? ' (more: narrow the filters)' : '');
}

function matches(c) {
  const field = { source: 'sourceName', subject: 'subject', measure: 'measure', location: 'location', outlet: 'outlet', text: 'sentence' };
  for (const [k, col] of Object.entries(field)) {
    if (filters[k] && !String(c[col] ?? '').toLowerCase().includes(filters[k].toLowerCase())) return false;
  }
  return !filters.status && !filters.since && !filters.until;
}

function live() {
  const es = new EventSource('/claims/stream');
  es.onopen = () => { $('#live').textContent = 'live'; $('#live').className = 'badge up'; };
  es.onerror = () => { $('#live').textContent = 'live: reconnecting'; $('#live').className = 'badge down'; };
  es.addEventListener('claim', (e) => {
    const c = JSON.parse(e.data);
    if (!matches(c)) return;
    const old = document.querySelector(`tr[data-id="${CSS.escape(c.claimId)}"]`);
    if (old) old.remove();
    $('#claims tbody').insertAdjacentHTML('afterbegin', row(c).replace('<tr ', '<tr class="new" '));
    shown.add(c.claimId);
    $('#count').textContent = `${document.querySelectorAll('#claims tbody tr').length} claim(s)`;
    loadSummaries();
  });
}

let summaryTimer = null;
function loadSummaries() {
  clearTimeout(summaryTimer);
  summaryTimer = setTimeout(async () => {
    const res = await fetch('/summaries?limit=100');
    const body = await res.json();
    const order = { DISPUTED: 0, CORROBORATED: 1, SINGLE: 2 };
    const list = body.summaries.filter((s) => s.figures.length).sort((a, b) => order[a.status] - order[b.status]);
    $('#summaries').innerHTML = list.map((s, i) => `<div class="topic ${esc(s.status)}" data-i="${i}">`
      + `<div class="status">${esc(s.status)}</div><div>${esc([s.subject, s.measure].filter(Boolean).join(' · '))}`
      + `${s.location ? ' in ' + esc(s.location) : ''}</div><div class="figures">`
      + s.figures.map((f) => `<div class="figure${f.superseded ? ' superseded' : ''}"><b>${esc(figureText(f))}</b>`
        + `<small>${esc((f.sources || []).join(', ') || 'unattributed')}</small><small>${f.independentOutlets} outlet(s)</small></div>`).join('')
      + `</div></div>`).join('') || '<p>No figure topics yet.</p>';
    document.querySelectorAll('.topic').forEach((el) => el.addEventListener('click', () => chart(list[el.dataset.i])));
  }, 200);
}

// A topic's figures over time, by source: each figure a point at its first sighting, a line to its last.
function chart(s) {
  const svg = $('#chart');
  const W = 720, H = 260, P = 40;
  const pts = [];
  s.figures.forEach((f) => (f.sources && f.sources.length ? f.sources : ['unattributed']).forEach((src) => pts.push({ f, src })));
  const t0 = Math.min(...pts.map((p) => p.f.firstSeen)), t1 = Math.max(...pts.map((p) => p.f.lastSeen), t0 + 1);
  const vmax = Math.max(...pts.map((p) => p.f.high ?? p.f.value)) * 1.1 || 1;
  const x = (t) => P + ((t - t0) / (t1 - t0)) * (W - 2 * P), y = (v) => H - P - (v / vmax) * (H - 2 * P);
  const sources = [...new Set(pts.map((p) => p.src))];
  const color = (src) => `hsl(${(sources.indexOf(src) * 137) % 360},60%,40%)`;
  let g = `<line x1="${P}" y1="${H - P}" x2="${W - P}" y2="${H - P}" stroke="#999"/><line x1="${P}" y1="${P}" x2="${P}" y2="${H - P}" stroke="#999"/>`
    + `<text x="${P}" y="${P - 8}" font-size="11">${esc(fmt(Math.round(vmax)))}</text>`
    + `<text x="${P}" y="${H - 10}" font-size="11">${esc(new Date(t0).toISOString().slice(0, 16))}</text>`
    + `<text x="${W - P}" y="${H - 10}" font-size="11" text-anchor="end">${esc(new Date(t1).toISOString().slice(0, 16))}</text>`;
  pts.forEach((p) => {
    g += `<line x1="${x(p.f.firstSeen)}" y1="${y(p.f.value)}" x2="${x(p.f.lastSeen)}" y2="${y(p.f.value)}" stroke="${color(p.src)}" stroke-width="2"/>`
      + `<circle cx="${x(p.f.firstSeen)}" cy="${y(p.f.value)}" r="5" fill="${color(p.src)}"><title>${esc(p.src)}: ${esc(figureText(p.f))}</title></circle>`;
  });
  svg.innerHTML = g;
  $('#chart-title').textContent = `${[s.subject, s.measure].filter(Boolean).join(' · ')}: figures over time by source`;
  $('#chart-legend').innerHTML = sources.map((src) => `<span style="color:${color(src)}">● ${esc(src)}</span>`).join(' &nbsp; ');
  $('#chart-box').hidden = false;
}

async function health() {
  try {
    const res = await fetch('/health');
    const body = await res.json();
    $('#health').textContent = 'health: ' + Object.entries(body.components).map(([k, v]) => `${k} ${v}`).join(', ');
    $('#health').className = 'badge ' + (body.status === 'UP' ? 'up' : 'down');
  } catch (e) { $('#health').textContent = 'health: unreachable'; $('#health').className = 'badge down'; }
}

$('#filters').addEventListener('submit', (e) => {
  e.preventDefault();
  filters = Object.fromEntries([...new FormData(e.target)].filter(([, v]) => v.trim() !== ''));
  loadClaims();
});
loadClaims();
loadSummaries();
live();
health();
setInterval(health, 10000);
