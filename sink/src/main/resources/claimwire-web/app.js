// claimwire's page: plain JavaScript against the API, no build step. Every element is built with DOM APIs and
// every value from the data goes in as text (textContent, setAttribute): no HTML is ever made from data, and the
// server's Content-Security-Policy forbids inline script besides.
const $ = (s) => document.querySelector(s);
const SVG = 'http://www.w3.org/2000/svg';
const TOKEN_KEY = 'claimwire.apiToken';
let filters = {};

// el('td', {title: 'x'}, 'text', child...): an element with attributes and children (strings become text nodes).
function el(tag, attrs = {}, ...children) {
  const e = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, String(v));
  for (const c of children) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

// Only web links become links: anything else (javascript:, data:) is shown as text.
function safeUrl(u) {
  try {
    const url = new URL(u, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) { return null; }
}

// Fetch with the tab's API token; a 401 asks for the token once and tries again.
async function api(path, options = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers = { ...(options.headers || {}) };
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch(path, { ...options, headers });
  if (res.status === 401) {
    // a request sent before the token was given may be refused after it was: try again with it, asking nothing
    if (sessionStorage.getItem(TOKEN_KEY) === token) await askToken(token != null);
    return api(path, options);
  }
  return res;
}

let asking = null;
function askToken(wrong) {
  if (asking) return asking;
  const form = $('#token-form');
  form.hidden = false;
  form.querySelector('label').firstChild.textContent = wrong ? 'That token was refused; the token: ' : 'This API asks for its token: ';
  asking = new Promise((resolve) => {
    form.onsubmit = (e) => {
      e.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, form.token.value);
      form.token.value = '';
      form.hidden = true;
      asking = null;
      resolve();
    };
  });
  return asking;
}

const fmt = (n) => (n == null ? '' : Number(n).toLocaleString('en'));
function figureText(c) {
  const q = { AT_LEAST: '≥ ', MORE_THAN: '> ', AT_MOST: '≤ ', FEWER_THAN: '< ', APPROXIMATELY: '~ ', UP_TO: '≤ ' }[c.qualifier] || '';
  const v = c.high != null ? `${fmt(c.value)}–${fmt(c.high)}` : fmt(c.value);
  return q + v + (c.unit ? ' ' + c.unit : '');
}

function row(c) {
  const who = [c.sourceName, c.sourceRole].filter(Boolean).join(', ') || c.sourceKind;
  const href = c.url ? safeUrl(c.url) : null;
  const outlet = href ? el('a', { href, rel: 'noopener noreferrer' }, c.outlet || 'link') : (c.outlet || c.url || '');
  return el('tr', { 'data-id': c.claimId },
    el('td', {}, (c.publishedAt || '').slice(0, 10)), el('td', {}, figureText(c)), el('td', {}, c.measure ?? ''),
    el('td', {}, c.subject ?? ''), el('td', {}, c.location ?? ''), el('td', {}, c.period ?? ''),
    el('td', { title: c.sentence ?? '' }, who), el('td', {}, outlet));
}

async function loadClaims() {
  const params = new URLSearchParams({ ...filters, limit: 200 });
  const res = await api('/claims?' + params);
  const body = await res.json();
  if (!res.ok) { $('#error').textContent = body.error; return; }
  $('#error').textContent = '';
  $('#claims tbody').replaceChildren(...body.claims.map(row));
  $('#count').textContent = `${body.claims.length} claim(s)` + (body.next ? ' (more: narrow the filters)' : '');
}

function matches(c) {
  const field = { source: 'sourceName', subject: 'subject', measure: 'measure', location: 'location', outlet: 'outlet', text: 'sentence' };
  for (const [k, col] of Object.entries(field)) {
    if (filters[k] && !String(c[col] ?? '').toLowerCase().includes(filters[k].toLowerCase())) return false;
  }
  return !filters.status && !filters.since && !filters.until;
}

function onClaim(c) {
  if (!matches(c)) return;
  for (const old of document.querySelectorAll('#claims tbody tr')) if (old.dataset.id === c.claimId) old.remove();
  const tr = row(c);
  tr.classList.add('new');
  $('#claims tbody').prepend(tr);
  $('#count').textContent = `${document.querySelectorAll('#claims tbody tr').length} claim(s)`;
  loadSummaries();
  loadStories();
}

function setLive(up) {
  $('#live').textContent = up ? 'live' : 'live: reconnecting';
  $('#live').className = 'badge ' + (up ? 'up' : 'down');
}

// Server-Sent Events read with fetch, so the stream carries the token in a header like every other request.
async function live() {
  let lastId = null;
  for (;;) {
    try {
      const headers = { Accept: 'text/event-stream' };
      if (lastId) headers['Last-Event-ID'] = lastId;
      const res = await api('/claims/stream', { headers });
      if (!res.ok || !res.body) throw new Error('HTTP ' + res.status);
      setLive(true);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += value.replace(/\r\n/g, '\n');
        for (let i; (i = buf.indexOf('\n\n')) >= 0;) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          let event = 'message'; const data = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
            else if (line.startsWith('id:')) lastId = line.slice(3).trim();
          }
          if (event === 'claim' && data.length) onClaim(JSON.parse(data.join('\n')));
        }
      }
    } catch (e) { /* reconnect below */ }
    setLive(false);
    await new Promise((r) => setTimeout(r, 3000));
  }
}

// One figure topic: its status, what it counts, and each figure with its sources and outlets; a click charts it.
function topicEl(s) {
  const where = [s.subject, s.measure].filter(Boolean).join(' · ') + (s.location ? ' in ' + s.location : '');
  const figures = s.figures.map((f) => el('div', { class: 'figure' + (f.superseded ? ' superseded' : '') },
    el('b', {}, figureText(f)), el('small', {}, (f.sources || []).join(', ') || 'unattributed'),
    el('small', {}, `${f.independentOutlets} outlet(s)`)));
  const topic = el('div', { class: 'topic ' + s.status }, el('div', { class: 'status' }, s.status), el('div', {}, where),
    el('div', { class: 'figures' }, ...figures));
  topic.addEventListener('click', () => chart(s));
  return topic;
}

let storyTimer = null;
function loadStories() {
  clearTimeout(storyTimer);
  storyTimer = setTimeout(async () => {
    const body = await (await api('/stories?limit=30')).json();
    const items = body.stories.map((st) => {
      const item = el('div', { class: 'story-item' }, el('b', {}, st.title || st.storyId),
        el('small', {}, `${st.articles} article(s), last ${String(st.lastSeen).slice(0, 16)}`));
      item.addEventListener('click', () => showStory(st.storyId));
      return item;
    });
    $('#stories').replaceChildren(...(items.length ? items : [el('p', {}, 'No stories yet.')]));
  }, 300);
}

// A story's articles beside its figure topics, disputes first (the API's order).
async function showStory(id) {
  const res = await api('/stories/' + encodeURIComponent(id));
  if (!res.ok) return;
  const st = await res.json();
  $('#story-title').textContent = st.title || st.storyId;
  $('#story-articles').replaceChildren(...st.articles.map((a) => el('li', {},
    el('a', { href: safeUrl(a.url), rel: 'noopener noreferrer', target: '_blank' }, a.title || a.articleId),
    el('small', {}, ' ' + (a.outlet || '')))));
  const topics = st.summaries.filter((s) => s.figures.length).map(topicEl);
  $('#story-topics').replaceChildren(...(topics.length ? topics : [el('p', {}, 'No figure topics in this story yet.')]));
  $('#story').hidden = false;
}

let summaryTimer = null;
function loadSummaries() {
  clearTimeout(summaryTimer);
  summaryTimer = setTimeout(async () => {
    const res = await api('/summaries?limit=100');
    const body = await res.json();
    const order = { DISPUTED: 0, CORROBORATED: 1, SINGLE: 2 };
    const list = body.summaries.filter((s) => s.figures.length).sort((a, b) => order[a.status] - order[b.status]);
    const topics = list.map(topicEl);
    $('#summaries').replaceChildren(...(topics.length ? topics : [el('p', {}, 'No figure topics yet.')]));
  }, 200);
}

// A topic's figures over time, by source: each figure a point at its first sighting, a line to its last.
function chart(s) {
  const W = 720, H = 260, P = 40;
  const pts = [];
  s.figures.forEach((f) => (f.sources && f.sources.length ? f.sources : ['unattributed']).forEach((src) => pts.push({ f, src })));
  const t0 = Math.min(...pts.map((p) => p.f.firstSeen)), t1 = Math.max(...pts.map((p) => p.f.lastSeen), t0 + 1);
  const vmax = Math.max(...pts.map((p) => p.f.high ?? p.f.value)) * 1.1 || 1;
  const x = (t) => P + ((t - t0) / (t1 - t0)) * (W - 2 * P), y = (v) => H - P - (v / vmax) * (H - 2 * P);
  const sources = [...new Set(pts.map((p) => p.src))];
  const color = (src) => `hsl(${(sources.indexOf(src) * 137) % 360},60%,40%)`;
  const parts = [
    el('svg:line', { x1: P, y1: H - P, x2: W - P, y2: H - P, stroke: '#999' }),
    el('svg:line', { x1: P, y1: P, x2: P, y2: H - P, stroke: '#999' }),
    el('svg:text', { x: P, y: P - 8, 'font-size': 11 }, fmt(Math.round(vmax))),
    el('svg:text', { x: P, y: H - 10, 'font-size': 11 }, new Date(t0).toISOString().slice(0, 16)),
    el('svg:text', { x: W - P, y: H - 10, 'font-size': 11, 'text-anchor': 'end' }, new Date(t1).toISOString().slice(0, 16)),
  ];
  pts.forEach((p) => {
    parts.push(el('svg:line', { x1: x(p.f.firstSeen), y1: y(p.f.value), x2: x(p.f.lastSeen), y2: y(p.f.value), stroke: color(p.src), 'stroke-width': 2 }));
    parts.push(el('svg:circle', { cx: x(p.f.firstSeen), cy: y(p.f.value), r: 5, fill: color(p.src) },
      el('svg:title', {}, `${p.src}: ${figureText(p.f)}`)));
  });
  $('#chart').replaceChildren(...parts);
  $('#chart-title').textContent = `${[s.subject, s.measure].filter(Boolean).join(' · ')}: figures over time by source`;
  $('#chart-legend').replaceChildren(...sources.map((src) => {
    const span = el('span', {}, '● ' + src);
    span.style.color = color(src); // a CSSOM property, which the policy allows, not an inline style attribute
    return span;
  }));
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
loadStories();
live();
health();
setInterval(health, 10000);
