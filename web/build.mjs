// Builds the dashboard into src/EventDesk.Web/wwwroot (committed, so `dotnet run` needs only the .NET SDK).
// Reproducible: pinned versions in package-lock.json, no timestamps, no source maps.
import { build } from "esbuild";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const out = "../src/EventDesk.Web/wwwroot";
await build({
  entryPoints: ["src/main.ts"],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  outfile: `${out}/app.js`,
});
await build({ entryPoints: ["src/app.css"], bundle: true, minify: true, outfile: `${out}/app.css` });
copyFileSync("src/index.html", `${out}/index.html`);
copyFileSync("src/favicon.svg", `${out}/favicon.svg`);
// Country outlines: Natural Earth 1:110m via world-atlas (ISC; data public domain), kept as TopoJSON (small).
const topo = JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8"));
feature(topo, topo.objects.countries); // fails the build if the file is not what we expect
writeFileSync(`${out}/countries-110m.json`, JSON.stringify(topo));
// Licences of everything bundled (ISC: the notices travel with the copies).
const bundled = ["d3-array", "d3-dispatch", "d3-force", "d3-geo", "d3-quadtree", "d3-timer", "internmap", "topojson-client", "world-atlas"];
let notices = "Third-party software bundled in app.js and countries-110m.json (EventDesk dashboard).\n" +
  "Country outlines: Natural Earth 1:110m (public domain), via world-atlas.\n";
for (const name of bundled) {
  const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8"));
  notices += `\n== ${name} ${pkg.version} (${pkg.license})\n\n` + readFileSync(`node_modules/${name}/LICENSE`, "utf8").trim() + "\n";
}
writeFileSync(`${out}/THIRD-PARTY-NOTICES.txt`, notices);
console.log("built", out);
