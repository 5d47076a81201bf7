/**
 * Runs a module Worker in Cloudflare's workerd: writes a Cap'n Proto config next to the bundle
 * (no compatibility flags, so no Node built-ins; outbound fetches may reach loopback, where the
 * fake server listens), starts `workerd serve` on a free port and learns the port from workerd's
 * control channel (`--control-fd`), an event rather than a wait.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A running workerd: the origin of its HTTP socket, what it logged so far, and `close()`. */
export interface WorkerdServer {
  url: string;
  logs(): string;
  close(): Promise<void>;
}

const configFor = (moduleName: string): string => `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .seedFlow),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);

const seedFlow :Workerd.Worker = (
  modules = [(name = "${moduleName}", esModule = embed "${moduleName}")],
  compatibilityDate = "2026-11-01",
  globalOutbound = "loopback",
);
`;

const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });

/** Starts workerd serving the ES module Worker `bundle`; resolves once it listens. */
export const startWorkerd = async (executable: string, bundle: string): Promise<WorkerdServer> => {
  const config = join(dirname(bundle), "workerd.capnp");
  writeFileSync(config, configFor(basename(bundle)));
  const child = spawn(executable, ["serve", config, "--control-fd=3"], {
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    let control = "";
    child.stdio[3]?.on("data", (chunk: Buffer) => {
      control += chunk;
      const line = control.split("\n").find((l) => l.includes('"listen"'));
      if (line !== undefined) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`workerd exited (${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    logs: () => output,
    close: async () => {
      child.kill();
      await exited(child);
    },
  };
};
