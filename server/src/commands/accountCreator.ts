import { hashPassword } from "../auth/passwords.ts";
import { newId } from "../auth/tokens.ts";
import { HttpError } from "../errors.ts";
import type { Store, UserRecord } from "../store/index.ts";

/** Creates an account; 409 when the email is taken. The password is only ever stored hashed. */
export async function accountCreator(props: {
  store: Store;
  email: string;
  name: string;
  password: string;
  isAdmin?: boolean;
  organisationId?: string;
  now?: Date;
}): Promise<UserRecord> {
  const { store } = props;
  const email = props.email.trim().toLowerCase();
  if (await store.users.findByEmail(email)) {
    throw new HttpError(409, "email_taken", "An account with this email already exists.", "email");
  }
  const at = (props.now ?? new Date()).toISOString();
  const user: UserRecord = {
    id: newId(),
    email,
    passwordHash: await hashPassword(props.password),
    name: props.name,
    affiliation: "",
    interests: "",
    isAdmin: props.isAdmin ?? false,
    disabledAt: null,
    createdAt: at,
  };
  await store.users.insert(user);
  if (props.organisationId) await store.organisations.addMember(props.organisationId, user.id, at);
  return user;
}
