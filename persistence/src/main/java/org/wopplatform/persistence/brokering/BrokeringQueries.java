package org.wopplatform.persistence.brokering;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.brokering.MatchComponent;
import org.wopplatform.domain.brokering.MatchStage;
import org.wopplatform.domain.brokering.MatchWeights;
import org.wopplatform.domain.brokering.OfferStatus;
import org.wopplatform.domain.brokering.RequestStatus;
import org.wopplatform.domain.brokering.Urgency;
import org.wopplatform.persistence.version.Recount;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What brokering pages list, each in one statement paginated in SQL and scoped by
 * {@link BrokeringScope}: support requests, mentor offers, the matches of a request, the
 * board of a region; and the match weights.
 */
@Repository
@Transactional(readOnly = true)
public class BrokeringQueries {

	public static final int PAGE_SIZE = 25;

	/** Cards shown per board column; the column's count covers all of them. */
	public static final int BOARD_CARDS = 40;

	private final JdbcClient jdbc;

	private final Recount recount;

	BrokeringQueries(JdbcClient jdbc, Recount recount) {
		this.jdbc = jdbc;
		this.recount = recount;
	}

	public record RequestFilter(@Nullable RequestStatus status, @Nullable String area, @Nullable String platform,
			@Nullable String q, int page) {
	}

	public record RequestRow(long id, String title, long organisationId, String organisationName,
			@Nullable String countryCode, String platformCode, RequestStatus status, Urgency urgency, Instant createdAt,
			List<String> areas, int matches) {
	}

	public Page<RequestRow> requests(BrokeringScope scope, RequestFilter filter) {
		Map<String, Object> params = new HashMap<>(scope.parameters());
		params.put("status", filter.status() == null ? "" : filter.status().name());
		params.put("area", filter.area() == null ? "" : filter.area());
		params.put("platformFilter", filter.platform() == null ? "" : filter.platform());
		params.put("q", filter.q() == null ? "" : "%"
				+ filter.q().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		params.put("offset", (Math.min(Math.max(1, filter.page()), 10_000) - 1) * PAGE_SIZE);
		params.put("limit", PAGE_SIZE);
		List<Long> total = new ArrayList<>(1);
		List<RequestRow> rows = jdbc.sql("""
				select r.id, r.title, o.id, o.name, o.country_code, r.regional_platform_code, r.status, r.urgency,
				       r.created_at,
				       (select string_agg(n.working_area_code, ',' order by n.working_area_code)
				          from support_request_need n where n.request_id = r.id),
				       (select count(*) from brokering_match m where m.request_id = r.id),
				       count(*) over ()
				from support_request r join organisation o on o.id = r.organisation_id
				where %s
				  and (:status = '' or r.status = :status)
				  and (:area = '' or exists (select 1 from support_request_need n
				                             where n.request_id = r.id and n.working_area_code = :area))
				  and (:platformFilter = '' or r.regional_platform_code = :platformFilter)
				  and (:q = '' or lower(r.title) like :q or lower(o.name) like :q)
				order by r.created_at desc, r.id desc
				offset :offset limit :limit""".formatted(BrokeringScope.REQUESTS)).params(params).query((rs, n) -> {
			if (total.isEmpty()) {
				total.add(rs.getLong(12));
			}
			String areas = rs.getString(10);
			return new RequestRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6), RequestStatus.valueOf(rs.getString(7)), Urgency.valueOf(rs.getString(8)),
					rs.getObject(9, OffsetDateTime.class).toInstant(),
					areas == null ? List.of() : List.of(areas.split(",")), rs.getInt(11));
		}).list();
		return page(rows, total, filter.page());
	}

	public boolean canSeeRequest(BrokeringScope scope, long requestId) {
		Map<String, Object> params = new HashMap<>(scope.parameters());
		params.put("id", requestId);
		return jdbc
			.sql("select exists (select 1 from support_request r where r.id = :id and %s)"
				.formatted(BrokeringScope.REQUESTS))
			.params(params)
			.query(Boolean.class)
			.single();
	}

	public record OfferRow(long id, long organisationId, String organisationName, @Nullable String countryCode,
			OfferStatus status, int capacity, java.time.LocalDate availableFrom,
			java.time.@Nullable LocalDate availableUntil, List<String> areas, List<String> languages) {
	}

	public Page<OfferRow> offers(BrokeringScope scope, @Nullable String area, boolean openOnly, int page) {
		Map<String, Object> params = new HashMap<>(scope.parameters());
		params.put("area", area == null ? "" : area);
		params.put("openOnly", openOnly);
		params.put("offset", (Math.min(Math.max(1, page), 10_000) - 1) * PAGE_SIZE);
		params.put("limit", PAGE_SIZE);
		List<Long> total = new ArrayList<>(1);
		List<OfferRow> rows = jdbc
			.sql("""
					select o.id, org.id, org.name, org.country_code, o.status, o.capacity, o.available_from, o.available_until,
					       (select string_agg(s.working_area_code, ',' order by s.working_area_code)
					          from mentor_offer_strength s where s.offer_id = o.id),
					       (select string_agg(l.language, ',' order by l.language)
					          from mentor_offer_language l where l.offer_id = o.id),
					       count(*) over ()
					from mentor_offer o join organisation org on org.id = o.organisation_id
					where %s
					  and (not :openOnly or o.status = 'OPEN')
					  and (:area = '' or exists (select 1 from mentor_offer_strength s
					                             where s.offer_id = o.id and s.working_area_code = :area))
					order by o.created_at desc, o.id desc
					offset :offset limit :limit"""
				.formatted(BrokeringScope.OFFERS))
			.params(params)
			.query((rs, n) -> {
				if (total.isEmpty()) {
					total.add(rs.getLong(11));
				}
				return new OfferRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						OfferStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getObject(7, java.time.LocalDate.class),
						rs.getObject(8, java.time.LocalDate.class), split(rs.getString(9)), split(rs.getString(10)));
			})
			.list();
		return page(rows, total, page);
	}

	/** A match with the names of both utilities, for the request and match pages. */
	public record MatchRow(long id, long requestId, String requestTitle, long menteeId, String menteeName,
			long mentorId, String mentorName, MatchStage stage, double score, Instant stageChangedAt,
			@Nullable Long partnershipId) {
	}

	public List<MatchRow> matchesOfRequest(long requestId) {
		return jdbc.sql(MATCH_ROWS + " where m.request_id = ? order by m.score desc, m.id")
			.param(requestId)
			.query((rs, n) -> matchRow(rs))
			.list();
	}

	/** A board card: an open request without a match yet, or a match at its stage. */
	public record Card(String column, long requestId, String requestTitle, String menteeName, @Nullable Long matchId,
			@Nullable String mentorName, Instant since, long columnCount) {
	}

	/**
	 * The board of a platform (or of all platforms): open requests with no match, then
	 * matches by stage — waiting the longest first, but the newest first among created
	 * and declined ones — {@link #BOARD_CARDS} per column with each column's full count.
	 * Matches of closed requests show only once created or declined.
	 */
	public List<Card> board(@Nullable String platform) {
		// read once until the data changes (the start page of every coordinator and
		// of the secretariat shows it): requests, matches and organisations are the
		// platform's data
		return recount.keep(java.util.Arrays.asList("board", platform), () -> readBoard(platform));
	}

	private List<Card> readBoard(@Nullable String platform) {
		return jdbc.sql("""
				with cards as (
				    select 'OPEN' as col, r.id as request_id, r.title, mentee.name as mentee, null::bigint as match_id,
				           null::varchar as mentor, r.created_at as since
				    from support_request r join organisation mentee on mentee.id = r.organisation_id
				    where r.status = 'OPEN' and (:platform = '' or r.regional_platform_code = :platform)
				    union all
				    select m.stage, r.id, r.title, mentee.name, m.id, mentor.name, m.stage_changed_at
				    from brokering_match m
				    join support_request r on r.id = m.request_id
				    join organisation mentee on mentee.id = r.organisation_id
				    join organisation mentor on mentor.id = m.mentor_organisation_id
				    where (:platform = '' or r.regional_platform_code = :platform)
				      and (r.status <> 'CLOSED' or m.stage in ('CONVERTED', 'DECLINED'))
				), ranked as (
				    select cards.*, row_number() over (partition by col order by
				               case when col in ('CONVERTED', 'DECLINED') then since end desc nulls last,
				               since, request_id, match_id) as n,
				           count(*) over (partition by col) as total
				    from cards
				)
				select col, request_id, title, mentee, match_id, mentor, since, total from ranked
				where n <= :cards order by col, n""")
			.param("platform", platform == null ? "" : platform)
			.param("cards", BOARD_CARDS)
			.query((rs, n) -> new Card(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
					rs.getLong(8)))
			.list()
			.stream()
			.toList();
	}

	/** The weights in force and their version (for the secretariat's form). */
	public record Weights(MatchWeights weights, long version) {
	}

	public Weights weights() {
		Map<MatchComponent, Integer> values = new EnumMap<>(MatchComponent.class);
		long[] version = { 0 };
		jdbc.sql("select component, weight, version from match_weight").query((rs, n) -> {
			values.put(MatchComponent.valueOf(rs.getString(1)), rs.getInt(2));
			version[0] += rs.getLong(3);
			return null;
		}).list();
		return new Weights(new MatchWeights(values), version[0]);
	}

	/**
	 * Sets the weights, unless they changed since {@code version}.
	 * @return false when someone else changed them first
	 */
	@Transactional
	public boolean setWeights(MatchWeights weights, long version) {
		long current = jdbc.sql("select sum(version) from (select version from match_weight for update) w")
			.query(Long.class)
			.single();
		if (current != version) {
			return false;
		}
		for (MatchComponent component : MatchComponent.values()) {
			jdbc.sql("update match_weight set weight = ?, version = version + 1 where component = ?")
				.params(weights.of(component), component.name())
				.update();
		}
		return true;
	}

	static final String MATCH_ROWS = """
			select m.id, r.id, r.title, mentee.id, mentee.name, mentor.id, mentor.name, m.stage, m.score,
			       m.stage_changed_at, m.partnership_id
			from brokering_match m
			join support_request r on r.id = m.request_id
			join organisation mentee on mentee.id = r.organisation_id
			join organisation mentor on mentor.id = m.mentor_organisation_id""";

	static MatchRow matchRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new MatchRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
				rs.getLong(6), rs.getString(7), MatchStage.valueOf(rs.getString(8)), rs.getDouble(9),
				rs.getObject(10, OffsetDateTime.class).toInstant(), (Long) rs.getObject(11));
	}

	/**
	 * A page of rows; the total comes with the rows (a window count), so a page past the
	 * end counts nothing and says so.
	 */
	private static <T> Page<T> page(List<T> rows, List<Long> total, int page) {
		return new PageImpl<>(rows, PageRequest.of(Math.min(Math.max(1, page), 10_000) - 1, PAGE_SIZE),
				total.isEmpty() ? 0 : total.get(0));
	}

	private static List<String> split(@Nullable String joined) {
		return joined == null ? List.of() : List.of(joined.split(","));
	}

}
