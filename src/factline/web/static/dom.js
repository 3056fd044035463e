/* factline: small DOM helpers shared by the story page's panels.
   Text from reports only ever enters the page through textContent, never as HTML. */
"use strict";
window.factline = window.factline || {};

(function (f) {
  const SVG_NS = "http://www.w3.org/2000/svg";

  /* One colour per PLOVER type, by quad: verbal cooperation blue, material cooperation green,
     verbal conflict amber, material conflict red and purple. */
  f.TYPE_COLOURS = {
    AGREE: "#1f6fb4", CONSULT: "#4a90d9", SUPPORT: "#7fb3e6",
    CONCEDE: "#1b7f4c", COOPERATE: "#3aa76d", AID: "#74c69d", RETREAT: "#9bc53d",
    REQUEST: "#c98a00", ACCUSE: "#e0a526", REJECT: "#b86b00", THREATEN: "#e07b00",
    PROTEST: "#8e44ad", SANCTION: "#6c5b7b", MOBILIZE: "#c0392b", COERCE: "#d35454",
    ASSAULT: "#8b0000",
  };
  f.SOURCE_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
    "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];

  f.el = function (tag, attrs, children) {
    const node = document.createElement(tag);
    setAll(node, attrs);
    append(node, children);
    return node;
  };

  f.svg = function (tag, attrs, children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAll(node, attrs);
    append(node, children);
    return node;
  };

  function setAll(node, attrs) {
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = String(value);
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, String(value));
    }
  }

  function append(node, children) {
    for (const child of [].concat(children || [])) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
  }

  f.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  };

  /* The sentence an item came from, with the item's own words marked. */
  f.evidence = function (evidence) {
    return f.el("blockquote", { class: "evidence" }, [
      evidence.before, f.el("mark", { text: evidence.mark }), evidence.after,
    ]);
  };

  /* Where an item came from: outlet, publication day, and (on the server) a link to it. */
  f.source = function (report, item) {
    const parts = [
      f.el("span", { class: "outlet", text: report.outlet || "unknown source" }),
      " · ",
      f.el("time", { text: report.published || "undated" }),
    ];
    if (!f.isReport) {
      const href = "/documents/" + encodeURIComponent(report.document) + "#" + encodeURIComponent(item);
      parts.push(" · ", f.el("a", { href: href, class: "doc-link", text: "in the report" }));
    }
    return f.el("span", { class: "source" }, parts);
  };

  f.range = function (low, high) {
    const shown = (value) => (value === null || value === undefined ? "?" : value.toLocaleString("en"));
    if (high === null || high === undefined) return "at least " + shown(low);
    return low === high ? shown(low) : shown(low) + "–" + shown(high);
  };

  f.isDay = (value) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value);
})(window.factline);
