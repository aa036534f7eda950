// The session's jobs (pwsh's JobRepository): what Get-Job lists, in the order they were started, with ids that
// increase for the whole session (a job's child jobs take ids too). Jobs still running when the shell ends are
// stopped, so a forgotten job never keeps awsps from exiting.

import type { Engine } from '../../../src/engine/engine.js';
import { Job, type JobKind } from './job.js';

export class JobRepository {
  private nextId = 1;
  private readonly jobs: Job[] = [];

  /** A new job with the next id (named Job<id> unless given a name); top-level jobs are listed by Get-Job. */
  create(kind: JobKind, command: string, name?: string, listed = true): Job {
    const id = this.nextId++;
    const job = new Job(kind, id, name === undefined || name === '' ? `Job${id}` : name, command);
    if (listed) this.jobs.push(job);
    return job;
  }

  list(): readonly Job[] {
    return this.jobs;
  }

  remove(job: Job): void {
    const i = this.jobs.indexOf(job);
    if (i >= 0) this.jobs.splice(i, 1);
  }

  /** Stops every job that is still running (the shell is ending). */
  stopAll(): void {
    for (const job of this.jobs) stopJob(job);
  }

  get anyRunning(): boolean {
    return this.jobs.some((j) => !j.finished);
  }
}

/** Stops a job and its child jobs: each running script block sees its stop signal at once. */
export function stopJob(job: Job): void {
  if (job.finished) return;
  for (const child of job.children) stopJob(child);
  job.stopRequested = true;
  if (job.task) {
    job.task.stop('stop');
    return;
  }
  // A job that has not started its work, or a parent whose children were all stopped already.
  if (job.children.length > 0) job.updateFromChildren();
  else job.setState('Stopped');
}

const repositories = new WeakMap<Engine, JobRepository>();

export function jobRepository(engine: Engine): JobRepository {
  let repo = repositories.get(engine);
  if (!repo) {
    repo = new JobRepository();
    repositories.set(engine, repo);
  }
  return repo;
}

/** Stops the jobs of this engine's session: the shell calls it when it exits, as pwsh stops its jobs then. */
export function stopAllJobs(engine: Engine): void {
  repositories.get(engine)?.stopAll();
}
