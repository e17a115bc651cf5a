// citeproc-js bridge for poolrefs benches and golden files (never used at run time).
//
// Usage: node render.mjs NODE_MODULES_DIR [LOCALES_DIR]
//
// Reads JSON jobs from stdin, one per line, and writes one JSON result per line, in order,
// so one process serves many jobs. A job:
//   {"id": any, "style": "<style .../>", "locales": {"en-US": "<locale .../>"} (optional),
//    "locales_dir": "/path" (optional), "lang": "zh-CN" (optional, forces the locale),
//    "items": [CSL-JSON...], "mode": "bibliography" | "citation" | "both",
//    "clusters": [[{"id": "x", "locator": "5", "label": "page"}, ...], ...] (optional),
//    "citation_mode": "registry" | "preview" | "append" (optional, default "registry"),
//    "format": "text" | "html"}
// A result:
//   {"id": ..., "bibliography": [str] | null, "entry_ids": [str] | null,
//    "citations": [str] | null, "error": str | null, "elapsed_ms": float}
// A style without <bibliography> gets each item's full citation as its entry, in item order,
// as Zotero does ("bibliography_from_citations": true). Citation modes:
//   "registry": every cluster on its own (makeCitationCluster) after all items are registered
//     with updateItems, so disambiguation and numbering are those of the bibliography;
//   "preview": the clusters form one document in order; each result is the text the cluster
//     had when it was inserted (previewCitationCluster, then appendCitationCluster);
//   "append": the same document; each result is the cluster's final text after all later
//     clusters were appended (appendCitationCluster updates applied).
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";

const modulesDir = process.argv[2];
const defaultLocalesDir = process.argv[3] || null;
if (!modulesDir) {
  process.stderr.write("usage: node render.mjs NODE_MODULES_DIR [LOCALES_DIR]\n");
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modulesDir), "noop.js"));
const CSL = require("citeproc");

const localeCache = new Map();

function loadLocale(lang, job) {
  if (job.locales && job.locales[lang]) {
    return job.locales[lang];
  }
  const dir = job.locales_dir || defaultLocalesDir;
  if (!dir) {
    return false;
  }
  const key = dir + "\u0000" + lang;
  if (!localeCache.has(key)) {
    const file = path.join(dir, `locales-${lang}.xml`);
    localeCache.set(key, existsSync(file) ? readFileSync(file, "utf8") : false);
  }
  return localeCache.get(key);
}

function makeSys(job, itemsById) {
  return {
    retrieveItem(id) {
      return itemsById.get(String(id));
    },
    retrieveLocale(lang) {
      return loadLocale(lang, job);
    },
  };
}

function stripEntry(text, format) {
  if (format === "text") {
    return text.replace(/\n+$/u, "");
  }
  return text.trim();
}

function bibliography(engine, format) {
  if (!engine.bibliography || !engine.bibliography.tokens || !engine.bibliography.tokens.length) {
    return [null, null];
  }
  const out = engine.makeBibliography();
  if (!out) {
    return [null, null];
  }
  const [params, entries] = out;
  const ids = params.entry_ids.map((group) => String(Array.isArray(group) ? group[0] : group));
  return [entries.map((e) => stripEntry(e, format)), ids];
}

function citation(cluster, index) {
  const items = cluster.map((c) => (typeof c === "string" ? { id: c } : { ...c, id: String(c.id) }));
  return { citationItems: items, properties: { noteIndex: index + 1 } };
}

function citations(engine, clusters, mode, format) {
  if (mode === "registry") {
    return clusters.map((cluster, i) => engine.makeCitationCluster(citation(cluster, i).citationItems));
  }
  const texts = [];
  const pre = [];
  clusters.forEach((cluster, i) => {
    const cite = citation(cluster, i);
    cite.citationID = `c${i}`;
    if (mode === "preview") {
      texts[i] = engine.previewCitationCluster(cite, pre.slice(), [], format);
    }
    const updates = engine.appendCitationCluster(cite);
    if (mode === "append") {
      for (const [pos, text] of updates) {
        texts[pos] = text;
      }
    }
    pre.push([cite.citationID, cite.properties.noteIndex]);
  });
  return texts;
}

function runJob(job) {
  const format = job.format || "text";
  const mode = job.mode || "bibliography";
  const items = job.items || [];
  const itemsById = new Map(items.map((it) => [String(it.id), it]));
  const engine = new CSL.Engine(makeSys(job, itemsById), job.style, job.lang || undefined, Boolean(job.lang));
  engine.setOutputFormat(format);
  engine.updateItems(items.map((it) => String(it.id)));
  const result = { bibliography: null, entry_ids: null, citations: null, bibliography_from_citations: false };
  if (mode === "bibliography" || mode === "both") {
    [result.bibliography, result.entry_ids] = bibliography(engine, format);
    if (result.bibliography === null) {
      // No <bibliography> (many note styles): each entry is the item's full citation, as Zotero does.
      result.entry_ids = items.map((it) => String(it.id));
      result.bibliography = result.entry_ids.map((id) => engine.makeCitationCluster([{ id }]));
      result.bibliography_from_citations = true;
    }
  }
  if (mode === "citation" || mode === "both") {
    const clusters = job.clusters || items.map((it) => [{ id: String(it.id) }]);
    result.citations = citations(engine, clusters, job.citation_mode || "registry", format);
  }
  return result;
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) {
    continue;
  }
  let job = {};
  let result;
  let start = process.hrtime.bigint();
  try {
    job = JSON.parse(line);
    start = process.hrtime.bigint();
    result = { ...runJob(job), error: null };
  } catch (err) {
    result = { bibliography: null, entry_ids: null, citations: null, error: String(err && err.stack ? err.stack : err) };
  }
  result.elapsed_ms = Number(process.hrtime.bigint() - start) / 1e6;
  result.id = job.id === undefined ? null : job.id;
  process.stdout.write(JSON.stringify(result) + "\n");
}
