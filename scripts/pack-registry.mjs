// A throwaway npm registry for the @wfkit scope only, serving the packed tarballs, so a scratch
// project can run the README's `npm install @wfkit/client` exactly as documented (with
// `@wfkit:registry=<url>` in its .npmrc; every other package still comes from the usual registry).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";

const manifestOf = (tarball) =>
  JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));

/**
 * Serves `tarballs` ({ name: path }) as packuments and tarballs on 127.0.0.1.
 * Resolves to { url, requested, close() }; `requested` lists the package names npm asked for.
 */
export const startScopedRegistry = async (tarballs) => {
  const packages = new Map();
  for (const [name, path] of Object.entries(tarballs)) {
    const bytes = readFileSync(path);
    packages.set(name, {
      manifest: manifestOf(path),
      bytes,
      file: `${name.replace("/", "-")}.tgz`,
    });
  }
  const requested = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname.slice(1));
    const tarball = [...packages.values()].find((p) => path === `-/${p.file}`);
    if (tarball !== undefined) {
      response.writeHead(200, { "content-type": "application/octet-stream" }).end(tarball.bytes);
      return;
    }
    const entry = packages.get(path);
    if (entry === undefined) {
      response.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      return;
    }
    requested.push(path);
    const { manifest, bytes, file } = entry;
    const origin = `http://${request.headers.host}`;
    const integrity = `sha512-${createHash("sha512").update(bytes).digest("base64")}`;
    const shasum = createHash("sha1").update(bytes).digest("hex");
    const version = { ...manifest, dist: { tarball: `${origin}/-/${file}`, integrity, shasum } };
    response.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        name: manifest.name,
        "dist-tags": { latest: manifest.version },
        versions: { [manifest.version]: version },
      }),
    );
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requested,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
};
