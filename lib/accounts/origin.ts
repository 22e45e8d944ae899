/**
 * Whether a state-changing request comes from this site's own pages: the rule
 * is in lib/security/same-origin.mjs, which the production server also applies
 * before Next sees a request.
 */
export { isSameOrigin } from "../security/same-origin.mjs";
