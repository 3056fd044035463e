/* factline: the figures panel. For each measure, a chart of the values sources gave over
   publication time, one colour per source, a range drawn as a band; the current figure and why. */
"use strict";

(function (f) {
  const WIDTH = 560;
  const HEIGHT = 150;
  const MARGIN = { left: 56, right: 12, top: 10, bottom: 24 };
  const DAY_MS = 86400000;

  function dayNumber(value) {
    return f.isDay(value) ? Date.parse(value.slice(0, 10)) / DAY_MS : null;
  }

  function scales(figures) {
    const days = figures.map((row) => dayNumber(row.published)).filter((d) => d !== null);
    const first = days.length ? Math.min(...days) : 0;
    const last = days.length ? Math.max(...days) : 1;
    const top = Math.max(1, ...figures.map((row) => row.high ?? row.low ?? 0)) * 1.1;
    const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
    const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
    return {
      top: top,
      x: (day) => MARGIN.left + (last === first ? plotWidth / 2 : ((day - first) / (last - first)) * plotWidth),
      y: (value) => MARGIN.top + plotHeight - (value / top) * plotHeight,
      first: first, last: last,
    };
  }

  function axes(svg, scale) {
    const bottom = HEIGHT - MARGIN.bottom;
    svg.append(f.svg("line", { class: "axis", x1: MARGIN.left, y1: bottom, x2: WIDTH - MARGIN.right, y2: bottom }));
    svg.append(f.svg("line", { class: "axis", x1: MARGIN.left, y1: MARGIN.top, x2: MARGIN.left, y2: bottom }));
    for (const fraction of [0, 0.5, 1]) {
      const value = Math.round((scale.top / 1.1) * fraction);
      svg.append(f.svg("text", { class: "tick", x: MARGIN.left - 4, y: scale.y(value) + 4,
        "text-anchor": "end", text: value.toLocaleString("en") }));
    }
    const ends = scale.first === scale.last ? [[scale.first, "middle"]] : [[scale.first, "start"], [scale.last, "end"]];
    for (const [day, anchor] of ends) {
      const label = new Date(day * DAY_MS).toISOString().slice(0, 10);
      svg.append(f.svg("text", { class: "tick", x: scale.x(day), y: HEIGHT - 6, "text-anchor": anchor, text: label }));
    }
  }

  /* One figure: a band from low to high (to the top for "at least"), and a dot at its low end. */
  function mark(row, scale, colour, offset) {
    const day = dayNumber(row.published);
    if (day === null || row.low === null) return null;
    const x = scale.x(day) + offset;
    const title = f.svg("title", { text: (row.outlet || "unknown source") + ", " + row.published + ": " +
      row.text + " (" + row.subject + ")" + (row.said_by ? ", " + row.stance + " by " + row.said_by : "") });
    const group = f.svg("g", { class: "figure-mark", "data-key": row.key }, title);
    const high = row.high === null ? scale.top : row.high;
    if (high !== row.low) {
      const band = f.svg("rect", { class: "band" + (row.high === null ? " open" : ""), x: x - 5, width: 10,
        y: scale.y(high), height: Math.max(1, scale.y(row.low) - scale.y(high)) });
      band.style.fill = colour;
      group.append(band);
    }
    const dot = f.svg("circle", { cx: x, cy: scale.y(row.low), r: 4 });
    dot.style.fill = colour;
    group.append(dot);
    return group;
  }

  function chart(panel, colours) {
    const svg = f.svg("svg", { class: "chart", viewBox: "0 0 " + WIDTH + " " + HEIGHT, role: "img",
      "aria-label": panel.measure + " over publication time" });
    const scale = scales(panel.figures);
    axes(svg, scale);
    const sameDay = new Map();  // figures published the same day stand side by side
    for (const row of panel.figures) {
      const count = sameDay.get(row.published) || 0;
      sameDay.set(row.published, count + 1);
      const drawn = mark(row, scale, colours.get(row.outlet || "unknown source"), count * 6);
      if (drawn) svg.append(drawn);
    }
    return svg;
  }

  function legend(panel, colours) {
    return f.el("p", { class: "chart-legend" }, panel.outlets.map((outlet) => {
      const swatch = f.el("span", { class: "swatch", text: "■" });
      swatch.style.color = colours.get(outlet);
      return f.el("span", { class: "legend-item" }, [swatch, " " + outlet + " "]);
    }));
  }

  function current(panel) {
    const figure = panel.current;
    if (!figure) return f.el("p", { class: "current", text: "No standing figure." });
    return f.el("p", { class: "current" }, [
      "Current: ", f.el("strong", { text: f.range(figure.low, figure.high) + " " + figure.subject }),
      " — ", f.el("span", { class: "reason", text: figure.reason }),
    ]);
  }

  function table(panel) {
    return f.el("details", { class: "figure-rows" }, [
      f.el("summary", { text: panel.figures.length + (panel.figures.length === 1 ? " figure" : " figures") + " with evidence" }),
      f.el("ul", {}, panel.figures.map((row) => f.el("li", { class: "figure-row" }, [
        f.el("strong", { text: f.range(row.low, row.high) + " " + row.subject }),
        " (" + row.qualifier + ", " + row.stance + (row.said_by ? " by " + row.said_by : "") + ") ",
        f.source(row, row.item), f.evidence(row.evidence),
      ]))),
    ]);
  }

  f.figures = {
    render(container, panels, allOutlets) {
      f.clear(container);
      const colours = new Map(allOutlets.map((outlet, i) => [outlet, f.SOURCE_COLOURS[i % f.SOURCE_COLOURS.length]]));
      if (!panels.length) container.append(f.el("p", { class: "empty", text: "No figure passes these filters." }));
      for (const panel of panels) {
        container.append(f.el("article", { class: "figure-panel", "data-measure": panel.measure }, [
          f.el("h3", { text: panel.measure }), current(panel), chart(panel, colours), legend(panel, colours), table(panel),
        ]));
      }
    },
  };
})(window.factline);
