package org.wopplatform.persistence.progress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of progress reports, kept in PostgreSQL (bytea). Lists never read the
 * content; only a download does, one file at a time.
 */
@Repository
@Transactional
public class EvidenceFiles {

	private final JdbcClient jdbc;

	EvidenceFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A file as listed: no content. */
	public record Listed(long id, long reportId, String fileName, String mediaType, int sizeBytes, Instant uploadedAt) {
	}

	/** A file with its content, for download. */
	public record Content(String fileName, String mediaType, byte[] bytes) {
	}

	public long add(long reportId, String fileName, String mediaType, byte[] content, @Nullable Long uploadedBy,
			Instant at) {
		long id = jdbc.sql("select nextval('report_evidence_seq')").query(Long.class).single();
		jdbc.sql(
				"""
						insert into report_evidence (id, report_id, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, reportId, fileName, mediaType, content.length, content, uploadedBy,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public List<Listed> of(long reportId) {
		return jdbc.sql("""
				select id, report_id, file_name, media_type, size_bytes, uploaded_at
				from report_evidence where report_id = ? order by uploaded_at, id""")
			.param(reportId)
			.query((rs, n) -> new Listed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getObject(6, OffsetDateTime.class).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public int count(long reportId) {
		return jdbc.sql("select count(*) from report_evidence where report_id = ?")
			.param(reportId)
			.query(Integer.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<Content> content(long reportId, long evidenceId) {
		return jdbc.sql("select file_name, media_type, content from report_evidence where report_id = ? and id = ?")
			.params(reportId, evidenceId)
			.query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/**
	 * @return the name of the removed file, if it was one of the report's
	 */
	public Optional<String> remove(long reportId, long evidenceId) {
		return jdbc.sql("delete from report_evidence where report_id = ? and id = ? returning file_name")
			.params(reportId, evidenceId)
			.query(String.class)
			.optional();
	}

	/** A correction keeps the evidence of the report it corrects. */
	public void copy(long fromReportId, long toReportId) {
		jdbc.sql(
				"""
						insert into report_evidence (id, report_id, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)
						select nextval('report_evidence_seq'), ?, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at
						from report_evidence where report_id = ? order by id""")
			.params(toReportId, fromReportId)
			.update();
	}

}
