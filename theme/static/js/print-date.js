/* Lantern: the day a page is printed, in the printed footer.
 *
 * The footer (lantern.css, @page) reads --print-date from the <html> element.
 * The build sets it to the day the site was built, labelled "Built", so a
 * page printed without JavaScript still says how old it may be; just before
 * printing, this swaps in the day printed, written as the site writes dates
 * ("5 May 2026").
 */
(function () {
  "use strict";
  var root = document.documentElement;
  window.addEventListener("beforeprint", function () {
    var day = new Date().toLocaleDateString(root.lang || "en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric"
    });
    root.style.setProperty("--print-date", JSON.stringify("Printed " + day));
  });
})();
