package org.wopplatform.persistence.brokering;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The concept-note documents of matches, kept apart from the matches themselves. */
@Repository
@Transactional
public class MatchDocuments {

	private final JdbcClient jdbc;

	MatchDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Document(String mediaType, byte[] content) {
	}

	public void save(long matchId, String mediaType, byte[] content) {
		jdbc.sql("insert into brokering_match_document (match_id, media_type, content) values (?, ?, ?)")
			.params(matchId, mediaType, content)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<Document> find(long matchId) {
		return jdbc.sql("select media_type, content from brokering_match_document where match_id = ?")
			.param(matchId)
			.query((rs, n) -> new Document(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

}
