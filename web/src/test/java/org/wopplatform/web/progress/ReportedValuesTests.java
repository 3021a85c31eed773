package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.web.progress.ReportedValues.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** Values as the report form and bulk entry both read them, in plain JUnit. */
class ReportedValuesTests {

	private final Indicator nrw = new Indicator(1, "IBNET_6_1", "NRW", "%", BetterDirection.LOWER, Cadence.YEARLY);

	private final Indicator connections = new Indicator(1, null, "Connections", "connections", BetterDirection.HIGHER,
			Cadence.YEARLY);

	@Test
	void aValueIsReadInTheReadersNumberFormat() {
		assertThat(ReportedValues.read(nrw, null, "31,5", Locale.FRENCH).value()).isEqualByComparingTo("31.5");
		assertThat(ReportedValues.read(nrw, null, "31.5", Locale.ENGLISH).value()).isEqualByComparingTo("31.5");
		assertThat(ReportedValues.read(connections, null, "12,500", Locale.ENGLISH).value())
			.isEqualByComparingTo("12500");
	}

	@Test
	void aNumberTheSpreadsheetStoredIsTakenAsItIs() {
		assertThat(ReportedValues.read(nrw, new BigDecimal("28.25"), "ignored", Locale.FRENCH).value())
			.isEqualByComparingTo("28.25");
	}

	@Test
	void aBlankValueIsNoValueAndNoProblem() {
		ReportedValues.Read read = ReportedValues.read(nrw, null, "  ", Locale.ENGLISH);

		assertThat(read.value()).isNull();
		assertThat(read.problem()).isNull();
	}

	@Test
	void textThatIsNotANumberAndAPercentageAbove100AreRefused() {
		assertThat(ReportedValues.read(nrw, null, "about 30", Locale.ENGLISH).problem())
			.isEqualTo(Problem.NOT_A_NUMBER);
		assertThat(ReportedValues.read(nrw, null, "1.500.5", Locale.FRENCH).problem()).isEqualTo(Problem.NOT_A_NUMBER);
		assertThat(ReportedValues.read(nrw, null, "140", Locale.ENGLISH).problem()).isEqualTo(Problem.OUT_OF_RANGE);
		assertThat(ReportedValues.read(connections, null, "140", Locale.ENGLISH).problem()).isNull();
	}

	@Test
	void withoutAKnownIndicatorOnlyTheNumberIsChecked() {
		assertThat(ReportedValues.read(null, null, "140", Locale.ENGLISH).problem()).isNull();
		assertThat(ReportedValues.read(null, null, "x", Locale.ENGLISH).problem()).isEqualTo(Problem.NOT_A_NUMBER);
	}

	@Test
	void aCommentIsPlainTextOfAtMost2000Characters() {
		assertThat(ReportedValues.commentProblem(null)).isEmpty();
		assertThat(ReportedValues.commentProblem("Water balance done\nby the NRW unit")).isEmpty();
		assertThat(ReportedValues.commentProblem("x".repeat(2001))).contains("report.comment.tooLong");
		assertThat(ReportedValues.commentProblem("a\u0000b")).contains("text.controlCharacter");
		assertThat(ReportedValues.commentProblem("\u202eabc")).contains("text.directionOverride");
	}

}
