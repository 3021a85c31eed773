package org.wopplatform.reporting.table;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wopplatform.reporting.table.Tables.ReadRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tables as bulk entry reads them back, in plain JUnit. */
class TablesTests {

	private static List<ReadRow> read(String csv) throws Tables.UnreadableTable {
		return Tables.read(csv.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aCsvSavedBySpreadsheetsInEuropeIsReadWithItsSemicolonsAndByteOrderMark() throws Exception {
		List<ReadRow> rows = read("\uFEFFindicator_id;period;value\n800101;2024;31,5\n");

		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).cell(0).text()).isEqualTo("800101");
		assertThat(rows.get(1).cell(2).text()).isEqualTo("31,5");
		assertThat(rows.get(1).number()).isEqualTo(2);
		assertThat(rows.get(1).cell(9).isBlank()).as("a missing cell is blank").isTrue();
	}

	@Test
	void whatWasWrittenReadsBackTheSameFormulaLikeTextIncluded() throws Exception {
		for (TableFormat format : TableFormat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Tables.write(format, "Values", List.of("indicator_id", "comment"),
					List.of(List.<Object>of(new BigDecimal("800101"), "=HYPERLINK(\"x\")")), out);

			List<ReadRow> rows = Tables.read(out.toByteArray());

			assertThat(rows.get(1).cell(1).text()).as(format.name()).isEqualTo("=HYPERLINK(\"x\")");
			assertThat(rows.get(1).cell(0).text()).as(format.name()).startsWith("800101");
		}
	}

	@Test
	void aFileLongerThanTheLimitIsRefusedSayingItIsTooLong() {
		StringBuilder csv = new StringBuilder("indicator_id,period,value\n");
		for (int row = 0; row < Tables.MAX_ROWS; row++) {
			csv.append("1,2024,1\n");
		}

		assertThatThrownBy(() -> read(csv.toString())).isInstanceOfSatisfying(Tables.UnreadableTable.class,
				ex -> assertThat(ex.tooManyRows()).isTrue());
	}

	@Test
	void textThatIsNotUtf8OrAnOldExcelFileIsUnreadableButNotTooLong() {
		assertThatThrownBy(() -> Tables.read(new byte[] { (byte) 0xff, (byte) 0xfe, 0x41 }))
			.isInstanceOfSatisfying(Tables.UnreadableTable.class, ex -> assertThat(ex.tooManyRows()).isFalse());
		byte[] oldExcel = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThatThrownBy(() -> Tables.read(oldExcel)).isInstanceOf(Tables.UnreadableTable.class);
	}

}
