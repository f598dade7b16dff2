// Uploads one law file through the catalog API and says what became of it.
"use strict";
(function () {
  const form = document.getElementById("upload-form");
  const result = document.getElementById("upload-result");
  if (!form || !result) {
    return;
  }
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    data.delete("_csrf");
    ["title", "type", "status", "agency"].forEach((k) => { if (!data.get(k)) { data.delete(k); } });
    result.className = "notice";
    result.textContent = form.getAttribute("data-sending");
    fetch("/api/laws", { method: "POST", body: data, headers: Kotmai.csrfHeaders({ Accept: "application/json" }) })
      .then((r) => r.json().then((body) => ({ ok: r.ok, body })).catch(() => ({ ok: false, body: {} })))
      .then(({ ok, body }) => {
        result.textContent = "";
        if (ok && body.lawId) {
          result.className = "notice ok";
          const link = document.createElement("a");
          link.href = Kotmai.lawUrl(body.lawId);
          link.textContent = body.title || body.lawId;
          result.append(form.getAttribute("data-done") + " ", link, " (" + body.outcome + ")");
        } else {
          result.className = "notice bad";
          result.textContent = form.getAttribute("data-failed") + " " + (body.detail || body.title || "");
        }
        result.focus();
      });
  });
})();
