// Kernel playground: convolve the page's photograph with the reader's own 3 × 3 kernel.
// The kernel cannot be known at build time, so this script computes: a true
// convolution (the kernel flipped), zeros past the border, output the size of
// the input, as conv_examples.convolution.convolve2d(image, kernel, mode="same").
// A browser test holds the two equal to 1e-9 for every preset.
(() => {
  "use strict";
  let count = 0;
  const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
  const SCALE = new RegExp(String.raw`^\s*(${NUMBER})\s*(?:/\s*(${NUMBER}))?\s*$`, "i");

  // Four significant digits, as the post prints numbers, with a true minus sign.
  const show = (value) => String(Number(value.toPrecision(4))).replace("-", "−");

  // The true convolution, in "same" mode: result(i, j) = Σ k(m, n) x(i + 1 − m, j + 1 − n),
  // x being 0 outside the image. Inside, all nine terms exist and are written out.
  function convolve(image, width, height, kernel) {
    const result = new Float64Array(width * height);
    const [k0, k1, k2, k3, k4, k5, k6, k7, k8] = kernel;
    for (let i = 1; i < height - 1; i++) {
      for (let j = 1, at = i * width + 1; j < width - 1; j++, at++) {
        const up = at - width;
        const down = at + width;
        result[at] =
          k0 * image[down + 1] + k1 * image[down] + k2 * image[down - 1] +
          k3 * image[at + 1] + k4 * image[at] + k5 * image[at - 1] +
          k6 * image[up + 1] + k7 * image[up] + k8 * image[up - 1];
      }
    }
    const border = (i, j) => {
      let total = 0;
      for (let m = 0; m < 3; m++) {
        const y = i + 1 - m;
        if (y < 0 || y >= height) continue;
        for (let n = 0; n < 3; n++) {
          const x = j + 1 - n;
          if (x >= 0 && x < width) total += kernel[3 * m + n] * image[y * width + x];
        }
      }
      result[i * width + j] = total;
    };
    for (let j = 0; j < width; j++) {
      border(0, j);
      border(height - 1, j);
    }
    for (let i = 1; i < height - 1; i++) {
      border(i, 0);
      border(i, width - 1);
    }
    return result;
  }

  // numpy's percentile (linear interpolation) of the absolute values, as the static
  // figures scale signed results. Quickselect finds the two values it needs in
  // linear time; sorting all of them would cost most of a re-render.
  function percentile(values, q) {
    const a = Float64Array.from(values);
    for (let i = 0; i < a.length; i++) a[i] = Math.abs(a[i]);
    const position = (q / 100) * (a.length - 1);
    const k = Math.floor(position);
    let lo = 0;
    let hi = a.length - 1;
    while (lo < hi) {
      const pivot = a[(lo + hi) >> 1];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (a[i] < pivot) i++;
        while (a[j] > pivot) j--;
        if (i <= j) {
          const swap = a[i];
          a[i++] = a[j];
          a[j--] = swap;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else break;
    }
    let next = a[k];
    if (k + 1 < a.length) {
      next = Infinity;
      for (let i = k + 1; i < a.length; i++) next = Math.min(next, a[i]);
    }
    return a[k] + (next - a[k]) * (position - k);
  }

  function allFinite(values) {
    for (const value of values) if (!Number.isFinite(value)) return false;
    return true;
  }

  function build(root, data) {
    const { width, height } = data;
    const id = `kernel-playground-${++count}`;
    // Channel sums, each sent as its difference from the pixel above; the gray level
    // is sum / 3 / 255, the very float conv_examples.photo.grayscale computes.
    const sums = new Float64Array(width * height);
    const image = new Float64Array(width * height);
    data.sumDifferences.forEach((difference, i) => {
      sums[i] = difference + (i >= width ? sums[i - width] : 0);
      image[i] = sums[i] / 3 / 255;
    });
    let darkest = Infinity;
    let lightest = -Infinity;
    for (const value of image) {
      darkest = Math.min(darkest, value);
      lightest = Math.max(lightest, value);
    }
    const diverging = data.diverging.match(/../g).map((hex) => parseInt(hex, 16));

    const ui = document.createElement("div");
    ui.className = "kp";
    const cells = [0, 1, 2]
      .flatMap((row) => [0, 1, 2].map((column) => [row, column]))
      .map(
        ([row, column]) => `
        <div class="kp-cell">
          <input type="number" step="any" id="${id}-w${row}${column}"
            aria-label="kernel weight, row ${row + 1}, column ${column + 1}"
            aria-describedby="${id}-m${row}${column}">
          <span class="kp-message" id="${id}-m${row}${column}"></span>
        </div>`,
      )
      .join("");
    ui.innerHTML = `
      <p class="kp-help">Pick a preset or type your own weights: the result is
      recomputed as you type. Click a pixel of the result, or focus the result
      and move with the arrow keys, to see the sum that made it.</p>
      <div class="kp-controls">
        <label for="${id}-preset">Preset</label>
        <select id="${id}-preset"></select>
        <button type="button" class="kp-reset">Reset</button>
      </div>
      <fieldset class="kp-kernel">
        <legend>Kernel: the weights below, each multiplied by the scale</legend>
        <div class="kp-grid">${cells}</div>
        <div class="kp-scale">
          <label for="${id}-scale">× scale</label>
          <input type="text" inputmode="decimal" id="${id}-scale" aria-describedby="${id}-ms">
          <span class="kp-message" id="${id}-ms"></span>
        </div>
        <p class="kp-note">The scale may be a fraction such as 1/16. Kernels
        whose weights times the scale add up to 1 keep the photograph's brightness.</p>
      </fieldset>
      <p class="kp-status" role="status"></p>
      <div class="kp-images">
        <div class="kp-image">
          <div class="kp-frame">
            <canvas class="kp-original" role="img" width="${width}" height="${height}"
              aria-label="The photograph: Grace Hopper's face in gray, ${width} by ${height} pixels."></canvas>
            <div class="kp-cursor" aria-hidden="true"></div>
          </div>
          <p class="kp-caption">photograph</p>
        </div>
        <div class="kp-image">
          <div class="kp-frame">
            <canvas class="kp-result" role="img" tabindex="0" width="${width}" height="${height}"></canvas>
            <div class="kp-cursor" aria-hidden="true"></div>
          </div>
          <p class="kp-caption">result</p>
        </div>
      </div>
      <p class="kp-legend"></p>
      <div class="kp-inspect">
        <p class="kp-picked" aria-live="polite"></p>
        <p>It is the sum of each pixel around it times the kernel turned half a turn
        (convolution flips it):</p>
        <div class="kp-tables">${["pixels around it", "kernel, flipped", "products"]
          .map((caption) => `<table><caption>${caption}</caption>${"<tr><td></td><td></td><td></td></tr>".repeat(3)}</table>`)
          .join("")}</div>
        <p class="kp-sum"></p>
      </div>`;
    const select = ui.querySelector("select");
    const inputs = [...ui.querySelectorAll(".kp-grid input")];
    const messages = [...ui.querySelectorAll(".kp-grid .kp-message")];
    const scaleInput = ui.querySelector(".kp-scale input");
    const scaleMessage = ui.querySelector(".kp-scale .kp-message");
    const status = ui.querySelector(".kp-status");
    const legend = ui.querySelector(".kp-legend");
    const picked = ui.querySelector(".kp-picked");
    const pickedSum = ui.querySelector(".kp-sum");
    const tableCells = [...ui.querySelectorAll(".kp-tables td")];
    const resultCanvas = ui.querySelector(".kp-result");
    const cursors = [...ui.querySelectorAll(".kp-cursor")];
    for (const preset of data.presets) {
      select.append(new Option(preset.label, preset.key));
    }
    root.querySelector("figure")?.setAttribute("hidden", "");
    root.prepend(ui);

    const original = ui.querySelector(".kp-original").getContext("2d");
    const pixels = original.createImageData(width, height);
    image.forEach((value, i) => {
      const level = Math.round(value * 255);
      pixels.data.set([level, level, level, 255], 4 * i);
    });
    original.putImageData(pixels, 0, 0);
    const context = resultCanvas.getContext("2d");
    const output = context.createImageData(width, height);

    let kernel = null; // the last good kernel, and its result
    let result = null;
    let selected = [Math.floor(height / 2), Math.floor(width / 2)];

    function loadPreset(key) {
      const preset = data.presets.find((candidate) => candidate.key === key);
      preset.weights.flat().forEach((weight, i) => {
        inputs[i].value = weight;
      });
      scaleInput.value = preset.scale;
      update();
    }

    // Read the nine weights and the scale; mark each bad one beside its field.
    function readKernel() {
      let good = true;
      const flag = (field, message, text) => {
        message.textContent = text;
        field.setAttribute("aria-invalid", text ? "true" : "false");
        if (text) good = false;
      };
      const weights = inputs.map((input, i) => {
        const value = input.value === "" ? NaN : Number(input.value);
        if (input.value === "") {
          flag(input, messages[i], input.validity.badInput ? "not a finite number" : "empty: type a number");
        } else if (!Number.isFinite(value)) {
          flag(input, messages[i], "too large");
        } else {
          flag(input, messages[i], "");
        }
        return value;
      });
      let scale = NaN;
      const parts = SCALE.exec(scaleInput.value);
      if (!parts) {
        flag(scaleInput, scaleMessage, "a number or a fraction such as 1/16");
      } else {
        scale = Number(parts[1]) / (parts[2] === undefined ? 1 : Number(parts[2]));
        if (parts[2] !== undefined && Number(parts[2]) === 0) {
          flag(scaleInput, scaleMessage, "cannot divide by 0");
        } else if (!Number.isFinite(scale)) {
          flag(scaleInput, scaleMessage, "too large");
        } else {
          flag(scaleInput, scaleMessage, "");
        }
      }
      if (!good) return null;
      const values = weights.map((weight) => weight * scale);
      const largest = values.reduce((best, value, i) => (Math.abs(value) > Math.abs(values[best]) ? i : best), 0);
      if (!values.every(Number.isFinite)) {
        flag(inputs[largest], messages[largest], "too large: weight × scale overflows");
        return null;
      }
      return { values: Float64Array.from(values), largest };
    }

    function update() {
      const read = readKernel();
      if (read) {
        const next = convolve(image, width, height, read.values);
        if (allFinite(next)) {
          kernel = read.values;
          result = next;
          status.textContent = "";
          paint();
          return;
        }
        const i = read.largest;
        messages[i].textContent = "too large: the result overflows";
        inputs[i].setAttribute("aria-invalid", "true");
      }
      status.textContent = "The result still shows the last kernel that worked; fix the marked field.";
    }

    function paint() {
      const total = kernel.reduce((a, b) => a + b, 0);
      const data = output.data;
      if (Math.abs(total - 1) <= 1e-9) {
        // Weights adding up to 1 keep the brightness: gray on the photograph's own range.
        const span = lightest - darkest || 1;
        for (let i = 0, at = 0; i < result.length; i++, at += 4) {
          const level = Math.round((255 * (result[i] - darkest)) / span);
          data[at] = level; // the clamped array clips to 0 … 255
          data[at + 1] = level;
          data[at + 2] = level;
          data[at + 3] = 255;
        }
        legend.textContent =
          `The weights add up to 1: gray from the photograph's darkest level (${show(darkest)}, black) ` +
          `to its lightest (${show(lightest)}, white). Past the border the sum meets zeros, which darkens a thin frame.`;
      } else {
        // Signed results on the static figures' diverging map, centred on 0.
        const limit = percentile(result, 99) || percentile(result, 100) || 1;
        for (let i = 0, at = 0; i < result.length; i++, at += 4) {
          const index = 3 * Math.round(127.5 * (1 + Math.min(1, Math.max(-1, result[i] / limit))));
          data[at] = diverging[index];
          data[at + 1] = diverging[index + 1];
          data[at + 2] = diverging[index + 2];
          data[at + 3] = 255;
        }
        legend.textContent =
          `The weights add up to ${show(total)}, not 1: blue below 0, white at 0, red above, ` +
          `full colour from ±${show(limit)} (99% of the pixels lie within it).`;
      }
      context.putImageData(output, 0, 0);
      showSelection();
    }

    function showSelection() {
      const [row, column] = selected;
      for (const cursor of cursors) {
        cursor.style.left = `${((column - 1) / width) * 100}%`;
        cursor.style.top = `${((row - 1) / height) * 100}%`;
        cursor.style.width = `${(3 / width) * 100}%`;
        cursor.style.height = `${(3 / height) * 100}%`;
      }
      const near = [];
      const flipped = [];
      const products = [];
      for (let r = 0; r < 3; r++) {
        for (let c = 0; c < 3; c++) {
          const y = row + r - 1;
          const x = column + c - 1;
          const inside = y >= 0 && y < height && x >= 0 && x < width;
          const pixel = inside ? image[y * width + x] : 0;
          const weight = kernel[3 * (2 - r) + (2 - c)];
          near.push(inside ? show(pixel) : "0 (outside)");
          flipped.push(show(weight));
          products.push(show(pixel * weight));
        }
      }
      [near, flipped, products].flat().forEach((text, i) => {
        tableCells[i].textContent = text;
      });
      const value = result[row * width + column];
      picked.textContent = `Result pixel at row ${row + 1}, column ${column + 1}: ${show(value)}.`;
      pickedSum.textContent = `sum = ${show(value)}`;
      resultCanvas.setAttribute(
        "aria-label",
        `Convolution result, ${width} by ${height} pixels. Selected: row ${row + 1}, ` +
          `column ${column + 1}, value ${show(value)}. Arrow keys move the selection.`,
      );
    }

    function choosePixel(row, column) {
      selected = [Math.max(0, Math.min(height - 1, row)), Math.max(0, Math.min(width - 1, column))];
      if (result) showSelection();
    }

    for (const canvas of ui.querySelectorAll("canvas")) {
      const pick = (event) => {
        const box = canvas.getBoundingClientRect();
        choosePixel(
          Math.floor(((event.clientY - box.top) / box.height) * height),
          Math.floor(((event.clientX - box.left) / box.width) * width),
        );
      };
      canvas.addEventListener("pointerdown", pick);
      canvas.addEventListener("pointermove", (event) => event.buttons === 1 && pick(event));
    }
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    resultCanvas.addEventListener("keydown", (event) => {
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      const stride = event.shiftKey ? 10 : 1;
      choosePixel(selected[0] + stride * move[0], selected[1] + stride * move[1]);
    });
    for (const field of [...inputs, scaleInput]) field.addEventListener("input", update);
    select.addEventListener("change", () => loadPreset(select.value));
    ui.querySelector(".kp-reset").addEventListener("click", () => loadPreset(select.value));

    // For the browser tests and the benchmark: the numbers behind the pixels.
    root.kernelPlayground = {
      image: () => image,
      kernel: () => kernel,
      result: () => result,
      select: choosePixel,
    };
    select.value = data.start;
    loadPreset(data.start);
  }

  // The data comes in a script of its own (loaded just before this one); without
  // it the static figure stays.
  const data = window.explorerData?.["kernel-playground"];
  if (!data) return;
  for (const root of document.querySelectorAll('.explorer[data-explorer="kernel-playground"]')) {
    build(root, data);
  }
})();
