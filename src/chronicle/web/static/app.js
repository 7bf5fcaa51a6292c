// chronicle review desk: the little behaviour the pages need. Loaded as a
// file (the Content-Security-Policy forbids inline scripts).
"use strict";

// Document view: clicking a highlighted passage shows its events in the side
// panel instead of leaving the page; the link still works without scripts.
function wireDocument() {
  const text = document.getElementById("doc-text");
  if (!text) return;
  text.addEventListener("click", (ev) => {
    const span = ev.target.closest("a.span");
    if (!span) return;
    ev.preventDefault();
    document.querySelectorAll("a.span.active, .event-card.active").forEach((el) => el.classList.remove("active"));
    span.classList.add("active");
    const ids = span.dataset.events.split(" ");
    ids.forEach((id, i) => {
      const card = document.getElementById("card-" + id);
      if (!card) return;
      card.classList.add("active");
      if (i === 0) card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    });
  });
}

// Charts: export the server-drawn SVG as PNG in the browser (no server-side
// rasteriser needed; the image never leaves the machine).
function wirePngExport() {
  document.querySelectorAll("button.png-export").forEach((btn) => {
    btn.addEventListener("click", () => {
      const svg = document.querySelector("#" + btn.dataset.svg + " svg");
      if (!svg) return;
      const xml = new XMLSerializer().serializeToString(svg);
      const url = URL.createObjectURL(new Blob([xml], { type: "image/svg+xml" }));
      const img = new Image();
      img.onload = () => {
        const scale = 2;
        const canvas = document.createElement("canvas");
        canvas.width = svg.viewBox.baseVal.width * scale;
        canvas.height = svg.viewBox.baseVal.height * scale;
        const ctx = canvas.getContext("2d");
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0);
        URL.revokeObjectURL(url);
        canvas.toBlob((blob) => {
          const a = document.createElement("a");
          a.href = URL.createObjectURL(blob);
          a.download = btn.dataset.name;
          document.body.appendChild(a);
          a.click();
          a.remove();
        }, "image/png");
      };
      img.src = url;
    });
  });
}

// Filters: checking a box or choosing from a list applies it at once.
function wireFilters() {
  const form = document.getElementById("filters");
  if (!form) return;
  form.querySelectorAll("input[type=checkbox], select").forEach((el) => {
    el.addEventListener("change", () => {
      const page = form.querySelector("input[name=page]");
      if (page) page.remove();
      form.submit();
    });
  });
}

// Edit form: the place search asks the gazetteer as one types and fills
// the list of places; the first hit is chosen (the form works without
// scripts through the "Find" button, which reloads the page with the hits).
function wirePlaceSearch() {
  const input = document.getElementById("place-search");
  const choice = document.getElementById("place-choice");
  if (!input || !choice) return;
  let timer = null;
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") ev.preventDefault(); // do not leave the page mid-edit
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      [...choice.options].slice(2).forEach((o) => o.remove());
      if (!q) { choice.selectedIndex = 0; return; }
      const resp = await fetch("/places?" + new URLSearchParams({ q }), { credentials: "same-origin" });
      if (!resp.ok) return;
      const hits = await resp.json();
      hits.forEach((h, i) => {
        const o = document.createElement("option");
        o.value = h.gazetteer_id;
        o.textContent = h.name + (h.hangul ? " (" + h.hangul + ")" : "") + " · " + h.kind +
          (h.admin1 && h.admin1 !== h.name ? ", " + h.admin1 : "") + ", " + h.country;
        choice.appendChild(o);
        if (i === 0) o.selected = true;
      });
      if (!hits.length) choice.selectedIndex = 0;
      choice.dispatchEvent(new Event("change"));
    }, 150);
  });
}

// Split form: the cut is chosen on the words (each word is a radio button
// for "the second part starts here"); selecting text picks the first
// selected word. A preview shows the two parts.
function wireSplit() {
  const box = document.getElementById("split-text");
  const preview = document.getElementById("split-preview");
  if (!box) return;
  const show = () => {
    const picked = box.querySelector("input[name=at]:checked");
    if (!picked) { preview.textContent = ""; return; }
    const words = [...box.querySelectorAll(".w")];
    const i = words.indexOf(picked.closest(".w"));
    const text = (ws) => ws.map((w) => w.textContent).join("").trim();
    preview.textContent = "1: " + text(words.slice(0, i)) + "  |  2: " + text(words.slice(i));
  };
  box.addEventListener("change", show);
  box.addEventListener("mouseup", () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    const first = [...box.querySelectorAll("label.w")].find((w) => range.intersectsNode(w) &&
      !(w.contains(range.endContainer) && range.endOffset === 0));
    if (!first) return;
    first.querySelector("input").checked = true;
    sel.removeAllRanges();
    show();
  });
}

document.addEventListener("DOMContentLoaded", () => {
  wireDocument();
  wirePngExport();
  wireFilters();
  wirePlaceSearch();
  wireSplit();
});
