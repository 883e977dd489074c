/* Lantern: the interactive view of a chart, on the "Explore a chart" page only.
 *
 * Every chart is drawn at build time as SVG, with a summary and a table, and
 * its page loads no script. Its "Explore this chart" link leads here, naming
 * the chart's specs (a wide and a narrow drawing) and its title; this page
 * alone loads the self-hosted Vega bundle, fetches the spec that fits the
 * screen and draws it with tooltips. Vega's expressions run in its
 * interpreter (ast + expr), never through eval or new Function, so the page's
 * CSP needs no 'unsafe-eval'. Its words are the page's, from Lantern's catalogue (the
 * JSON block #lantern-words, written by chart_words.html); a page without them (a site's
 * own explore.html) still gets its chart, and keeps its own words.
 */
(function () {
  "use strict";
  var holder = document.getElementById("explored-chart");
  var status = document.getElementById("chart-status");
  var block = document.getElementById("lantern-words");
  if (!holder || !status || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var words = block ? JSON.parse(block.textContent) : {};
  var heading = document.getElementById("chart-title").textContent;
  // Says where the chart is (the page's words), kept when there are none for a failure.
  var unexplored = status.textContent;
  function tell(key, failed) {
    status.textContent = words[key] || (failed ? unexplored : "");
  }
  var params = new URLSearchParams(window.location.search);
  // The drawing that fits this screen: lantern.css's breakpoint (42em) decides, as on the
  // chart's own page.
  var narrow = window.matchMedia("(max-width: 41.99em)").matches;
  var name = params.get(narrow ? "narrow" : "wide") || params.get("wide") || params.get("narrow");
  var title = (params.get("title") || "").trim();

  if (title) {
    document.getElementById("chart-title").textContent = title;
    document.title = title + " | " + document.title;
  }
  var back = document.getElementById("chart-back");
  if (back && document.referrer) {
    var from = new URL(document.referrer);
    if (from.origin === window.location.origin) {
      back.href = from.href;
      back.textContent = words.back || back.textContent;
    }
  }

  // A spec is named by its hash: anything else is not a chart of this site.
  if (!name || !/^[0-9a-f]{8,64}$/.test(name)) {
    tell("unnamed", true);
    return;
  }
  if (typeof window.vegaEmbed !== "function" || !window.expressionInterpreter) {
    tell("no_library", true);
    return;
  }

  function named(svg) {
    // One image named by the chart's title, as the drawing on its page is: Vega's unnamed
    // per-mark roles are removed.
    Array.prototype.forEach.call(svg.querySelectorAll("[role], [aria-roledescription], [aria-label]"), function (node) {
      node.removeAttribute("role");
      node.removeAttribute("aria-roledescription");
      node.removeAttribute("aria-label");
    });
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", title || words.chart || heading);
  }

  tell("loading");
  // The page names where specs are (data-spec, from the site's one URL builder) with NAME
  // standing for the chart's.
  window.fetch(holder.getAttribute("data-spec").replace("NAME", name), { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("no chart " + name);
      }
      return response.json();
    })
    .then(function (spec) {
      var options = { actions: false, renderer: "svg", ast: true, expr: window.expressionInterpreter };
      return window.vegaEmbed(holder, spec, options);
    })
    .then(function () {
      var svg = holder.querySelector("svg");
      if (svg) {
        named(svg);
      }
      tell("ready");
      holder.focus();
    })
    .catch(function () {
      tell("failed", true);
    });
})();
