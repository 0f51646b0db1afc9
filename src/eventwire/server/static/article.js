// The article page: layer switches, the record card of the event under the pointer, and
// links from each field to its characters (#chars-START-END).
(function () {
  "use strict";
  const events = JSON.parse(document.getElementById("analysis").textContent).events;
  const text = document.getElementById("text");
  const card = document.getElementById("card");

  document.querySelectorAll('.layers input[name="layer"]').forEach((box) => {
    const apply = () => document.body.classList.toggle("show-" + box.value, box.checked);
    box.addEventListener("change", apply);
    apply();
  });

  function piecesOf(key) {
    return Array.from(text.querySelectorAll(".piece")).filter((piece) =>
      piece.dataset.marks.split(" ").includes(key));
  }

  function clearActive() {
    text.querySelectorAll(".active, .active-source, .active-target").forEach((piece) =>
      piece.classList.remove("active", "active-source", "active-target"));
  }

  // A field as the record tables show it: nothing where the record holds none (null, missing).
  function held(value) {
    return value === null || value === undefined ? "" : String(value);
  }

  function labelled(label, value) {
    return held(value) ? label + " " + held(value) : "";
  }

  function joined(separator, parts) {
    return parts.filter((part) => part !== "").join(separator);
  }

  function uncoded() {
    const dash = document.createElement("span");
    dash.className = "uncoded";
    dash.title = "no code";
    dash.textContent = "—";
    return dash;
  }

  // Each actor's words, then its code or, where the codebooks gave none, a dash.
  function actors(list) {
    return (list || []).flatMap((actor, number) =>
      [(number ? ", " : "") + "«" + held(actor.text) + "» ", held(actor.code) || uncoded()]);
  }

  // A date's value ("unresolved" where it has none) and where it came from.
  function dated(date) {
    if (!date) return "";
    const source = held(date.source) && "(" + date.source + ")";
    return joined(" ", [held(date.value) || "unresolved", source]);
  }

  // A place's name (its words where it has none) and country.
  function placed(place) {
    return place ? joined(", ", [held(place.name) || held(place.text), held(place.country)]) : "";
  }

  function row(term, value) {
    const dt = document.createElement("dt");
    const dd = document.createElement("dd");
    dt.textContent = term;
    dd.append(...value);
    return [dt, dd];
  }

  function showEvent(number) {
    const event = events[number];
    if (!event) return;
    clearActive();
    piecesOf("event-" + number).forEach((piece) => piece.classList.add("active"));
    piecesOf("event-" + number + "-source").forEach((piece) => piece.classList.add("active-source"));
    piecesOf("event-" + number + "-target").forEach((piece) => piece.classList.add("active-target"));
    const list = document.createElement("dl");
    const { trigger, asserted_by: speaker } = event;
    const offsets = Number.isInteger(trigger.start) && Number.isInteger(trigger.end)
      ? " (" + trigger.start + "–" + trigger.end + ")" : "";
    const scale = joined(", ",
      [labelled("root", event.cameo_root), labelled("quad", event.quad_class)]);
    const fields = [
      ["trigger", ["«" + held(trigger.text) + "»" + offsets]],
      ["source", actors(event.source)],
      ["target", actors(event.target)],
      ["CAMEO", [held(event.cameo) + (scale ? " (" + scale + ")" : "")]],
      ["PLOVER", [held(event.plover && event.plover.type)]],
      ["modality", [held(event.modality)]],
      ["asserted by", [speaker ? held(speaker.name) || held(speaker.text) : ""]],
      ["date", [dated(event.date)]],
      ["place", [placed(event.place)]],
      ["mentions", [String((event.mentions || []).length)]],
    ];
    fields.forEach(([term, value]) => list.append(...row(term, value)));
    const title = document.createElement("h3");
    title.textContent = "Event " + held(event.id);
    card.replaceChildren(title, list);
    card.dataset.event = event.id;
  }

  text.addEventListener("mouseover", (mouse) => {
    const piece = mouse.target.closest(".piece.r-trigger");
    if (!piece || !document.body.classList.contains("show-events")) return;
    const key = piece.dataset.marks.split(" ").find((mark) => /^event-\d+$/.test(mark));
    if (key) showEvent(Number(key.slice(6)));
  });

  function flash(start, end) {
    text.querySelectorAll(".flash").forEach((piece) => piece.classList.remove("flash"));
    const pieces = Array.from(text.querySelectorAll(".piece")).filter((piece) =>
      Number(piece.dataset.start) >= start && Number(piece.dataset.end) <= end);
    pieces.forEach((piece) => piece.classList.add("flash"));
    if (pieces.length) pieces[0].scrollIntoView({ block: "center" });
  }

  function followHash() {
    const chars = /^#chars-(\d+)-(\d+)$/.exec(location.hash);
    if (chars) flash(Number(chars[1]), Number(chars[2]));
    const event = /^#event-(.+)$/.exec(location.hash);
    if (event) {
      const number = events.findIndex((item) => item.id === event[1]);
      if (number >= 0) showEvent(number);
    }
  }
  window.addEventListener("hashchange", followHash);
  followHash();
})();
