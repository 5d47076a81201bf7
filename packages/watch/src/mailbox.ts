import { startTimer, type Clock } from "./clock.js";

/** The answer of {@link Mailbox.take} when nothing arrived in time. */
export interface Tick {
  kind: "tick";
}

const TICK: Tick = Object.freeze({ kind: "tick" });

/** A queue of events handled one at a time, in the order they were posted. */
export interface Mailbox<E> {
  /** Queues an event and wakes a pending `take`. */
  post(event: E): void;
  /**
   * The oldest queued event, or the next one posted; a `tick` when none came within `timeoutMs`
   * of `clock` time.
   */
  take(timeoutMs: number): Promise<E | Tick>;
  /** Wakes a pending `take` with a `tick` and drops its timer. */
  dispose(): void;
}

/**
 * Creates the mailbox the watcher's event loop reads: the connection's records, state lookups and
 * settle timers all post to it. A waiting `take` holds one timer on `clock`; it is dropped as soon
 * as an event arrives, so nothing stays pending once the loop stops taking.
 */
export const createMailbox = <E>(clock: Clock): Mailbox<E> => new Queue<E>(clock);

/** The {@link Mailbox}: a class, so that a watch holds its queue and no closure per method. */
class Queue<E> implements Mailbox<E> {
  readonly #clock: Clock;
  readonly #queue: E[] = [];
  #wake: ((event: E | Tick) => void) | undefined = undefined;
  constructor(clock: Clock) {
    this.#clock = clock;
  }
  post(event: E): void {
    if (this.#wake !== undefined) this.#wake(event);
    else this.#queue.push(event);
  }
  take(timeoutMs: number): Promise<E | Tick> {
    const ready = this.#queue.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise<E | Tick>((resolve) => {
      const finish = (event: E | Tick): void => {
        if (this.#wake !== finish) return;
        this.#wake = undefined;
        cancel();
        resolve(event);
      };
      const cancel = startTimer(this.#clock, timeoutMs, () => finish(TICK));
      this.#wake = finish;
    });
  }
  dispose(): void {
    this.#wake?.(TICK);
  }
}
