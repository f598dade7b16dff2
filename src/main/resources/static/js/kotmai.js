// Shared by the page scripts: the CSRF token the API asks of calls made with the page's session, and a polite
// announcement for screen readers.
"use strict";
window.Kotmai = {
  csrfHeaders(headers) {
    const token = document.querySelector('meta[name="_csrf"]');
    const name = document.querySelector('meta[name="_csrf_header"]');
    const out = Object.assign({}, headers || {});
    if (token && name && token.content) {
      out[name.content] = token.content;
    }
    return out;
  },
  announce(text) {
    const region = document.getElementById("announcer");
    if (region) {
      region.textContent = "";
      window.setTimeout(() => { region.textContent = text; }, 50);
    }
  },
  anchor(number) {
    return "sec-" + String(number).trim().replace(/\//g, "-").replace(/ /g, "-");
  },
  lawUrl(lawId, provision) {
    return "/laws/" + encodeURIComponent(lawId) + (provision ? "#" + Kotmai.anchor(provision) : "");
  }
};
