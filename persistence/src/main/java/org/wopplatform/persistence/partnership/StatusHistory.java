package org.wopplatform.persistence.partnership;

import java.time.LocalDate;
import java.util.List;

import org.wopplatform.domain.partnership.PartnershipStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partnership's status history (table {@code partnership_status_change}), from which
 * a year's report reads the status a partnership had at the year's end. A record that has
 * no recorded history yet reads one derived from its dates (view
 * {@code partnership_status_timeline}); its first recorded change keeps that derived
 * history before the change, so that the years before it keep their status.
 */
@Repository
public class StatusHistory {

	/** A status entered on a day; {@code derived} when reconstructed, not recorded. */
	public record Entry(int position, PartnershipStatus status, LocalDate from, boolean derived) {
	}

	private final JdbcClient jdbc;

	StatusHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The history as it reads now: recorded, or derived from the record's dates. */
	@Transactional(readOnly = true)
	public List<Entry> of(long partnershipId) {
		return jdbc.sql("""
				select position, status, changed_on,
				       not exists (select 1 from partnership_status_change c where c.partnership_id = :id)
				from partnership_status_timeline where partnership_id = :id order by position""")
			.param("id", partnershipId)
			.query((rs, n) -> new Entry(rs.getInt(1), PartnershipStatus.valueOf(rs.getString(2)),
					rs.getDate(3).toLocalDate(), rs.getBoolean(4)))
			.list();
	}

	/**
	 * Records a change of status that took effect on a day, inside the caller's
	 * transaction (after the change itself was saved); {@code before} is the history as
	 * it read before the change, kept first when it was only derived.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long partnershipId, List<Entry> before, PartnershipStatus status, LocalDate on) {
		int next = 0;
		for (Entry entry : before) {
			if (entry.derived()) {
				jdbc.sql("""
						insert into partnership_status_change (partnership_id, position, status, changed_on, derived)
						values (:id, :position, :status, :on, true)""")
					.param("id", partnershipId)
					.param("position", entry.position())
					.param("status", entry.status().name())
					.param("on", entry.from())
					.update();
			}
			next = Math.max(next, entry.position() + 1);
		}
		jdbc.sql("""
				insert into partnership_status_change (partnership_id, position, status, changed_on)
				values (:id, :position, :status, :on)""")
			.param("id", partnershipId)
			.param("position", next)
			.param("status", status.name())
			.param("on", on)
			.update();
	}

}
