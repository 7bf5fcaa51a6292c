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

document.addEventListener("DOMContentLoaded", () => {
  wireDocument();
  wirePngExport();
  wireFilters();
});
