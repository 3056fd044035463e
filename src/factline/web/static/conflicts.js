/* factline: the conflicts panel. Both sides of each conflict side by side, each with its evidence
   sentence, source and time, so an update can be told from a contradiction; and the analyst's
   annotation (resolved, preferred figure, note), saved beside the record, never over it. */
"use strict";

(function (f) {
  function side(conflict, item, annotation) {
    const preferred = annotation.preferred === item.key;
    const who = item.said_by ? item.stance + " by " + item.said_by : item.stance;
    const value = item.measure ? f.range(item.low, item.high) + " " + item.subject : item.text;
    return f.el("div", { class: "side" + (preferred ? " preferred" : ""), "data-key": item.key }, [
      f.el("p", { class: "value" }, [f.el("strong", { text: value }), " · " + who]),
      f.source(item, item.item),
      item.date ? f.el("p", { class: "when", text: "about " + item.date }) : null,
      f.evidence(item.evidence),
      preferred ? f.el("p", { class: "badge", text: "preferred by an analyst" }) : null,
    ]);
  }

  /* Sides published on different days may be an update rather than a contradiction. */
  function reading(sides) {
    const days = new Set(sides.map((s) => s.published || "undated"));
    const outlets = new Set(sides.map((s) => s.outlet || "unknown"));
    if (days.size > 1) return "published on different days: possibly an update";
    if (outlets.size > 1) return "same day, different sources: a contradiction";
    return "within one report";
  }

  function actions(conflict, story, onSaved) {
    const annotation = conflict.annotation || {};
    const form = f.el("form", { class: "annotate" }, [
      f.el("label", {}, [f.el("input", { type: "checkbox", name: "resolved", checked: annotation.resolved ? "checked" : null }), " resolved"]),
      ...conflict.sides.map((item, i) => f.el("label", {}, [
        f.el("input", { type: "radio", name: "preferred", value: item.key, checked: annotation.preferred === item.key ? "checked" : null }),
        " prefer side " + (i + 1),
      ])),
      f.el("textarea", { name: "note", rows: 2, placeholder: "note", text: annotation.note || "" }),
      f.el("button", { type: "submit", text: "save" }),
      f.el("span", { class: "saved", text: annotation.updated_at ? "saved " + annotation.updated_at : "" }),
    ]);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const chosen = form.querySelector("input[name=preferred]:checked");
      const body = { resolved: form.elements.resolved.checked, preferred: chosen ? chosen.value : null,
        note: form.elements.note.value || null };
      const url = "/api/stories/" + encodeURIComponent(story) + "/annotations/" + encodeURIComponent(conflict.key);
      const token = writeToken();
      const status = form.querySelector(".saved");
      if (!token) {
        status.textContent = "not saved: saving needs the token the server was started with";
        return;
      }
      fetch(url, {
        method: "PUT",
        headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
        body: JSON.stringify(body),
      })
        .then((response) => (response.ok ? response.json() : refused(response)))
        .then((saved) => onSaved(conflict, saved))
        .catch((error) => { status.textContent = "not saved: " + error.message; });
    });
    return form;
  }

  /* The server's write token (FACTLINE_TOKEN), asked for once and kept for this tab only. */
  const TOKEN_KEY = "factline-token";

  function writeToken() {
    let token = window.sessionStorage.getItem(TOKEN_KEY);
    if (!token) {
      token = window.prompt("Token to save annotations (the server's FACTLINE_TOKEN):") || "";
      if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    }
    return token;
  }

  /* A refused write: forget a token the server did not take, and say why in the server's words. */
  function refused(response) {
    if (response.status === 401) window.sessionStorage.removeItem(TOKEN_KEY);
    return response.json()
      .catch(() => ({}))
      .then((answer) => Promise.reject(new Error(answer.detail || answer.error || String(response.status))));
  }

  function annotationNote(annotation) {
    if (!annotation || !annotation.updated_at) return null;
    const parts = [annotation.resolved ? "resolved" : "open"];
    if (annotation.note) parts.push(annotation.note);
    return f.el("p", { class: "annotation", text: "Analyst: " + parts.join(" — ") });
  }

  f.conflicts = {
    render(container, conflicts, story, onSaved) {
      f.clear(container);
      if (!conflicts.length) {
        container.append(f.el("p", { class: "empty", text: "No conflict passes these filters." }));
        return;
      }
      for (const conflict of conflicts) {
        const annotation = conflict.annotation || {};
        container.append(f.el("article", {
          class: "conflict" + (annotation.resolved ? " resolved" : ""), "data-key": conflict.key,
        }, [
          f.el("h3", {}, [f.el("span", { class: "kind", text: conflict.kind }), " " + conflict.explanation]),
          f.el("p", { class: "reading", text: reading(conflict.sides) }),
          f.el("div", { class: "sides" }, conflict.sides.map((item) => side(conflict, item, annotation))),
          f.isReport ? annotationNote(annotation) : actions(conflict, story, onSaved),
        ]));
      }
    },
  };
})(window.factline);
