/* Lantern: the comparison of councils, loaded by compare.js only when a reader opens it.
 *
 * It fetches the measure's figures (measures/<id>/areas.json, written by the build with
 * every figure through Lantern's gate: rounded, a shorthand code where there is none, a
 * small count suppressed), lets the reader choose up to six councils by name or code, and
 * draws their lines beside England's as SVG, with a table of the same figures. The choice
 * is kept in the address (?areas=E08000010,E08000014). The chart follows the site's rules:
 * the axis starts at zero unless the measure's unit may zoom (and then says so), a period
 * with no figure is a gap, a series break is a break, provisional figures are hollow,
 * illustrative figures are labelled, and each line has its own dash and marker as well as
 * its colour. Colours are the palette's, so the dark scheme repaints them
 * (chart-colours.css). Its words are the page's, from Lantern's catalogue (the JSON block
 * #lantern-words), a name or a number put in each by its placeholder (%(name)s).
 */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  // England first, then one style per chosen council: a dash and a marker each.
  var DASHES = ["", "7 3", "2 3", "9 3 2 3", "4 4", "13 4", "1 4 6 4"];
  var SHAPES = ["circle", "square", "triangle", "diamond", "cross", "down", "bar"];
  var HEIGHT = 300;
  var WORDS = JSON.parse(document.getElementById("lantern-words").textContent);

  // A message of the page's words with each %(placeholder)s filled from values.
  function word(key, values) {
    return WORDS[key].replace(/%\((\w+)\)s/g, function (all, name) {
      return String(values[name]);
    });
  }

  function make(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function draw(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function style(doc, index) {
    // index 0 is England; councils from 1.
    var series = doc.colours.series;
    return {
      colour: index === 0 ? doc.colours.text : series[(index - 1) % series.length],
      dash: DASHES[index % DASHES.length],
      shape: SHAPES[index % SHAPES.length],
      width: index === 0 ? 3 : 2.5
    };
  }

  function marker(look, x, y, hollow) {
    var r = 4.5;
    var fill = hollow ? "none" : look.colour;
    var attributes = { stroke: look.colour, "stroke-width": hollow ? 2 : 1, fill: fill };
    var shapes = {
      circle: function () { return draw("circle", Object.assign({ cx: x, cy: y, r: r }, attributes)); },
      square: function () { return draw("rect", Object.assign({ x: x - r, y: y - r, width: 2 * r, height: 2 * r }, attributes)); },
      triangle: function () { return draw("path", Object.assign({ d: "M" + x + " " + (y - r - 1) + "L" + (x + r + 1) + " " + (y + r) + "L" + (x - r - 1) + " " + (y + r) + "Z" }, attributes)); },
      diamond: function () { return draw("path", Object.assign({ d: "M" + x + " " + (y - r - 1) + "L" + (x + r + 1) + " " + y + "L" + x + " " + (y + r + 1) + "L" + (x - r - 1) + " " + y + "Z" }, attributes)); },
      cross: function () { return draw("path", { d: "M" + (x - r) + " " + (y - r) + "L" + (x + r) + " " + (y + r) + "M" + (x - r) + " " + (y + r) + "L" + (x + r) + " " + (y - r), stroke: look.colour, "stroke-width": 2.5, fill: "none" }); },
      down: function () { return draw("path", Object.assign({ d: "M" + x + " " + (y + r + 1) + "L" + (x + r + 1) + " " + (y - r) + "L" + (x - r - 1) + " " + (y - r) + "Z" }, attributes)); },
      bar: function () { return draw("rect", Object.assign({ x: x - r - 1, y: y - 2, width: 2 * r + 2, height: 4 }, attributes)); }
    };
    return shapes[look.shape]();
  }

  // A sample of a line's dash and marker, for the legend and the list of chosen councils.
  function sample(look) {
    var svg = draw("svg", { width: 44, height: 14, viewBox: "0 0 44 14", "aria-hidden": "true", focusable: "false", "class": "compare-sample" });
    svg.appendChild(draw("path", { d: "M2 7H42", stroke: look.colour, "stroke-width": look.width, "stroke-dasharray": look.dash, fill: "none" }));
    svg.appendChild(marker(look, 22, 7, false));
    return svg;
  }

  function niceStep(range) {
    var rough = range / 5;
    var power = Math.pow(10, Math.floor(Math.log10(rough)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i += 1) {
      if (steps[i] * power >= rough) {
        return steps[i] * power;
      }
    }
    return 10 * power;
  }

  function scaleOf(doc, values) {
    var low = Math.min.apply(null, values);
    var high = Math.max.apply(null, values);
    if (doc.axis.zero) {
      low = Math.min(0, low);
      high = Math.max(0, high);
    } else {
      var pad = (high - low) * 0.1 || Math.abs(high) * 0.1 || 1;
      low -= pad;
      high += pad;
    }
    if (high === low) {
      high = low + 1;
    }
    var step = niceStep(high - low);
    low = Math.floor(low / step) * step;
    high = Math.ceil(high / step) * step;
    var ticks = [];
    for (var t = low; t <= high + step / 2; t += step) {
      ticks.push(Math.round(t * 1e6) / 1e6);
    }
    return { low: low, high: high, ticks: ticks };
  }

  function tickText(value) {
    return value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  }

  window.LanternCompare = { open: function (section, options) {
    window.fetch(section.getAttribute("data-data"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("no figures");
        }
        return response.json();
      })
      .then(function (doc) {
        new Comparison(section, doc).start(options.focus);
        options.done();
      })
      .catch(options.failed);
  } };

  function Comparison(section, doc) {
    this.section = section;
    this.doc = doc;
    this.byCode = {};
    this.byName = {};
    var self = this;
    doc.areas.forEach(function (area) {
      self.byCode[area.code] = area;
      self.byName[area.name.toLowerCase()] = area;
    });
    this.chosen = this.fromAddress();
  }

  Comparison.prototype.fromAddress = function () {
    var named = new URLSearchParams(window.location.search).get("areas");
    var home = this.section.getAttribute("data-home");
    if (named === null) {
      return home && this.byCode[home] ? [home] : [];
    }
    var self = this;
    var codes = [];
    named.split(",").forEach(function (code) {
      code = code.trim().toUpperCase();
      if (self.byCode[code] && codes.indexOf(code) < 0 && codes.length < self.doc.most) {
        codes.push(code);
      }
    });
    return codes;
  };

  Comparison.prototype.start = function (focus) {
    var doc = this.doc;
    var controls = make("div", { "class": "compare-controls" });
    var label = make("label", { "for": "compare-input" }, WORDS.input_label);
    var hint = make("p", { id: "compare-hint", "class": "hint" }, word("hint", { most: doc.most }));
    var row = make("div", { "class": "compare-add" });
    this.input = make("input", { id: "compare-input", type: "text", list: "compare-councils", autocomplete: "off", "aria-describedby": "compare-hint" });
    this.add = make("button", { type: "button" }, WORDS.add);
    var list = make("datalist", { id: "compare-councils" });
    doc.areas.forEach(function (area) {
      list.appendChild(make("option", { value: area.name }, area.region + " · " + area.code));
    });
    row.appendChild(this.input);
    row.appendChild(this.add);
    this.status = make("p", { "class": "compare-status", role: "status", "aria-live": "polite" });
    this.chosenLabel = make("p", { id: "compare-chosen-label" });
    this.list = make("ul", { "class": "compare-chosen chart-interactive", "aria-labelledby": "compare-chosen-label" });
    [label, hint, row, list, this.chosenLabel, this.list, this.status].forEach(function (node) {
      controls.appendChild(node);
    });
    this.output = make("div", { "class": "compare-output" });
    this.section.appendChild(controls);
    this.section.appendChild(this.output);
    var self = this;
    this.add.addEventListener("click", function () { self.addTyped(); });
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        self.addTyped();
      }
    });
    this.render();
    if (focus) {
      this.input.focus();
    }
  };

  Comparison.prototype.find = function (typed) {
    var text = typed.trim();
    var code = text.toUpperCase();
    var inBrackets = /\(([A-Za-z0-9]+)\)\s*$/.exec(text);
    if (inBrackets) {
      code = inBrackets[1].toUpperCase();
    }
    return this.byCode[code] || this.byName[text.toLowerCase()] || null;
  };

  Comparison.prototype.say = function (words) {
    // Cleared first, so the same words said twice are read out twice.
    var status = this.status;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = words; }, 50);
  };

  Comparison.prototype.addTyped = function () {
    var typed = this.input.value;
    if (!typed.trim()) {
      this.say(WORDS.type_one);
      return;
    }
    var area = this.find(typed);
    if (!area) {
      this.say(word("no_such", { typed: typed.trim() }));
      return;
    }
    if (this.chosen.indexOf(area.code) >= 0) {
      this.say(word("already", { name: area.name }));
      return;
    }
    if (this.chosen.length >= this.doc.most) {
      this.say(word("too_many", { most: this.doc.most, name: area.name }));
      return;
    }
    this.chosen.push(area.code);
    this.input.value = "";
    this.render();
    this.say(word("added", { name: area.name }) + " " + this.countWords());
  };

  Comparison.prototype.remove = function (code) {
    this.chosen = this.chosen.filter(function (c) { return c !== code; });
    this.render();
    this.input.focus();
    this.say(word("removed", { name: this.byCode[code].name }) + " " + this.countWords());
  };

  Comparison.prototype.countWords = function () {
    var n = this.chosen.length;
    var key = n === 0 ? "chosen_none" : n === 1 ? "chosen_one" : "chosen_many";
    return word(key, { count: n, most: this.doc.most });
  };

  Comparison.prototype.remember = function () {
    var params = new URLSearchParams(window.location.search);
    params.delete("areas");
    var rest = params.toString();
    var parts = ["areas=" + this.chosen.join(",")];
    if (rest) {
      parts.push(rest);
    }
    window.history.replaceState(window.history.state, "", window.location.pathname + "?" + parts.join("&") + window.location.hash);
  };

  Comparison.prototype.render = function () {
    var self = this;
    var doc = this.doc;
    this.remember();
    this.chosenLabel.textContent = word("chosen_label", { count: this.chosen.length, most: doc.most });
    this.list.textContent = "";
    this.chosen.forEach(function (code, index) {
      var area = self.byCode[code];
      var item = make("li");
      item.appendChild(sample(style(doc, index + 1)));
      item.appendChild(make("span", {}, area.name));
      var button = make("button", { type: "button", "class": "compare-remove" }, WORDS.remove);
      button.appendChild(make("span", { "class": "visually-hidden" }, " " + area.name));
      button.addEventListener("click", function () { self.remove(code); });
      item.appendChild(button);
      self.list.appendChild(item);
    });
    if (!this.chosen.length) {
      this.list.appendChild(make("li", {}, WORDS.none_yet));
    }
    this.output.textContent = "";
    var series = this.series();
    var periods = this.periods(series);
    if (!periods.length) {
      this.output.appendChild(make("p", {}, WORDS.no_figures));
      return;
    }
    this.output.appendChild(this.figure(series, periods));
    this.output.appendChild(this.table(series, periods));
  };

  // England last in the table, first in the drawing's styles.
  Comparison.prototype.series = function () {
    var self = this;
    var out = this.chosen.map(function (code, index) {
      var area = self.byCode[code];
      return { name: area.name, points: area.points, look: style(self.doc, index + 1) };
    });
    out.push({ name: this.doc.group.name, points: this.doc.group.points, look: style(this.doc, 0) });
    return out.map(function (s) {
      var at = {};
      s.points.forEach(function (p) { at[p[0]] = p; });
      s.at = at;
      return s;
    });
  };

  // The periods from the first with a figure in any drawn series to the last.
  Comparison.prototype.periods = function (series) {
    var all = this.doc.periods;
    var has = all.map(function (p) {
      return series.some(function (s) { return s.at[p[0]] && s.at[p[0]][2] !== null; });
    });
    var first = has.indexOf(true);
    var last = has.lastIndexOf(true);
    return first < 0 ? [] : all.slice(first, last + 1);
  };

  Comparison.prototype.title = function (series, periods) {
    var names = series.map(function (s) { return s.name; });
    var listed = names.length > 1 ? word("names", { names: names.slice(0, -1).join(", "), name: names[names.length - 1] }) : names[0];
    var measure = this.doc.measure.title;
    var title = periods.length > 1
      ? word("title_span", { measure: measure, areas: listed, first: periods[0][1], last: periods[periods.length - 1][1] })
      : word("title_one", { measure: measure, areas: listed, period: periods[0][1] });
    return this.illustrative(series) ? word("illustrative", { title: title }) : title;
  };

  Comparison.prototype.illustrative = function (series) {
    return series.some(function (s) {
      return s.points.some(function (p) { return p[3].indexOf("i") >= 0; });
    });
  };

  Comparison.prototype.figure = function (series, periods) {
    var title = this.title(series, periods);
    var figure = make("figure", { "class": "compare-figure" });
    figure.appendChild(make("figcaption", {}, title));
    var holder = make("div", { "class": "chart-interactive compare-chart" });
    holder.appendChild(this.drawing(series, periods, title));
    figure.appendChild(holder);
    var legend = make("ul", { "class": "compare-legend chart-interactive", "aria-label": WORDS.key });
    series.forEach(function (s) {
      var item = make("li");
      item.appendChild(sample(s.look));
      item.appendChild(make("span", {}, s.name));
      legend.appendChild(item);
    });
    figure.appendChild(legend);
    var notes = [];
    if (this.doc.axis.note) {
      notes.push(WORDS.not_zero);
    }
    if (this.doc.new_series_from) {
      notes.push(word("new_series_from", { period: this.doc.new_series_from }));
    }
    notes.push(WORDS.gaps);
    if (this.illustrative(series)) {
      notes.push(this.doc.illustrative_note);
    }
    figure.appendChild(make("p", { "class": "compare-notes" }, notes.join(" ")));
    return figure;
  };

  Comparison.prototype.drawing = function (series, periods, title) {
    var doc = this.doc;
    var width = Math.max(280, Math.min(760, this.output.clientWidth || 320));
    var left = 52, right = 18, top = doc.axis.note ? 44 : 28, bottom = 40;
    var plotWidth = width - left - right, plotHeight = HEIGHT - top - bottom;
    var values = [];
    series.forEach(function (s) {
      periods.forEach(function (p) {
        var point = s.at[p[0]];
        if (point && point[2] !== null) {
          values.push(point[2]);
        }
      });
    });
    var scale = scaleOf(doc, values);
    var x = function (i) { return left + (periods.length === 1 ? plotWidth / 2 : (i * plotWidth) / (periods.length - 1)); };
    var y = function (v) { return top + plotHeight - ((v - scale.low) / (scale.high - scale.low)) * plotHeight; };
    var svg = draw("svg", { width: width, height: HEIGHT, viewBox: "0 0 " + width + " " + HEIGHT, role: "img", "aria-label": word("chart_label", { title: title }) });
    var text = doc.colours.text;
    svg.appendChild(draw("text", { x: 0, y: 14, fill: text, "font-size": 12 }, doc.axis.title));
    if (doc.axis.note) {
      svg.appendChild(draw("text", { x: 0, y: 30, fill: text, "font-size": 12 }, "(" + doc.axis.note + ")"));
    }
    scale.ticks.forEach(function (t) {
      svg.appendChild(draw("path", { d: "M" + left + " " + y(t) + "H" + (width - right), stroke: doc.colours.grid, "stroke-width": 1, fill: "none" }));
      svg.appendChild(draw("text", { x: left - 6, y: y(t) + 4, fill: text, "font-size": 12, "text-anchor": "end" }, tickText(t)));
    });
    var every = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor(plotWidth / 64))));
    periods.forEach(function (p, i) {
      // Counted from the latest period, which is always labelled.
      if ((periods.length - 1 - i) % every === 0) {
        var anchor = periods.length === 1 ? "middle" : i === 0 ? "start" : i === periods.length - 1 ? "end" : "middle";
        svg.appendChild(draw("text", { x: x(i), y: HEIGHT - bottom + 18, fill: text, "font-size": 12, "text-anchor": anchor }, p[0]));
      }
    });
    var breakAt = this.breakIndex(periods);
    if (breakAt > 0) {
      var bx = (x(breakAt - 1) + x(breakAt)) / 2;
      svg.appendChild(draw("path", { d: "M" + bx + " " + top + "V" + (top + plotHeight), stroke: text, "stroke-dasharray": "3 3", "stroke-width": 1.5 }));
      svg.appendChild(draw("text", { x: bx - 4, y: top + 12, fill: text, "font-size": 12, "text-anchor": "end" }, WORDS.new_series));
    }
    series.forEach(function (s) {
      var d = "";
      var joined = false;
      periods.forEach(function (p, i) {
        var point = s.at[p[0]];
        if (!point || point[2] === null || i === breakAt) {
          joined = false;
        }
        if (point && point[2] !== null) {
          d += (joined ? "L" : "M") + x(i).toFixed(1) + " " + y(point[2]).toFixed(1);
          joined = true;
        }
      });
      svg.appendChild(draw("path", { "class": "compare-line", d: d, stroke: s.look.colour, "stroke-width": s.look.width, "stroke-dasharray": s.look.dash, fill: "none", "stroke-linejoin": "round" }));
      periods.forEach(function (p, i) {
        var point = s.at[p[0]];
        if (point && point[2] !== null) {
          svg.appendChild(marker(s.look, x(i), y(point[2]), point[3].indexOf("p") >= 0));
        }
      });
    });
    return svg;
  };

  // The index of the first period of a new series among those drawn (0: no break drawn).
  Comparison.prototype.breakIndex = function (periods) {
    var from = this.doc.new_series_from;
    if (!from) {
      return 0;
    }
    for (var i = 1; i < periods.length; i += 1) {
      if (periods[i][0] >= from && periods[i - 1][0] < from) {
        return i;
      }
    }
    return 0;
  };

  Comparison.prototype.table = function (series, periods) {
    var caption = word("caption", { measure: this.doc.measure.title, group: this.doc.group.name });
    var scroll = make("div", { "class": "table-scroll", tabindex: "0", role: "region", "aria-label": caption });
    var table = make("table", { "class": "compare-table" });
    table.appendChild(make("caption", {}, caption));
    var head = make("tr");
    head.appendChild(make("th", { scope: "col" }, WORDS.period));
    series.forEach(function (s) {
      head.appendChild(make("th", { scope: "col", "class": "num" }, s.name));
    });
    var thead = make("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = make("tbody");
    periods.forEach(function (p) {
      var row = make("tr");
      row.appendChild(make("th", { scope: "row" }, p[1]));
      series.forEach(function (s) {
        var point = s.at[p[0]];
        row.appendChild(make("td", { "class": "num" }, point ? point[1] : "[x]"));
      });
      body.appendChild(row);
    });
    table.appendChild(body);
    scroll.appendChild(table);
    return scroll;
  };
})();
