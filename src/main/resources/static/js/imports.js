// The import page follows a running import by polling its status, then shows the finished report.
"use strict";
(function () {
  const panel = document.getElementById("import-progress");
  if (!panel) {
    return;
  }
  const id = panel.getAttribute("data-import-id");
  const bar = document.getElementById("import-bar");
  const text = document.getElementById("import-text");

  function poll() {
    fetch("/api/imports/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((s) => {
        bar.max = Math.max(1, s.total);
        bar.value = s.processed;
        text.textContent = panel.getAttribute("data-progress")
          .replace("{0}", s.processed).replace("{1}", s.total).replace("{2}", s.errors)
          .replace("{3}", s.etaSeconds == null ? "-" : Math.round(s.etaSeconds));
        if (s.state === "DONE" || s.state === "FAILED") {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(() => window.setTimeout(poll, 3000));
  }
  poll();
})();
