// Converts world-atlas's countries-110m.json (TopoJSON, Natural Earth 1:110m) into the compact
// GeoJSON FeatureCollection countries-110m.geojson kept in
// examples/src/main/resources/org/partneratlas/examples/world/ (see the README.md there).
//
// Usage (Node.js 18 or later):
//   npm install world-atlas@2.0.2 topojson-client@3.1.0
//   node convert.mjs node_modules/world-atlas/countries-110m.json countries-110m.geojson
//
// Each feature keeps its top-level "id" (the ISO 3166-1 numeric code as a string, as world-atlas
// gives it; absent for a few disputed areas) and only the "name" property. Coordinates are
// rounded to 2 decimals; points that become equal to the previous one are dropped, and a ring
// left with fewer than 4 positions is dropped.
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node convert.mjs <countries-110m.json> <output.geojson>");
  process.exit(2);
}

const topology = JSON.parse(readFileSync(input, "utf8"));
const collection = feature(topology, topology.objects.countries);

const round = (x) => Math.round(x * 100) / 100 + 0; // + 0 turns -0 into 0
let droppedRings = 0;

function ring(positions) {
  const out = [];
  for (const [lon, lat] of positions) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  // keep the ring closed after rounding
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  if (out.length < 4) {
    droppedRings++;
    return null;
  }
  return out;
}

function polygon(rings) {
  const outer = ring(rings[0]);
  if (!outer) return null;
  return [outer, ...rings.slice(1).map(ring).filter(Boolean)];
}

function geometry(g) {
  if (!g) return null;
  if (g.type === "Polygon") {
    const p = polygon(g.coordinates);
    return p ? { type: "Polygon", coordinates: p } : null;
  }
  if (g.type === "MultiPolygon") {
    const ps = g.coordinates.map(polygon).filter(Boolean);
    if (ps.length === 0) return null;
    return ps.length === 1
      ? { type: "Polygon", coordinates: ps[0] }
      : { type: "MultiPolygon", coordinates: ps };
  }
  throw new Error("unexpected geometry type " + g.type);
}

const features = collection.features.map((f) => {
  const out = { type: "Feature" };
  if (f.id !== undefined) out.id = f.id;
  out.properties = { name: f.properties.name };
  out.geometry = geometry(f.geometry);
  return out;
});

const text =
  '{"type":"FeatureCollection","features":[\n' +
  features.map((f) => JSON.stringify(f)).join(",\n") +
  "\n]}\n";
writeFileSync(output, text);
console.error(
  `${features.length} features, ${droppedRings} rings dropped, ${Buffer.byteLength(text)} bytes -> ${output}`,
);
