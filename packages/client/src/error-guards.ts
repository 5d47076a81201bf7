import { codeGuard } from "@wfkit/watch/internal";
import type { AuthenticationError, PermissionDeniedError } from "./errors.js";

/** True for 401 answers: authentication is required or failed. */
export const isAuthenticationError = codeGuard<AuthenticationError>("unauthorized");
/** True for 403 answers: the caller may not do this. */
export const isPermissionDeniedError = codeGuard<PermissionDeniedError>("forbidden");
