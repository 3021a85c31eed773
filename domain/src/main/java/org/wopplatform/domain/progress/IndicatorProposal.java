package org.wopplatform.domain.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.reference.BetterDirection;

/**
 * An indicator a partnership's utility staff propose for its results framework: it waits
 * until a coordinator of the region or the secretariat accepts it (it then becomes an
 * indicator of the framework) or declines it with a reason the proposer reads. A waiting
 * or declined proposal is never part of a report.
 */
@Entity
@Table(name = "indicator_proposal")
public class IndicatorProposal {

	/** Where a proposal stands. */
	public enum Status {

		PROPOSED, ACCEPTED, DECLINED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_proposal_seq")
	@SequenceGenerator(name = "indicator_proposal_seq", sequenceName = "indicator_proposal_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "partnership_id")
	private long partnershipId;

	@Column(name = "kpi_code")
	private @Nullable String kpiCode;

	private String name;

	private @Nullable String unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "better_direction")
	private @Nullable BetterDirection betterDirection;

	private @Nullable BigDecimal baselineValue;

	private @Nullable BigDecimal targetValue;

	@Enumerated(EnumType.STRING)
	private Status status;

	private long proposedBy;

	private Instant proposedAt;

	private @Nullable Long decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String declineReason;

	private @Nullable Long indicatorId;

	protected IndicatorProposal() {
	}

	public IndicatorProposal(long partnershipId, @Nullable String kpiCode, String name, @Nullable String unit,
			@Nullable BetterDirection betterDirection, @Nullable BigDecimal baselineValue,
			@Nullable BigDecimal targetValue, long proposedBy, Instant proposedAt) {
		if (name == null || name.isBlank()) {
			throw new DomainRuleViolation("indicator.name.required", "An indicator needs a name");
		}
		this.partnershipId = partnershipId;
		this.kpiCode = kpiCode;
		this.name = name.strip();
		this.unit = unit;
		this.betterDirection = betterDirection;
		this.baselineValue = baselineValue;
		this.targetValue = targetValue;
		this.status = Status.PROPOSED;
		this.proposedBy = proposedBy;
		this.proposedAt = Objects.requireNonNull(proposedAt);
	}

	/** Accepted: the framework now has the indicator made from it. */
	public void accept(long indicatorId, long by, Instant at) {
		requireWaiting();
		this.status = Status.ACCEPTED;
		this.indicatorId = indicatorId;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/** Declined, with the reason the proposer reads. */
	public void decline(@Nullable String reason, long by, Instant at) {
		requireWaiting();
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleViolation("proposal.reason.required", "A declined proposal says why");
		}
		this.status = Status.DECLINED;
		this.declineReason = reason.strip();
		this.decidedBy = by;
		this.decidedAt = at;
	}

	private void requireWaiting() {
		if (status != Status.PROPOSED) {
			throw new DomainRuleViolation("proposal.rule.decided", "The proposal was already decided");
		}
	}

	public @Nullable Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public long partnershipId() {
		return partnershipId;
	}

	public @Nullable String kpiCode() {
		return kpiCode;
	}

	public String name() {
		return name;
	}

	public @Nullable String unit() {
		return unit;
	}

	public @Nullable BetterDirection betterDirection() {
		return betterDirection;
	}

	public @Nullable BigDecimal baselineValue() {
		return baselineValue;
	}

	public @Nullable BigDecimal targetValue() {
		return targetValue;
	}

	public Status status() {
		return status;
	}

	public long proposedBy() {
		return proposedBy;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	public @Nullable Long decidedBy() {
		return decidedBy;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	public @Nullable String declineReason() {
		return declineReason;
	}

	public @Nullable Long indicatorId() {
		return indicatorId;
	}

}
