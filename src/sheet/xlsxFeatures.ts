import type { Feature } from 'write-excel-file/universal';
import {
  findElement,
  getChildElements,
  getOpeningTagMarkup,
  getOrderOfSiblings,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeTextContent,
} from 'write-excel-file/utility';

// Two parts of the plan workbook that write-excel-file leaves to "features" (its extension points,
// which edit the XML it generates): the items sheet's protection with its editable cells unlocked, and
// its drop-down lists. Elements go where ECMA-376 Part 1 (§18.3.1.99, CT_Worksheet) puts them.

type FileContent = Blob;
const WORKSHEET_ORDER = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];

/**
 * Protects the sheet named `sheet` without a password: its cells are locked unless their format says
 * otherwise. Selecting cells, row and column sizes and filters stay free.
 *
 * Which cells are editable is told by their fill: every cell format whose fill is `editableFill` (an
 * ARGB colour, e.g. FFFFFFFF) is unlocked (<protection locked="0"/>). Cell formats are shared by all
 * sheets, so the fill must mean "editable" wherever it is used.
 */
export function sheetProtection(sheet: string, editableFill: string): Feature<FileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, options) =>
            options.sheet !== sheet
              ? xml
              : insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  // The attributes name what is protected; "0" lifts the protection of that action.
                  getSelfClosingTagMarkup('sheetProtection', {
                    sheet: 1,
                    objects: 1,
                    scenarios: 1,
                    formatColumns: 0,
                    formatRows: 0,
                    autoFilter: 0,
                  }),
                  WORKSHEET_ORDER,
                  'worksheet',
                ),
        },
        'xl/styles.xml': { transform: (xml) => unlockFill(xml, editableFill) },
      },
    },
  };
}

/** Adds <protection locked="0"/> to each cell format (cellXfs/xf) whose fill has the given colour. */
function unlockFill(xml: string, argb: string): string {
  const fills = findElement(xml, 'fills');
  if (!fills) return xml;
  const fillIds = getChildElements(xml, fills)
    .map((f, i) => [xml.slice(f.openingTagStartIndex, (f.closingTagEndIndex ?? f.openingTagEndIndex) + 1), i] as const)
    .filter(([markup]) => new RegExp(`<fgColor rgb="${argb}"`, 'i').test(markup))
    .map(([, i]) => String(i));
  const cellXfs = findElement(xml, 'cellXfs');
  if (!cellXfs || fillIds.length === 0) return xml;
  // From the last to the first, so that the positions of those before stay valid.
  for (const xf of getChildElements(xml, cellXfs).reverse()) {
    if (!fillIds.includes(String(xf.openingTagAttributes.fillId))) continue;
    const open = xml.slice(xf.openingTagStartIndex, xf.openingTagEndIndex + 1);
    const body = xf.selfClosingTag
      ? ''
      : xml.slice(xf.openingTagEndIndex + 1, xf.closingTagStartIndex ?? xf.openingTagEndIndex + 1);
    // Inside <xf>, <protection> follows <alignment> (CT_Xf).
    const markup = `${open.replace(/\/?>$/, ' applyProtection="1">')}${body}<protection locked="0"/></xf>`;
    const end = (xf.selfClosingTag ? xf.openingTagEndIndex : (xf.closingTagEndIndex as number)) + 1;
    xml = xml.slice(0, xf.openingTagStartIndex) + markup + xml.slice(end);
  }
  return xml;
}

/** A drop-down or a check on a range of cells, as Excel's 数据验证 · Data Validation dialog sets it. */
export interface Validation {
  /** The cells, e.g. H2:H107. */
  sqref: string;
  type: 'list' | 'date';
  /** For a list, its values; for a date, the day a date must come after. */
  list?: readonly string[];
  after?: Date;
  allowBlank: boolean;
  /** The title and text of the message shown for a value that fails. */
  errorTitle: string;
  error: string;
}

/** The Excel serial day number of a UTC day (days since 1899-12-30, Excel's 1900 date system). */
const serialDay = (d: Date) => Math.round(d.getTime() / 86_400_000) + 25_569;

/** The <dataValidations> element of the sheet named `sheet`. */
export function dataValidations(sheet: string, validations: readonly Validation[]): Feature<FileContent> {
  const markup = validations.map((v) => {
    const attributes = {
      type: v.type,
      ...(v.type === 'date' ? { operator: 'greaterThan' } : {}),
      allowBlank: v.allowBlank ? 1 : 0,
      showErrorMessage: 1,
      errorTitle: v.errorTitle,
      error: v.error,
      sqref: v.sqref,
    };
    // A list is given inline, as one quoted text of comma-separated values (at most 255 characters).
    const formula = v.type === 'list' ? `"${(v.list ?? []).join(',')}"` : String(serialDay(v.after ?? new Date(0)));
    return `${getOpeningTagMarkup('dataValidation', attributes)}<formula1>${sanitizeTextContent(formula)}</formula1></dataValidation>`;
  });
  const element = `<dataValidations count="${validations.length}">${markup.join('')}</dataValidations>`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, options) =>
            options.sheet !== sheet || validations.length === 0
              ? xml
              : insertElementMarkupAccordingToOrderOfSiblings(xml, element, WORKSHEET_ORDER, 'worksheet'),
        },
      },
    },
  };
}
