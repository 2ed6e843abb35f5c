// Selecting words in a source's text offers "Quote the selection", which opens the quote form
// with the span's offsets. Offsets count Unicode code points, as the server (Python) does,
// not the UTF-16 units of JavaScript strings.
(function () {
  "use strict";
  var box = document.querySelector(".source-text[data-quote-url]");
  var panel = document.getElementById("quote-selection");
  var link = document.getElementById("quote-selection-link");
  if (!box || !panel || !link) return;

  function codePoints(text) { return Array.from(text).length; }

  function selectedSpan() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    var range = selection.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.selectNodeContents(box);
    before.setEnd(range.startContainer, range.startOffset);
    var text = range.toString();
    var lead = text.length - text.replace(/^\s+/, "").length;
    var trimmed = text.trim();
    if (!trimmed) return null;
    var start = codePoints(before.toString() + text.slice(0, lead));
    return { start: start, end: start + codePoints(trimmed) };
  }

  function update() {
    var span = selectedSpan();
    if (!span) { panel.hidden = true; return; }
    link.href = box.dataset.quoteUrl + "?start=" + span.start + "&end=" + span.end;
    panel.hidden = false;
  }

  // Only the text's own events update the offer: clicking the link itself clears the selection,
  // and hiding the link then would swallow the click.
  box.addEventListener("mouseup", update);
  box.addEventListener("keyup", update);
})();
