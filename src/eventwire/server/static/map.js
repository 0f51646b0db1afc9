// Event places as clustered points over a world outline (Natural Earth 110m, shipped with
// the package as TopoJSON). Scroll to zoom, drag to pan, click a cluster for its events.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const box = document.getElementById("map");
  const features = JSON.parse(document.getElementById("places").textContent);
  const CELL = 46;  // cluster cell, screen pixels
  let view = { x: 0, y: 0, width: 360, height: 180 };
  const svg = document.createElementNS(SVG, "svg");
  const land = document.createElementNS(SVG, "g");
  const clusters = document.createElementNS(SVG, "g");
  land.setAttribute("class", "land");
  svg.append(land, clusters);
  box.append(svg);

  const project = ([lon, lat]) => [lon + 180, 90 - lat];

  function decodeArcs(topology) {
    const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
    return topology.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
    });
  }

  // A ring that crosses the antimeridian is kept continuous (longitudes past 180 run on
  // past the map's edge) instead of drawing a line across the whole world.
  function ringPath(arcs, indexes) {
    const points = [];
    let shift = 0, previous = null;
    indexes.forEach((index, position) => {
      const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      (position ? arc.slice(1) : arc).forEach(([lon, lat]) => {
        if (previous !== null && Math.abs(lon + shift - previous) > 180) {
          shift += lon + shift > previous ? -360 : 360;
        }
        previous = lon + shift;
        points.push(project([lon + shift, lat]));
      });
    });
    return "M" + points.map(([x, y]) => x.toFixed(2) + "," + y.toFixed(2)).join("L") + "Z";
  }

  function drawWorld(topology) {
    const arcs = decodeArcs(topology);
    topology.objects.countries.geometries.forEach((geometry) => {
      const polygons = geometry.type === "Polygon" ? [geometry.arcs]
        : geometry.type === "MultiPolygon" ? geometry.arcs : [];
      const path = document.createElementNS(SVG, "path");
      path.setAttribute("d", polygons.map((rings) => rings.map((ring) => ringPath(arcs, ring)).join("")).join(""));
      path.setAttribute("fill-rule", "evenodd");
      land.append(path);
    });
  }

  function fit() {
    const ratio = box.clientWidth / box.clientHeight;
    if (view.width / view.height < ratio) view.width = view.height * ratio;
    else view.height = view.width / ratio;
    svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.width} ${view.height}`);
  }

  const pixelsPerDegree = () => box.clientWidth / view.width;

  function drawClusters() {
    clusters.replaceChildren();
    const cell = CELL / pixelsPerDegree();
    const cells = new Map();
    features.forEach((feature) => {
      const [x, y] = project(feature.geometry.coordinates);
      const key = Math.floor(x / cell) + ":" + Math.floor(y / cell);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(feature);
    });
    [...cells.values()].sort((a, b) => a.length - b.length).forEach((members) => {
      const points = members.map((feature) => project(feature.geometry.coordinates));
      const cx = points.reduce((sum, p) => sum + p[0], 0) / points.length;
      const cy = points.reduce((sum, p) => sum + p[1], 0) / points.length;
      const radius = (7 + 4 * Math.log2(members.length)) / pixelsPerDegree();
      const group = document.createElementNS(SVG, "g");
      group.setAttribute("class", "cluster");
      group.dataset.count = members.length;
      const circle = document.createElementNS(SVG, "circle");
      circle.setAttribute("cx", cx); circle.setAttribute("cy", cy); circle.setAttribute("r", radius);
      const label = document.createElementNS(SVG, "text");
      label.setAttribute("x", cx); label.setAttribute("y", cy);
      label.setAttribute("font-size", 11 / pixelsPerDegree());
      label.textContent = members.length;
      group.append(circle, label);
      group.addEventListener("click", (mouse) => { mouse.stopPropagation(); popup(members, mouse); });
      clusters.append(group);
    });
    box.dataset.clusters = cells.size;
  }

  function eventsLink(members) {
    const lons = members.map((f) => f.geometry.coordinates[0]);
    const lats = members.map((f) => f.geometry.coordinates[1]);
    const pad = 0.01;
    const bbox = [Math.min(...lons) - pad, Math.min(...lats) - pad, Math.max(...lons) + pad,
      Math.max(...lats) + pad].map((value) => value.toFixed(4)).join(",");
    const url = new URL(box.dataset.eventsUrl, location.href);
    url.searchParams.set("bbox", bbox);
    return url.pathname + url.search;
  }

  function popup(members, mouse) {
    box.querySelectorAll(".popup").forEach((open) => open.remove());
    const card = document.createElement("div");
    card.className = "popup";
    const places = [...new Set(members.map((f) => f.properties.place))].slice(0, 4).join(", ");
    const heading = document.createElement("strong");
    heading.textContent = `${members.length} ${members.length === 1 ? "event" : "events"} · ${places}`;
    const list = document.createElement("ul");
    members.slice(0, 10).forEach((feature) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      const p = feature.properties;
      link.href = p.url;
      link.textContent = `${(p.published || "").slice(0, 10)} ${p.cameo} ${p.plover_type || ""} «${p.trigger}»`;
      link.title = p.title || "";
      item.append(link);
      list.append(item);
    });
    const all = document.createElement("a");
    all.href = eventsLink(members);
    all.textContent = "all of them in the events table →";
    const close = document.createElement("button");
    close.className = "close"; close.textContent = "×";
    close.addEventListener("click", () => card.remove());
    card.append(close, heading, list, all);
    const bounds = box.getBoundingClientRect();
    card.style.left = Math.min(mouse.clientX - bounds.left + 8, bounds.width - 350) + "px";
    card.style.top = Math.min(mouse.clientY - bounds.top + 8, bounds.height - 200) + "px";
    box.append(card);
  }

  box.addEventListener("wheel", (wheel) => {
    wheel.preventDefault();
    const factor = wheel.deltaY < 0 ? 0.8 : 1.25;
    const bounds = box.getBoundingClientRect();
    const mx = view.x + (wheel.clientX - bounds.left) / bounds.width * view.width;
    const my = view.y + (wheel.clientY - bounds.top) / bounds.height * view.height;
    const width = Math.min(720, Math.max(2, view.width * factor));
    const scale = width / view.width;
    view = { x: mx - (mx - view.x) * scale, y: my - (my - view.y) * scale,
      width, height: view.height * scale };
    fit();
    drawClusters();
  }, { passive: false });

  let drag = null;
  box.addEventListener("mousedown", (mouse) => {
    if (mouse.target.closest(".popup")) return;
    drag = { x: mouse.clientX, y: mouse.clientY, view: { ...view } };
  });
  window.addEventListener("mousemove", (mouse) => {
    if (!drag) return;
    const perPixel = view.width / box.clientWidth;
    view.x = drag.view.x - (mouse.clientX - drag.x) * perPixel;
    view.y = drag.view.y - (mouse.clientY - drag.y) * perPixel;
    fit();
  });
  window.addEventListener("mouseup", () => { drag = null; });

  fit();
  view.x = (360 - view.width) / 2;
  view.y = (180 - view.height) / 2;
  fit();
  fetch(box.dataset.world).then((response) => response.json()).then((topology) => {
    drawWorld(topology);
    drawClusters();
    box.dataset.ready = "1";
  });
  window.addEventListener("resize", () => { fit(); drawClusters(); });
})();
