/* Lantern: make the build-time SVG charts interactive where JavaScript runs.
 *
 * Each figure carries its Vega-Lite spec as inert JSON. With the self-hosted
 * bundle (vendor/vega-bundle.min.js) loaded, the static SVG is swapped for an
 * interactive view with tooltips; if anything fails, the static SVG, summary and
 * table stay as they are. Vega's expressions run in its interpreter (ast + expr),
 * never through eval or new Function, so the page's CSP needs no 'unsafe-eval'.
 */
(function () {
  "use strict";
  if (typeof window.vegaEmbed !== "function" || !window.expressionInterpreter) {
    return;
  }
  // The drawing that fits this screen: the narrow one where lantern.css hides the wide
  // one (its breakpoint, 42em, must match).
  var narrow = window.matchMedia("(max-width: 41.99em)").matches;
  var figures = document.querySelectorAll("figure.chart");
  Array.prototype.forEach.call(figures, function (figure) {
    var specNode = figure.querySelector('script.chart-spec[data-variant="' + (narrow ? "narrow" : "wide") + '"]');
    var staticChart = figure.querySelector(".chart-svg");
    var caption = figure.querySelector("figcaption");
    if (!specNode || !staticChart) {
      return;
    }
    var spec;
    try {
      spec = JSON.parse(specNode.textContent);
    } catch (error) {
      return;
    }
    var holder = document.createElement("div");
    holder.className = "chart-svg chart-interactive";
    holder.hidden = true;
    staticChart.parentNode.insertBefore(holder, staticChart.nextSibling);
    var options = { actions: false, renderer: "svg", ast: true, expr: window.expressionInterpreter };
    window.vegaEmbed(holder, spec, options).then(function () {
      var svg = holder.querySelector("svg");
      if (svg) {
        // One image named by the chart's title, as the static drawing is: the summary
        // and table carry the content, so Vega's unnamed per-mark roles are removed.
        Array.prototype.forEach.call(svg.querySelectorAll("[role], [aria-roledescription], [aria-label]"), function (node) {
          node.removeAttribute("role");
          node.removeAttribute("aria-roledescription");
          node.removeAttribute("aria-label");
        });
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", caption ? caption.textContent.replace("#", "").trim() : "Chart");
      }
      holder.hidden = false;
      // Hidden on screen, not removed: a printed page uses the drawing made for paper.
      staticChart.classList.add("chart-replaced");
    }).catch(function () {
      holder.parentNode.removeChild(holder);
    });
  });
})();
