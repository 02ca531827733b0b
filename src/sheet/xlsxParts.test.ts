import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellAddress, cellIssues, columnLetters, sheetPath, unzipParts } from './xlsxParts.ts';

// Worksheet XML as Excel writes it, cut down to the elements the reader looks at.

const WORKBOOK = `<workbook xmlns:r="r"><sheets><sheet name="说明 &amp; Notes" sheetId="1" r:id="rId2"/><sheet name="Items" sheetId="2" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`;
const SHEET = `<worksheet><sheetData>
<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><f>A1*2</f><v>4</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
<row r="3"><c r="B3"><f t="shared" ref="B3:B4" si="0">C3&amp;"x"</f><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c></row>
<row r="4"><c r="B4"><f t="shared" si="0"/><v>1</v></c><c r="E4" t="s"><v>1</v></c></row>
</sheetData><hyperlinks><hyperlink ref="E4" r:id="rId7"/><hyperlink ref="F5:G5" location="'说明'!A1"/></hyperlinks></worksheet>`;
const SHEET_RELS = `<Relationships><Relationship Id="rId7" Type="hyperlink" Target="https://example.org/?a=1&amp;b=2" TargetMode="External"/></Relationships>`;

const parts = {
  'xl/workbook.xml': WORKBOOK,
  'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
  'xl/worksheets/sheet2.xml': SHEET,
  'xl/worksheets/_rels/sheet2.xml.rels': SHEET_RELS,
};

describe('the parts of an xlsx file', () => {
  it('finds a sheet by its name through the workbook relationships', () => {
    expect(sheetPath(parts, 'Items')).toBe('xl/worksheets/sheet2.xml');
    expect(sheetPath(parts, '说明 & Notes')).toBe('xl/worksheets/sheet1.xml');
    expect(sheetPath(parts, 'Other')).toBeNull();
  });

  it('reports formulas, shared formulas, error values and hyperlinks by row and column', () => {
    const issues = cellIssues(parts, 'xl/worksheets/sheet2.xml').map((i) => `${i.row}:${i.column} ${i.found}`);
    expect(issues).toEqual([
      '2:2 a formula =A1*2',
      // A formula that ends in an error is reported as the formula.
      '2:3 a formula =1/0',
      '3:2 a formula =C3&"x"',
      '3:4 the error value #N/A',
      '4:2 a formula =C3&"x"',
      '4:5 a hyperlink to "https://example.org/?a=1&b=2"',
      `5:6 a hyperlink to "#'说明'!A1"`,
      `5:7 a hyperlink to "#'说明'!A1"`,
    ]);
    expect(cellIssues(parts, 'xl/worksheets/sheet2.xml')[0]?.expected).toMatch(/^a plain value: copy the cell/);
  });

  it('finds nothing in plain cells', () => {
    const plain = {
      'a.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
    };
    expect(cellIssues(plain, 'a.xml')).toEqual([]);
  });

  it('unzips the XML parts, and refuses bytes that are no zip', () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8(WORKBOOK), 'xl/media/a.png': new Uint8Array([1, 2]) });
    expect(Object.keys(unzipParts(zip))).toEqual(['xl/workbook.xml']);
    expect(() => unzipParts(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow();
  });

  it('converts cell addresses and column letters', () => {
    expect(cellAddress('AK5')).toEqual([5, 37]);
    expect(cellAddress('$B$12')).toEqual([12, 2]);
    expect([1, 26, 27, 37, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AK', 'ZZ', 'AAA']);
  });
});
