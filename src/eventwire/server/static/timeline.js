// Events per day as stacked bars (SVG). Drag across the chart to zoom: the range becomes the
// since/until filter of the page named by data-target, so the table or map below re-filters.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const PALETTE = ["#3b7dd8", "#46a35e", "#e08a1e", "#c8402f", "#8e5cc2", "#2aa1a6",
    "#b5487f", "#7a8b1f", "#5f6b7a", "#d2b21f", "#6d4c2f", "#1f5f8b"];
  const DAY = 86400000;

  function element(name, attributes, parent) {
    const node = document.createElementNS(SVG, name);
    Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
    if (parent) parent.appendChild(node);
    return node;
  }

  const dayOf = (text) => Date.parse(text + "T00:00:00Z");
  const textOf = (time) => new Date(time).toISOString().slice(0, 10);

  function zoomTo(target, since, until) {
    const params = new URLSearchParams(location.search);
    params.set("since", since);
    params.set("until", until);
    params.delete("page");
    location.assign(target + "?" + params.toString());
  }

  function draw(box, data) {
    box.replaceChildren();
    if (!data.days.length) {
      box.insertAdjacentHTML("beforeend", '<p class="none" style="padding:.6rem">No dated events.</p>');
      box.dataset.ready = "1";
      return;
    }
    const width = box.clientWidth, height = box.clientHeight;
    const left = 34, right = 10, top = 18, bottom = 20;
    const first = dayOf(data.days[0].day), last = dayOf(data.days[data.days.length - 1].day) + DAY;
    const x = (time) => left + (time - first) / (last - first) * (width - left - right);
    const most = Math.max(...data.days.map((day) => Object.values(day.counts).reduce((a, b) => a + b, 0)));
    const y = (count) => (height - bottom) - count / most * (height - top - bottom);
    const colour = {};
    data.series.forEach((item) => { colour[item.key] = PALETTE[item.colour % PALETTE.length]; });
    const svg = element("svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
      "aria-label": "events per day" }, box);
    const barWidth = Math.max(1.5, (x(first + DAY) - x(first)) * 0.85);
    data.days.forEach((day) => {
      let stacked = 0;
      data.series.forEach((item) => {
        const count = day.counts[item.key] || 0;
        if (!count) return;
        const bar = element("rect", { x: x(dayOf(day.day)), y: y(stacked + count), width: barWidth,
          height: y(stacked) - y(stacked + count), fill: colour[item.key], class: "bar",
          "data-day": day.day }, svg);
        element("title", {}, bar).textContent = `${day.day} · ${item.label}: ${count}`;
        stacked += count;
      });
    });
    element("line", { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom,
      stroke: "#9aa5b1" }, svg);
    [[first, "start"], [(first + last) / 2, "middle"], [last - DAY, "end"]].forEach(([time, anchor]) => {
      element("text", { x: x(time), y: height - 5, "font-size": 11, fill: "#5d6978",
        "text-anchor": anchor }, svg).textContent = textOf(time);
    });
    element("text", { x: 4, y: y(most) + 4, "font-size": 11, fill: "#5d6978" }, svg).textContent = most;
    const legend = document.createElement("div");
    legend.className = "legend";
    data.series.forEach((item) => {
      const entry = document.createElement("span");
      const swatch = document.createElement("i");
      swatch.style.background = colour[item.key];
      entry.append(swatch, item.label);
      legend.append(entry);
    });
    box.append(legend);

    const brush = element("rect", { class: "brush", y: top - 4, height: height - top - bottom + 4,
      width: 0, x: 0 }, svg);
    const timeAt = (pixel) => first + (pixel - left) / (width - left - right) * (last - first);
    const pixelOf = (mouse) => (mouse.clientX - svg.getBoundingClientRect().left) *
      (width / svg.getBoundingClientRect().width);
    let from = null;
    svg.addEventListener("mousedown", (mouse) => { from = pixelOf(mouse); mouse.preventDefault(); });
    svg.addEventListener("mousemove", (mouse) => {
      if (from === null) return;
      const to = pixelOf(mouse);
      brush.setAttribute("x", Math.min(from, to));
      brush.setAttribute("width", Math.abs(to - from));
    });
    window.addEventListener("mouseup", (mouse) => {
      if (from === null) return;
      const to = pixelOf(mouse);
      const [a, b] = [Math.min(from, to), Math.max(from, to)];
      from = null;
      if (b - a < 3) {
        const bar = mouse.target.closest && mouse.target.closest(".bar");
        if (bar) zoomTo(box.dataset.target, bar.dataset.day, bar.dataset.day);
        return;
      }
      const since = textOf(Math.max(first, timeAt(a)));
      const until = textOf(Math.min(last - DAY, timeAt(b)));
      zoomTo(box.dataset.target, since, until < since ? since : until);
    });
    box.dataset.ready = "1";
  }

  document.querySelectorAll(".timeline[data-src]").forEach((box) => {
    fetch(box.dataset.src).then((response) => response.json()).then((data) => {
      draw(box, data);
      window.addEventListener("resize", () => draw(box, data));
    });
  });
})();
