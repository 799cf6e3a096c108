/**
 * Paragraph and ListItem — reference: document/paragraph, document/list-item. Text formatting is
 * kept per element (bold for the whole paragraph), which is what the add-on uses.
 */
import { strict } from '../strict';
import { checkEnum, detached, modelOf, GlyphType, hit, HorizontalAlignment, ParagraphHeading, points, setAttrs, type DocSession } from './context';
import { compilePattern, copyElement, replaceInElement, type ParagraphModel } from './model';

export function paragraphView(s: DocSession, p: ParagraphModel): any {
  const cls = p.type === 'LIST_ITEM' ? 'ListItem' : 'Paragraph';
  const h = (m: string, changes = false) => hit(s, `${cls}.${m}`, changes);
  /** Paragraph#setIndentFirstLine, #setSpacingAfter … — reference: document/paragraph (points). */
  const measure = (attr: string, method: string) => (v: number) => {
    h(method, true);
    p.attrs[attr] = points(v, `${cls}.${method}`);
    return proxy;
  };
  const get = (attr: string, method: string) => () => { h(method); return p.attrs[attr] ?? null; };
  const view: Record<string, unknown> = {
    setIndentFirstLine: measure('INDENT_FIRST_LINE', 'setIndentFirstLine'),
    setIndentStart: measure('INDENT_START', 'setIndentStart'),
    setIndentEnd: measure('INDENT_END', 'setIndentEnd'),
    setSpacingAfter: measure('SPACING_AFTER', 'setSpacingAfter'),
    setSpacingBefore: measure('SPACING_BEFORE', 'setSpacingBefore'),
    /** A multiple of single spacing (1, 1.15, 1.5, 2), as the Docs menu gives it. */
    setLineSpacing: measure('LINE_SPACING', 'setLineSpacing'),
    getIndentFirstLine: get('INDENT_FIRST_LINE', 'getIndentFirstLine'),
    getIndentStart: get('INDENT_START', 'getIndentStart'),
    getSpacingAfter: get('SPACING_AFTER', 'getSpacingAfter'),
    getLineSpacing: get('LINE_SPACING', 'getLineSpacing'),
    ...(p.type === 'LIST_ITEM' ? { asListItem: () => proxy } : { asParagraph: () => proxy }),
    getType: () => { h('getType'); return p.type; },
    getText: () => { h('getText'); return p.text; },
    setText: (text: string) => { h('setText', true); p.text = String(text); return proxy; },
    appendText: (text: string) => { h('appendText', true); p.text += String(text); return textView(s, p); },
    editAsText: () => { h('editAsText'); return textView(s, p); },
    getHeading: () => { h('getHeading'); return p.heading; },
    setHeading: (v: unknown) => { h('setHeading', true); p.heading = checkEnum(ParagraphHeading, v, `${cls}.setHeading`); return proxy; },
    getAlignment: () => { h('getAlignment'); return p.alignment; },
    setAlignment: (v: unknown) => { h('setAlignment', true); p.alignment = checkEnum(HorizontalAlignment, v, `${cls}.setAlignment`); return proxy; },
    getAttributes: () => { h('getAttributes'); return { ...p.attrs }; },
    setAttributes: (a: Record<string, unknown>) => {
      h('setAttributes', true);
      setAttrs(p.attrs, a, `${cls}.setAttributes`);
      return proxy;
    },
    isAtDocumentEnd: () => { h('isAtDocumentEnd'); return s.doc.body.at(-1) === p; },
    /** #replacetextsearchpattern,-replacement — RE2 syntax; returns the paragraph. */
    replaceText: (pattern: string, replacement: string) => {
      h('replaceText', true);
      replaceInElement(p, compilePattern(pattern, `${cls}.replaceText`), String(replacement));
      return proxy;
    },
    /** #copy — a detached deep copy, to insert with Body#appendParagraph/insertParagraph. */
    copy: () => {
      h('copy');
      const c = copyElement(p) as ParagraphModel;
      const v = paragraphView(s, c);
      detached.add(c);
      return v;
    },
  };
  // Element#asParagraph / #asListItem: the element as its own class (what getChild hands out).
  if (p.type === 'PARAGRAPH') view.asParagraph = () => { h('asParagraph'); return proxy; };
  else view.asListItem = () => { h('asListItem'); return proxy; };
  if (p.type === 'LIST_ITEM') {
    view.getGlyphType = () => { h('getGlyphType'); return p.glyph; };
    view.setGlyphType = (g: unknown) => { h('setGlyphType', true); p.glyph = checkEnum(GlyphType, g, 'ListItem.setGlyphType'); return proxy; };
    view.getNestingLevel = () => { h('getNestingLevel'); return p.nesting; };
    view.setNestingLevel = (n: number) => { h('setNestingLevel', true); p.nesting = n; return proxy; };
  }
  const proxy = strict(view, cls);
  modelOf.set(proxy, p);
  return proxy;
}

/** Text — reference: document/text. Bold/italic/size apply to the whole element here. */
export function textView(s: DocSession, p: { text: string; attrs: Record<string, unknown> }): any {
  const h = (m: string, changes = false) => hit(s, `Text.${m}`, changes);
  const set = (attr: string) => (...args: unknown[]) => {
    h(`set${attr[0]}${attr.slice(1).toLowerCase().replace(/_(.)/g, (_, c: string) => c.toUpperCase())}`, true);
    p.attrs[attr] = args.at(-1);
    return proxy;
  };
  const proxy = strict({
    getText: () => { h('getText'); return p.text; },
    setText: (t: string) => { h('setText', true); p.text = String(t); return proxy; },
    setBold: set('BOLD'),
    setItalic: set('ITALIC'),
    setFontSize: set('FONT_SIZE'),
    setFontFamily: set('FONT_FAMILY'),
    isBold: () => { h('isBold'); return p.attrs.BOLD === true; },
  }, 'Text');
  return proxy;
}
