// Autocomplete for the search box: law titles and citations from /api/suggest, chosen with the arrow keys and
// Enter, or with the mouse. Choosing one opens the law (at the provision for a citation).
"use strict";
(function () {
  const input = document.getElementById("q");
  const list = document.getElementById("suggestions");
  if (!input || !list) {
    return;
  }
  let items = [];
  let active = -1;
  let timer = null;
  let latest = 0;

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    items = [];
    active = -1;
  }

  function choose(item) {
    window.location.href = Kotmai.lawUrl(item.lawId, item.provision);
  }

  function highlight(index) {
    const options = list.querySelectorAll("li");
    options.forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function show(found) {
    items = found;
    list.innerHTML = "";
    found.forEach((item, i) => {
      const li = document.createElement("li");
      li.id = "suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = item.text;
      li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(item); });
      list.appendChild(li);
    });
    list.hidden = found.length === 0;
    input.setAttribute("aria-expanded", found.length ? "true" : "false");
    active = -1;
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    const typed = input.value.trim();
    if (typed.length < 2) {
      close();
      return;
    }
    timer = window.setTimeout(() => {
      const ticket = ++latest;
      fetch("/api/suggest?size=8&q=" + encodeURIComponent(typed), { headers: { Accept: "application/json" } })
        .then((r) => (r.ok ? r.json() : []))
        .then((found) => { if (ticket === latest) { show(Array.isArray(found) ? found : []); } })
        .catch(close);
    }, 150);
  });

  input.addEventListener("keydown", (e) => {
    if (list.hidden || !items.length) {
      return;
    }
    if (e.key === "ArrowDown") {
      e.preventDefault();
      highlight((active + 1) % items.length);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", () => window.setTimeout(close, 100));
})();
