// Script of /api/docs (served from the binary; the page's CSP allows no inline scripts).
"use strict";
const SPEC_URL = "/api/v1/openapi.json";
const tokenInput = document.getElementById("token");
tokenInput.value = sessionStorage.getItem("helpdesk-token") || "";
tokenInput.addEventListener("input", () => sessionStorage.setItem("helpdesk-token", tokenInput.value));

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function resolve(spec, schema) {
  let s = schema || {};
  for (let i = 0; s && s.$ref && i < 20; i++) {
    s = s.$ref.replace(/^#\//, "").split("/").reduce((o, k) => (o ? o[k] : undefined), spec) || {};
  }
  return s;
}

// A plausible example body from the schema, for the "try it" form.
function example(spec, schema, depth) {
  const s = resolve(spec, schema);
  if (depth > 6) return null;
  if (s.example !== undefined) return s.example;
  if (s.examples && s.examples.length) return s.examples[0];
  if (s.enum && s.enum.length) return s.enum[0];
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    if (s[key] && s[key].length) {
      const nonNull = s[key].find((x) => resolve(spec, x).type !== "null") || s[key][0];
      return example(spec, nonNull, depth + 1);
    }
  }
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "object": {
      const o = {};
      for (const [k, v] of Object.entries(s.properties || {})) {
        if ((s.required || []).includes(k) || depth < 1) o[k] = example(spec, v, depth + 1);
      }
      return o;
    }
    case "array": return [example(spec, s.items, depth + 1)];
    case "integer": case "number": return 0;
    case "boolean": return false;
    case "string": return s.format === "date-time" ? new Date().toISOString() : "string";
    default: return null;
  }
}

function operation(spec, path, method, op) {
  const params = (op.parameters || []).map((p) => resolve(spec, p));
  const inputs = {};
  const form = el("div", { class: "body" });
  if (op.description && op.description !== op.summary) form.append(el("p", {}, op.description));
  for (const p of params) {
    const id = `${method}-${path}-${p.in}-${p.name}`;
    const input = el("input", { class: "p", id, placeholder: `${p.in}${p.required ? ", required" : ""}` });
    inputs[`${p.in}:${p.name}`] = input;
    form.append(el("label", { for: id }, `${p.name} (${p.in})${p.description ? " — " + p.description : ""}`), input);
  }
  let bodyArea = null;
  const rb = resolve(spec, op.requestBody);
  const media = rb.content && (rb.content["application/json"] || Object.values(rb.content)[0]);
  if (media) {
    bodyArea = el("textarea", {});
    bodyArea.value = JSON.stringify(example(spec, media.schema, 0), null, 2);
    form.append(el("label", {}, "JSON body"), bodyArea);
  }
  const out = el("pre", { hidden: "" });
  const send = async () => {
    let url = path;
    const query = new URLSearchParams();
    const headers = {};
    for (const p of params) {
      const v = inputs[`${p.in}:${p.name}`].value;
      if (!v) continue;
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(v));
      else if (p.in === "query") query.append(p.name, v);
      else if (p.in === "header") headers[p.name] = v;
    }
    if ([...query].length) url += "?" + query;
    if (tokenInput.value) headers["Authorization"] = "Bearer " + tokenInput.value.trim();
    const init = { method: method.toUpperCase(), headers };
    if (bodyArea) { headers["Content-Type"] = "application/json"; init.body = bodyArea.value; }
    out.hidden = false;
    out.textContent = `${init.method} ${url} …`;
    try {
      const res = await fetch(url, init);
      const text = await res.text();
      let shown = text;
      try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (_) { /* not JSON */ }
      const hs = ["etag", "location", "retry-after", "content-type"].map((h) => res.headers.get(h) ? `${h}: ${res.headers.get(h)}\n` : "").join("");
      out.textContent = `${res.status} ${res.statusText}\n${hs}\n${shown}`;
    } catch (e) {
      out.textContent = "request failed: " + e;
    }
  };
  form.append(el("button", { onclick: send }, "Try it"));
  const rows = Object.entries(op.responses || {}).map(([code, r]) => el("tr", {}, el("td", {}, code), el("td", {}, resolve(spec, r).description || "")));
  form.append(el("label", {}, "Responses"), el("table", { class: "r" }, ...rows), out);
  const lock = op.security && op.security.length ? " 🔒" : "";
  return el("details", { class: "op" },
    el("summary", {}, el("span", { class: `m ${method}` }, method.toUpperCase()), el("span", { class: "path" }, path + lock), el("span", { class: "sum" }, op.summary || "")),
    form);
}

async function main() {
  const intro = document.getElementById("intro");
  let spec;
  try {
    const res = await fetch(SPEC_URL);
    spec = await res.json();
  } catch (e) {
    intro.className = "err";
    intro.textContent = "Could not load the OpenAPI document: " + e;
    return;
  }
  document.getElementById("title").textContent = `${spec.info.title} ${spec.info.version}`;
  intro.textContent = spec.info.description || "";
  intro.append(" ", el("a", { href: SPEC_URL }, "OpenAPI JSON"));
  const byTag = new Map();
  for (const [path, item] of Object.entries(spec.paths || {})) {
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const op = item[method];
      if (!op) continue;
      const tag = (op.tags && op.tags[0]) || "other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push(operation(spec, path, method, op));
    }
  }
  const ops = document.getElementById("ops");
  for (const [tag, list] of byTag) ops.append(el("h2", {}, tag), ...list);
}
main();
