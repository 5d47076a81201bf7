// Module hook for scripts/size-up-front.js: appends every module URL Node loads to a log file.
import { appendFileSync } from "node:fs";

let log;

export const initialize = (data) => {
  log = data.log;
};

export const load = async (url, context, next) => {
  appendFileSync(log, `${url}\n`);
  return next(url, context);
};
