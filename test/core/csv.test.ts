import { expect } from '@open-wc/testing';
import { parseCsv, sniffDelimiter } from '../../src/core/data/csv.js';
import { parseColumnsAttribute, normalizeHeader } from '../../src/core/data/columns.js';
import { mapCsvColumns } from '../../src/core/data/csv-columns.js';
import { OgDataError } from '../../src/core/data/errors.js';

describe('sniffDelimiter', () => {
  it('tells ; from , when decimals use commas', () => {
    expect(sniffDelimiter('code;libellé;montant\n1;Salaires;1,5\n2;Loyers;2,25\n')).to.equal(';');
  });
  it('reads commas', () => {
    expect(sniffDelimiter('code,label,amount\n1,Salaries,1.5\n2,"Rent, offices",2\n')).to.equal(',');
  });
  it('reads tabs', () => {
    expect(sniffDelimiter('code\tlabel\tamount\n1\tSalaries\t1,5\n')).to.equal('\t');
  });
});

describe('parseCsv', () => {
  it('reads a French spreadsheet export: BOM, ;, quotes, CRLF, blank rows, row numbers', () => {
    const text =
      '\uFEFFid;Titre;Montant\r\na;Audit interne;12\u202F500,000\r\n;;\r\nb;"Archives; ""numériques""";3 000,5\r\n';
    const table = parseCsv(text);
    expect(table.delimiter).to.equal(';');
    expect(table.headers).to.deep.equal(['id', 'Titre', 'Montant']);
    expect(table.rows.map((row) => row.row)).to.deep.equal([2, 4]);
    expect(table.rows[1]!.cells[1]).to.equal('Archives; "numériques"');
  });

  it('keeps line breaks inside quoted fields', () => {
    const table = parseCsv('id,description\n1,"first line\nsecond line"\n2,plain\n');
    expect(table.rows[0]!.cells[1]).to.equal('first line\nsecond line');
    expect(table.rows[1]!.row, 'spreadsheet rows count records, not lines').to.equal(3);
  });

  it("honours Excel's sep= line", () => {
    const table = parseCsv('sep=|\r\na|b\r\n1|2\r\n');
    expect(table.delimiter).to.equal('|');
    expect(table.headers).to.deep.equal(['a', 'b']);
    expect(table.rows[0]!.row).to.equal(3);
  });

  it('skips a title line above the header when the expected headers are known', () => {
    const table = parseCsv('Budget 2026 — Commune du Kef;;\n;;\nid;Titre;Montant\na;x;1\n', {
      expectedHeaders: ['titre'],
    });
    expect(table.headers).to.deep.equal(['id', 'Titre', 'Montant']);
    expect(table.rows[0]!.row).to.equal(4);
  });

  it('skips a title line even without expected headers', () => {
    const table = parseCsv('Budget 2026 — Commune du Kef;;\n;;\nid;Titre;Montant\na;x;1\nb;y;2\n');
    expect(table.headers).to.deep.equal(['id', 'Titre', 'Montant']);
  });

  it('sniffs a whole short file without dropping its last row', () => {
    const table = parseCsv('Code;Crédits ouverts, 2026;Réalisé, 2026;Taux, %\n1;12,5;10,5;84\n');
    expect(table.delimiter).to.equal(';');
    expect(table.headers).to.have.length(4);
  });

  it('reads Arabic headers', () => {
    const table = parseCsv('الرمز;العنوان;المبلغ\n1;الأجور;1500\n');
    expect(table.headers).to.deep.equal(['الرمز', 'العنوان', 'المبلغ']);
  });

  it('fails clearly on an empty file', () => {
    expect(() => parseCsv('\uFEFF\n\n')).to.throw(OgDataError, /empty/);
  });
});

describe('column mapping', () => {
  const table = parseCsv('Code;Libellé;Réalisé 2025\n1;Salaires;10\n');

  it('reads the columns attribute as pairs or JSON', () => {
    expect(parseColumnsAttribute('code: Code; label = Libellé ; executed: Réalisé 2025')).to.deep.equal({
      code: 'Code',
      label: 'Libellé',
      executed: 'Réalisé 2025',
    });
    expect(parseColumnsAttribute('{"label":"Libellé"}')).to.deep.equal({ label: 'Libellé' });
    expect(() => parseColumnsAttribute('label Libellé')).to.throw(OgDataError);
    expect(() => parseColumnsAttribute('{"label":')).to.throw(OgDataError);
  });

  it('maps headers ignoring case and accents, and through aliases', () => {
    const mapped = mapCsvColumns(
      table,
      [{ name: 'code' }, { name: 'label', aliases: ['libelle'] }, { name: 'executed' }],
      {
        executed: 'realise 2025',
      },
    );
    expect(mapped.rows[0]!.values).to.deep.equal({ code: '1', label: 'Salaires', executed: '10' });
    expect(mapped.headerOf.executed).to.equal('Réalisé 2025');
  });

  it('names the missing columns and the headers the file has', () => {
    try {
      mapCsvColumns(table, [{ name: 'allocated', required: true }], { label: 'Intitulé' });
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(OgDataError);
      const failure = error as OgDataError;
      expect(failure.kind).to.equal('validation');
      expect(failure.problems.map((problem) => problem.field)).to.deep.equal(['allocated']);
      expect(failure.detail).to.contain('"Libellé"');
    }
  });

  it('normalizes headers for matching', () => {
    expect(normalizeHeader('  Crédits_INITIAUX ')).to.equal('credits initiaux');
    expect(normalizeHeader('المبلغ\u200F')).to.equal(normalizeHeader('المبلغ'));
  });
});
