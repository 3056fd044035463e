/* factline: the timeline panel. A strip of bars (events per day) to brush a date range, and the
   events by day, coloured by PLOVER type, each opening onto its reports and evidence. */
"use strict";

(function (f) {
  const BAR_WIDTH = 18;
  const STRIP_HEIGHT = 56;

  /* Days with events, in order, and how many events of each day pass the other filters. */
  function dayCounts(events) {
    const counts = new Map();
    for (const event of events) {
      if (!f.isDay(event.date)) continue;
      const day = event.date.slice(0, 10);
      counts.set(day, (counts.get(day) || 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  function renderBrush(svg, allEvents, filters, setRange) {
    f.clear(svg);
    const days = dayCounts(allEvents);
    const most = Math.max(1, ...days.map(([, count]) => count));
    const width = Math.max(days.length * BAR_WIDTH, 120);
    svg.setAttribute("viewBox", "0 0 " + width + " " + (STRIP_HEIGHT + 14));
    svg.setAttribute("width", width);
    svg.setAttribute("height", STRIP_HEIGHT + 14);
    days.forEach(([day, count], index) => {
      const height = Math.max(3, (count / most) * STRIP_HEIGHT);
      const chosen = (!filters.start || day >= filters.start) && (!filters.end || day <= filters.end);
      svg.append(f.svg("rect", {
        class: "bar" + (chosen ? " chosen" : ""), "data-day": day, "data-index": index,
        x: index * BAR_WIDTH + 2, y: STRIP_HEIGHT - height, width: BAR_WIDTH - 4, height: height,
      }, f.svg("title", { text: day + ": " + count + " events" })));
      if (index === 0 || index === days.length - 1 || index % 4 === 0) {
        svg.append(f.svg("text", { x: index * BAR_WIDTH + 2, y: STRIP_HEIGHT + 12, class: "tick",
          text: day.slice(5) }));
      }
    });
    brushable(svg, days.map(([day]) => day), setRange);
  }

  /* Press on one bar, release on another: the days between become the date range. */
  function brushable(svg, days, setRange) {
    let from = null;
    const indexAt = (event) => {
      const bar = event.target.closest("rect.bar");
      return bar ? Number(bar.getAttribute("data-index")) : null;
    };
    svg.onmousedown = (event) => { from = indexAt(event); event.preventDefault(); };
    svg.onmouseup = (event) => {
      const to = indexAt(event);
      if (from === null || to === null) { from = null; return; }
      const [first, last] = from <= to ? [from, to] : [to, from];
      from = null;
      setRange(days[first], days[last]);
    };
  }

  function renderDays(container, events, selected) {
    f.clear(container);
    if (!events.length) {
      container.append(f.el("p", { class: "empty", text: "No event passes these filters." }));
      return;
    }
    const byDay = new Map();
    for (const event of events) {
      const day = event.date || "undated";
      if (!byDay.has(day)) byDay.set(day, []);
      byDay.get(day).push(event);
    }
    for (const [day, dayEvents] of byDay) {
      container.append(f.el("div", { class: "day", "data-day": day }, [
        f.el("h3", { text: day }),
        f.el("ul", { class: "events" }, dayEvents.map((event) => eventItem(event, selected))),
      ]));
    }
  }

  function eventItem(event, selected) {
    const colour = f.TYPE_COLOURS[event.type] || "#555";
    const details = f.el("div", { class: "supports", hidden: "hidden" },
      event.reports.map((report) => f.el("div", { class: "support" }, [
        f.source(report, report.item),
        report.date && report.date !== event.date ? f.el("span", { class: "dates-given", text: " · says " + report.date }) : null,
        f.evidence(report.evidence),
      ])));
    const summary = f.el("button", { type: "button", class: "event-summary", "aria-expanded": "false" }, [
      f.el("span", { class: "type", "data-type": event.type, text: event.type }),
      " ", f.el("span", { class: "trigger", text: event.trigger }),
      event.place ? f.el("span", { class: "where", text: " in " + event.place.name }) : null,
      actorsOf(event),
      event.fatalities ? f.el("span", { class: "dead", text: " · " + event.fatalities + " dead" }) : null,
      f.el("span", { class: "reports", text: " · " + event.reports.length + (event.reports.length === 1 ? " report" : " reports") }),
      event.dates_given.length > 1 ? f.el("span", { class: "dates-given", text: " · reports differ on the day: " + event.dates_given.join(", ") }) : null,
    ]);
    summary.querySelector(".type").style.backgroundColor = colour;
    summary.addEventListener("click", () => {
      const open = details.hasAttribute("hidden");
      if (open) details.removeAttribute("hidden"); else details.setAttribute("hidden", "hidden");
      summary.setAttribute("aria-expanded", String(open));
    });
    const item = f.el("li", { class: "event" + (selected && selected.has(event.id) ? " selected" : ""),
      "data-id": event.id }, [summary, details]);
    item.style.borderLeftColor = colour;
    return item;
  }

  function actorsOf(event) {
    if (!event.source_actor && !event.target_actor) return null;
    const who = [event.source_actor || "?", event.target_actor].filter(Boolean).join(" → ");
    return f.el("span", { class: "actors", text: " · " + who });
  }

  f.timeline = {
    render(strip, days, allEvents, events, filters, setRange) {
      renderBrush(strip, allEvents, filters, setRange);
      renderDays(days, events, null);
    },
  };
})(window.factline);
