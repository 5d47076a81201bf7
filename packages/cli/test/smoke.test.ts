import { expect, test } from "vitest";
import { CLI_NAME } from "@wfkit/cli";

test("the package entry names the command", () => {
  expect(CLI_NAME).toBe("wfkit");
});
