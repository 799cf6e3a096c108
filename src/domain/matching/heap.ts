/** A binary min-heap of (key, node) with lazy deletion. */
export class Heap {
  keys = new Float64Array(64);
  vals = new Int32Array(64);
  size = 0;
  push(key: number, val: number) {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const v = new Int32Array(this.size * 2);
      v.set(this.vals);
      this.vals = v;
    }
    let i = this.size++;
    const { keys, vals } = this;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! < key || (keys[p] === key && vals[p]! <= val)) break;
      keys[i] = keys[p]!;
      vals[i] = vals[p]!;
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }
  /** Removes the top; read keys[0]/vals[0] before calling. */
  pop() {
    const { keys, vals } = this;
    const n = --this.size;
    const key = keys[n]!;
    const val = vals[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (keys[c + 1]! < keys[c]! || (keys[c + 1] === keys[c] && vals[c + 1]! < vals[c]!))) c++;
      if (key < keys[c]! || (key === keys[c] && val <= vals[c]!)) break;
      keys[i] = keys[c]!;
      vals[i] = vals[c]!;
      i = c;
    }
    keys[i] = key;
    vals[i] = val;
  }
}
