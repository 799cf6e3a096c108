/** The page and the column widths the add-on sets: ГОСТ fields, and columns as wide as their longest word. */
import { columnWidths, docStyle, PT_PER_MM, textPoints, textWidth } from '../../src/domain/orders/style';

describe('document style', () => {
  it('A4 with fields of 30/15/20/20 mm (at least ГОСТ Р 7.0.97’s 20/10/20/20), Times New Roman 14 unless «Настройки» say otherwise', () => {
    const s = docStyle();
    const mm = (pt: number) => Math.round(pt / PT_PER_MM);
    expect([mm(s.margins.left), mm(s.margins.right), mm(s.margins.top), mm(s.margins.bottom), mm(s.page.width), mm(s.page.height)]).toEqual([30, 15, 20, 20, 210, 297]);
    expect([s.font, s.size, s.tableSize, Math.round(s.indent / PT_PER_MM * 10) / 10]).toEqual(['Times New Roman', 14, 12, 12.5]);
    expect(docStyle('PT Astra Serif', '12')).toMatchObject({ font: 'PT Astra Serif', size: 12, tableSize: 10 });
    expect(docStyle('', 'четырнадцать')).toMatchObject({ font: 'Times New Roman', size: 14 });
  });

  it('every column is at least as wide as its longest word, and the table fits the text width', () => {
    const s = docStyle();
    const rows = [
      ['№ п/п', 'Наставник (ФИО, должность / класс)', 'Наставляемый (ФИО, должность / класс)', 'Форма наставничества', 'Срок'],
      ['1', 'Шевчук Олег Ильдарович, обучающийся 9Б класса', 'Алиева Лейла Рустам кызы, обучающаяся 7Б класса', 'Работодатель – ученик', '01.10.2025 – 31.05.2026'],
    ];
    const { widths, fits } = columnWidths(rows, s);
    expect(fits).toBe(true);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(textWidth(s));
    for (const word of ['Ильдарович,', 'обучающаяся', 'Работодатель']) {
      const col = rows[1]!.findIndex((c) => c.includes(word));
      expect(widths[col]!).toBeGreaterThan(textPoints(word, s.tableSize));
    }
    expect(widths[0]!).toBeLessThan(widths[1]!);
  });

  it('says when even the longest words cannot fit', () => {
    const s = docStyle();
    const row = Array.from({ length: 9 }, () => 'Персонализированная');
    expect(columnWidths([row], s).fits).toBe(false);
  });
});
