// The review wizard saves the answers of its step through the review API as they change, with the version it
// read; it then shows what the step still lacks and the values the template computes. An edit made meanwhile by
// someone else comes back as 409 and is never overwritten: the reader is told to reload.
"use strict";
(function () {
  const form = document.getElementById("wizard");
  if (!form) {
    return;
  }
  const reviewId = form.getAttribute("data-review-id");
  const stepId = form.getAttribute("data-step-id");
  const reloadOn = (form.getAttribute("data-reload-on") || "").split(",").filter(Boolean);
  const status = document.getElementById("save-status");
  const summary = document.getElementById("problems");
  let version = Number(form.getAttribute("data-version"));
  let saved = snapshot();
  let timer = null;
  let saving = Promise.resolve(true);

  function text(key) {
    return form.getAttribute("data-msg-" + key) || key;
  }

  function scalar(type, raw) {
    const value = raw.trim();
    if (value === "") {
      return null;
    }
    if (type === "number" || type === "money") {
      const n = Number(value.replace(/,/g, ""));
      return Number.isFinite(n) ? n : value;
    }
    if (type === "yes_no") {
      return value === "true";
    }
    return value;
  }

  function valueOf(box) {
    const type = box.getAttribute("data-type");
    if (type === "yes_no" || type === "single_choice") {
      const checked = box.querySelector("input[type=radio]:checked");
      return checked ? scalar(type, checked.value) : null;
    }
    if (type === "multiple_choice") {
      const values = Array.from(box.querySelectorAll("input[type=checkbox]:checked")).map((c) => c.value);
      return values.length ? values : null;
    }
    if (type === "table") {
      const rows = [];
      box.querySelectorAll("tr[data-row]").forEach((tr) => {
        const row = {};
        let filled = false;
        tr.querySelectorAll("[data-column]").forEach((cell) => {
          const v = scalar(cell.getAttribute("data-type"), cell.value);
          row[cell.getAttribute("data-column")] = v;
          filled = filled || v !== null;
        });
        if (filled) {
          rows.push(row);
        }
      });
      return rows.length ? rows : null;
    }
    if (type === "evidence") {
      const ids = Array.from(box.querySelectorAll("[data-attachment-id]")).map((li) => li.getAttribute("data-attachment-id"));
      return ids.length ? ids : null;
    }
    const field = box.querySelector("input, textarea, select");
    return field ? scalar(type, field.value) : null;
  }

  function snapshot() {
    const answers = {};
    form.querySelectorAll("[data-question]").forEach((box) => {
      answers[box.getAttribute("data-question")] = valueOf(box);
    });
    return answers;
  }

  function changedSince(before, now) {
    return Object.keys(now).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(now[k]));
  }

  function showProblems(problems) {
    form.querySelectorAll(".field-error").forEach((p) => { p.hidden = true; p.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach((f) => f.removeAttribute("aria-invalid"));
    const list = summary.querySelector("ul");
    list.innerHTML = "";
    problems.forEach((problem) => {
      const question = String(problem.field).split(/[\[.]/)[0];
      const error = document.getElementById("err-" + question);
      if (error) {
        error.hidden = false;
        error.textContent = (error.textContent ? error.textContent + " " : "") + problem.message;
        const box = error.closest("[data-question]");
        box.querySelectorAll("input, textarea, select").forEach((f) => f.setAttribute("aria-invalid", "true"));
      }
      const li = document.createElement("li");
      const link = document.createElement("a");
      link.href = "#q-" + question;
      link.textContent = problem.message;
      li.appendChild(link);
      list.appendChild(li);
    });
    summary.hidden = problems.length === 0;
  }

  function showComputed(computed) {
    form.ownerDocument.querySelectorAll("[data-computed]").forEach((dd) => {
      const v = computed ? computed[dd.getAttribute("data-computed")] : undefined;
      dd.textContent = v === undefined || v === null ? "–"
        : typeof v === "number" ? v.toLocaleString(document.documentElement.lang) : String(v);
    });
  }

  function say(message, kind) {
    status.className = "notice" + (kind ? " " + kind : "");
    status.textContent = message;
  }

  function save() {
    const now = snapshot();
    const changed = changedSince(saved, now);
    if (!changed.length) {
      return Promise.resolve(true);
    }
    const answers = {};
    changed.forEach((k) => { answers[k] = now[k]; });
    say(text("saving"));
    return fetch("/api/reviews/" + encodeURIComponent(reviewId) + "/answers", {
      method: "PATCH",
      headers: Kotmai.csrfHeaders({ "Content-Type": "application/json", Accept: "application/json" }),
      body: JSON.stringify({ version: version, answers: answers })
    }).then((r) => r.json().catch(() => ({})).then((body) => {
      if (r.ok) {
        version = body.version;
        form.setAttribute("data-version", String(version));
        saved = now;
        const step = (body.steps || []).find((s) => s.id === stepId);
        showProblems(step ? step.problems : []);
        showComputed(body.computed);
        say(text("saved"), "ok");
        if (changed.some((k) => reloadOn.includes(k))) {
          window.location.reload();
        }
        return true;
      }
      if (r.status === 409) {
        say(text("conflict"), "bad");
        document.getElementById("conflict-reload").hidden = false;
      } else if (r.status === 401) {
        say(text("signin"), "bad");
      } else {
        say(text("error") + " " + (body.detail || ""), "bad");
      }
      status.focus();
      return false;
    })).catch(() => {
      say(text("offline"), "bad");
      return false;
    });
  }

  function queue() {
    saving = saving.then(() => save());
    return saving;
  }

  form.addEventListener("change", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(queue, 300);
  });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    queue().then((ok) => { if (ok && !summary.hidden) { summary.focus(); } });
  });

  document.querySelectorAll("a[data-save-first]").forEach((link) => {
    link.addEventListener("click", (e) => {
      e.preventDefault();
      window.clearTimeout(timer);
      queue().then((ok) => { if (ok) { window.location.href = link.href; } });
    });
  });

  // Evidence: the file goes to the attachment API, and its id joins the answer through the same autosave as any
  // other answer; removing a file takes it out of the answer first and deletes it once that is saved.
  function fileError(questionId, message) {
    const error = document.getElementById("err-" + questionId);
    const input = document.getElementById("in-" + questionId);
    error.hidden = !message;
    error.textContent = message || "";
    if (input) {
      if (message) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
    }
  }

  function fileItem(evidenceForm, questionId, attachment) {
    const li = document.createElement("li");
    li.setAttribute("data-attachment-id", attachment.id);
    const link = document.createElement("a");
    link.href = "/api/reviews/" + encodeURIComponent(reviewId) + "/attachments/" + encodeURIComponent(attachment.id);
    link.setAttribute("download", "");
    link.textContent = attachment.name;
    const remove = document.createElement("button");
    remove.type = "submit";
    remove.className = "link";
    remove.name = "remove";
    remove.value = attachment.id;
    remove.setAttribute("form", evidenceForm.id);
    remove.setAttribute("data-remove-attachment", attachment.id);
    remove.textContent = evidenceForm.getAttribute("data-msg-remove");
    remove.setAttribute("aria-label", evidenceForm.getAttribute("data-msg-remove-named").replace("{0}", attachment.name));
    li.append(link, " ", remove);
    return li;
  }

  function showNone(questionId) {
    const none = document.getElementById("none-" + questionId);
    none.hidden = document.querySelectorAll("#files-" + questionId + " [data-attachment-id]").length > 0;
  }

  function attach(evidenceForm, questionId) {
    const input = document.getElementById("in-" + questionId);
    if (!input.files.length) {
      fileError(questionId, evidenceForm.getAttribute("data-msg-choose"));
      input.focus();
      return;
    }
    const data = new FormData();
    data.append("file", input.files[0]);
    data.append("questionId", questionId);
    say(evidenceForm.getAttribute("data-msg-attaching"));
    fetch("/api/reviews/" + encodeURIComponent(reviewId) + "/attachments", {
      method: "POST", body: data, headers: Kotmai.csrfHeaders({ Accept: "application/json" })
    }).then((r) => r.json().catch(() => ({})).then((body) => {
      if (!r.ok) {
        const reason = evidenceForm.getAttribute("data-msg-refused") + " " + (body.detail || body.title || r.status);
        fileError(questionId, reason);
        say(reason, "bad");
        input.focus();
        return;
      }
      fileError(questionId, null);
      document.getElementById("files-" + questionId).appendChild(fileItem(evidenceForm, questionId, body));
      showNone(questionId);
      input.value = "";
      queue().then((ok) => { if (ok) { say(evidenceForm.getAttribute("data-msg-attached"), "ok"); } });
    })).catch(() => say(text("offline"), "bad"));
  }

  function detach(questionId, attachmentId) {
    const item = document.querySelector("#files-" + questionId + " [data-attachment-id='" + CSS.escape(attachmentId) + "']");
    if (!item) {
      return;
    }
    item.remove();
    showNone(questionId);
    queue().then((ok) => {
      if (ok) {
        fetch("/api/reviews/" + encodeURIComponent(reviewId) + "/attachments/" + encodeURIComponent(attachmentId),
          { method: "DELETE", headers: Kotmai.csrfHeaders({ Accept: "application/json" }) });
      }
    });
  }

  document.querySelectorAll("form[data-evidence-form]").forEach((evidenceForm) => {
    const questionId = evidenceForm.getAttribute("data-evidence-form");
    evidenceForm.addEventListener("submit", (e) => {
      e.preventDefault();
      const removing = e.submitter && e.submitter.getAttribute("data-remove-attachment");
      if (removing) {
        detach(questionId, removing);
      } else {
        attach(evidenceForm, questionId);
      }
    });
  });

  document.querySelectorAll("button[data-add-row]").forEach((button) => {
    button.addEventListener("click", () => {
      const body = document.getElementById(button.getAttribute("data-add-row"));
      const template = body.querySelector("tr[data-row]");
      const row = template.cloneNode(true);
      const index = body.querySelectorAll("tr[data-row]").length;
      row.querySelectorAll("[data-column]").forEach((cell) => {
        cell.value = "";
        cell.id = cell.id.replace(/-\d+$/, "-" + index);
      });
      row.querySelectorAll("label").forEach((l) => {
        l.htmlFor = l.htmlFor.replace(/-\d+$/, "-" + index);
      });
      body.appendChild(row);
      row.querySelector("[data-column]").focus();
    });
  });
})();
