// Marks every highlighted piece of one extraction's evidence: on following a link to it, or on load with a hash.
(function () {
  "use strict";
  function activate(key) {
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    if (!key) { return; }
    document.querySelectorAll("mark.hl").forEach(function (m) {
      if ((m.getAttribute("data-x") || "").split(" ").indexOf(key) >= 0) { m.classList.add("active"); }
    });
  }
  function fromHash() {
    var hash = decodeURIComponent(window.location.hash || "");
    activate(hash.indexOf("#x-") === 0 ? hash.slice(3) : null);
  }
  window.addEventListener("hashchange", fromHash);
  document.addEventListener("DOMContentLoaded", fromHash);
})();
