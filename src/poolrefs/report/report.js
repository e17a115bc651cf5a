(function () {
  "use strict";
  var state = { topic: "", status: "" };
  var entries = Array.prototype.slice.call(document.querySelectorAll("li.entry"));
  var shown = document.getElementById("shown");
  function apply() {
    var n = 0;
    entries.forEach(function (li) {
      var topics = (li.getAttribute("data-topics") || "").split(" ");
      var statuses = (li.getAttribute("data-status") || "").split(" ");
      var ok = (!state.topic || topics.indexOf(state.topic) >= 0) &&
               (!state.status || statuses.indexOf(state.status) >= 0);
      li.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = n + " of " + entries.length + " entries shown";
  }
  function bind(attr, key) {
    var buttons = Array.prototype.slice.call(document.querySelectorAll("[" + attr + "]"));
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        state[key] = button.getAttribute(attr);
        buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
        apply();
      });
    });
  }
  bind("data-filter-topic", "topic");
  bind("data-filter-status", "status");
  apply();
}());
