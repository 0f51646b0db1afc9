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

  function actors(list) {
    return (list || []).map((actor) => (actor.code || "?") + " «" + actor.text + "»").join(", ") || "—";
  }

  function row(term, value) {
    const dt = document.createElement("dt");
    const dd = document.createElement("dd");
    dt.textContent = term;
    dd.textContent = value;
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
    const speaker = event.asserted_by ? (event.asserted_by.name || event.asserted_by.text) : "—";
    const fields = [
      ["trigger", "«" + event.trigger.text + "» (" + event.trigger.start + "–" + event.trigger.end + ")"],
      ["source", actors(event.source)],
      ["target", actors(event.target)],
      ["CAMEO", event.cameo + " (root " + event.cameo_root + ", quad " + event.quad_class + ")"],
      ["PLOVER", (event.plover && event.plover.type) || "—"],
      ["modality", event.modality],
      ["asserted by", speaker],
      ["date", event.date ? (event.date.value || "unresolved") + " (" + event.date.source + ")" : "—"],
      ["place", event.place && event.place.name ? event.place.name + ", " + (event.place.country || "?") : "—"],
      ["mentions", String((event.mentions || []).length)],
    ];
    fields.forEach(([term, value]) => list.append(...row(term, value)));
    const title = document.createElement("h3");
    title.textContent = "Event " + event.id;
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
