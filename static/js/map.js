// Tooltip of the coverage maps: shows the label of the country or office under the pointer or
// with the keyboard focus. Delegated from the document, so maps swapped in by htmx work too.
(function () {
  "use strict";

  function tooltipFor(frame) {
    var tip = frame.querySelector(".map-tooltip");
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "map-tooltip";
      tip.setAttribute("aria-hidden", "true"); // the link's own label is what assistive technology reads
      tip.hidden = true;
      frame.appendChild(tip);
    }
    return tip;
  }

  function show(target, clientX, clientY) {
    var frame = target.closest("[data-map]");
    if (!frame) return;
    var tip = tooltipFor(frame);
    var box = frame.getBoundingClientRect();
    if (clientX === undefined) {
      var shape = target.getBoundingClientRect();
      clientX = shape.left + shape.width / 2;
      clientY = shape.top + shape.height / 2;
    }
    tip.textContent = target.getAttribute("data-tooltip");
    tip.hidden = false;
    var x = Math.min(clientX - box.left + 12, box.width - tip.offsetWidth - 4);
    var y = Math.min(clientY - box.top + 12, box.height - tip.offsetHeight - 4);
    tip.style.insetInlineStart = "auto";
    tip.style.left = Math.max(4, x) + "px";
    tip.style.top = Math.max(4, y) + "px";
  }

  function hide(target) {
    var frame = target.closest("[data-map]");
    var tip = frame && frame.querySelector(".map-tooltip");
    if (tip) tip.hidden = true;
  }

  function tooltipTarget(event) {
    return event.target.closest ? event.target.closest("[data-map] [data-tooltip]") : null;
  }

  document.addEventListener("mousemove", function (event) {
    var target = tooltipTarget(event);
    if (target) show(target, event.clientX, event.clientY);
  });
  document.addEventListener("mouseout", function (event) {
    var target = tooltipTarget(event);
    if (target) hide(target);
  });
  document.addEventListener("focusin", function (event) {
    var target = tooltipTarget(event);
    if (target) show(target);
  });
  document.addEventListener("focusout", function (event) {
    var target = tooltipTarget(event);
    if (target) hide(target);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      document.querySelectorAll(".map-tooltip").forEach(function (tip) { tip.hidden = true; });
    }
  });
})();
