// Child side of fake-server.mjs: serves until stdin closes, answers "rss" lines, then prints
// its peak RSS.
import { createInterface } from "node:readline";
import { importWfkit } from "./packages.mjs";

const { createFakeServer } = await importWfkit("test-utils");
const server = await createFakeServer({
  listen: true,
  clock: "real",
  allowBackgroundErrors: true,
  ...JSON.parse(process.argv[2] ?? "{}"),
});
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
console.log(JSON.stringify({ url: server.url }));
const input = createInterface({ input: process.stdin });
input.on("line", (line) => {
  if (line === "rss") console.log(JSON.stringify({ rss: process.memoryUsage().rss }));
});
input.on("close", async () => {
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  await server.close();
  console.log(JSON.stringify({ peakRss }));
  process.exit(0);
});
