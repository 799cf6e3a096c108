/** munkres-js ships no types: the Hungarian algorithm on a cost matrix, returning [row, column] pairs. */
declare module 'munkres-js' {
  export default function munkres(cost: number[][]): [number, number][];
}
