/** The parts of the `petrovich` package (MIT, CommonJS, no bundled types) this feature uses. */
declare module 'petrovich' {
  type Gender = 'male' | 'female' | 'androgynous';
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  interface Person { gender?: Gender; first?: string; middle?: string; last?: string }
  interface Petrovich {
    (person: Person, gcase: Case): Person & { gender: Gender };
    detect_gender(middle: string): Gender;
  }
  const petrovich: Petrovich;
  export = petrovich;
}
