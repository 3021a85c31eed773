package org.wopplatform.reporting.opendata;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DatePrecision;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.partnership.PartnershipSearch;
import org.wopplatform.persistence.partnership.PartnershipSummary;
import org.wopplatform.persistence.partnership.PartyName;
import org.wopplatform.persistence.partnership.ReadScope;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.reporting.opendata.OpenPartnership.Budget;
import org.wopplatform.reporting.opendata.OpenPartnership.CapacityResult;
import org.wopplatform.reporting.opendata.OpenPartnership.CodeAndName;
import org.wopplatform.reporting.opendata.OpenPartnership.Participant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published partnerships for the open-data API. A page costs the partnership search's
 * statements (count, page, participants, working areas) plus one for what the API adds
 * (description, dates, platform, programme, budget, working-area codes and SDG targets)
 * and one for the approved capacity results, whatever its size; one partnership costs
 * three.
 */
@Component
@Transactional(readOnly = true)
public class PublishedPartnerships {

	private static final String DETAILS = """
			select p.id, p.reference_code, p.title, p.description, p.status, p.kind,
			    p.planned_start, p.planned_start_precision, p.planned_end, p.planned_end_precision,
			    p.actual_start, p.actual_start_precision, p.actual_end, p.actual_end_precision,
			    rp.code as platform_code, rp.name as platform_name, fp.code as programme_code, fp.name as programme_name,
			    p.budget_amount, p.budget_currency, p.themes
			from partnership p
			left join regional_platform rp on rp.code = p.regional_platform_code
			left join funding_programme fp on fp.code = p.funding_programme_code
			where p.published and p.id in (:ids)""";

	private final PartnershipListQueries lists;

	private final JdbcClient jdbc;

	private final PublishedCapacityResults capacity;

	private final ReferenceData reference;

	private final String baseUrl;

	PublishedPartnerships(PartnershipListQueries lists, JdbcClient jdbc, PublishedCapacityResults capacity,
			ReferenceData reference, @Value("${wop.base-url:http://localhost:8080}") String baseUrl) {
		this.lists = lists;
		this.jdbc = jdbc;
		this.capacity = capacity;
		this.reference = reference;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * One page of the published partnerships matching the filters, in the search's order.
	 */
	public Page<OpenPartnership> page(PartnershipSearch search, Pageable pageable) {
		Page<PartnershipSummary> summaries = lists.searchExactly(search, ReadScope.publicOnly(), pageable);
		return new PageImpl<>(open(summaries.getContent()), pageable, summaries.getTotalElements());
	}

	/**
	 * Published partnerships matching the filters read in id order from an id on: at most
	 * {@code size} after it, the id to read on after (null at the end of the list), and
	 * how many match in all.
	 */
	public record After(List<OpenPartnership> items, @Nullable Long readOnAfter, long total) {
	}

	/**
	 * The published partnerships matching the filters with an id above {@code after}, in
	 * id order: a whole list read page by page, each page as cheap as the first.
	 */
	public After after(PartnershipSearch search, long after, int size) {
		PartnershipListQueries.After read = lists.searchAfter(search, ReadScope.publicOnly(), after, size);
		return new After(open(read.rows()), read.readOnAfter(), read.total());
	}

	/** The open-data records of the listed partnerships, in their order. */
	private List<OpenPartnership> open(List<PartnershipSummary> summaries) {
		if (summaries.isEmpty()) {
			return List.of();
		}
		Map<Long, Head> heads = heads(summaries.stream().map(PartnershipSummary::id).toList());
		Map<Long, List<CapacityResult>> results = capacity.of(heads.keySet());
		return summaries.stream()
			.filter(summary -> heads.containsKey(summary.id()))
			.map(summary -> heads.get(summary.id())
				.with(summary.parties().stream().map(PublishedPartnerships::participant).toList(),
						results.getOrDefault(summary.id(), List.of())))
			.toList();
	}

	/** The partnership if it exists and is published. */
	public Optional<OpenPartnership> one(long id) {
		Head head = heads(List.of(id)).get(id);
		if (head == null) {
			return Optional.empty();
		}
		List<Participant> participants = jdbc.sql("""
				select o.id, o.name, o.acronym, o.country_code, pa.role
				from participant pa join organisation o on o.id = pa.organisation_id
				where pa.partnership_id = :id order by pa.position, pa.id""").param("id", id).query((rs, row) -> {
			PartnerRole role = PartnerRole.valueOf(rs.getString("role"));
			return new Participant(rs.getLong("id"), rs.getString("name"), rs.getString("acronym"),
					rs.getString("country_code"), role.name(), role.side().name());
		}).list();
		return Optional.of(head.with(participants, capacity.of(List.of(id)).getOrDefault(id, List.of())));
	}

	private static Participant participant(PartyName party) {
		return new Participant(party.organisationId(), party.name(), party.acronym(), party.countryCode(),
				party.role().name(), party.role().side().name());
	}

	private Map<Long, Head> heads(List<Long> ids) {
		Map<Long, Head> heads = new LinkedHashMap<>();
		jdbc.sql(DETAILS).param("ids", ids).query((rs, row) -> head(rs)).list().forEach(h -> heads.put(h.id(), h));
		return heads;
	}

	private Head head(ResultSet rs) throws SQLException {
		String platform = rs.getString("platform_code");
		String programme = rs.getString("programme_code");
		BigDecimal amount = rs.getBigDecimal("budget_amount");
		long id = rs.getLong("id");
		java.sql.Array array = rs.getArray("themes");
		List<String> themes = array == null ? List.of() : List.of((String[]) array.getArray());
		return new Head(id, rs.getString("reference_code"), rs.getString("title"), rs.getString("description"),
				rs.getString("status"), rs.getString("kind"), partialDate(rs, "planned_start"),
				partialDate(rs, "planned_end"), partialDate(rs, "actual_start"), partialDate(rs, "actual_end"),
				platform == null ? null : new CodeAndName(platform, rs.getString("platform_name")),
				programme == null ? null : new CodeAndName(programme, rs.getString("programme_name")),
				amount == null ? null : new Budget(amount.toPlainString(), rs.getString("budget_currency")),
				areas(themes), targets(themes), baseUrl + "/partnerships/" + id);
	}

	/**
	 * The working areas of a partnership's themes ({@code a:NRW}, migration
	 * V202612141000), in the list's order: from the reference lists in memory, where a
	 * subquery per partnership joined and sorted them (with the targets', 0.5 ms of a
	 * page's 0.6 in the database at 50,000 partnerships). A code the cached lists do not
	 * know yet, added a moment ago, is left out, as on the search's pages.
	 */
	private List<String> areas(List<String> themes) {
		return reference.workingAreasInOrder(codes(themes, "a:").toArray(String[]::new))
			.stream()
			.map(ReferenceData.WorkingAreaRef::code)
			.toList();
	}

	/** The SDG targets of a partnership's themes ({@code t:6.1}), in the list's order. */
	private List<String> targets(List<String> themes) {
		return reference.targetsInOrder(codes(themes, "t:")).stream().map(ReferenceData.TargetRef::code).toList();
	}

	/** The codes of the themes of one kind ({@code a:} or {@code t:}). */
	private static List<String> codes(List<String> themes, String kind) {
		return themes.stream().filter(theme -> theme.startsWith(kind)).map(theme -> theme.substring(2)).toList();
	}

	/** A partial date as the platform writes it ("2018", "2018-06", "2018-06-30"). */
	static @Nullable String partialDate(ResultSet rs, String column) throws SQLException {
		LocalDate date = rs.getObject(column, LocalDate.class);
		String precision = rs.getString(column + "_precision");
		return date == null || precision == null ? null
				: new PartialDate(date, DatePrecision.valueOf(precision)).toString();
	}

	/** Everything but the participants, which come from the search or their own query. */
	private record Head(long id, String referenceCode, String title, @Nullable String description, String status,
			String kind, @Nullable String plannedStart, @Nullable String plannedEnd, @Nullable String actualStart,
			@Nullable String actualEnd, @Nullable CodeAndName regionalPlatform, @Nullable CodeAndName fundingProgramme,
			@Nullable Budget budget, List<String> workingAreas, List<String> sdgTargets, String url) {

		OpenPartnership with(List<Participant> participants, List<CapacityResult> capacityResults) {
			return new OpenPartnership(id, referenceCode, title, description, status, kind, plannedStart, plannedEnd,
					actualStart, actualEnd, regionalPlatform, fundingProgramme, budget, participants, workingAreas,
					sdgTargets, url, capacityResults);
		}

	}

}
