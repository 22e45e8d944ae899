/** What the set-password page shows after an attempt. */
export interface SetPasswordState {
  errors: { param: string; message: string }[];
}

export const INITIAL_SET_PASSWORD_STATE: SetPasswordState = { errors: [] };
