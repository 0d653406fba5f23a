// The analyst's desk: plain JavaScript over the REST API (/api/openapi.json), charts by Apache ECharts (SVG renderer).
// Panels register with Desk.panel(name, {render(state), ...}); each fills the <section data-panel="name"> of
// index.html. Every panel is drawn again when the filters change. A story view is one more panel.
'use strict';

const Desk = (() => {
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
    'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const FILTERS = ['type', 'actor', 'target', 'country', 'from', 'to', 'q'];
  const EVENTS_SHOWN = 2000;
  const panels = new Map();
  const charts = new Map();
  const state = { filters: {}, events: [], total: 0, selected: null };

  function panel(name, p) { panels.set(name, p); }

  function chart(id) {
    if (!charts.has(id)) {
      charts.set(id, echarts.init(document.getElementById(id), null, { renderer: 'svg' }));
    }
    return charts.get(id);
  }

  function query(extra) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(Object.assign({}, state.filters, extra || {}))) {
      if (v !== undefined && v !== null && v !== '') params.set(k, v);
    }
    const s = params.toString();
    return s ? '?' + s : '';
  }

  async function api(path) {
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await res.json();
    if (!res.ok) throw new Error(body.detail || res.statusText);
    return body;
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c === null || c === undefined ? '' : c);
    return e;
  }

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function name(actor) { return actor ? actor.name : '–'; }

  function when(d) {
    if (!d) return 'undated';
    if (d.earliest && d.earliest === d.latest) return d.earliest;
    return (d.earliest || '…') + ' .. ' + (d.latest || '…');
  }

  /** A day to draw an event on: the middle of its interval, or its known end. */
  function day(d) {
    if (!d) return null;
    if (d.earliest && d.latest) {
      const a = Date.parse(d.earliest), b = Date.parse(d.latest);
      return new Date(a + Math.floor((b - a) / 2 / 864e5) * 864e5).toISOString().slice(0, 10);
    }
    return d.earliest || d.latest;
  }

  function label(e) { return e.type + (e.mode ? '/' + e.mode : '') + ': ' + name(e.actor) + ' → ' + name(e.target); }

  async function select(id) {
    state.selected = id;
    document.querySelectorAll('#events tbody tr').forEach((r) => r.classList.toggle('selected', r.dataset.id === id));
    const box = document.getElementById('details');
    try {
      showDetails(box, await api('/api/events/' + encodeURIComponent(id)));
    } catch (err) {
      box.replaceChildren(el('p', { class: 'hint' }, 'Cannot load event: ' + err.message));
    }
  }

  function showDetails(box, e) {
    const place = e.place ? e.place.name + (e.place.country ? ' (' + e.place.country + ')' : '') : '–';
    const dl = el('dl', {},
      el('dt', {}, 'What'), el('dd', {}, e.type + (e.mode ? ' / ' + e.mode : '') + ', ' + e.modality),
      el('dt', {}, 'Actor'), el('dd', {}, name(e.actor)),
      el('dt', {}, 'Target'), el('dd', {}, name(e.target)),
      el('dt', {}, 'Where'), el('dd', {}, place),
      el('dt', {}, 'When'), el('dd', {}, when(e.date) + (e.date ? ' (' + e.date.precision + ')' : '')),
      el('dt', {}, 'Dead'), el('dd', {}, e.fatalities === null || e.fatalities === undefined ? '–' : String(e.fatalities)),
      el('dt', {}, 'Confidence'), el('dd', {}, e.confidence.toFixed(2)),
      el('dt', {}, 'Story'), el('dd', {}, e.story || '–'));
    const sources = e.mentions.map((m) => el('div', { class: 'mention' },
      el('blockquote', { class: 'sentence' }, m.sentence),
      el('div', { class: 'hint' }, 'Article ' + m.article + ', published ' + m.published + ' — trigger “' + m.trigger + '”')));
    const links = (e.links || []).map((l) => el('li', {}, l.type.replace('_', ' ') + ' ',
      el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); select(l.event); } }, l.event),
      l.evidence ? el('div', { class: 'hint' }, l.evidence) : ''));
    box.replaceChildren(el('h3', { id: 'details-title' }, label(e)), dl, el('h4', {}, 'Sources'), ...sources,
      links.length ? el('h4', {}, 'Answers') : '', links.length ? el('ul', {}, ...links) : '');
    box.dataset.event = e.id;
  }

  // ---- Panels ----

  panel('timeline', {
    render() {
      const points = state.events.filter((e) => day(e.date)).map((e) => ({
        name: label(e), id: e.id, value: [day(e.date), e.type, e.fatalities || 0, when(e.date)] }));
      chart('timeline').setOption({
        grid: { left: 90, right: 20, top: 10, bottom: 60 },
        tooltip: { formatter: (p) => esc(p.data.name) + '<br>' + esc(p.data.value[3]) },
        xAxis: { type: 'time', min: (v) => v.min - 864e5, max: (v) => v.max + 864e5,
          axisLabel: { formatter: '{yyyy}-{MM}-{dd}', hideOverlap: true } },
        yAxis: { type: 'category', data: TYPES.filter((t) => state.events.some((e) => e.type === t)) },
        dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 10 }, { type: 'inside', xAxisIndex: 0 }],
        series: [{ id: 'events', type: 'scatter', data: points,
          symbolSize: (v) => 8 + Math.min(20, Math.sqrt(v[2]) * 4), itemStyle: { color: '#c0392b', opacity: 0.75 } }],
      }, true);
    },
    init() { chart('timeline').on('click', (p) => p.data && select(p.data.id)); },
  });

  panel('map', {
    async init() {
      echarts.registerMap('world', await (await fetch('/map/countries-110m.geojson')).json());
      chart('map').on('click', (p) => {
        if (p.seriesType === 'scatter' && p.data) setFilters({ country: p.data.country || '' });
      });
    },
    async render() {
      const { places } = await api('/api/places' + query());
      const located = places.filter((p) => p.lat !== null && p.lon !== null);
      chart('map').setOption({
        tooltip: { formatter: (p) => p.data ? esc(p.data.name) + ': ' + p.data.events + ' events, '
          + p.data.fatalities + ' dead' : esc(p.name) },
        geo: { map: 'world', roam: true, itemStyle: { areaColor: '#e4e7ec', borderColor: '#9aa3b2' },
          emphasis: { itemStyle: { areaColor: '#cfd6e0' }, label: { show: false } } },
        series: [{ id: 'places', type: 'scatter', coordinateSystem: 'geo',
          data: located.map((p) => ({ name: p.name, country: p.country, events: p.events, fatalities: p.fatalities,
            value: [p.lon, p.lat, p.events] })),
          symbolSize: (v) => 6 + Math.min(30, Math.sqrt(v[2]) * 5),
          label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 },
          itemStyle: { color: '#c0392b', opacity: 0.8 } }],
      }, true);
      this.places = located;
    },
  });

  panel('graph', {
    init() {
      chart('graph').on('click', (p) => {
        if (p.dataType === 'edge') Desk.escalation(p.data.source, p.data.target);
        if (p.dataType === 'node') setFilters({ actor: p.data.id });
      });
    },
    async render() {
      const g = await api('/api/graph' + query());
      const max = Math.max(1, ...g.edges.map((e) => e.events));
      chart('graph').setOption({
        tooltip: { formatter: (p) => p.dataType === 'edge'
          ? esc(p.data.source) + ' → ' + esc(p.data.target) + ': ' + p.data.events + ' events'
          : esc(p.data.name) + ': ' + p.data.events + ' events' },
        series: [{ id: 'pairs', type: 'graph', layout: 'force', roam: true, draggable: true,
          force: { repulsion: 220, edgeLength: [80, 160] },
          edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10, autoCurveness: true,
          label: { show: true, position: 'right', formatter: '{b}' },
          data: g.nodes.map((n) => ({ id: n.id, name: n.name, events: n.events,
            symbolSize: 10 + Math.min(30, Math.sqrt(n.events) * 6) })),
          links: g.edges.map((e) => ({ source: e.source, target: e.target, events: e.events,
            lineStyle: { width: 1 + 7 * e.events / max, opacity: 0.7 } })) }],
      }, true);
      this.graph = g;
    },
  });

  panel('events', {
    render() {
      const rows = state.events.slice(0, 500).map((e) => el('tr', { 'data-id': e.id, onclick: () => select(e.id) },
        el('td', {}, when(e.date)), el('td', {}, e.type + (e.mode ? '/' + e.mode : '')),
        el('td', {}, name(e.actor)), el('td', {}, name(e.target)),
        el('td', {}, e.place ? e.place.name : '–'), el('td', {}, e.fatalities === null ? '–' : String(e.fatalities))));
      document.getElementById('events').replaceChildren(el('table', {},
        el('thead', {}, el('tr', {}, ...['When', 'What', 'Actor', 'Target', 'Where', 'Dead'].map((h) => el('th', {}, h)))),
        el('tbody', {}, ...rows)));
    },
  });

  // Escalation, computed here from the pair's events per day, both ways; the store's own escalation measure can
  // replace this panel when it is served.
  panel('escalation', { render() { if (this.pair) Desk.escalation(...this.pair); } });

  async function escalation(a, b) {
    const p = panels.get('escalation');
    p.pair = [a, b];
    const [ab, ba] = await Promise.all([
      api('/api/events' + query({ actor: a, target: b, limit: 5000 })),
      api('/api/events' + query({ actor: b, target: a, limit: 5000 }))]);
    const perDay = (events) => {
      const m = new Map();
      events.forEach((e) => { const d = day(e.date); if (d) m.set(d, (m.get(d) || 0) + 1); });
      return [...m.entries()].sort();
    };
    document.getElementById('escalation-hint').textContent = a + ' → ' + b + ': ' + ab.total + ' events; '
      + b + ' → ' + a + ': ' + ba.total + ' events';
    chart('escalation').setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 40, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'time' }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: a + ' → ' + b, type: 'bar', data: perDay(ab.events) },
        { name: b + ' → ' + a, type: 'bar', data: perDay(ba.events) }],
    }, true);
  }

  // ---- Filters and loading ----

  function setFilters(f) {
    const form = document.getElementById('filters');
    for (const [k, v] of Object.entries(f)) form.elements[k].value = v;
    form.requestSubmit();
  }

  async function load() {
    const status = document.getElementById('status');
    status.className = '';
    status.textContent = 'Loading…';
    document.body.dataset.ready = 'false';
    try {
      const page = await api('/api/events' + query({ limit: EVENTS_SHOWN }));
      state.events = page.events;
      state.total = page.total;
      for (const p of panels.values()) await p.render(state);
      status.textContent = page.total + ' events' + (page.total > page.events.length
        ? ', the first ' + page.events.length + ' drawn; narrow the filters to see the rest' : '');
    } catch (err) {
      status.className = 'error';
      status.textContent = err.message;
    }
    document.body.dataset.ready = 'true';
  }

  async function start() {
    const form = document.getElementById('filters');
    TYPES.forEach((t) => form.elements.type.append(el('option', { value: t }, t)));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      state.filters = {};
      FILTERS.forEach((k) => { state.filters[k] = form.elements[k].value.trim(); });
      load();
    });
    form.addEventListener('reset', () => setTimeout(() => form.requestSubmit(), 0));
    for (const p of panels.values()) if (p.init) await p.init();
    window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
    api('/api/actors').then(({ actors }) => document.getElementById('actor-list')
      .replaceChildren(...actors.slice(0, 200).map((a) => el('option', { value: a.id }, a.name)))).catch(() => {});
    await load();
  }

  return { panel, panels, state, select, escalation, start, chart };
})();

Desk.start();
