/**
 * The sign-in form's state, apart from sign-in.ts: the form (a client
 * component) imports it, and sign-in.ts's zod schema would take zod into the
 * page's JavaScript with it (30 KB gzip, the benchmark's client JS figure).
 */

/** What the sign-in page shows after an attempt; serialisable, it travels between server and browser. */
export interface SignInState {
  errors: { param: string; message: string }[];
  email: string;
}

export const INITIAL_SIGN_IN_STATE: SignInState = { errors: [], email: "" };
