/* factline: the story page. One filter state, kept in the URL, drives every panel: the timeline,
   the map, the figures and the conflicts. The filter rules are those of factline/web/filters.py. */
"use strict";

(function (f) {
  const FILTERS = ["start", "end", "type", "actor", "place"];
  const CALENDAR_DATE = /^\d{4}(-\d{2}){0,2}$/;  // year, month or day; not a week or "XXXX"
  const data = JSON.parse(document.getElementById("story-data").textContent);
  f.isReport = document.documentElement.hasAttribute("data-report") || Boolean(data.report);
  let world = null;
  let filters = readFilters();

  function readFilters() {
    const query = new URLSearchParams(window.location.search || window.location.hash.slice(1));
    const read = {};
    for (const name of FILTERS) read[name] = query.get(name) || null;
    return read;
  }

  function queryString() {
    const query = new URLSearchParams();
    for (const name of FILTERS) if (filters[name]) query.set(name, filters[name]);
    return query.toString();
  }

  /* Keep the filters in the URL, so a view can be bookmarked and sent. In the one-file report
     (opened from disk) they go in the fragment, which needs no server. */
  function writeFilters() {
    const query = queryString();
    if (f.isReport) {
      window.location.hash = query;
      return;
    }
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function keepsDay(day) {
    if (!filters.start && !filters.end) return true;
    if (!day || !CALENDAR_DATE.test(day.slice(0, 10))) return false;
    // A month or a year is kept when it overlaps the range: its first and last possible day.
    const first = (day.slice(0, 10) + "-00-00").slice(0, 10);
    const last = (day.slice(0, 10) + "-99-99").slice(0, 10);
    return (!filters.start || last >= filters.start) && (!filters.end || first <= filters.end);
  }

  function keepsEvent(event) {
    return keepsDay(event.date) &&
      (!filters.type || event.type === filters.type) &&
      (!filters.actor || event.source_actor === filters.actor || event.target_actor === filters.actor) &&
      (!filters.place || (event.place && event.place.name === filters.place));
  }

  function keepsFigure(row) {
    return keepsDay(row.date || row.published) && (!filters.place || !row.place || row.place === filters.place);
  }

  function keptPanels() {
    return data.figures
      .map((panel) => ({ ...panel, figures: panel.figures.filter(keepsFigure) }))
      .filter((panel) => panel.figures.length);
  }

  function setFilters(changes) {
    Object.assign(filters, changes);
    writeFilters();
    render();
  }
  f.setFilters = setFilters;

  function choosePlace(name) {
    setFilters({ place: filters.place === name ? null : name });
  }

  function onSaved(conflict, saved) {
    conflict.annotation = saved;
    render();
  }

  function syncForm() {
    const form = document.getElementById("filters");
    for (const name of FILTERS) form.elements[name].value = filters[name] || "";
    for (const link of document.querySelectorAll("#exports a[data-format]")) {
      const base = link.getAttribute("href").split("?")[0];
      const query = queryString();
      link.setAttribute("href", base + (query ? "?" + query : ""));
    }
  }

  function render() {
    const events = data.events.filter(keepsEvent);
    const conflicts = data.conflicts.filter((c) => c.sides.some(keepsFigure));
    document.getElementById("count-shown").textContent = String(events.length);
    f.timeline.render(document.getElementById("timeline-brush"), document.getElementById("timeline-days"),
      data.events, events, filters, (start, end) => setFilters({ start: start, end: end }));
    f.map.render(document.getElementById("map-svg"), world, data.events, events, filters.place, choosePlace);
    f.figures.render(document.getElementById("figure-panels"), keptPanels(), allOutlets());
    f.conflicts.render(document.getElementById("conflict-list"), conflicts, data.story, onSaved);
    syncForm();
  }

  function allOutlets() {
    const outlets = new Set();
    for (const panel of data.figures) for (const outlet of panel.outlets) outlets.add(outlet);
    return [...outlets].sort();
  }

  function wireForm() {
    const form = document.getElementById("filters");
    form.addEventListener("change", (event) => {
      if (FILTERS.includes(event.target.name)) setFilters({ [event.target.name]: event.target.value || null });
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const changes = {};
      for (const name of FILTERS) changes[name] = form.elements[name].value || null;
      setFilters(changes);
    });
    document.getElementById("clear-filters").addEventListener("click", () => {
      const cleared = {};
      for (const name of FILTERS) cleared[name] = null;
      setFilters(cleared);
    });
  }

  /* The world outline: embedded in the report, fetched once from this server otherwise. */
  function loadWorld() {
    const holder = document.getElementById("world-data");
    const embedded = JSON.parse(holder.textContent);
    if (embedded || !holder.dataset.src) return Promise.resolve(embedded);
    return fetch(holder.dataset.src).then((response) => response.json());
  }

  wireForm();
  render();
  loadWorld().then((outline) => {
    world = outline;
    render();
    document.body.setAttribute("data-ready", "true");
  });
})(window.factline);
