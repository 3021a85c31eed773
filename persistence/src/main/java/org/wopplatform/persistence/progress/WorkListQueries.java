package org.wopplatform.persistence.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.capacity.CapacityFocus;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.partnership.LateFilter;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people have to do with progress reports, within their own work scope (their
 * utility's partnerships, their region's, or all): the running partnerships that owe a
 * report or are late with one (for the reminders), and the indicators and capacity
 * dimensions of the scope (for bulk entry). The start pages' queues are
 * {@link WorkQueues}.
 */
@Repository
@Transactional(readOnly = true)
public class WorkListQueries {

	@PersistenceContext
	private EntityManager entityManager;

	/** Whose work: a utility's partnerships, a platform's, or everything (both empty). */
	public record WorkScope(@Nullable Long organisationId, @Nullable String platformCode) {

		/**
		 * The work of the reader the partnerships are read for; only a signed-in reader
		 * has work (the public's scope is refused rather than read as "everything").
		 */
		public static WorkScope of(org.wopplatform.persistence.partnership.ReadScope scope) {
			if (!scope.all() && scope.platformCode() == null && scope.organisationId() == null) {
				throw new IllegalArgumentException("Work lists are for signed-in people");
			}
			return new WorkScope(scope.organisationId(), scope.platformCode());
		}

		String condition() {
			if (organisationId != null) {
				return "exists (select 1 from Participant wx where wx.partnership = p and wx.organisation.id = :scopeOrganisation)";
			}
			if (platformCode != null) {
				return "rp.code = :scopePlatform";
			}
			return "1 = 1";
		}

		void bind(jakarta.persistence.Query query) {
			if (organisationId != null) {
				query.setParameter("scopeOrganisation", organisationId);
			}
			else if (platformCode != null) {
				query.setParameter("scopePlatform", platformCode);
			}
		}

	}

	/** A partnership that owes a report, for the period it owes. */
	public record Owing(long id, String title, ReportingPeriod period) {
	}

	/**
	 * Partnerships of the scope that are late with their reports, as the filter judges
	 * them (overdue, or inactive); the period is the last one judged for its cadence.
	 */
	public List<Owing> late(WorkScope scope, LateFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		String condition = filter.condition(parameters);
		TypedQuery<Object[]> query = entityManager.createQuery(
				"select p.id, p.title, p.reportingCadence from Partnership p left join p.regionalPlatform rp where "
						+ condition + " and " + scope.condition() + " order by p.title",
				Object[].class);
		parameters.forEach(query::setParameter);
		scope.bind(query);
		return query.setMaxResults(500)
			.getResultList()
			.stream()
			.map(r -> new Owing((Long) r[0], (String) r[1],
					r[2] == Cadence.YEARLY ? filter.yearly().last() : filter.halfYearly().last()))
			.toList();
	}

	/**
	 * Partnerships of the scope under way whose report for the period just ended (of
	 * their cadence) has not been submitted yet, while it is still within its grace
	 * period.
	 * @param yearly the year just ended, or null when its report is already late
	 * @param halfYearly the half-year just ended, or null when its report is already late
	 */
	public List<Owing> due(WorkScope scope, @Nullable ReportingPeriod yearly, @Nullable ReportingPeriod halfYearly) {
		if (yearly == null && halfYearly == null) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		String cadences = dueCondition(yearly, halfYearly, parameters);
		TypedQuery<Object[]> query = entityManager.createQuery("""
				select p.id, p.title, p.reportingCadence from Partnership p left join p.regionalPlatform rp
				where p.status in (org.wopplatform.domain.partnership.PartnershipStatus.IMPLEMENTATION,
				                   org.wopplatform.domain.partnership.PartnershipStatus.FINALISATION) and ("""
				+ cadences + ") and " + scope.condition() + " order by p.title", Object[].class);
		parameters.forEach(query::setParameter);
		scope.bind(query);
		return query.setMaxResults(500)
			.getResultList()
			.stream()
			.map(r -> new Owing((Long) r[0], (String) r[1], r[2] == Cadence.YEARLY ? yearly : halfYearly))
			.toList();
	}

	/**
	 * The JPQL condition on partnership {@code p} of {@link #due}: under way is checked
	 * by the caller; here its cadence's period has ended, it had started by then, and no
	 * report for that period was sent. "1 = 0" when no period is due.
	 */
	static String dueCondition(@Nullable ReportingPeriod yearly, @Nullable ReportingPeriod halfYearly,
			Map<String, Object> parameters) {
		StringBuilder cadences = new StringBuilder();
		for (ReportingPeriod period : new ReportingPeriod[] { yearly, halfYearly }) {
			if (period == null) {
				continue;
			}
			String key = period.half() == 0 ? "dy" : "dh";
			cadences.append(cadences.isEmpty() ? "" : " or ")
				.append("(p.reportingCadence = :" + key
						+ "Cadence and coalesce(p.actualStart.date, p.plannedStart.date) <= :" + key
						+ "End and not exists (select 1 from ProgressReport " + key + " where " + key
						+ ".partnershipId = p.id and " + key + ".period.year = :" + key + "Year and " + key
						+ ".period.half = :" + key + "Half and " + key + ".status in (" + SENT + ")))");
			parameters.put(key + "Cadence", period.cadence());
			parameters.put(key + "End", period.end());
			parameters.put(key + "Year", period.year());
			parameters.put(key + "Half", period.half());
		}
		return cadences.isEmpty() ? "1 = 0" : cadences.toString();
	}

	/** An indicator of a partnership under way, with what identifies both in a sheet. */
	public record ScopedIndicator(long partnershipId, String referenceCode, String partnershipTitle, Cadence cadence,
			long indicatorId, String name, @Nullable String unit) {
	}

	/** The indicators of the scope's partnerships under way, by partnership title. */
	public List<ScopedIndicator> indicators(WorkScope scope) {
		TypedQuery<ScopedIndicator> query = entityManager.createQuery("""
				select new org.wopplatform.persistence.progress.WorkListQueries$ScopedIndicator(p.id, p.referenceCode,
				    p.title, p.reportingCadence, i.id, i.name, i.unit)
				from Indicator i, Partnership p left join p.regionalPlatform rp
				where i.partnershipId = p.id
				  and p.status in (org.wopplatform.domain.partnership.PartnershipStatus.IMPLEMENTATION,
				                   org.wopplatform.domain.partnership.PartnershipStatus.FINALISATION) and\s"""
				+ scope.condition() + " order by p.titleOrder, p.id, i.id", ScopedIndicator.class);
		scope.bind(query);
		return query.getResultList();
	}

	/**
	 * A capacity dimension a partnership under way in the scope works on, with what the
	 * bulk-entry template shows of its partnership.
	 */
	public record ScopedFocus(long partnershipId, String referenceCode, String partnershipTitle, Cadence cadence,
			CapacityFocus focus) {

		public long focusId() {
			return java.util.Objects.requireNonNull(focus.id());
		}

	}

	/**
	 * The capacity dimensions of the scope's partnerships under way, by partnership title
	 * and working area.
	 */
	public List<ScopedFocus> capacityFocuses(WorkScope scope) {
		TypedQuery<ScopedFocus> query = entityManager.createQuery(
				"""
						select new org.wopplatform.persistence.progress.WorkListQueries$ScopedFocus(p.id, p.referenceCode,
						    p.title, p.reportingCadence, f)
						from CapacityFocus f, Partnership p left join p.regionalPlatform rp
						where f.partnershipId = p.id
						  and p.status in (org.wopplatform.domain.partnership.PartnershipStatus.IMPLEMENTATION,
						                   org.wopplatform.domain.partnership.PartnershipStatus.FINALISATION) and\s"""
						+ scope.condition() + " order by p.titleOrder, p.id, f.workingAreaCode, f.id",
				ScopedFocus.class);
		scope.bind(query);
		return query.getResultList();
	}

	private static final String SENT = "org.wopplatform.domain.progress.ReportStatus.SUBMITTED, "
			+ "org.wopplatform.domain.progress.ReportStatus.APPROVED";

}
