/* Lantern: the reader's own comparison of councils, on a national site's measure pages.
 *
 * The page carries a section saying the comparison needs JavaScript, with a link to the
 * table of every area. This small script turns it into a button; the comparison itself
 * (compare-view.js) and the measure's figures (measures/<id>/areas.json) are loaded from
 * the site only when the reader opens it, or at once when the address names councils
 * (?areas=E08000010,E08000014). No inline script or handler: script-src 'self' suffices.
 * Its words are the page's, from Lantern's catalogue (the JSON block #lantern-words).
 */
(function () {
  "use strict";
  var section = document.getElementById("compare");
  var block = document.getElementById("lantern-words");
  if (!section || !block || !window.fetch || !window.URLSearchParams || !window.history.replaceState) {
    return;
  }
  var words = JSON.parse(block.textContent);
  var fallback = section.querySelector(".compare-fallback");
  var button = document.createElement("button");
  button.type = "button";
  button.className = "compare-open";
  button.setAttribute("aria-expanded", "false");
  button.textContent = words.open;
  var intro = document.createElement("p");
  intro.textContent = words.intro;
  var status = document.createElement("p");
  status.className = "compare-loading";
  status.setAttribute("role", "status");
  if (fallback) {
    fallback.hidden = true;
  }
  section.appendChild(intro);
  section.appendChild(button);
  section.appendChild(status);

  var loading = false;
  function open(focus) {
    if (loading) {
      return;
    }
    loading = true;
    button.setAttribute("aria-expanded", "true");
    button.disabled = true;
    status.textContent = words.loading;
    var script = document.createElement("script");
    script.src = section.getAttribute("data-script");
    script.defer = true;
    script.onload = function () {
      if (window.LanternCompare) {
        window.LanternCompare.open(section, { focus: focus, done: function () {
          intro.hidden = true;
          button.hidden = true;
          status.textContent = "";
        }, failed: function () {
          status.textContent = words.failed;
          if (fallback) {
            fallback.hidden = false;
          }
        } });
      }
    };
    script.onerror = function () {
      status.textContent = words.failed;
      if (fallback) {
        fallback.hidden = false;
      }
    };
    document.head.appendChild(script);
  }
  button.addEventListener("click", function () {
    open(true);
  });
  if (new URLSearchParams(window.location.search).get("areas") !== null) {
    open(false);
  }
})();
