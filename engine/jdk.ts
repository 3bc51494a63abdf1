import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The lowest Java major version Zeebe 8.5 runs on. */
export const MIN_JAVA_MAJOR = 21;

/** A JDK found on this machine. */
export interface Jdk {
  javaHome: string;
  major: number;
}

/** Reads `java -version` of a JAVA_HOME; undefined when it has no working java. */
export function javaMajorVersion(javaHome: string): number | undefined {
  const java = path.join(javaHome, 'bin', 'java');
  if (!existsSync(java)) return undefined;
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${out.stderr}${out.stdout}`);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/**
 * Picks a JDK >= 21: JAVA_HOME when new enough, else the newest under /usr/lib/jvm.
 * Throws with what to install when none is found, because Zeebe 8.5 dies at once on Java 17.
 */
export function findJdk(javaHomeFromEnv = process.env.JAVA_HOME, jvmRoot = '/usr/lib/jvm'): Jdk {
  const candidates: Jdk[] = [];
  const seen: string[] = [];
  if (javaHomeFromEnv) {
    const major = javaMajorVersion(javaHomeFromEnv);
    if (major !== undefined && major >= MIN_JAVA_MAJOR) return { javaHome: javaHomeFromEnv, major };
    seen.push(`JAVA_HOME=${javaHomeFromEnv} (Java ${major ?? 'not found'})`);
  }
  if (existsSync(jvmRoot)) {
    for (const name of readdirSync(jvmRoot)) {
      const home = path.join(jvmRoot, name);
      const major = javaMajorVersion(home);
      if (major === undefined) continue;
      if (major >= MIN_JAVA_MAJOR) candidates.push({ javaHome: home, major });
      else seen.push(`${home} (Java ${major})`);
    }
  }
  candidates.sort((a, b) => b.major - a.major);
  const best = candidates[0];
  if (best) return best;
  throw new Error(
    `The Zeebe engine needs a JDK ${MIN_JAVA_MAJOR} or newer, and none was found` +
      (seen.length ? ` (seen: ${seen.join(', ')})` : '') +
      `. Install one (e.g. "apt-get install openjdk-21-jdk-headless" or a Temurin JDK under ` +
      `${jvmRoot}) or set JAVA_HOME to it.`,
  );
}
