/**
 * The optimal mode's min-cost flow on groups of mentees and mentors (a few thousand nodes at
 * most). Nodes: s; left groups of identical mentees (s → group up to its size); right groups of
 * identical mentors (group → T up to their seats); T. Pair arcs left → right cost S − score and
 * are never full.
 *
 * 1. The most pairs: a maximum flow (Dinic's blocking flows).
 * 2. The best total for that many pairs: cost scaling with push–relabel (A. V. Goldberg, "An
 *    efficient implementation of a scaling minimum-cost flow algorithm", J. Algorithms 22, 1997).
 *    Its work grows with the graph and the logarithm of the score range — not with ties, a dominant
 *    criterion or the size of the weights. Costs are multiplied by K = N + 1 (N nodes) and scaled
 *    down to ε = 1: a 1-optimal flow in those units is optimal. Once ε is below a unit of score,
 *    each phase ends with a try for exact prices (`exactPrices`): the flow is often optimal long
 *    before ε = 1, and the phases left are then skipped.
 * 3. Exact integer potentials (`duals`), from which certificate.ts's proof is made.
 * Arcs added later (the candidate rounds) start from the last flow and prices.
 */
import { Heap } from './heap';

/** ε shrinks by this factor per phase. */
const ALPHA = 4;
const UNBOUNDED = 0x3fffffff;
const { max, min, ceil, floor } = Math;

export class GroupFlow {
  readonly N: number;
  readonly K: number;
  readonly s: number;
  readonly T: number;
  /** Pair arcs: left node, right node, unscaled cost, flow. */
  from = new Int32Array(64);
  to = new Int32Array(64);
  cost = new Float64Array(64);
  flow = new Int32Array(64);
  count = 0;
  /** Scaled prices, kept between solves. */
  private readonly price: Float64Array;
  // the residual network of the last solve
  private first = new Int32Array(0);
  private head = new Int32Array(0);
  private rev = new Int32Array(0);
  private rescap = new Int32Array(0);
  private arcCost = new Float64Array(0);

  /** D: what one more pair is worth, B + S in certificate.ts's program. */
  constructor(
    readonly nL: number,
    readonly nR: number,
    readonly supply: Int32Array,
    readonly cap: Int32Array,
    readonly D: number,
  ) {
    this.s = nL + nR;
    this.T = nL + nR + 1;
    this.N = nL + nR + 2;
    this.K = this.N + 1;
    this.price = new Float64Array(this.N);
  }

  add(l: number, r: number, cost: number) {
    if (this.count === this.from.length) {
      const n = this.count * 2;
      const grow = <A extends Int32Array | Float64Array>(a: A, b: A) => (b.set(a), b);
      this.from = grow(this.from, new Int32Array(n));
      this.to = grow(this.to, new Int32Array(n));
      this.cost = grow(this.cost, new Float64Array(n));
      this.flow = grow(this.flow, new Int32Array(n));
    }
    const k = this.count++;
    this.from[k] = l;
    this.to[k] = r;
    this.cost[k] = cost;
    this.flow[k] = 0;
  }

  /** The residual network of the current arcs and flows. A node's arcs are contiguous; each knows its reverse. */
  private build() {
    const { N, K, s, T, nL, nR, count, from, to, flow, supply, cap } = this;
    const first = new Int32Array(N + 1);
    for (let k = 0; k < count; k++) {
      first[from[k]! + 1]!++;
      first[nL + to[k]! + 1]!++;
    }
    for (let v = 0; v < nL + nR; v++) first[v + 1]!++;
    first[s + 1] = nL;
    first[T + 1] = nR;
    for (let v = 0; v < N; v++) first[v + 1]! += first[v]!;
    const M = first[N]!;
    const head = new Int32Array(M);
    const rev = new Int32Array(M);
    const rescap = new Int32Array(M);
    const arcCost = new Float64Array(M);
    const fill = first.slice(0, N);
    const used = new Int32Array(nL);
    const load = new Int32Array(nR);
    const link = (v: number, w: number, c: number, capacity: number, f: number) => {
      const a = fill[v]!++;
      const b = fill[w]!++;
      head[a] = w;
      head[b] = v;
      rev[a] = b;
      rev[b] = a;
      arcCost[a] = c;
      arcCost[b] = -c;
      rescap[a] = capacity - f;
      rescap[b] = f;
    };
    for (let k = 0; k < count; k++) {
      used[from[k]!]! += flow[k]!;
      load[to[k]!]! += flow[k]!;
      // One more than it can ever carry: never full in a flow, so its dual condition always holds
      // (see duals); and saturating it in refine moves no more than that.
      link(from[k]!, nL + to[k]!, this.cost[k]! * K, min(supply[from[k]!]!, cap[to[k]!]!) + 1, flow[k]!);
    }
    for (let l = 0; l < nL; l++) link(s, l, 0, supply[l]!, used[l]!);
    for (let r = 0; r < nR; r++) link(nL + r, T, 0, cap[r]!, load[r]!);
    Object.assign(this, { first, head, rev, rescap, arcCost });
  }

  /** The most pairs the current arcs allow (a maximum flow, kept for the next solve). */
  maxPairs(): number {
    this.build();
    this.maxFlow();
    this.writeFlows();
    let pairs = 0;
    for (let k = 0; k < this.count; k++) pairs += this.flow[k]!;
    return pairs;
  }

  /** The most pairs, then the best total, on the current arcs, starting from the last flow and prices. */
  solve() {
    this.build();
    this.scale();
  }

  /** Cost scaling from the current flow and prices. */
  private scale() {
    this.maxFlow();
    const { N, first, head, rescap, arcCost, price } = this;
    let eps = 0; // the flow is ε-optimal for its largest violation: the phases start below it
    for (let v = 0; v < N; v++) {
      const pv = price[v]!;
      for (let a = first[v]!; a < first[v + 1]!; a++) if (rescap[a]! > 0) eps = max(eps, -(arcCost[a]! + pv - price[head[a]!]!));
    }
    const scratch = { excess: new Float64Array(N), cur: new Int32Array(N), queue: new Int32Array(N), queued: new Uint8Array(N), live: new Int32Array(N) };
    while (eps > 1) {
      eps = max(1, ceil(eps / ALPHA));
      this.refine(eps, scratch);
      // below a unit of score the flow is often optimal already: then the phases left are skipped
      if (eps > 1 && eps <= this.K && this.exactPrices()) break;
    }
    this.writeFlows();
  }

  /**
   * Whether the flow is optimal already: exact integer prices for it (every residual arc of
   * non-negative reduced cost) by Bellman–Ford–Moore from the current ones, which are off by less
   * than a unit where it is. It gives up after N relaxations (a negative cycle, or prices far off)
   * and the prices stay as they were. The "price refinement" of the paper above, as an exact check.
   */
  private exactPrices(): boolean {
    const { N, K, first, head, rescap, arcCost, price } = this;
    const pi = Float64Array.from(price, (p) => floor(p / K));
    const queue = Int32Array.from({ length: N }, (_, v) => v);
    const queued = new Uint8Array(N).fill(1);
    let qh = 0;
    let size = N;
    let budget = N;
    while (size > 0) {
      const v = queue[qh]!;
      qh = qh + 1 === N ? 0 : qh + 1;
      size--;
      queued[v] = 0;
      for (let a = first[v]!; a < first[v + 1]!; a++) {
        if (rescap[a] === 0) continue;
        const w = head[a]!;
        const d = pi[v]! + arcCost[a]! / K;
        if (d >= pi[w]!) continue;
        if (--budget < 0) return false;
        pi[w] = d;
        if (!queued[w]) {
          queued[w] = 1;
          queue[(qh + size++) % N] = w;
        }
      }
    }
    for (let v = 0; v < N; v++) price[v] = pi[v]! * K;
    return true;
  }

  private writeFlows() {
    const { N, first, rescap, rev } = this;
    const at = first.slice(0, N);
    for (let k = 0; k < this.count; k++) this.flow[k] = rescap[rev[at[this.from[k]!]!++]!]!;
  }

  /** Dinic: shortest augmenting paths by levels, a blocking flow per level graph. */
  private maxFlow() {
    const { N, s, T, first, head, rev, rescap } = this;
    const level = new Int32Array(N);
    const queue = new Int32Array(N);
    const cur = new Int32Array(N);
    const pathArc = new Int32Array(N);
    const pathNode = new Int32Array(N + 1);
    for (;;) {
      level.fill(-1);
      level[s] = 0;
      let qh = 0;
      let qt = 0;
      queue[qt++] = s;
      while (qh < qt) {
        const v = queue[qh++]!;
        for (let a = first[v]!; a < first[v + 1]!; a++) {
          const w = head[a]!;
          if (rescap[a]! > 0 && level[w]! < 0) {
            level[w] = level[v]! + 1;
            queue[qt++] = w;
          }
        }
      }
      if (level[T]! < 0) return;
      cur.set(first.subarray(0, N));
      for (;;) {
        let depth = 0;
        pathNode[0] = s;
        while (depth >= 0 && pathNode[depth] !== T) {
          const v = pathNode[depth]!;
          let a = cur[v]!;
          const end = first[v + 1]!;
          while (a < end && (rescap[a] === 0 || level[head[a]!] !== level[v]! + 1)) a++;
          cur[v] = a;
          if (a < end) {
            pathArc[depth++] = a;
            pathNode[depth] = head[a]!;
          } else {
            level[v] = -1; // dead end for this level graph
            depth--;
            if (depth >= 0) cur[pathNode[depth]!]!++;
          }
        }
        if (depth < 0) break;
        let delta = UNBOUNDED;
        for (let q = 0; q < depth; q++) delta = min(delta, rescap[pathArc[q]!]!);
        for (let q = 0; q < depth; q++) {
          rescap[pathArc[q]!]! -= delta;
          rescap[rev[pathArc[q]!]!]! += delta;
        }
      }
    }
  }

  /**
   * Goldberg's refine: saturate every arc of negative reduced cost, then push and relabel until
   * balanced. A right node's reverse arcs are residual only while they carry flow — a few, where
   * a popular mentor has thousands of arcs — so those are kept first in its adjacency (`live`
   * of them) and it scans only them and its arc to T.
   */
  private refine(eps: number, scratch: { excess: Float64Array; cur: Int32Array; queue: Int32Array; queued: Uint8Array; live: Int32Array }) {
    const { N, nL, nR, first, head, rev, rescap, arcCost, price } = this;
    const { excess, cur, queue, queued, live } = scratch;
    const right = nL + nR; // right nodes are nL..right-1, their last arc goes to T
    for (let v = 0; v < N; v++) {
      const pv = price[v]!;
      for (let a = first[v]!; a < first[v + 1]!; a++) {
        const r = rescap[a]!;
        if (r > 0 && arcCost[a]! + pv - price[head[a]!]! < 0) {
          rescap[a] = 0;
          rescap[rev[a]!]! += r;
          excess[v]! -= r;
          excess[head[a]!]! += r;
        }
      }
    }
    /** Two arcs of one node trade places (the reverses follow). */
    const swap = (x: number, y: number) => {
      if (x === y) return;
      const h = head[x]!, c = arcCost[x]!, r = rescap[x]!, b = rev[x]!;
      head[x] = head[y]!;
      arcCost[x] = arcCost[y]!;
      rescap[x] = rescap[y]!;
      rev[x] = rev[y]!;
      head[y] = h;
      arcCost[y] = c;
      rescap[y] = r;
      rev[y] = b;
      rev[rev[x]!] = x;
      rev[rev[y]!] = y;
    };
    for (let v = nL; v < right; v++) {
      let n = 0;
      for (let a = first[v]!; a < first[v + 1]! - 1; a++) if (rescap[a]! > 0) swap(a, first[v]! + n++);
      live[v] = n;
    }
    let qh = 0;
    let qt = 0;
    let size = 0;
    for (let v = 0; v < N; v++) {
      cur[v] = first[v]!;
      if (excess[v]! > 0) {
        queue[qt++] = v;
        queued[v] = 1;
        size++;
      }
    }
    if (qt === N) qt = 0;
    /** Pushes d along a from v; false when a right node's reverse arc ran dry (it moved out of the live part). */
    const push = (v: number, a: number, d: number) => {
      const w = head[a]!;
      let b = rev[a]!;
      rescap[a]! -= d;
      if (rescap[b] === 0 && w >= nL && w < right && v < nL) {
        // the right node's reverse arc now carries flow: into its live part
        const to = first[w]! + live[w]!++;
        swap(b, to);
        b = to;
      }
      rescap[b]! += d;
      const before = excess[w]!;
      excess[w] = before + d;
      if (before <= 0 && before + d > 0 && !queued[w]) {
        queue[qt++] = w;
        if (qt === N) qt = 0;
        queued[w] = 1;
        size++;
      }
    };
    while (size > 0) {
      const v = queue[qh++]!;
      if (qh === N) qh = 0;
      size--;
      queued[v] = 0;
      let ex = excess[v]!;
      const end = first[v + 1]!;
      if (v >= nL && v < right) {
        const toT = end - 1;
        while (ex > 0) {
          const pv = price[v]!;
          for (let a = first[v]!; a < first[v]! + live[v]! && ex > 0; ) {
            if (arcCost[a]! + pv - price[head[a]!]! < 0) {
              const d = rescap[a]! < ex ? rescap[a]! : ex;
              ex -= d;
              push(v, a, d);
              if (rescap[a] === 0) {
                swap(a, first[v]! + --live[v]!); // dry: out of the live part, another takes its place
                continue;
              }
            }
            a++;
          }
          if (ex > 0 && rescap[toT]! > 0 && arcCost[toT]! + pv - price[head[toT]!]! < 0) {
            const d = rescap[toT]! < ex ? rescap[toT]! : ex;
            ex -= d;
            push(v, toT, d);
          }
          if (ex === 0) break;
          let best = rescap[toT]! > 0 ? price[head[toT]!]! - arcCost[toT]! : -Infinity;
          for (let a = first[v]!; a < first[v]! + live[v]!; a++) best = max(best, price[head[a]!]! - arcCost[a]!);
          if (best === -Infinity) throw new Error('matching: a unit has nowhere to go (the flow network is broken)');
          price[v] = best - eps;
        }
        excess[v] = 0;
        continue;
      }
      while (ex > 0) {
        const pv = price[v]!;
        let a = cur[v]!;
        for (; a < end; a++) {
          const r = rescap[a]!;
          if (r === 0) continue;
          if (arcCost[a]! + pv - price[head[a]!]! >= 0) continue;
          const d = r < ex ? r : ex;
          ex -= d;
          push(v, a, d);
          if (ex === 0) break;
        }
        if (ex > 0) {
          // relabel: the highest price that makes some residual arc admissible by ε
          let best = -Infinity;
          let bestArc = -1;
          for (let b = first[v]!; b < end; b++) {
            if (rescap[b] === 0) continue;
            const t = price[head[b]!]! - arcCost[b]!;
            if (t > best) {
              best = t;
              bestArc = b;
            }
          }
          if (bestArc < 0) throw new Error('matching: a unit has nowhere to go (the flow network is broken)');
          price[v] = best - eps;
          cur[v] = bestArc;
        } else cur[v] = a;
      }
      excess[v] = 0;
    }
  }

  /**
   * Duals of the linear program in certificate.ts for each group (D = B + S), from exact integer
   * potentials π of the optimal flow: every residual arc has cost + π(tail) − π(head) ≥ 0.
   *
   * π are the shortest distances from a virtual root joined to every node at cost 0. Dijkstra finds
   * them on lengths reducedCost + 1 ≥ 0 (scaled units; the flow is 1-optimal): a path of k ≤ N arcs
   * is then off by k < K, so the distance is the one multiple of K in [X − N, X − 1], X being the
   * found length back in real units. Then the nodes s cannot reach (T among them: the flow is
   * maximal) are raised together until π(T) − π(s) = D — no residual arc leaves what s reaches,
   * so no reduced cost turns negative, and one more pair is worth D as in the program.
   */
  duals() {
    const { N, K, D, first, head, rescap, arcCost, price } = this;
    let pmax = -Infinity;
    for (let v = 0; v < N; v++) pmax = max(pmax, price[v]!);
    const key = new Float64Array(N);
    const done = new Uint8Array(N);
    const heap = new Heap();
    for (let v = 0; v < N; v++) {
      key[v] = pmax - price[v]! + 1;
      heap.push(key[v]!, v);
    }
    while (heap.size > 0) {
      const d = heap.keys[0]!;
      const u = heap.vals[0]!;
      heap.pop();
      if (done[u] || d > key[u]!) continue;
      done[u] = 1;
      const pu = price[u]!;
      for (let a = first[u]!; a < first[u + 1]!; a++) {
        if (rescap[a] === 0) continue;
        const w = head[a]!;
        const len = arcCost[a]! + pu - price[w]! + 1;
        if (len < 0) throw new Error('matching: the flow is not 1-optimal (the scaling stopped early)');
        if (!done[w] && d + len < key[w]!) {
          key[w] = d + len;
          heap.push(key[w]!, w);
        }
      }
    }
    const pi = new Float64Array(N);
    for (let v = 0; v < N; v++) {
      const x = key[v]! - pmax + price[v]! - 1;
      let q = floor(x / K);
      while (q * K > x) q--;
      while ((q + 1) * K <= x) q++;
      pi[v] = q;
      price[v] = q * K; // exact prices: the next round starts 0-optimal on these arcs
    }
    const { s, T, nL, nR } = this;
    const reached = new Uint8Array(N);
    const stack = [s];
    reached[s] = 1;
    while (stack.length) {
      const v = stack.pop()!;
      for (let a = first[v]!; a < first[v + 1]!; a++) {
        if (rescap[a]! > 0 && !reached[head[a]!]) {
          reached[head[a]!] = 1;
          stack.push(head[a]!);
        }
      }
    }
    if (reached[T]) throw new Error('matching: the flow is not maximal');
    const lift = D - (pi[T]! - pi[s]!);
    if (lift < 0) throw new Error('matching: the bonus of a pair is too small for this instance');
    for (let v = 0; v < N; v++) if (!reached[v]) pi[v]! += lift;
    const left = new Float64Array(nL);
    const right = new Float64Array(nR);
    for (let l = 0; l < nL; l++) left[l] = max(0, pi[l]! - pi[s]!);
    for (let r = 0; r < nR; r++) right[r] = max(0, pi[T]! - pi[nL + r]!);
    return { left, right };
  }
}
