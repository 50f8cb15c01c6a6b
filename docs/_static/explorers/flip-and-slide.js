// Flip-and-slide explorer: slide the flipped g along f and watch (f∗g)(c) add up.
// Every number shown comes from the page's data, written at build time by the
// conv_examples module (docs/_ext/explorers.py); this script only looks them up
// and draws. Without JavaScript the static figure in the same container stands.
(() => {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const PANEL = 64; // height of one row of bars, CSS px
  const GAP = 30; // room for a row's label
  let count = 0;

  function element(tag, attributes = {}, text = "") {
    const node = tag.startsWith("svg:")
      ? document.createElementNS(SVG, tag.slice(4))
      : document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  function build(root, data) {
    const id = `flip-and-slide-${++count}`;
    const ui = element("div", { class: "fs" });
    ui.innerHTML = `
      <p class="fs-help">Move the slider, or drag the orange bars sideways, to slide
      the flipped g along f. Each green bar is one product; their sum is
      (f∗g)(c), the point marked on the bottom row.</p>
      <div class="fs-controls">
        <label for="${id}-example">Example</label>
        <select id="${id}-example"></select>
        <span class="fs-slider">
          <label for="${id}-c" class="fs-c-label">c</label>
          <input id="${id}-c" type="range" step="1">
          <output for="${id}-c" id="${id}-c-value"></output>
        </span>
      </div>
      <p class="fs-sum" id="${id}-sum" aria-live="polite"></p>`;
    const select = ui.querySelector("select");
    const slider = ui.querySelector("input");
    const shown = ui.querySelector("output");
    const sum = ui.querySelector(".fs-sum");
    for (const example of data.examples) {
      select.append(element("option", { value: example.key }, example.label));
    }
    const svg = element("svg:svg", { class: "fs-chart", role: "img" });
    // The drawing is laid out in CSS pixels for the width its box has: text keeps its size.
    const plot = element("div", { class: "fs-plot" });
    plot.append(svg);
    ui.insertBefore(plot, sum);
    root.querySelector("figure")?.setAttribute("hidden", "");
    root.prepend(ui);

    let example = data.examples[0];
    let step = 0; // index into example.steps
    let layout = null;

    function choose(key, c) {
      example = data.examples.find((candidate) => candidate.key === key);
      const cs = example.steps.map((s) => s.c);
      slider.min = cs[0];
      slider.max = cs[cs.length - 1];
      setC(cs.includes(c) ? c : cs[Math.floor(cs.length / 2)]);
    }

    function setC(c) {
      const first = example.steps[0].c;
      step = Math.max(0, Math.min(example.steps.length - 1, Math.round(c) - first));
      const current = example.steps[step];
      slider.value = current.c;
      shown.textContent = `c = ${current.c}`;
      sum.textContent = current.sentence;
      draw();
    }

    // Positions along x: the axis of a and the axis of c share one scale.
    function draw() {
      const width = Math.max(260, plot.clientWidth);
      const current = example.steps[step];
      const cs = example.steps.map((s) => s.c);
      const lo = Math.min(example.a[0], cs[0]);
      const hi = Math.max(example.a[example.a.length - 1], cs[cs.length - 1]);
      const left = 8;
      const unit = (width - 2 * left) / (hi - lo + 1);
      const x = (position) => left + (position - lo + 0.5) * unit;
      const bar = Math.max(3, Math.min(unit * 0.7, 28));
      const extent = (values) => Math.max(1e-300, ...values.map(Math.abs));
      const fMax = extent(example.f);
      const gMax = extent(example.steps.flatMap((s) => s.g));
      const pMax = extent(example.steps.flatMap((s) => s.products));
      const convMax = extent(example.conv);
      const rows = { fg: GAP + PANEL, products: 3 * GAP + 2 * PANEL + 22, conv: 0 };
      rows.conv = rows.products + 22 + 2 * GAP + PANEL;
      const height = rows.conv + 42;
      layout = { lo, unit, left, rows };

      const parts = [];
      const text = (tx, ty, content, extra = "") =>
        parts.push(`<text x="${tx}" y="${ty}" ${extra}>${content}</text>`);
      const bars = (positions, values, top, scale, cls, down = false) => {
        positions.forEach((position, i) => {
          const length = (Math.abs(values[i]) / scale) * PANEL;
          if (length === 0) return;
          const hang = down !== values[i] < 0;
          const y = hang ? top : top - length;
          parts.push(
            `<rect class="${cls}" x="${x(position) - bar / 2}" y="${y}" width="${bar}" height="${length}"/>`,
          );
        });
      };
      const axis = (y, positions, name) => {
        parts.push(`<line class="fs-axis" x1="${left}" x2="${width - left}" y1="${y}" y2="${y}"/>`);
        const every = Math.ceil(24 / unit);
        for (const position of positions) {
          if (position % every === 0) {
            const label = String(position).replace("-", "−");
            text(x(position), y + 16, label, 'text-anchor="middle" class="fs-tick"');
          }
        }
        text(width - left, y + 16, name, 'text-anchor="end" class="fs-tick fs-name"');
      };

      // Row 1: f(a) upwards and the flipped, shifted g(c − a) hanging from the same line.
      text(left, 16, `<tspan class="fs-f-text">f(a)</tspan> above, <tspan class="fs-g-text">g(${current.c} − a)</tspan> below`);
      parts.push(
        `<line class="fs-marker" x1="${x(current.c)}" x2="${x(current.c)}" y1="${GAP - 6}" y2="${rows.fg + PANEL}"/>`,
      );
      bars(example.a, example.f, rows.fg, fMax, "fs-f");
      bars(example.a, current.g, rows.fg, gMax, "fs-g fs-drag", true);
      parts.push(`<line class="fs-axis" x1="${left}" x2="${width - left}" y1="${rows.fg}" y2="${rows.fg}"/>`);
      // Row 2: the products, on the same axis of a.
      text(left, rows.products - PANEL - 10, `products f(a)·g(${current.c} − a)`, 'class="fs-p-text"');
      bars(example.a, current.products, rows.products, pMax, "fs-p");
      axis(rows.products, example.a, "a");
      // Row 3: the whole of f∗g, the current c picked out.
      text(left, rows.conv - PANEL - 10, `(f∗g)(c) for every c; here (f∗g)(${current.c}) = ${current.sumText}`, 'class="fs-p-text"');
      bars(cs, example.conv, rows.conv, convMax, "fs-conv");
      bars([current.c], [current.sum || 0], rows.conv, convMax, "fs-p fs-now");
      parts.push(
        `<path class="fs-now-mark" d="M${x(current.c)} ${rows.conv + 20} l-6 9 h12 z"/>`,
      );
      axis(rows.conv, cs, "c");

      svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
      svg.setAttribute("width", width);
      svg.setAttribute("height", height);
      svg.innerHTML = parts.join("");
      svg.setAttribute(
        "aria-label",
        `Bar charts for ${example.label}, c = ${current.c}: f(a) and the flipped g(${current.c} − a) on one axis of a, ` +
          `their products, and f∗g for every c with (f∗g)(${current.c}) = ${current.sumText} marked.`,
      );
    }

    // Dragging the top two rows slides g by whole steps; on the bottom row it picks c.
    let drag = null;
    svg.addEventListener("pointerdown", (event) => {
      if (!layout || event.button > 0) return;
      const box = svg.getBoundingClientRect();
      const y = event.clientY - box.top;
      const c = example.steps[step].c;
      drag = y > layout.rows.products + 22 ? { pick: true } : { startX: event.clientX, startC: c };
      svg.setPointerCapture(event.pointerId);
      move(event);
    });
    svg.addEventListener("pointermove", (event) => drag && move(event));
    const stop = () => {
      drag = null;
    };
    svg.addEventListener("pointerup", stop);
    svg.addEventListener("pointercancel", stop);
    function move(event) {
      const box = svg.getBoundingClientRect();
      const c = drag.pick
        ? Math.floor((event.clientX - box.left - layout.left) / layout.unit) + layout.lo
        : drag.startC + Math.round((event.clientX - drag.startX) / layout.unit);
      if (c !== example.steps[step].c) setC(c);
    }

    slider.addEventListener("input", () => setC(Number(slider.value)));
    select.addEventListener("change", () => choose(select.value, Number(slider.value)));
    let drawnFor = 0;
    new ResizeObserver(() => {
      if (plot.clientWidth !== drawnFor) {
        drawnFor = plot.clientWidth;
        draw();
      }
    }).observe(plot);
    choose(data.examples[0].key, data.start);
  }

  // The data comes in a script of its own (loaded just before this one); without
  // it the static figure stays.
  const data = window.explorerData?.["flip-and-slide"];
  if (!data) return;
  for (const root of document.querySelectorAll('.explorer[data-explorer="flip-and-slide"]')) {
    build(root, data);
  }
})();
