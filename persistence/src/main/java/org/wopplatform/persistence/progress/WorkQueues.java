package org.wopplatform.persistence.progress;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.partnership.LateActivities;
import org.wopplatform.persistence.partnership.LateFilter;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;
import org.wopplatform.persistence.version.Recount;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queues of the people who follow partnerships (coordinators and the secretariat),
 * within a work scope: reports to review (not the reader's own) and returned ones,
 * partnerships whose report is due, overdue or inactive, and those with late activities.
 * All their sizes in one statement, the first rows of a queue in one, and a page of a
 * queue in two (its rows, then its size), whatever the number of rows. Each answer is
 * kept until the data changes ({@link Recount}): the queues' conditions read every
 * running partnership's reports (0.1–0.2 s at 50,000 partnerships), and people open their
 * start page far more often than the data changes.
 */
@Repository
@Transactional(readOnly = true)
public class WorkQueues {

	/** The queues, in the order the start page shows them. */
	public enum Queue {

		TO_REVIEW, RETURNED, DUE, OVERDUE, INACTIVE, LATE_ACTIVITIES;

		public boolean ofReports() {
			return this == TO_REVIEW || this == RETURNED;
		}

	}

	/**
	 * What the queues are judged by on a day: who reads (their own submissions are not
	 * theirs to review), the periods just ended that are due, and the lateness rules.
	 */
	public record Day(long reader, @Nullable ReportingPeriod dueYearly, @Nullable ReportingPeriod dueHalfYearly,
			LateFilter overdue, LateFilter inactive, LateActivities lateActivities) {
	}

	/**
	 * A row of a queue: a report (with its period, when it was submitted or returned and
	 * the reviewer's comment) or a partnership (with the period it owes, if any).
	 */
	public record Row(long partnershipId, String partnershipTitle, @Nullable Long reportId,
			@Nullable ReportingPeriod period, @Nullable Instant submittedAt, @Nullable Instant reviewedAt,
			@Nullable String reviewerComment) {
	}

	public static final int PAGE_SIZE = 25;

	@PersistenceContext
	private EntityManager entityManager;

	private final Recount recount;

	WorkQueues(Recount recount) {
		this.recount = recount;
	}

	/** The size of every queue, in one statement. */
	public Map<Queue, Long> counts(WorkScope scope, Day day) {
		Map<String, Object> parameters = new HashMap<>();
		StringBuilder select = new StringBuilder("select ");
		for (Queue queue : Queue.values()) {
			select.append(queue.ordinal() == 0 ? "" : ", ")
				.append('(')
				.append(countOf(queue, scope, day, parameters))
				.append(')');
		}
		Object[] row = recount.keep(Arrays.asList("queues", select.toString(), parameters, scope), () -> {
			Query query = entityManager.createQuery(select.toString());
			parameters.forEach(query::setParameter);
			scope.bind(query);
			return (Object[]) query.getSingleResult();
		});
		Map<Queue, Long> counts = new EnumMap<>(Queue.class);
		for (Queue queue : Queue.values()) {
			counts.put(queue, ((Number) row[queue.ordinal()]).longValue());
		}
		return counts;
	}

	/** The first rows of a queue, in its order. */
	public List<Row> first(Queue queue, WorkScope scope, Day day, int limit) {
		return rows(queue, scope, day, 0, limit);
	}

	/**
	 * A page of a queue (from 1; a page past the end is empty), with the queue's size.
	 */
	public Page<Row> page(Queue queue, WorkScope scope, Day day, int page) {
		int index = Math.min(Math.max(page, 1), 10_000) - 1;
		List<Row> rows = rows(queue, scope, day, index * PAGE_SIZE, PAGE_SIZE);
		Map<String, Object> parameters = new HashMap<>();
		String counting = countOf(queue, scope, day, parameters);
		long total = recount.count(Arrays.asList(counting, parameters, scope), () -> {
			Query count = entityManager.createQuery(counting);
			parameters.forEach(count::setParameter);
			scope.bind(count);
			return ((Number) count.getSingleResult()).longValue();
		});
		return new PageImpl<>(rows, PageRequest.of(index, PAGE_SIZE), total);
	}

	private List<Row> rows(Queue queue, WorkScope scope, Day day, int offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String condition = condition(queue, scope, day, parameters);
		String select;
		if (queue.ofReports()) {
			select = "select p.id, p.title, r.id, r.period.year, r.period.half, r.submittedAt,"
					+ " r.reviewedAt, r.reviewerComment " + REPORTS + condition
					+ (queue == Queue.TO_REVIEW ? " order by r.submittedAt asc nulls last, r.id"
							: " order by r.reviewedAt desc nulls last, r.id desc");
		}
		else {
			select = "select p.id, p.title, p.reportingCadence " + PARTNERSHIPS + condition
					+ " order by p.titleOrder, p.id";
		}
		return recount.keep(Arrays.asList("rows", select, parameters, scope, offset, limit), () -> {
			Query query = entityManager.createQuery(select);
			parameters.forEach(query::setParameter);
			scope.bind(query);
			@SuppressWarnings("unchecked")
			List<Object[]> found = query.setFirstResult(offset).setMaxResults(limit).getResultList();
			return found.stream().map(r -> queue.ofReports() ? reportRow(r) : partnershipRow(queue, day, r)).toList();
		});
	}

	private static Row reportRow(Object[] r) {
		return new Row((Long) r[0], (String) r[1], (Long) r[2], new ReportingPeriod((Integer) r[3], (Integer) r[4]),
				(Instant) r[5], (Instant) r[6], (String) r[7]);
	}

	private static Row partnershipRow(Queue queue, Day day, Object[] r) {
		boolean yearly = r[2] == Cadence.YEARLY;
		ReportingPeriod period = switch (queue) {
			case DUE -> yearly ? day.dueYearly() : day.dueHalfYearly();
			case OVERDUE -> yearly ? day.overdue().yearly().last() : day.overdue().halfYearly().last();
			case INACTIVE -> yearly ? day.inactive().yearly().last() : day.inactive().halfYearly().last();
			default -> null;
		};
		return new Row((Long) r[0], (String) r[1], null, period, null, null, null);
	}

	private static final String REPORTS = " from ProgressReport r, Partnership p left join p.regionalPlatform rp"
			+ " where r.partnershipId = p.id and ";

	private static final String PARTNERSHIPS = " from Partnership p left join p.regionalPlatform rp where ";

	private static String countOf(Queue queue, WorkScope scope, Day day, Map<String, Object> parameters) {
		return "select count(*)" + (queue.ofReports() ? REPORTS : PARTNERSHIPS)
				+ condition(queue, scope, day, parameters);
	}

	/**
	 * The queue's condition within the scope; the lateness conditions are those of the
	 * partnership search and of the reminders, so the counts agree with both.
	 */
	private static String condition(Queue queue, WorkScope scope, Day day, Map<String, Object> parameters) {
		String running = "p.status in (org.wopplatform.domain.partnership.PartnershipStatus.IMPLEMENTATION,"
				+ " org.wopplatform.domain.partnership.PartnershipStatus.FINALISATION)";
		String condition = switch (queue) {
			case TO_REVIEW -> {
				parameters.put("reader", day.reader());
				yield "r.status = org.wopplatform.domain.progress.ReportStatus.SUBMITTED"
						+ " and (r.submittedBy is null or r.submittedBy <> :reader)";
			}
			case RETURNED -> "r.status = org.wopplatform.domain.progress.ReportStatus.RETURNED";
			case DUE -> running + " and ("
					+ WorkListQueries.dueCondition(day.dueYearly(), day.dueHalfYearly(), parameters) + ")";
			case OVERDUE -> day.overdue().condition(parameters);
			case INACTIVE -> day.inactive().condition(parameters);
			case LATE_ACTIVITIES -> running + " and " + day.lateActivities().condition(parameters);
		};
		return "(" + condition + ") and " + scope.condition();
	}

}
