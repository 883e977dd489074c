// Bundle the chart libraries pinned in package-lock.json into one file in the theme,
// with the licences of every package in it and a manifest with its checksum.
// Run after changing their versions in package.json: npm install && npm run bundle
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const VENDOR = "plugins/lantern/theme/static/js/vendor";
const BUNDLE = "vega-bundle.min.js";
const LICENCES = "vega-bundle.LICENSES.txt";

// What theme/static/js/charts.js needs: vegaEmbed, and the expression interpreter
// that lets Vega run without eval or new Function (so the CSP needs no 'unsafe-eval').
const ENTRY = `
import vegaEmbed from "vega-embed";
import { expressionInterpreter } from "vega-interpreter";
window.vegaEmbed = vegaEmbed;
window.expressionInterpreter = expressionInterpreter;
`;

const result = await build({
  stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: "js" },
  bundle: true,
  minify: true,
  format: "iife",
  legalComments: "none",
  metafile: true,
  write: false,
});
const code = result.outputFiles[0].contents;
writeFileSync(join(VENDOR, BUNDLE), code);

// Every npm package with a file in the bundle, by its folder (as package-lock.json names it:
// a package can also be nested, node_modules/a/node_modules/b, at another version).
const folders = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/^(?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+/);
  if (match) folders.add(match[0]);
}
const packages = [...folders].sort().map((path) => {
  const meta = JSON.parse(readFileSync(join(path, "package.json"), "utf8"));
  const file = readdirSync(path).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`${path} has no licence file`);
  const text = readFileSync(join(path, file), "utf8").trim();
  return { name: meta.name, version: meta.version, licence: meta.license, path, text };
});

// One section per distinct licence text, naming the packages it covers.
const sections = new Map();
for (const p of packages) {
  if (!sections.has(p.text)) sections.set(p.text, []);
  sections.get(p.text).push(p);
}
const licences = [
  `Licences of the npm packages bundled into ${BUNDLE} (built by npm run bundle).`,
  ...[...sections].map(([text, ps]) =>
    ["=".repeat(72), ps.map((p) => `${p.name} ${p.version} (${p.licence})`).join("\n"), "", text].join("\n"),
  ),
].join("\n\n");
writeFileSync(join(VENDOR, LICENCES), licences + "\n");

const manifest = {
  [BUNDLE]: {
    sha256: createHash("sha256").update(code).digest("hex"),
    licence: [...new Set(packages.map((p) => p.licence))].sort().join(" AND "),
    licence_file: LICENCES,
    packages: packages.map(({ name, version, licence, path }) => ({ name, version, licence, path })),
  },
};
writeFileSync(join(VENDOR, "MANIFEST.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`${BUNDLE}: ${code.length.toLocaleString()} bytes, ${packages.length} packages`);
