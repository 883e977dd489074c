/* Lantern: an interactive view of a build-time chart, loaded only when a reader asks.
 *
 * Every chart is already drawn as SVG, with a summary and a table, so nothing is
 * missing without this script. With it, each chart gets an "Explore this chart"
 * button; pressing it loads the self-hosted Vega bundle (named by this script's
 * data-vega attribute) and the chart's spec (a file named on the figure), then
 * swaps the drawing for an interactive view with tooltips. Nothing heavy loads
 * until then. Vega's expressions run in its interpreter (ast + expr), never
 * through eval or new Function, so the page's CSP needs no 'unsafe-eval'.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var bundle = script && script.getAttribute("data-vega");
  if (!bundle || !window.fetch || !window.Promise) {
    return;
  }
  // The drawing that fits this screen: the narrow one where lantern.css hides the wide
  // one (its breakpoint, 42em, must match).
  var narrow = window.matchMedia("(max-width: 41.99em)").matches;
  var vega = null;

  function loadVega() {
    if (!vega) {
      vega = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = bundle;
        tag.onload = function () {
          if (typeof window.vegaEmbed === "function" && window.expressionInterpreter) {
            resolve();
          } else {
            reject(new Error("Vega did not load"));
          }
        };
        tag.onerror = reject;
        document.head.appendChild(tag);
      });
      vega.catch(function () {
        vega = null; // let the next press try again
      });
    }
    return vega;
  }

  function fetchSpec(address) {
    return window.fetch(address, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) {
        throw new Error("no chart at " + address);
      }
      return response.json();
    });
  }

  function named(svg, caption) {
    // One image named by the chart's title, as the static drawing is: the summary and
    // table carry the content, so Vega's unnamed per-mark roles are removed.
    Array.prototype.forEach.call(svg.querySelectorAll("[role], [aria-roledescription], [aria-label]"), function (node) {
      node.removeAttribute("role");
      node.removeAttribute("aria-roledescription");
      node.removeAttribute("aria-label");
    });
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", caption ? caption.textContent.replace("#", "").trim() : "Chart");
  }

  function explore(figure, staticChart, button, spec) {
    var holder = document.createElement("div");
    holder.className = "chart-svg chart-interactive";
    holder.hidden = true;
    holder.tabIndex = -1;
    staticChart.parentNode.insertBefore(holder, staticChart.nextSibling);
    var options = { actions: false, renderer: "svg", ast: true, expr: window.expressionInterpreter };
    return window.vegaEmbed(holder, spec, options).then(function () {
      var svg = holder.querySelector("svg");
      if (svg) {
        named(svg, figure.querySelector("figcaption"));
      }
      holder.hidden = false;
      // Hidden on screen, not removed: a printed page uses the drawing made for paper.
      staticChart.classList.add("chart-replaced");
      button.parentNode.removeChild(button);
      holder.focus();
    }, function (error) {
      holder.parentNode.removeChild(holder);
      throw error;
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("figure.chart"), function (figure) {
    var address = figure.getAttribute(narrow ? "data-spec-narrow" : "data-spec-wide");
    var staticChart = figure.querySelector(".chart-svg");
    var caption = figure.querySelector("figcaption");
    if (!address || !staticChart) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "chart-explore";
    button.textContent = "Explore this chart";
    if (caption) {
      var title = document.createElement("span");
      title.className = "visually-hidden";
      title.textContent = ": " + caption.textContent.replace("#", "").trim();
      button.appendChild(title);
    }
    staticChart.parentNode.insertBefore(button, staticChart.nextSibling);
    button.addEventListener("click", function () {
      button.disabled = true;
      Promise.all([loadVega(), fetchSpec(address)]).then(function (loaded) {
        return explore(figure, staticChart, button, loaded[1]);
      }).catch(function () {
        button.disabled = false;
        button.firstChild.textContent = "The chart could not be loaded: press to try again";
      });
    });
  });
})();
