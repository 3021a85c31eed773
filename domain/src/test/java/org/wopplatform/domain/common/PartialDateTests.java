package org.wopplatform.domain.common;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTests {

	@Test
	void aYearCoversTheWholeYear() {
		PartialDate year = PartialDate.year(2018);

		assertThat(year.earliest()).isEqualTo(LocalDate.of(2018, 1, 1));
		assertThat(year.latest()).isEqualTo(LocalDate.of(2018, 12, 31));
		assertThat(year).hasToString("2018");
	}

	@Test
	void aMonthCoversItsDays() {
		assertThat(PartialDate.month(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(PartialDate.month(2024, 2)).hasToString("2024-02");
	}

	@Test
	void overlappingDatesAreNotBeforeEachOther() {
		PartialDate day = PartialDate.day(LocalDate.of(2018, 7, 1));

		assertThat(PartialDate.year(2018).isNotBefore(day)).isTrue();
		assertThat(day.isNotBefore(PartialDate.year(2018))).isTrue();
		assertThat(PartialDate.year(2017).isNotBefore(day)).isFalse();
	}

	@Test
	void aYearMustBeStoredAsItsFirstDay() {
		assertThatThrownBy(() -> new PartialDate(LocalDate.of(2018, 5, 1), DatePrecision.YEAR))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
