/**
 * What the demo says about a watch's records: "live" only when the server sent every one of them
 * as it happened. A record the watcher rebuilt from the run's state (`record.synthetic`, after a
 * silent connection: polling) is named as such.
 */

/** The closing line of a watch: how many transitions were seen, and where they came from. */
export function watchedTransitions(count: number, polled: number): string {
  const transitions = `${count} transition${count === 1 ? "" : "s"}`;
  if (polled === 0) return `watched ${transitions} live`;
  if (polled >= count) {
    return `watched ${transitions}, rebuilt from polling the run's state (none came live from the server)`;
  }
  return `watched ${transitions}: ${count - polled} live, ${polled} rebuilt from polling the run's state`;
}
