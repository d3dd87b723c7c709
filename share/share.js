// The Share page: from a few choices, the link that opens the guide set up for a member (region,
// plan, language, where it opens, embed mode, an accent colour) and the code that puts it on
// another website, with a live preview. A link carries only these choices, never case data, in
// the address's #fragment (never sent to a server); the design is the README's ("Links") and
// src/link.rs reads it. Plain JS, no build step: this page is not part of the guide's first
// visit. It reads and saves nothing, and sends nothing anywhere.
(function () {
  "use strict";

  var HEIGHT = "second-opinion-navigator:height";
  var MAX_HEIGHT = 20000;
  var here = document.documentElement.lang;
  var byId = function (id) {
    return document.getElementById(id);
  };
  var form = byId("share-form");
  var accent = byId("accent");
  var pick = byId("accent-pick");
  var problem = byId("accent-problem");
  var status = byId("status");
  var linkField = byId("link");
  var snippetField = byId("snippet");
  var shareButton = byId("share-link");

  // Each language's guide, as an absolute address worked out from this page's own, so it is
  // right under any host and path prefix: this page sits next to its language's guide, and the
  // other language's is where the guide's own language switch goes (src/lang.rs, page_from).
  var apps = {
    en: new URL(here === "en" ? "./" : "../", location.href).href,
    es: new URL(here === "es" ? "./" : "es/", location.href).href,
  };

  // WCAG 2.1 contrast, with the guide's own rule (src/link.rs, Accent::is_readable): the
  // accent must reach 4.5:1 against the darkest background it meets, so it does against every
  // lighter one and under white text too (tests/link_fragment.rs holds this colour to the
  // guide's). The guide ignores any other colour, so the link leaves it out.
  function linear(c) {
    c /= 255;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
  function luminance(hex) {
    var n = parseInt(hex, 16);
    return 0.2126 * linear((n >> 16) & 255) + 0.7152 * linear((n >> 8) & 255) + 0.0722 * linear(n & 255);
  }
  var BACKGROUND = luminance("e8f1f8");
  function contrast(hex) {
    var l = luminance(hex);
    return (Math.max(l, BACKGROUND) + 0.05) / (Math.min(l, BACKGROUND) + 0.05);
  }

  /** The accent as typed: "" (none), "bad" or "low" (left out), or six lowercase hex digits. */
  function readAccent() {
    var text = accent.value.trim().replace(/^#/, "").toLowerCase();
    if (text === "") return { hex: "", trouble: "" };
    if (!/^[0-9a-f]{6}$/.test(text)) return { hex: "", trouble: "bad" };
    if (contrast(text) < 4.5) return { hex: "", trouble: "low" };
    return { hex: text, trouble: "" };
  }

  function choices() {
    var data = new FormData(form);
    var lang = data.get("lang") === "es" ? "es" : "en";
    return {
      lang: lang,
      region: String(data.get("region") || ""),
      plan: String(data.get("plan") || ""),
      start: data.get("start") === "plan" ? "plan" : "",
      embed: data.get("use") === "embed",
      accent: readAccent(),
      title: form.getAttribute("data-title-" + lang),
    };
  }

  /** The preset link, its parts in the order the guide writes them (src/link.rs, write). */
  function link(c) {
    var query = ["lang=" + c.lang];
    if (c.region) query.push("region=" + encodeURIComponent(c.region));
    if (c.plan) query.push("plan=" + encodeURIComponent(c.plan));
    if (c.embed) query.push("embed=1");
    if (c.accent.hex) query.push("accent=" + c.accent.hex);
    return apps[c.lang] + "#/" + c.start + "?" + query.join("&");
  }

  function attribute(text) {
    return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }

  /** The host page's code: the frame, and the optional lines that size it to the guide. They
   *  accept only the guide's own frame (its origin and its window) and only a sane height. */
  function snippet(url, title) {
    return [
      '<iframe id="second-opinion-navigator" src="' + attribute(url) + '" title="' + attribute(title) +
        '" allow="clipboard-write" style="width:100%;border:0" loading="lazy"></iframe>',
      "<script>",
      "  (function () {",
      '    var frame = document.getElementById("second-opinion-navigator");',
      "    var origin = new URL(frame.src).origin;",
      '    addEventListener("message", function (event) {',
      "      var data = event.data, height = data && data.height;",
      "      if (event.origin !== origin || event.source !== frame.contentWindow) return;",
      '      if (data.type !== "' + HEIGHT + '" || typeof height !== "number") return;',
      "      if (!(height > 0 && height < Infinity)) return;",
      '      frame.style.height = Math.min(Math.ceil(height), ' + MAX_HEIGHT + ') + "px";',
      "    });",
      "  })();",
      "</script>",
    ].join("\n");
  }

  function say(text) {
    status.textContent = "";
    // Emptied first, so the same words said again are announced again.
    if (text) setTimeout(function () { status.textContent = text; }, 50);
  }

  // The preview: the guide in a frame of this page, in embed mode, sized by its own message as
  // a host page's would be. A new frame for each new link (a fragment change alone would not
  // reload it), a moment after the choices settle.
  var previewed = "";
  var previewTimer;
  function preview(url) {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(function () {
      if (url === previewed) return;
      previewed = url;
      var old = byId("preview");
      var frame = document.createElement("iframe");
      frame.id = old.id;
      frame.className = old.className;
      frame.title = old.title;
      frame.style.height = old.style.height;
      frame.src = url;
      old.replaceWith(frame);
    }, 300);
  }
  addEventListener("message", function (event) {
    var frame = byId("preview");
    var data = event.data;
    var height = data && data.height;
    if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
    if (data.type !== HEIGHT || typeof height !== "number" || !(height > 0 && height < Infinity)) return;
    frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + "px";
  });

  var shown = "";
  function update() {
    var c = choices();
    var url = link(c);
    var trouble = c.accent.trouble;
    problem.textContent = trouble ? problem.getAttribute("data-" + trouble) : "";
    accent.closest(".field").classList.toggle("invalid", Boolean(trouble));
    if (trouble) accent.setAttribute("aria-invalid", "true");
    else accent.removeAttribute("aria-invalid");
    if (c.accent.hex) pick.value = "#" + c.accent.hex;
    byId("link-part").hidden = c.embed;
    byId("embed-part").hidden = !c.embed;
    if (url !== shown) {
      shown = url;
      linkField.value = url;
      snippetField.value = snippet(url, c.title);
      say("");
    }
    if (c.embed) preview(url);
  }

  function copy(field) {
    var fallback = function () {
      field.focus();
      field.select();
      say(status.getAttribute("data-fallback"));
    };
    if (!navigator.clipboard || !navigator.clipboard.writeText) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(field.value).then(function () {
      say(status.getAttribute("data-copied"));
    }, fallback);
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  // Enter in the colour field would submit the form: there is nothing to submit.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  pick.addEventListener("input", function () {
    accent.value = pick.value.slice(1);
    update();
  });
  linkField.addEventListener("focus", function () {
    linkField.select();
  });
  byId("copy-link").addEventListener("click", function () {
    copy(linkField);
  });
  byId("copy-snippet").addEventListener("click", function () {
    copy(snippetField);
  });
  if (typeof navigator.share === "function") {
    shareButton.hidden = false;
    shareButton.addEventListener("click", function () {
      var c = choices();
      navigator.share({ title: c.title, url: link(c) }).catch(function () {});
    });
  }
  update();
})();
