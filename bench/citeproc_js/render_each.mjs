// Render CSL-JSON items one by one with citeproc-js (npm "citeproc"), with ONE engine:
// the parser bench's fast path (bench/citeproc_js_each.py). The general bridge is render.mjs.
// stdin: {"modules": dir holding node_modules, "style": CSL XML text,
//         "locales": dir of locales-xx-XX.xml files, "lang": "en-US" | null,
//         "format": "text" | "html", "items": [CSL-JSON item, ...]}
// stdout: {"entries": [string | null, ...], "errors": [string | null, ...]}, one per item,
// in input order (each item is rendered as a one-entry bibliography).
import { createRequire } from "node:module";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const job = JSON.parse(readFileSync(0, "utf8"));
const require = createRequire(join(job.modules, "node_modules", "noop.js"));
const CSL = require("citeproc");

function localeXml(lang) {
  const candidates = [lang, lang.split("-")[0], "en-US"];
  for (const c of candidates) {
    const direct = join(job.locales, `locales-${c}.xml`);
    if (existsSync(direct)) return readFileSync(direct, "utf8");
  }
  return readFileSync(join(job.locales, "locales-en-US.xml"), "utf8");
}

const items = new Map();
const sys = {
  retrieveLocale: (lang) => localeXml(lang),
  retrieveItem: (id) => items.get(String(id)),
};
const engine = new CSL.Engine(sys, job.style, job.lang || undefined);
engine.setOutputFormat(job.format || "text");

const entries = [];
const errors = [];
job.items.forEach((item, i) => {
  const id = String(item.id ?? `item-${i}`);
  items.set(id, { ...item, id });
  try {
    engine.updateItems([id]);
    const [, bib] = engine.makeBibliography();
    entries.push(bib.join("").trim());
    errors.push(null);
  } catch (err) {
    entries.push(null);
    errors.push(String(err && err.message ? err.message : err));
  }
});
process.stdout.write(JSON.stringify({ entries, errors }));
