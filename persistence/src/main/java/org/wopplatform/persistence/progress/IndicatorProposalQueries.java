package org.wopplatform.persistence.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.progress.IndicatorProposal;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator proposals as pages list them: a partnership's (latest first, bounded), and
 * those waiting for a decision within a work scope (a count and the first rows, for a
 * start page). One statement per list.
 */
@Repository
@Transactional(readOnly = true)
public class IndicatorProposalQueries {

	/** At most this many proposals of one partnership are listed. */
	public static final int LISTED = 50;

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * A proposal with its partnership and the names of the people who made and decided
	 * it.
	 */
	public record ProposalRow(long id, long partnershipId, String partnershipTitle, String name, @Nullable String unit,
			@Nullable BetterDirection betterDirection, @Nullable BigDecimal baselineValue,
			@Nullable BigDecimal targetValue, IndicatorProposal.Status status, String proposedBy, Instant proposedAt,
			@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String declineReason, long version) {
	}

	/** Proposals waiting in a scope: how many, and the oldest first few. */
	public record Waiting(long count, List<ProposalRow> first) {
	}

	/** A proposal row's values, in the order of {@link ProposalRow}'s components. */
	private static final String FIELDS = """
			ip.id, p.id, p.title, ip.name, ip.unit, ip.betterDirection, ip.baselineValue, ip.targetValue, ip.status,
			    proposer.displayName, ip.proposedAt, decider.displayName, ip.decidedAt, ip.declineReason, ip.version""";

	private static final String FROM = """
			 from IndicatorProposal ip join Partnership p on p.id = ip.partnershipId
			    left join p.regionalPlatform rp
			    join UserAccount proposer on proposer.id = ip.proposedBy
			    left join UserAccount decider on decider.id = ip.decidedBy
			""";

	private static final String SELECT = "select new org.wopplatform.persistence.progress.IndicatorProposalQueries$ProposalRow("
			+ FIELDS + ")" + FROM;

	/** A row and how many rows the statement found in all (before its limit). */
	private record Counted(ProposalRow row, long total) {

		@SuppressWarnings("unused") // made by Hibernate (select new)
		Counted(long id, long partnershipId, String partnershipTitle, String name, @Nullable String unit,
				@Nullable BetterDirection betterDirection, @Nullable BigDecimal baselineValue,
				@Nullable BigDecimal targetValue, IndicatorProposal.Status status, String proposedBy,
				Instant proposedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
				@Nullable String declineReason, long version, long total) {
			this(new ProposalRow(id, partnershipId, partnershipTitle, name, unit, betterDirection, baselineValue,
					targetValue, status, proposedBy, proposedAt, decidedBy, decidedAt, declineReason, version), total);
		}

	}

	/** A partnership's proposals, waiting ones first, then the latest decided. */
	public List<ProposalRow> ofPartnership(long partnershipId) {
		return entityManager.createQuery(SELECT + """
				where ip.partnershipId = :partnershipId
				order by case when ip.status = org.wopplatform.domain.progress.IndicatorProposal.Status.PROPOSED
				    then 0 else 1 end, ip.proposedAt desc, ip.id desc""", ProposalRow.class)
			.setParameter("partnershipId", partnershipId)
			.setMaxResults(LISTED)
			.getResultList();
	}

	/**
	 * The proposals waiting for a decision in a work scope (a region's, all): their count
	 * and the oldest {@code first} (at least one) of them. One statement whatever their
	 * number: each row carries the count of all ({@code count(…) over ()}, counted before
	 * the limit), where a statement of its own cost a round trip on every start page of
	 * the coordinators and the secretariat.
	 */
	public Waiting waiting(WorkScope scope, int first) {
		if (first < 1) {
			throw new IllegalArgumentException("At least one row, to carry the count: " + first);
		}
		TypedQuery<Counted> rows = entityManager
			.createQuery("select new org.wopplatform.persistence.progress.IndicatorProposalQueries$Counted(" + FIELDS
					+ ", count(ip) over ())" + FROM + """
							where ip.status = org.wopplatform.domain.progress.IndicatorProposal.Status.PROPOSED and\s"""
					+ scope.condition() + " order by ip.proposedAt, ip.id", Counted.class);
		scope.bind(rows);
		List<Counted> counted = rows.setMaxResults(first).getResultList();
		return new Waiting(counted.isEmpty() ? 0 : counted.get(0).total(), counted.stream().map(Counted::row).toList());
	}

}
