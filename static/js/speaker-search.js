// Live results for the speaker search on the quote form (the form also works without it).
(function () {
  "use strict";
  var form = document.querySelector("form.speaker-search[data-search-url]");
  var results = document.getElementById("speaker-results");
  if (!form || !results) return;
  var input = form.querySelector("input[name=speaker_q]");
  var timer = null;

  function linkFor(id) {
    var params = new URLSearchParams(new FormData(form));
    params.delete("speaker_q");
    params.set("speaker", id);
    return "?" + params.toString();
  }

  function show(items) {
    results.replaceChildren();
    items.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = linkFor(item.id);
      a.textContent = item.label || item.name;
      li.appendChild(a);
      results.appendChild(li);
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(function () {
      fetch(form.dataset.searchUrl + "?q=" + encodeURIComponent(q), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { show(data.results || []); })
        .catch(function () {});
    }, 200);
  });
})();
