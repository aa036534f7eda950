// The activities the host is showing progress for, as pwsh's PendingProgress keeps them: a tree keyed
// by (source id, activity id). A record updates its activity or adds it under its parent (at the top
// when the parent is unknown); a Completed record removes it and promotes its children; an activity
// whose parent id changed is re-parented. The oldest activities give way when there are too many.

import type { ProgressRecord } from '../objects/progress-record.js';

/** Same limit as pwsh's PendingProgress. */
const MAX_NODES = 128;

export interface ProgressNode {
  readonly sourceId: number;
  readonly activityId: number;
  parentActivityId: number;
  activity: string;
  statusDescription: string;
  currentOperation: string | null;
  percentComplete: number;
  secondsRemaining: number;
  /** Records received since this activity was last updated (the oldest are hidden or evicted first). */
  age: number;
  children: ProgressNode[];
}

interface Found {
  node: ProgressNode;
  list: ProgressNode[];
  index: number;
}

export class PendingProgress {
  private readonly top: ProgressNode[] = [];
  private count = 0;

  get isEmpty(): boolean {
    return this.count === 0;
  }

  update(sourceId: number, record: ProgressRecord): void {
    this.apply(sourceId, record);
    this.visit(this.top, (n) => void n.age++);
  }

  /** The activities in display order (each parent before its children), with their nesting depth. */
  flatten(): { node: ProgressNode; depth: number }[] {
    const out: { node: ProgressNode; depth: number }[] = [];
    const walk = (list: ProgressNode[], depth: number): void => {
      for (const n of list) {
        out.push({ node: n, depth });
        walk(n.children, depth + 1);
      }
    };
    walk(this.top, 0);
    return out;
  }

  private apply(sourceId: number, record: ProgressRecord): void {
    // A record that names itself as its parent is malformed: pwsh ignores it.
    if (record.parentActivityId === record.activityId) return;
    const found = this.find(sourceId, record.activityId);
    if (found) {
      if (record.recordType === 'Completed') {
        this.removeAndPromote(found);
        return;
      }
      if (record.parentActivityId === found.node.parentActivityId) {
        const n = found.node;
        n.activity = record.activity;
        n.statusDescription = record.statusDescription;
        n.currentOperation = record.currentOperation;
        n.percentComplete = Math.min(record.percentComplete, 100);
        n.secondsRemaining = record.secondsRemaining;
        n.age = 0;
        return;
      }
      this.removeAndPromote(found);
    }
    if (record.recordType === 'Completed') return;
    while (this.count >= MAX_NODES) this.evictOldest();
    const node: ProgressNode = {
      sourceId,
      activityId: record.activityId,
      parentActivityId: record.parentActivityId,
      activity: record.activity,
      statusDescription: record.statusDescription,
      currentOperation: record.currentOperation,
      percentComplete: Math.min(record.percentComplete, 100),
      secondsRemaining: record.secondsRemaining,
      age: 0,
      children: [],
    };
    if (node.parentActivityId >= 0) {
      const parent = this.find(sourceId, node.parentActivityId);
      if (parent) {
        parent.node.children.push(node);
        this.count++;
        return;
      }
      // The parent is not (yet) shown: the activity goes to the top until a later record re-parents it.
      node.parentActivityId = -1;
    }
    this.top.push(node);
    this.count++;
  }

  private find(sourceId: number, activityId: number, list: ProgressNode[] = this.top): Found | undefined {
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      if (n.sourceId === sourceId && n.activityId === activityId) return { node: n, list, index: i };
      const inner = this.find(sourceId, activityId, n.children);
      if (inner) return inner;
    }
    return undefined;
  }

  private removeAndPromote(found: Found): void {
    for (const child of found.node.children) child.parentActivityId = -1;
    found.list.splice(found.index, 1, ...found.node.children);
    this.count--;
  }

  /** Removes the oldest leaf-most activity (pwsh: the oldest at the top, then the oldest below it, ...). */
  private evictOldest(): void {
    let list = this.top;
    for (;;) {
      let index = 0;
      for (let i = 1; i < list.length; i++) if (list[i].age >= list[index].age) index = i;
      const node = list[index];
      if (node === undefined) return;
      if (node.children.length === 0) {
        list.splice(index, 1);
        this.count--;
        return;
      }
      list = node.children;
    }
  }

  private visit(list: ProgressNode[], f: (n: ProgressNode) => void): void {
    for (const n of list) {
      f(n);
      this.visit(n.children, f);
    }
  }
}
