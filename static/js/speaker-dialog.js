// "Add a new speaker" on the quote form: a dialog posting the short speaker form with fetch. Saved, the
// page goes to the quote form with the new speaker chosen (span and kind are in that address). Without
// JavaScript the link opens the full speaker form, which comes back to the same quote form.
(function () {
  "use strict";
  var link = document.getElementById("add-speaker-link");
  var dialog = document.getElementById("speaker-dialog");
  if (!link || !dialog || typeof dialog.showModal !== "function") return;
  var form = document.getElementById("speaker-dialog-form");
  var errors = document.getElementById("speaker-dialog-errors");
  var confirmRow = document.getElementById("speaker-dialog-confirm");
  var nameInput = document.getElementById("id_new_speaker_name");
  var typed = document.getElementById("id_speaker_q");

  function showErrors(data) {
    errors.replaceChildren();
    (data.errors || []).forEach(function (message) {
      var p = document.createElement("p");
      p.textContent = message;
      errors.appendChild(p);
    });
    if (data.duplicates && data.duplicates.length) {
      var list = document.createElement("ul");
      data.duplicates.forEach(function (other) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = other.url;
        a.target = "_blank";
        a.rel = "noopener";
        a.textContent = other.name;
        li.appendChild(a);
        list.appendChild(li);
      });
      errors.appendChild(list);
      confirmRow.hidden = false;
    }
    errors.hidden = !errors.childNodes.length;
  }

  link.addEventListener("click", function (event) {
    event.preventDefault();
    if (!nameInput.value && typed) nameInput.value = typed.value.trim();
    dialog.showModal();
    nameInput.focus();
  });

  document.getElementById("speaker-dialog-cancel").addEventListener("click", function () {
    dialog.close();
    link.focus();
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (result.ok) {
          window.location.assign(result.data.url);
        } else {
          showErrors(result.data);
        }
      })
      .catch(function () {
        form.submit();  // the page's own round trip still works
      });
  });
})();
