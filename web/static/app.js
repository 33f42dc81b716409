// Keyboard triage for the inbox: j/k move between cases, x selects, Enter opens, a acknowledges the
// selection, / goes to mention search. Keys are ignored while typing in a field.
(function () {
  "use strict";
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.case-row")); }
  function current() { return document.querySelector("tr.case-row.current"); }
  function focusRow(row) {
    rows().forEach(function (r) { r.classList.remove("current"); });
    if (!row) { return; }
    row.classList.add("current");
    var link = row.querySelector("a.case-link");
    if (link) { link.focus(); }
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) { return; }
    var all = rows();
    var here = current();
    var index = here ? all.indexOf(here) : -1;
    if (event.key === "/") { event.preventDefault(); window.location.href = "/mentions"; return; }
    if (!all.length) { return; }
    if (event.key === "j") { event.preventDefault(); focusRow(all[Math.min(index + 1, all.length - 1)]); }
    else if (event.key === "k") { event.preventDefault(); focusRow(all[Math.max(index - 1, 0)]); }
    else if (event.key === "x" && here) {
      event.preventDefault();
      var box = here.querySelector("input[type=checkbox]");
      if (box) { box.checked = !box.checked; }
    } else if (event.key === "a") {
      var bulk = document.getElementById("bulk");
      if (bulk && bulk.querySelector("input[type=checkbox]:checked")) { event.preventDefault(); bulk.requestSubmit(); }
    }
  });
  document.addEventListener("focusin", function (event) {
    var row = event.target && event.target.closest ? event.target.closest("tr.case-row") : null;
    if (row) { rows().forEach(function (r) { r.classList.toggle("current", r === row); }); }
  });
})();
