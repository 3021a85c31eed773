package org.wopplatform.persistence.brokering;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.brokering.Matching;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the candidate mentors of a support request with every fact the match score
 * needs, in one SQL statement whatever the number of candidates: utilities with an open
 * offer, and organisations that were on the mentor side of a completed (CLOSED)
 * partnership. Per candidate: its open offer's strengths, languages, regions, capacity
 * and window; the working areas it has mentored; completed partnerships as mentor in the
 * requested areas; approved KPI improvements (latest approved value better than the
 * baseline, in the indicator's better direction) in those partnerships; partnerships
 * under way (pipeline, implementation, finalisation) as mentor; whether it is a utility;
 * whether it is on the mentor side of a partnership, not cancelled, with the requester as
 * mentee (under way, or only closed ones).
 */
@Repository
@Transactional(readOnly = true)
public class CandidateQueries {

	private final JdbcClient jdbc;

	CandidateQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The requesting side of a request, as matching sees it. */
	public Matching.Request request(long requestId) {
		return jdbc
			.sql("""
					select r.organisation_id, r.regional_platform_code, coalesce(c.global_south, false), o.population_served,
					       (select array_agg(n.working_area_code) from support_request_need n where n.request_id = r.id),
					       (select array_agg(l.language) from support_request_language l where l.request_id = r.id),
					       c.subregion
					from support_request r join organisation o on o.id = r.organisation_id
					left join country c on c.code = o.country_code
					where r.id = ?""")
			.param(requestId)
			.query((rs, n) -> new Matching.Request(rs.getLong(1), strings(rs.getArray(5)), strings(rs.getArray(6)),
					rs.getString(2), rs.getBoolean(3), nullableLong(rs, 4), rs.getString(7)))
			.single();
	}

	public List<Matching.Candidate> candidates(long requestId) {
		return jdbc.sql(CANDIDATES)
			.param("request", requestId)
			.query((rs, n) -> new Matching.Candidate(rs.getLong(1), rs.getString(2), strings(rs.getArray(6)),
					strings(rs.getArray(7)), rs.getString(3), rs.getBoolean(4), nullableLong(rs, 5),
					strings(rs.getArray(8)), rs.getInt(9), rs.getInt(10), rs.getInt(11), nullableInt(rs, 12),
					rs.getBoolean(13), strings(rs.getArray(14)), rs.getString(15), rs.getInt(16), rs.getBoolean(17),
					Matching.RequesterTie.valueOf(rs.getString(18))))
			.list();
	}

	private static final String CANDIDATES = """
			with areas as (
			    select working_area_code from support_request_need where request_id = :request
			), requester as (
			    select r.organisation_id, c.subregion from support_request r
			    join organisation o on o.id = r.organisation_id left join country c on c.code = o.country_code
			    where r.id = :request
			), nearby as (
			    select distinct me.partnership_id
			    from participant me
			    join partner_role mr on mr.code = me.role and mr.side = 'MENTEE'
			    join organisation mo on mo.id = me.organisation_id
			    join country mc on mc.code = mo.country_code
			    where mc.subregion = (select subregion from requester)
			), open_offer as (
			    select distinct on (o.organisation_id) o.organisation_id, o.id, o.capacity,
			           o.available_from <= current_date as available
			    from mentor_offer o
			    where o.status = 'OPEN' and (o.available_until is null or o.available_until >= current_date)
			    order by o.organisation_id, o.available_from <= current_date desc, o.created_at desc, o.id desc
			), mentoring as (
			    select pa.organisation_id, p.id as partnership_id, p.status
			    from participant pa
			    join partner_role pr on pr.code = pa.role and pr.side = 'MENTOR'
			    join partnership p on p.id = pa.partnership_id and p.kind = 'WOP'
			), pool as (
			    select organisation_id from open_offer
			    union
			    select organisation_id from mentoring where status = 'CLOSED'
			), record as (
			    select m.organisation_id,
			           array_agg(distinct w.working_area_code) filter (where w.working_area_code is not null
			               and m.status in ('IMPLEMENTATION', 'FINALISATION', 'CLOSED')) as mentored,
			           count(distinct m.partnership_id) filter (where m.status = 'CLOSED'
			               and w.working_area_code in (select working_area_code from areas)) as completed,
			           count(distinct m.partnership_id) filter (where m.status = 'CLOSED' and nb.partnership_id is not null
			               and w.working_area_code in (select working_area_code from areas)) as nearby,
			           count(distinct m.partnership_id) filter (where m.status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION')) as active
			    from mentoring m
			    left join partnership_working_area w on w.partnership_id = m.partnership_id
			    left join nearby nb on nb.partnership_id = m.partnership_id
			    where m.organisation_id in (select organisation_id from pool)
			    group by m.organisation_id
			), tie as (
			    select mine.organisation_id,
			           bool_or(p.status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION', 'SUSPENDED')) as now
			    from participant mine
			    join partner_role minr on minr.code = mine.role and minr.side = 'MENTOR'
			    join partnership p on p.id = mine.partnership_id and p.status <> 'CANCELLED'
			    join participant theirs on theirs.partnership_id = p.id
			        and theirs.organisation_id = (select organisation_id from requester)
			    join partner_role theirr on theirr.code = theirs.role and theirr.side = 'MENTEE'
			    group by mine.organisation_id
			), improved as (
			    select m.organisation_id, count(distinct i.id) as improvements
			    from mentoring m
			    join indicator i on i.partnership_id = m.partnership_id and i.baseline_value is not null
			    join lateral (
			        select v.value from indicator_value v
			        join progress_report r on r.id = v.report_id and r.status = 'APPROVED'
			        where v.indicator_id = i.id
			        order by r.period_year desc, r.period_half desc limit 1) latest on true
			    where m.organisation_id in (select organisation_id from pool)
			      and exists (select 1 from partnership_working_area w where w.partnership_id = m.partnership_id
			                  and w.working_area_code in (select working_area_code from areas))
			      and ((i.better_direction = 'HIGHER' and latest.value > i.baseline_value)
			        or (i.better_direction = 'LOWER' and latest.value < i.baseline_value))
			    group by m.organisation_id
			)
			select org.id, org.name, c.regional_platform_code, coalesce(c.global_south, false), org.population_served,
			       (select array_agg(s.working_area_code) from mentor_offer_strength s where s.offer_id = oo.id),
			       (select array_agg(l.language) from mentor_offer_language l where l.offer_id = oo.id),
			       rec.mentored, coalesce(rec.completed, 0), coalesce(imp.improvements, 0), coalesce(rec.active, 0),
			       oo.capacity, coalesce(oo.available, false),
			       (select array_agg(pl.regional_platform_code) from mentor_offer_platform pl where pl.offer_id = oo.id),
			       c.subregion, coalesce(rec.nearby, 0), org.type = 'UTILITY',
			       case when tie.now then 'MENTORS_NOW' when tie.now is not null then 'MENTORED_BEFORE' else 'NONE' end
			from pool
			join organisation org on org.id = pool.organisation_id
			left join country c on c.code = org.country_code
			left join open_offer oo on oo.organisation_id = org.id
			left join record rec on rec.organisation_id = org.id
			left join improved imp on imp.organisation_id = org.id
			left join tie on tie.organisation_id = org.id
			where org.id <> (select organisation_id from requester)""";

	private static Set<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		return new TreeSet<>(Arrays.asList((String[]) array.getArray()));
	}

	private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Integer nullableInt(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
