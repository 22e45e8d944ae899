import { methodNotAllowed, options } from "./responses";

/**
 * The methods a read-only API route refuses, and its OPTIONS answer. A route
 * re-exports them next to its GET:
 * `export { DELETE, OPTIONS, PATCH, POST, PUT } from "../_lib/read-only";`
 */
export { methodNotAllowed as DELETE, options as OPTIONS, methodNotAllowed as PATCH, methodNotAllowed as POST, methodNotAllowed as PUT };
