/*
 * Progressive enhancement of the contact form (templates/macros/form.ftlh). Without this script the form is a
 * plain POST that the lead service answers with a redirect or a page. With it:
 *  - the time trap field (elapsed_ms) says how long the page was open, so the service can tell people from robots;
 *  - the form posts JSON with an Idempotency-Key, so a double click or a retry never makes two leads;
 *  - each field is checked with the Constraint Validation API before posting, but with the lead service's own
 *    messages in the page's language (data-msg-* attributes written by the build from contact-forms/*.yaml, set
 *    with setCustomValidity); the form is novalidate, so the browser's own bubbles never appear;
 *  - errors (those checks, or the service's 422 answer) are shown next to each field and in the summary, which
 *    names each field (data-label), links to it and gets focus so screen reader users hear them;
 *  - on success the visitor goes to the thank-you page; on a network failure the plain POST is tried instead.
 */
(function () {
  "use strict";
  var loadedAt = Date.now();

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return String(Date.now()) + "-" + Math.random().toString(16).slice(2);
  }

  function fieldError(form, name) {
    var input = form.elements[name];
    if (!input || !input.id) { return null; }
    return { input: input, message: document.getElementById(input.id + "-error") };
  }

  function clearErrors(form, summary) {
    summary.hidden = true;
    summary.querySelector("ul").textContent = "";
    form.querySelectorAll(".field-error").forEach(function (p) { p.hidden = true; p.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
  }

  function showErrors(form, summary, errors) {
    var list = summary.querySelector("ul");
    Object.keys(errors).forEach(function (name) {
      var target = fieldError(form, name);
      var item = document.createElement("li");
      if (target && target.message) {
        target.input.setAttribute("aria-invalid", "true");
        target.message.textContent = errors[name];
        target.message.hidden = false;
        var link = document.createElement("a");
        link.href = "#" + target.input.id;
        link.textContent = target.input.dataset.label || name;
        item.appendChild(link);
        item.appendChild(document.createTextNode(": " + errors[name]));
      } else {
        item.textContent = errors[name];
      }
      list.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
  }

  /** The form definition's message for what the browser found wrong with {@code el}, or "" when it is fine. */
  function problem(el) {
    el.setCustomValidity("");
    var value = el.type === "checkbox" ? (el.checked ? "x" : "") : el.value.trim();
    var v = el.validity;
    if (value === "" && el.required) { return el.dataset.msgMissing; }
    if (value !== "" && (v.typeMismatch || v.patternMismatch || v.badInput)) {
      return el.dataset.msgInvalid || el.dataset.msgMissing;
    }
    if (v.tooLong || (el.maxLength > 0 && value.length > el.maxLength)) { return el.dataset.msgTooLong; }
    return "";
  }

  function browserErrors(form) {
    var errors = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !el.willValidate || !el.dataset.msgMissing) { return; }
      var message = problem(el);
      el.setCustomValidity(message);
      if (message) { errors[el.name] = message; }
    });
    return errors;
  }

  function enhance(form) {
    var summary = form.querySelector(".form-errors");
    var status = form.querySelector(".form-status");
    var button = form.querySelector("button[type=submit]");
    var key = newKey();
    form.setAttribute("novalidate", "");
    form.addEventListener("submit", function (event) {
      form.elements.elapsed_ms.value = String(Date.now() - loadedAt);
      clearErrors(form, summary);
      var invalid = browserErrors(form);
      if (Object.keys(invalid).length) {
        event.preventDefault();
        showErrors(form, summary, invalid);
        return;
      }
      if (!window.fetch || !window.JSON) { return; }
      event.preventDefault();
      var body = {};
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || el.disabled) { return; }
        if (el.type === "checkbox") { body[el.name] = el.checked ? el.value : ""; } else { body[el.name] = el.value; }
      });
      button.disabled = true;
      status.textContent = form.dataset.sending;
      fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "Idempotency-Key": key },
        body: JSON.stringify(body)
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          return { status: response.status, data: data };
        });
      }).then(function (answer) {
        button.disabled = false;
        status.textContent = "";
        if (answer.status >= 200 && answer.status < 300) {
          window.location.assign(form.dataset.thankYou);
        } else if (answer.status === 422 && answer.data.errors) {
          showErrors(form, summary, answer.data.errors);
        } else {
          var message = answer.data.error || form.dataset.failed;
          if (answer.data.contact && answer.data.contact.email) { message += " " + answer.data.contact.email; }
          showErrors(form, summary, { _form: message });
        }
      }).catch(function () {
        // The network or the endpoint failed before answering: fall back to the plain POST.
        button.disabled = false;
        status.textContent = "";
        form.submit();
      });
    });
  }

  document.querySelectorAll("form.lead-form").forEach(enhance);
})();
