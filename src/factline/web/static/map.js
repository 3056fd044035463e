/* factline: the map panel, drawn offline in SVG: the Natural Earth outline shipped with factline,
   and one marker per place, sized by fatalities. A solid dot is a town; a ring is the centre of a
   region or a country, so a centroid is never mistaken for a precise point. */
"use strict";

(function (f) {
  const WIDTH = 600;
  const MIN_SPAN_DEGREES = 12;

  /* The box the map shows: every placed event of the story, padded, at least 12 degrees wide. */
  function extentOf(events) {
    const placed = events.filter((e) => e.place && e.place.lat !== null && e.place.lon !== null);
    if (!placed.length) return { west: -180, east: 180, south: -60, north: 80 };
    const lons = placed.map((e) => e.place.lon);
    const lats = placed.map((e) => e.place.lat);
    const box = { west: Math.min(...lons), east: Math.max(...lons),
      south: Math.min(...lats), north: Math.max(...lats) };
    const pad = Math.max(MIN_SPAN_DEGREES - (box.east - box.west), 0) / 2 + 3;
    const padLat = Math.max(MIN_SPAN_DEGREES / 2 - (box.north - box.south), 0) / 2 + 3;
    // More room on the east: place names are written to the right of their markers.
    return { west: box.west - pad, east: box.east + pad + 4, south: box.south - padLat, north: box.north + padLat };
  }

  /* Equirectangular, with longitudes shrunk by the cosine of the middle latitude. */
  function projection(extent) {
    const middle = ((extent.north + extent.south) / 2) * Math.PI / 180;
    const xScale = WIDTH / (extent.east - extent.west);
    const yScale = xScale / Math.max(Math.cos(middle), 0.2);
    const height = (extent.north - extent.south) * yScale;
    return {
      height: height,
      point: (lon, lat) => [(lon - extent.west) * xScale, (extent.north - lat) * yScale],
    };
  }

  function outlinePath(country, project, extent) {
    let path = "";
    for (const ring of country.rings) {
      if (!ringNear(ring, extent)) continue;
      path += ring.map(([lon, lat], i) => {
        const [x, y] = project.point(lon, lat);
        return (i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1);
      }).join("") + "Z";
    }
    return path;
  }

  function ringNear(ring, extent) {
    return ring.some(([lon, lat]) => lon > extent.west - 30 && lon < extent.east + 30 &&
      lat > extent.south - 30 && lat < extent.north + 30);
  }

  /* Events grouped by place, with the most fatalities any one of them reported (not a sum:
     several reports of one event would count its dead twice). */
  function placesOf(events) {
    const places = new Map();
    for (const event of events) {
      const place = event.place;
      if (!place || place.lat === null || place.lon === null) continue;
      if (!places.has(place.name)) places.set(place.name, { place: place, events: [], fatalities: 0 });
      const entry = places.get(place.name);
      entry.events.push(event);
      entry.fatalities = Math.max(entry.fatalities, event.fatalities || 0);
    }
    return [...places.values()];
  }

  function marker(entry, project, chosenPlace, choose) {
    const [x, y] = project.point(entry.place.lon, entry.place.lat);
    const radius = 5 + 2.5 * Math.sqrt(entry.fatalities);
    const precise = entry.place.precision === "town";
    const label = entry.place.name + " (" + (precise ? "town" : "centre of a " + entry.place.precision) +
      "): " + entry.events.length + " events, at most " + entry.fatalities + " dead in one report";
    const group = f.svg("g", {
      class: "marker " + (precise ? "precise" : "centroid") + (chosenPlace === entry.place.name ? " chosen" : ""),
      "data-place": entry.place.name, "data-precision": entry.place.precision, tabindex: 0, role: "button",
      "aria-label": label,
    }, [
      f.svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: Math.min(radius, 40).toFixed(1) }),
      f.svg("text", { x: (x + radius + 3).toFixed(1), y: (y + 4).toFixed(1), text: entry.place.name }),
      f.svg("title", { text: label }),
    ]);
    group.addEventListener("click", () => choose(entry.place.name));
    group.addEventListener("keydown", (event) => { if (event.key === "Enter") choose(entry.place.name); });
    return group;
  }

  f.map = {
    render(svg, world, allEvents, events, chosenPlace, choose) {
      f.clear(svg);
      const extent = extentOf(allEvents);
      const project = projection(extent);
      svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + project.height.toFixed(0));
      svg.append(f.svg("rect", { class: "sea", x: 0, y: 0, width: WIDTH, height: project.height.toFixed(0) }));
      for (const country of (world && world.countries) || []) {
        const path = outlinePath(country, project, extent);
        if (path) svg.append(f.svg("path", { class: "land", d: path, "fill-rule": "evenodd" },
          f.svg("title", { text: country.name })));
      }
      const entries = placesOf(events).sort((a, b) => b.fatalities - a.fatalities);
      for (const entry of entries) svg.append(marker(entry, project, chosenPlace, choose));
    },
  };
})(window.factline);
