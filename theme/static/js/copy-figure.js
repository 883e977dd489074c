/* Lantern: "Copy this figure".
 *
 * Without JavaScript each figure's sentence stays in its <details>, to select
 * and copy by hand. Where the clipboard can be written, a button beside the
 * sentence copies it, and a polite live region says that it did (or that it
 * could not, and how to copy by hand).
 */
(function () {
  "use strict";
  if (!navigator.clipboard || typeof navigator.clipboard.writeText !== "function") {
    return;
  }

  function sentenceOf(block) {
    var text = block.querySelector(".copy-text");
    return text ? text.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function addButton(block) {
    var text = block.querySelector(".copy-text");
    if (!text) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy to clipboard";
    // The summary's hidden words say which figure, for people who meet several buttons.
    var which = block.querySelector("summary .visually-hidden");
    if (which) {
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = which.textContent;
      button.appendChild(hidden);
    }
    var status = document.createElement("p");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    button.addEventListener("click", function () {
      status.textContent = "";
      navigator.clipboard.writeText(sentenceOf(block)).then(
        function () {
          status.textContent = "Copied to the clipboard.";
        },
        function () {
          status.textContent = "Could not copy: select the sentence above and copy it.";
        }
      );
    });
    text.insertAdjacentElement("afterend", button);
    button.insertAdjacentElement("afterend", status);
  }

  Array.prototype.forEach.call(document.querySelectorAll("details.copy-figure"), addButton);
})();
