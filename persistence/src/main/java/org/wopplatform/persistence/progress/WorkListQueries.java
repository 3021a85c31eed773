package org.wopplatform.persistence.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.progress.ReportStatus;
import org.wopplatform.domain.progress.ReportingPeriod;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people have to do with progress reports, within their own work scope (their
 * utility's partnerships, their region's, or all): reports in a given state, and the
 * running partnerships with the periods for which they have an approved report.
 */
@Repository
@Transactional(readOnly = true)
public class WorkListQueries {

	@PersistenceContext
	private EntityManager entityManager;

	/** Whose work: a utility's partnerships, a platform's, or everything (both empty). */
	public record WorkScope(@Nullable Long organisationId, @Nullable String platformCode) {

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

	public record ReportRow(long reportId, long partnershipId, String partnershipTitle, int year, int half,
			int revision, ReportStatus status, @Nullable Long submittedBy, @Nullable String reviewerComment) {

		public String period() {
			return new ReportingPeriod(year, half).toString();
		}

	}

	public record RunningPartnership(long id, String title, LocalDate start, Set<ReportingPeriod> approved) {
	}

	public List<ReportRow> reports(WorkScope scope, ReportStatus status) {
		TypedQuery<ReportRow> query = entityManager.createQuery("""
				select new org.wopplatform.persistence.progress.WorkListQueries$ReportRow(r.id, p.id, p.title,
				    r.period.year, r.period.half, r.revision, r.status, r.submittedBy, r.reviewerComment)
				from ProgressReport r, Partnership p left join p.regionalPlatform rp
				where r.partnershipId = p.id and r.status = :status and\s""" + scope.condition()
				+ " order by r.period.year desc, r.period.half desc, p.title", ReportRow.class);
		scope.bind(query);
		return query.setParameter("status", status).setMaxResults(200).getResultList();
	}

	/**
	 * Partnerships under way (implementation or finalisation) with a known start, and
	 * their approved periods.
	 */
	public List<RunningPartnership> running(WorkScope scope) {
		TypedQuery<Object[]> heads = entityManager.createQuery("""
				select p.id, p.title, coalesce(p.actualStart.date, p.plannedStart.date)
				from Partnership p left join p.regionalPlatform rp
				where p.status in (org.wopplatform.domain.partnership.PartnershipStatus.IMPLEMENTATION,
				                   org.wopplatform.domain.partnership.PartnershipStatus.FINALISATION)
				  and coalesce(p.actualStart.date, p.plannedStart.date) is not null and\s""" + scope.condition()
				+ " order by p.title", Object[].class);
		scope.bind(heads);
		List<Object[]> rows = heads.getResultList();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
		Map<Long, Set<ReportingPeriod>> approved = new HashMap<>();
		entityManager.createQuery("""
				select r.partnershipId, r.period.year, r.period.half from ProgressReport r
				where r.status = org.wopplatform.domain.progress.ReportStatus.APPROVED and r.partnershipId in :ids""",
				Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(r -> approved.computeIfAbsent((Long) r[0], k -> new HashSet<>())
				.add(new ReportingPeriod((Integer) r[1], (Integer) r[2])));
		return rows.stream()
			.map(r -> new RunningPartnership((Long) r[0], (String) r[1], (LocalDate) r[2],
					approved.getOrDefault((Long) r[0], Set.of())))
			.toList();
	}

}
