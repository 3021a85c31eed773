package org.wopplatform.persistence.progress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.progress.ReportingPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders of due and overdue progress reports: who should hear about a partnership (its
 * utilities' staff and its platform's coordinators, enabled accounts only), one reminder
 * per person, partnership, period and kind, and what each person has been reminded of.
 */
@Repository
@Transactional
public class ReminderStore {

	private final JdbcClient jdbc;

	ReminderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Recipient(long userId, String email, String displayName, String locale, long partnershipId) {
	}

	/** A reminder as its recipient sees it. */
	public record Shown(long partnershipId, String partnershipTitle, ReportingPeriod period, String kind,
			Instant createdAt, @Nullable Instant mailedAt) {
	}

	/** The people who should hear about each of the partnerships, in one query. */
	@Transactional(readOnly = true)
	public List<Recipient> recipients(Collection<Long> partnershipIds) {
		if (partnershipIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct u.id, u.email, u.display_name, u.locale, p.id
				from partnership p
				join user_account u on u.enabled and (
				     (u.role = 'UTILITY_STAFF' and exists (select 1 from participant x
				          where x.partnership_id = p.id and x.organisation_id = u.organisation_id))
				  or (u.role = 'COORDINATOR' and u.regional_platform_code = p.regional_platform_code))
				where p.id in (:ids)
				order by p.id, u.id""")
			.param("ids", partnershipIds)
			.query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.list();
	}

	/**
	 * Records a reminder unless the person already had this one.
	 * @return the new reminder's id, or null when it existed
	 */
	public @Nullable Long remember(long userId, long partnershipId, ReportingPeriod period, String kind, Instant at) {
		return jdbc.sql("""
				insert into reminder (id, user_id, partnership_id, period_year, period_half, kind, created_at)
				values (nextval('reminder_seq'), ?, ?, ?, ?, ?, ?)
				on conflict (user_id, partnership_id, period_year, period_half, kind) do nothing
				returning id""")
			.params(userId, partnershipId, period.year(), period.half(), kind,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	public void mailed(long reminderId, Instant at) {
		jdbc.sql("update reminder set mailed_at = ? where id = ?")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), reminderId)
			.update();
	}

	/** The person's reminders for partnerships still under way, newest first. */
	@Transactional(readOnly = true)
	public List<Shown> of(long userId) {
		return jdbc.sql("""
				select r.partnership_id, p.title, r.period_year, r.period_half, r.kind, r.created_at, r.mailed_at
				from reminder r join partnership p on p.id = r.partnership_id
				where r.user_id = ? and p.status in ('IMPLEMENTATION', 'FINALISATION')
				  and not exists (select 1 from progress_report a where a.partnership_id = r.partnership_id
				      and a.period_year = r.period_year and a.period_half = r.period_half and a.status = 'APPROVED')
				order by r.created_at desc, r.id desc limit 50""")
			.param(userId)
			.query((rs, n) -> new Shown(rs.getLong(1), rs.getString(2), new ReportingPeriod(rs.getInt(3), rs.getInt(4)),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
					rs.getObject(7, OffsetDateTime.class) == null ? null
							: rs.getObject(7, OffsetDateTime.class).toInstant()))
			.list();
	}

}
