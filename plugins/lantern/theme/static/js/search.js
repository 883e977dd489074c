/* Lantern: start Pagefind's search box where JavaScript runs; the list of measures stays either way. */
(function () {
  "use strict";
  if (typeof window.PagefindUI !== "function") {
    return;
  }
  new window.PagefindUI({ element: "#search", showSubResults: true, resetStyles: false });
})();
