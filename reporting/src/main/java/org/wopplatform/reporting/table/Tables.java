package org.wopplatform.reporting.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Writes tables as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read
 * accents right) or XLSX, and reads them back. Text that a spreadsheet would run as a
 * formula (starting with =, +, - or @) is written with a leading apostrophe.
 */
public final class Tables {

	/** Rows beyond this are refused when reading: a template never has that many. */
	public static final int MAX_ROWS = 20_000;

	private Tables() {
	}

	/** One cell as read: its text, and its number when the file stored a number. */
	public record Cell(String text, @Nullable BigDecimal number) {

		public boolean isBlank() {
			return number == null && text.isBlank();
		}

	}

	/** A row as read, numbered as the spreadsheet shows it (the header is row 1). */
	public record ReadRow(int number, List<Cell> cells) {

		public Cell cell(int column) {
			return column < cells.size() ? cells.get(column) : new Cell("", null);
		}

		public boolean isBlank() {
			return cells.stream().allMatch(Cell::isBlank);
		}

	}

	/** The file is not a table this reader understands. */
	public static class UnreadableTable extends Exception {

		private final boolean tooManyRows;

		public UnreadableTable(String message, @Nullable Throwable cause) {
			this(message, cause, false);
		}

		private UnreadableTable(String message, @Nullable Throwable cause, boolean tooManyRows) {
			super(message, cause);
			this.tooManyRows = tooManyRows;
		}

		/**
		 * Readable, but longer than {@link #MAX_ROWS}: the reader should be told the
		 * limit.
		 */
		public boolean tooManyRows() {
			return tooManyRows;
		}

	}

	public static void write(TableFormat format, String sheetName, List<String> header, List<List<Object>> rows,
			OutputStream out) throws IOException {
		if (format == TableFormat.CSV) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
				printer.printRecord(header);
				for (List<Object> row : rows) {
					printer.printRecord(row.stream().map(Tables::csvValue).toList());
				}
			}
			return;
		}
		Workbook workbook = new Workbook(out, "WOP Platform", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().set();
		}
		for (int r = 0; r < rows.size(); r++) {
			List<Object> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				if (value instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
				else if (value != null) {
					sheet.value(r + 1, c, value.toString());
				}
			}
		}
		sheet.freezePane(0, 1);
		workbook.finish();
	}

	private static @Nullable Object csvValue(@Nullable Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value instanceof BigDecimal number ? number.toPlainString() : value;
	}

	/**
	 * Reads the first sheet of an XLSX file, or a CSV file (UTF-8, with or without a
	 * byte-order mark, comma or semicolon separated), header row included.
	 */
	public static List<ReadRow> read(byte[] content) throws UnreadableTable {
		// The header checks need 8 bytes; a shorter file can only be (a very short) CSV.
		boolean headed = content.length >= 8;
		if (headed && ReadableWorkbook.isOOXMLZipHeader(content)) {
			return readXlsx(content);
		}
		if (headed && ReadableWorkbook.isOLE2Header(content)) {
			throw new UnreadableTable("An old Excel (.xls) file: save it as .xlsx or .csv", null);
		}
		return readCsv(content);
	}

	private static List<ReadRow> readXlsx(byte[] content) throws UnreadableTable {
		List<ReadRow> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) stream::iterator) {
				if (rows.size() >= MAX_ROWS) {
					throw new UnreadableTable("More than " + MAX_ROWS + " rows", null, true);
				}
				List<Cell> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
					if (cell == null) {
						cells.add(new Cell("", null));
					}
					else if (cell.getType() == CellType.NUMBER) {
						BigDecimal number = cell.asNumber();
						cells.add(new Cell(number.toPlainString(), number));
					}
					else {
						cells.add(new Cell(cell.getText() == null ? "" : cell.getText(), null));
					}
				}
				rows.add(new ReadRow(row.getRowNum(), cells));
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableTable("Not a readable XLSX file", ex);
		}
		return rows;
	}

	/** Undoes the apostrophe {@link #write} puts before formula-like text. */
	private static String unescaped(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
				? value.substring(1) : value;
	}

	private static List<ReadRow> readCsv(byte[] content) throws UnreadableTable {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableTable("Not UTF-8 text", ex);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
			.filter(c -> c == ',')
			.count() ? ';' : ',';
		List<ReadRow> rows = new ArrayList<>();
		try (Reader reader = new java.io.StringReader(text)) {
			CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
			int number = 0;
			for (CSVRecord record : format.parse(reader)) {
				number++;
				if (rows.size() >= MAX_ROWS) {
					throw new UnreadableTable("More than " + MAX_ROWS + " rows", null, true);
				}
				List<Cell> cells = new ArrayList<>();
				record.forEach(value -> cells.add(new Cell(unescaped(value), null)));
				rows.add(new ReadRow(number, cells));
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableTable("Not a readable CSV file", ex);
		}
		return rows;
	}

}
