import { AuthenticationError, PermissionDeniedError, guardOf } from "./errors.js";

/** True for 401 answers: authentication is required or failed. */
export const isAuthenticationError = guardOf(AuthenticationError);
/** True for 403 answers: the caller may not do this. */
export const isPermissionDeniedError = guardOf(PermissionDeniedError);
