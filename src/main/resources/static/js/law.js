// Copy buttons of the law reader: a provision's citation or permalink goes to the clipboard.
"use strict";
(function () {
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    document.body.removeChild(area);
    return Promise.resolve();
  }

  document.querySelectorAll("button[data-copy]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => {
      let text = button.getAttribute("data-copy");
      if (button.hasAttribute("data-copy-url")) {
        text = new URL(text, window.location.href).href;
      }
      copy(text).then(() => Kotmai.announce(button.getAttribute("data-copied")));
    });
  });
})();
