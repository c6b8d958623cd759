import { userInfo } from 'node:os';

/**
 * The name of the operating-system account running the app, the actor of the audit log unless the user profile names
 * another. Some systems have no account entry for the running user; the environment then names it, if anything does.
 */
export function osUserName(env: NodeJS.ProcessEnv = process.env): string {
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    // No account entry (e.g. a container running under an arbitrary uid): fall through to the environment.
  }
  return env.USER || env.USERNAME || env.LOGNAME || 'unknown';
}

/**
 * The author the audit log records: the name in the user profile, or else the operating-system account. The account
 * is looked up once, as the lookup costs more than writing an entry.
 */
export function profileActor(profileName: () => string, accountName: () => string = osUserName): () => string {
  let account: string | null = null;
  return () => {
    const name = profileName().trim();
    if (name) return name;
    account ??= accountName();
    return account;
  };
}
