// Issue 11's client attacks, rerun against the built @wfkit/client: one figure per finding.
// The servers and input cases are the hostile suite's own (tests/hostile/helpers).
import { gzipSync } from "node:zlib";
import { closedPort, sendJson, startServer } from "../../tests/hostile/helpers/http-server.ts";
import { carelessInputCases } from "../../tests/hostile/helpers/careless-input.ts";
import { importWfkit } from "../lib/packages.mjs";

const { MastraClient } = await importWfkit("client");
const { createVirtualClock } = await importWfkit("test-utils");
const MB = 1024 * 1024;
const fast = { protocol: "v0", retry: { retries: 3, baseDelayMs: 0, maxDelayMs: 0 } };
const failure = (promise) =>
  promise.then(
    () => undefined,
    (error) => error,
  );
const nameOf = (error) => error?.name ?? "no error";

/** Runs `attack(server)` against a fresh loopback server, then closes it. */
const withServer = async (handle, attack) => {
  const server = await startServer(handle);
  try {
    return await attack(server);
  } finally {
    await server.close();
  }
};

export const redirectLoop = () =>
  withServer(
    (_, res) => {
      res.writeHead(307, { location: "/api/workflows/w/start?runId=r" });
      res.end();
    },
    async (server) => {
      const workflow = new MastraClient({ baseUrl: server.url, ...fast }).getWorkflow("w");
      const error = await failure(workflow.start({ runId: "r", inputData: { card: "4111" } }));
      return `${server.requests.length} delivery of the start body on a 307 loop; ${nameOf(error)} naming ${error?.location}`;
    },
  );

export const responseLost = () =>
  withServer(
    (req) => req.socket.destroy(),
    async (server) => {
      const workflow = new MastraClient({ baseUrl: server.url, ...fast }).getWorkflow("w");
      const error = await failure(workflow.startAsync({ inputData: { n: 1 } }));
      const runId = new URL(server.requests[0].url, server.url).searchParams.get("runId");
      const port = await closedPort();
      const refused = await failure(
        new MastraClient({ baseUrl: `http://127.0.0.1:${port}`, ...fast })
          .getWorkflow("w")
          .start({ runId: "r", inputData: {} }),
      );
      return `sent then dropped: ${nameOf(error)}, ${server.requests.length} POST, runId ${runId ? "sent" : "missing"}; refused: ${nameOf(refused)}`;
    },
  );

export const crossOrigin = () =>
  withServer(
    (_, res) => sendJson(res, { stolen: true }),
    async (elsewhere) => {
      let status = 307;
      return withServer(
        (_, res) => {
          res.writeHead(status, { location: `${elsewhere.url}/collect` });
          res.end();
        },
        async (origin) => {
          const client = new MastraClient({
            baseUrl: origin.url,
            headers: { "x-api-key": "k3y" },
            ...fast,
          });
          const post = await failure(client.getWorkflow("w").start({ runId: "r", inputData: {} }));
          status = 301;
          const get = await failure(client.getWorkflows());
          return `307 POST and 301 GET to another origin: ${elsewhere.requests.length} requests there (${nameOf(post)}, ${nameOf(get)})`;
        },
      );
    },
  );

/** A client on an injected fetch that counts requests and answers `answer()`. */
const counting = (options, answer = () => Response.json({ message: "ok" })) => {
  const calls = [];
  const client = new MastraClient({
    retry: { retries: 0 },
    ...options,
    fetch: async (request) => {
      calls.push(request);
      return answer(request);
    },
  });
  return { calls, client, workflow: client.getWorkflow("w") };
};

/** Client options that are local input problems (findings 5, 14, 15), by finding. */
const LOCAL_OPTIONS = {
  5: [
    ["baseUrl with ?", { baseUrl: "http://127.0.0.1:1/?x" }],
    ["baseUrl with #", { baseUrl: "http://127.0.0.1:1/#x" }],
    ["apiPrefix #", { apiPrefix: "#" }],
    ["apiPrefix ?x=", { apiPrefix: "?x=" }],
    ["apiPrefix /api/../admin", { apiPrefix: "/api/../admin" }],
  ],
  14: [
    ["header value with CR/LF", { headers: { "x-a": "a\r\nb" } }],
    ["header name with CR/LF", { headers: { "x-a\r\nb": "a" } }],
    ["non-Latin-1 header value", { headers: { "x-a": "é🙂" } }],
    [
      "a headers function that throws",
      {
        headers: () => {
          throw new Error("no token");
        },
      },
    ],
    ["user:pass@ in baseUrl", { baseUrl: "http://user:pass@127.0.0.1:1" }],
    ["a non-function fetch", { fetch: "not a function" }],
  ],
  15: [["apiPrefix: 42", { apiPrefix: 42 }]],
};

/** Which careless call cases (helpers/careless-input.ts) belong to which finding. */
const FINDING_OF_CASE = [
  [5, /"\.\.?"/],
  [15, /\(undefined\)|invalid Date|levels deep/],
  [16, /Map|Set|RegExp|Error|typed array|undefined in an array/],
  [14, /./],
];

/** Careless input of one finding, on both generations: how many are InvalidArgumentError. */
export const carelessInput = async (finding) => {
  let typed = 0;
  let total = 0;
  let sent = 0;
  const cases = carelessInputCases.filter(
    ([label]) => FINDING_OF_CASE.find(([, pattern]) => pattern.test(label))[0] === finding,
  );
  for (const protocol of ["v0", "v1"]) {
    for (const [, act] of cases) {
      const { calls, client, workflow } = counting({ protocol });
      const error = await failure((async () => act(workflow, client))());
      total++;
      if (error?.name === "InvalidArgumentError") typed++;
      sent += calls.length;
    }
    for (const [, options] of LOCAL_OPTIONS[finding] ?? []) {
      const calls = [];
      const error = await failure(
        (async () =>
          new MastraClient({
            fetch: async (r) => (calls.push(r), Response.json({})),
            retry: { retries: 3 },
            protocol,
            ...options,
          }).getWorkflows())(),
      );
      total++;
      if (error?.name === "InvalidArgumentError") typed++;
      sent += calls.length;
    }
  }
  const labels = [
    ...cases.map(([label]) => label),
    ...(LOCAL_OPTIONS[finding] ?? []).map(([label]) => label),
  ];
  return `${typed} of ${total} are InvalidArgumentError (${labels.length} cases × 0.x and 1.x: ${labels.join(", ")}); ${sent} requests sent`;
};

export const prototypeKeys = async () => {
  const steps = JSON.parse('{"__proto__": {"status": "success", "polluted": true}}');
  const { workflow } = counting({ protocol: "v0" }, () =>
    Response.json({ status: "success", steps, result: 1 }),
  );
  const result = await workflow.startAsync({ inputData: {} });
  return `"__proto__" step key: steps prototype ${Object.getPrototypeOf(result.steps) === null ? "null" : "Object"}, polluted: ${String(result.steps.polluted ?? {}.polluted ?? false)}`;
};

export const responseShapes = async () => {
  const hello = counting({ protocol: "v0" }, () => Response.json("hello"));
  const a = await failure(hello.workflow.runById("r"));
  const other = counting({ protocol: "v0" }, () => Response.json({ name: "w", steps: {} }));
  const b = await failure(
    other.workflow.resume({ runId: "r", step: "approval", resumeData: {}, preflight: false }),
  );
  return `runById answering "hello": ${nameOf(a)}; resume answered by another route's body: ${nameOf(b)}`;
};

/** A server streaming `bytes` of a JSON array, `gzip` or not; counts what it wrote. */
const bigBody = (bytes) => {
  const state = { written: 0 };
  const handle = (_, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    const chunk = Buffer.alloc(MB, 0x20);
    const pump = () => {
      while (!res.destroyed && state.written < bytes) {
        state.written += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end("]");
    };
    res.write("[");
    pump();
  };
  return { state, handle };
};

export const responseSize = async () => {
  const size = 200 * MB;
  const { state, handle } = bigBody(size);
  const rssBefore = process.memoryUsage().rss;
  const plain = await withServer(handle, async (server) => {
    const error = await failure(new MastraClient({ baseUrl: server.url, ...fast }).getWorkflows());
    const rss = process.memoryUsage().rss - rssBefore;
    return `${size / MB} MB body: ${nameOf(error)} after ${Math.round(state.written / MB)} MB sent, ${server.requests.length} request, RSS +${Math.round(rss / MB)} MB`;
  });
  const bomb = gzipSync(Buffer.alloc(1024 * MB, 0x20), { level: 9 });
  const started = performance.now();
  const gz = await withServer(
    (_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(bomb);
    },
    async (server) => {
      const error = await failure(
        new MastraClient({ baseUrl: server.url, ...fast }).getWorkflows(),
      );
      return `${(bomb.length / MB).toFixed(1)} MB gzip of 1 GB: ${nameOf(error)} in ${Math.round(performance.now() - started)} ms, ${server.requests.length} request`;
    },
  );
  return `${plain}; ${gz}`;
};
