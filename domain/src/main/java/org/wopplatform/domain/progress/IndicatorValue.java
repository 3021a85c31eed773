package org.wopplatform.domain.progress;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The value a report gives for one indicator of the results framework, with an optional
 * comment.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_seq")
	@SequenceGenerator(name = "indicator_value_seq", sequenceName = "indicator_value_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id")
	private ProgressReport report;

	@Column(name = "indicator_id")
	private Long indicatorId;

	private BigDecimal value;

	private @Nullable String comment;

	protected IndicatorValue() {
	}

	IndicatorValue(ProgressReport report, long indicatorId, BigDecimal value, @Nullable String comment) {
		this.report = report;
		this.indicatorId = indicatorId;
		this.value = value;
		this.comment = comment;
	}

	void change(BigDecimal value, @Nullable String comment) {
		this.value = value;
		this.comment = comment;
	}

	public long indicatorId() {
		return indicatorId;
	}

	public BigDecimal value() {
		return value;
	}

	public @Nullable String comment() {
		return comment;
	}

}
