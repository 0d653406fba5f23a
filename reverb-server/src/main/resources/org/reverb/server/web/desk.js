// The analyst's desk: plain JavaScript over the REST API (/api/openapi.json), charts by Apache ECharts (SVG renderer).
// Panels register with Desk.panel(name, {render(state), ...}); each fills the <section data-panel="name"> of
// index.html. Every panel is drawn again when the filters change (the story and escalation panels show what the
// server computes over the whole store, so they keep what they show).
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
      el('dt', {}, 'Story'), el('dd', {}, e.story ? el('a', { href: '#story-panel', id: 'details-story',
        onclick: (ev) => { ev.preventDefault(); story(e.story, true); } }, e.story) : '–'));
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

  // ---- Story view: the stories, and one story's events in timeline order with the links between them ----

  panel('story', {
    async init() {
      chart('story').on('click', (p) => { if (p.dataType === 'node' && p.data) select(p.data.id); });
      const { stories } = await api('/api/stories');
      this.stories = stories;
      const rows = stories.map((s) => el('tr', { 'data-story': s.id, onclick: () => story(s.id) },
        el('td', { class: 'title' }, s.title), el('td', {}, s.first === s.last ? s.first : s.first + ' .. ' + s.last),
        el('td', {}, String(s.articles.length)), el('td', {}, String(s.events))));
      document.getElementById('stories').replaceChildren(stories.length ? el('table', {},
        el('thead', {}, el('tr', {}, ...['Story', 'Published', 'Articles', 'Events'].map((h) => el('th', {}, h)))),
        el('tbody', {}, ...rows)) : el('p', { class: 'hint' }, 'No stories in the store.'));
    },
    render() {},
  });

  /** Draws story {@code id}: its events left to right in timeline order, by type, arrows from answer to answered. */
  async function story(id, scroll) {
    document.querySelectorAll('#stories tbody tr').forEach((r) => r.classList.toggle('selected', r.dataset.story === id));
    const hint = document.getElementById('story-hint');
    if (scroll) document.getElementById('story-panel').scrollIntoView();
    let s;
    try {
      s = await api('/api/stories/' + encodeURIComponent(id));
    } catch (err) {
      hint.textContent = 'Cannot load story: ' + err.message;
      return;
    }
    const events = s.timeline;
    const types = TYPES.filter((t) => events.some((e) => e.type === t));
    const shown = new Set(events.map((e) => e.id));
    const links = events.flatMap((e) => e.links.filter((l) => shown.has(l.event)).map((l) => ({
      source: e.id, target: l.event, value: l.type.replace('_', ' '),
      label: { show: true, formatter: l.type.replace('_', ' '), fontSize: 10 } })));
    chart('story').setOption({
      grid: { left: 90, right: 30, top: 20, bottom: 70 },
      tooltip: { formatter: (p) => p.dataType === 'edge' ? esc(p.data.source) + ' ' + esc(p.data.value) + ' '
        + esc(p.data.target) : esc(p.data.text) + '<br>' + esc(p.data.when)
          + (p.data.step ? '<br>escalation step: ' + esc(p.data.step) : '') },
      xAxis: { type: 'category', data: events.map((e, i) => (i + 1) + '. ' + when(e.date)),
        axisLabel: { rotate: 20, fontSize: 10, interval: 0 } },
      yAxis: { type: 'category', data: types },
      series: [{ id: 'story', type: 'graph', coordinateSystem: 'cartesian2d', roam: false,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 9,
        lineStyle: { color: '#1d2330', width: 1.5, curveness: 0.3, opacity: 0.8 },
        label: { show: true, position: 'top', fontSize: 11, formatter: (p) => p.data.short },
        data: events.map((e, i) => ({ id: e.id, name: e.id, value: [i, e.type], text: label(e),
          short: (e.mode || e.type.toLowerCase()) + (e.place ? ', ' + e.place.name : ''), when: when(e.date),
          step: e.step ? stepLabel(e.step) : null,
          symbolSize: 12 + Math.min(16, Math.sqrt(e.fatalities || 0) * 5),
          itemStyle: { color: e.step ? '#c0392b' : '#7f8c9d', borderColor: '#1d2330',
            borderWidth: e.step && e.step.answers ? 2 : 0 } })),
        links }],
    }, true);
    hint.textContent = s.title + ' (' + s.id + '): ' + events.length + ' events, ' + links.length
      + ' links between them; red marks an escalation step. Click an event for its details.';
    document.getElementById('story').dataset.story = s.id;
  }

  function stepLabel(step) {
    return step.up && step.answers ? 'up, tit-for-tat' : step.up ? 'up' : 'tit-for-tat';
  }

  // ---- Escalation: the server's measure for a pair (GET /api/escalation), both ways, steps marked ----

  panel('escalation', { render() {} });

  async function escalation(a, b) {
    const hint = document.getElementById('escalation-hint');
    let e;
    try {
      e = await api('/api/escalation?' + new URLSearchParams({ a, b }).toString());
    } catch (err) {
      hint.textContent = 'Cannot load the escalation: ' + err.message;
      return;
    }
    const forward = a + ' → ' + b, backward = b + ' → ' + a;
    const days = new Set(e.series.map((d) => d.day));
    const party = (actor, p) => actor && (actor.id.toLowerCase() === p.toLowerCase()
      || actor.name.toLowerCase() === p.toLowerCase());
    const steps = e.timeline.filter((t) => t.step);
    // The series day of an event (as the server places it): the middle of a closed interval of at most 14 days.
    const placed = (d) => d && d.earliest && d.latest && Date.parse(d.latest) - Date.parse(d.earliest) < 14 * 864e5
      && days.has(day(d));
    const marks = (fromA) => steps.filter((t) => placed(t.date) && party(t.actor, a) === fromA
      && party(t.target, fromA ? b : a)).map((t) => ({ name: stepLabel(t.step), coord: [day(t.date), t.step.intensity],
      value: t.step.answers ? (t.step.up ? 'up⇄' : '⇄') : 'up', id: t.id }));
    chart('escalation').setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 40, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'time', min: (v) => v.min - 2 * 864e5, max: (v) => v.max + 2 * 864e5,
        axisLabel: { formatter: '{yyyy}-{MM}-{dd}', hideOverlap: true } },
      yAxis: { type: 'value', name: 'intensity' },
      series: [
        { name: forward, type: 'bar', barMaxWidth: 18, data: e.series.map((d) => [d.day, d.forward]),
          markPoint: { symbolSize: 40, label: { fontSize: 10 }, data: marks(true) } },
        { name: backward, type: 'bar', barMaxWidth: 18, data: e.series.map((d) => [d.day, d.backward]),
          markPoint: { symbolSize: 40, label: { fontSize: 10 }, data: marks(false) } }],
    }, true);
    const sum = (k) => e.series.reduce((t, d) => t + d[k], 0).toFixed(1);
    hint.textContent = forward + ': ' + sum('forward') + '; ' + backward + ': ' + sum('backward')
      + ' (intensity over ' + e.series.length + (e.series.length === 1 ? ' day' : ' days') + '); trend '
      + e.trend + ' (slope ' + e.slope.toFixed(3) + ' per day); ' + e.unplaced
      + ' with open or vague dates left out. Pins mark the steps: up (more intense than before), ⇄ (tit-for-tat).';
    document.getElementById('escalation-steps').replaceChildren(...steps.map((t) => el('li', { 'data-id': t.id },
      el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); select(t.id); } }, label(t)),
      ' (' + when(t.date) + '): ' + stepLabel(t.step) + (t.step.answers ? ', answers ' + t.step.answers : ''))));
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

  return { panel, panels, state, select, story, escalation, start, chart };
})();

Desk.start();
