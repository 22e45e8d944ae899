/** What the admin's people page shows after adding or disabling someone. */
export interface PeopleFormState {
  errors: { param: string; message: string }[];
  /** A set-password link for the person just added or reset, shown once. */
  link?: string;
  done?: string;
}

export const INITIAL_PEOPLE_FORM_STATE: PeopleFormState = { errors: [] };
