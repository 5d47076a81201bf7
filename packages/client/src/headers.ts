import { InvalidArgumentError } from "./errors.js";

/** An HTTP header name: an RFC 9110 token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A header value a runtime sends as is: tab, visible Latin-1, no CR, LF or NUL. */
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * The entries of a headers option, checked: names must be tokens and values Latin-1 without
 * CR/LF/NUL (a runtime would reject them anyway, as a network error that looks like the server's
 * fault). Leading and trailing whitespace of values is trimmed, as `Headers` does.
 *
 * @param where - the option's name, for the message.
 * @throws `InvalidArgumentError` naming the header (never its value, which may be a secret).
 */
export function validateHeaders(
  init: HeadersInit | undefined,
  where: string,
): Array<[string, string]> {
  if (init === undefined || init === null) return [];
  const entries = headerEntries(init, where);
  for (const [name, value] of entries) {
    if (typeof name !== "string" || !TOKEN.test(name)) {
      throw new InvalidArgumentError(
        `${where}: ${JSON.stringify(String(name))} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only).`,
      );
    }
    if (typeof value !== "string" || !VALUE.test(value)) {
      throw new InvalidArgumentError(
        `${where}: the value of header "${name}" has a character headers cannot carry (CR, LF, NUL or outside Latin-1).`,
      );
    }
  }
  return entries.map(([name, value]) => [name, value.trim()]);
}

function headerEntries(init: HeadersInit, where: string): Array<[string, string]> {
  if (init instanceof Headers) return [...init.entries()];
  if (Array.isArray(init)) {
    return init.map((pair) => {
      if (!Array.isArray(pair) || pair.length !== 2) {
        throw new InvalidArgumentError(`${where}: each entry must be a [name, value] pair.`);
      }
      return [pair[0], String(pair[1])] as [string, string];
    });
  }
  if (typeof init === "object") {
    return Object.entries(init as Record<string, unknown>).map(([name, value]) => [
      name,
      typeof value === "string" ? value : String(value),
    ]);
  }
  throw new InvalidArgumentError(`${where} must be an object, an array of pairs or Headers.`);
}
