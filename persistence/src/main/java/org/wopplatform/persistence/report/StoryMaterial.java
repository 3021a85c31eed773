package org.wopplatform.persistence.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.report.AnnualFigureQueries.StorySeed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an annual report's stories are made of, beyond their words: the texts a story can
 * start from for any published partnership (its description, its stated results, the
 * achievements of its approved report of the year), the facts a story card shows (mentor
 * and mentee, countries, years, working areas), and the story's picture.
 */
@Repository
@Transactional(readOnly = true)
public class StoryMaterial {

	/** At most this many partnerships are offered at once. */
	public static final int SEED_LIMIT = 30;

	private final JdbcClient jdbc;

	StoryMaterial(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Texts to start a story from, of published partnerships whose title or reference
	 * code holds the words (any published partnership, completed ones too), at most
	 * {@link #SEED_LIMIT} partnerships, by title.
	 */
	public List<StorySeed> seeds(int year, String words) {
		String like = "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc
			.sql("""
					with found as (
					    select id, title from partnership
					    where published and (title ilike :like or reference_code ilike :like)
					    order by lower(title), id limit :limit)
					select f.id, f.title, 'record: description', p.description from found f join partnership p on p.id = f.id
					where p.description is not null
					union all
					select f.id, f.title, 'record: results', p.results_narrative from found f join partnership p on p.id = f.id
					where p.results_narrative is not null
					union all
					select f.id, f.title, 'report ' || r.period_year || case r.period_half when 0 then '' else '-H' || r.period_half end,
					       r.achievements
					from found f join progress_report r on r.partnership_id = f.id
					where r.status = 'APPROVED' and r.period_year = :year and r.achievements is not null
					  and not r.narrative_internal
					order by 2, 1, 3""")
			.param("like", like)
			.param("limit", SEED_LIMIT)
			.param("year", year)
			.query((rs, n) -> new StorySeed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** One published partnership's texts (to check a pick). */
	public List<StorySeed> seedsOf(int year, long partnershipId) {
		return jdbc
			.sql("""
					select p.id, p.title, 'record: description', p.description from partnership p
					where p.id = :id and p.published and p.description is not null
					union all
					select p.id, p.title, 'record: results', p.results_narrative from partnership p
					where p.id = :id and p.published and p.results_narrative is not null
					union all
					select p.id, p.title, 'report ' || r.period_year || case r.period_half when 0 then '' else '-H' || r.period_half end,
					       r.achievements
					from partnership p join progress_report r on r.partnership_id = p.id
					where p.id = :id and p.published and r.status = 'APPROVED' and r.period_year = :year
					  and r.achievements is not null and not r.narrative_internal""")
			.param("id", partnershipId)
			.param("year", year)
			.query((rs, n) -> new StorySeed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** What a story card says of its partnership. */
	public record Facts(String mentors, String mentees, List<String> countries, @Nullable Integer fromYear,
			@Nullable Integer toYear, List<String> areas, boolean published) {
	}

	/**
	 * The facts of the partnerships of some stories, by partnership id, in one statement.
	 */
	public Map<Long, Facts> facts(java.util.Collection<Long> partnershipIds) {
		Map<Long, Facts> facts = new HashMap<>();
		if (partnershipIds.isEmpty()) {
			return facts;
		}
		jdbc.sql(
				"""
						select p.id,
						       (select string_agg(coalesce(o.acronym, o.name), ', ' order by pa.position) from participant pa
						        join organisation o on o.id = pa.organisation_id
						        where pa.partnership_id = p.id and pa.role in ('LEAD_MENTOR', 'MENTOR', 'CO_MENTOR', 'LEAD_PARTNER')),
						       (select string_agg(coalesce(o.acronym, o.name), ', ' order by pa.position) from participant pa
						        join organisation o on o.id = pa.organisation_id
						        where pa.partnership_id = p.id and pa.role in ('LEAD_MENTEE', 'MENTEE', 'RECIPIENT', 'BENEFICIARY_PARTNER')),
						       (select string_agg(distinct o.country_code, ',') from participant pa
						        join organisation o on o.id = pa.organisation_id
						        where pa.partnership_id = p.id and o.country_code is not null
						          and pa.role in ('LEAD_MENTOR', 'MENTOR', 'CO_MENTOR', 'LEAD_PARTNER', 'LEAD_MENTEE', 'MENTEE',
						                          'RECIPIENT', 'BENEFICIARY_PARTNER')),
						       extract(year from coalesce(p.actual_start, p.planned_start))::int,
						       extract(year from coalesce(p.actual_end, p.planned_end))::int,
						       (select string_agg(w.working_area_code, ',' order by w.working_area_code)
						        from partnership_working_area w where w.partnership_id = p.id),
						       p.published
						from partnership p where p.id in (:ids)""")
			.param("ids", partnershipIds)
			.query((rs, n) -> facts.put(rs.getLong(1),
					new Facts(nonNull(rs.getString(2)), nonNull(rs.getString(3)), split(rs.getString(4)),
							(Integer) rs.getObject(5), (Integer) rs.getObject(6), split(rs.getString(7)),
							rs.getBoolean(8))))
			.list();
		return facts;
	}

	/** An image among the evidence of a partnership's approved reports. */
	public record EvidencePicture(long evidenceId, String fileName, String period) {
	}

	/**
	 * The PNG and JPEG images among the evidence of the partnerships' approved reports
	 * (at most ten a partnership, the latest first), by partnership id, in one statement.
	 */
	public Map<Long, List<EvidencePicture>> evidencePictures(java.util.Collection<Long> partnershipIds) {
		Map<Long, List<EvidencePicture>> pictures = new HashMap<>();
		if (!partnershipIds.isEmpty()) {
			jdbc.sql(
					"""
							select partnership_id, id, file_name, period from (
							    select r.partnership_id, e.id, e.file_name,
							           r.period_year || case r.period_half when 0 then '' else '-H' || r.period_half end as period,
							           row_number() over (partition by r.partnership_id order by r.period_year desc, r.period_half desc, e.id) as n
							    from report_evidence e join progress_report r on r.id = e.report_id
							    where r.partnership_id in (:ids) and r.status = 'APPROVED'
							      and e.media_type in ('image/png', 'image/jpeg')) ranked
							where n <= 10 order by partnership_id, n""")
				.param("ids", partnershipIds)
				.query((rs, n) -> pictures.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
					.add(new EvidencePicture(rs.getLong(2), rs.getString(3), rs.getString(4))))
				.list();
		}
		return pictures;
	}

	/** An image of a partnership's approved report's evidence: its bytes. */
	public Optional<byte[]> evidencePicture(long evidenceId, long partnershipId) {
		return jdbc.sql("""
				select e.content from report_evidence e join progress_report r on r.id = e.report_id
				where e.id = ? and r.partnership_id = ? and r.status = 'APPROVED'
				  and e.media_type in ('image/png', 'image/jpeg')""")
			.params(evidenceId, partnershipId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/** A story's picture, without its bytes. */
	public record PictureInfo(String mediaType, String caption, String credit) {
	}

	/** A story's picture. */
	public record Picture(String mediaType, byte[] content, String caption, String credit) {
	}

	/** The pictures of some stories, without their bytes, in one statement. */
	public Map<Long, PictureInfo> pictures(java.util.Collection<Long> storyIds) {
		Map<Long, PictureInfo> pictures = new HashMap<>();
		if (!storyIds.isEmpty()) {
			jdbc.sql(
					"select story_id, media_type, caption, credit from annual_report_story_picture where story_id in (:ids)")
				.param("ids", storyIds)
				.query((rs, n) -> pictures.put(rs.getLong(1),
						new PictureInfo(rs.getString(2), rs.getString(3), rs.getString(4))))
				.list();
		}
		return pictures;
	}

	/** The pictures of some stories with their bytes (for a PDF), in one statement. */
	public Map<Long, Picture> pictureContents(java.util.Collection<Long> storyIds) {
		Map<Long, Picture> pictures = new HashMap<>();
		if (!storyIds.isEmpty()) {
			jdbc.sql("select story_id, media_type, content, caption, credit from annual_report_story_picture"
					+ " where story_id in (:ids)")
				.param("ids", storyIds)
				.query((rs, n) -> pictures.put(rs.getLong(1),
						new Picture(rs.getString(2), rs.getBytes(3), rs.getString(4), rs.getString(5))))
				.list();
		}
		return pictures;
	}

	public Optional<Picture> picture(long storyId) {
		return jdbc
			.sql("select media_type, content, caption, credit from annual_report_story_picture where story_id = ?")
			.param(storyId)
			.query((rs, n) -> new Picture(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	@Transactional
	public void putPicture(long storyId, Picture picture) {
		jdbc.sql("""
				insert into annual_report_story_picture (story_id, media_type, content, caption, credit)
				values (?, ?, ?, ?, ?)
				on conflict (story_id) do update set media_type = excluded.media_type, content = excluded.content,
				    caption = excluded.caption, credit = excluded.credit""")
			.params(storyId, picture.mediaType(), picture.content(), picture.caption(), picture.credit())
			.update();
	}

	@Transactional
	public void removePicture(long storyId) {
		jdbc.sql("delete from annual_report_story_picture where story_id = ?").param(storyId).update();
	}

	private static String nonNull(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static List<String> split(@Nullable String text) {
		return text == null || text.isBlank() ? List.of() : List.of(text.split(","));
	}

}
