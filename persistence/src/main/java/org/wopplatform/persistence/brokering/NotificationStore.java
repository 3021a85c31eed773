package org.wopplatform.persistence.brokering;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-application notifications: a message key with its arguments and a link, per person;
 * shown in their language in "My work".
 */
@Repository
@Transactional
public class NotificationStore {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Recipient(long userId, String email, String displayName, String locale) {
	}

	public record Shown(long id, Instant createdAt, String messageKey, List<String> arguments, String link) {
	}

	/**
	 * The parties of a match: staff of the mentee and of the mentor, and the coordinators
	 * of the request's platform (enabled accounts).
	 */
	@Transactional(readOnly = true)
	public List<Recipient> partiesOf(long requestId, long mentorOrganisationId) {
		return jdbc.sql("""
				select distinct u.id, u.email, u.display_name, u.locale
				from support_request r
				join user_account u on u.enabled and (
				     (u.role = 'UTILITY_STAFF' and u.organisation_id in (r.organisation_id, :mentor))
				  or (u.role = 'COORDINATOR' and u.regional_platform_code = r.regional_platform_code))
				where r.id = :request
				order by u.id""")
			.param("request", requestId)
			.param("mentor", mentorOrganisationId)
			.query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	public long add(long userId, String messageKey, List<String> arguments, String link, Instant at) {
		return jdbc.sql("""
				insert into notification (id, user_id, created_at, message_key, arguments, link)
				values (nextval('notification_seq'), ?, ?, ?, ?, ?) returning id""")
			.params(userId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), messageKey,
					json.writeValueAsString(arguments), link)
			.query(Long.class)
			.single();
	}

	public void mailed(long id, Instant at) {
		jdbc.sql("update notification set mailed_at = ? where id = ?")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
			.update();
	}

	/** The person's latest notifications, newest first. */
	@Transactional(readOnly = true)
	public List<Shown> of(long userId) {
		return jdbc.sql("""
				select id, created_at, message_key, arguments, link from notification
				where user_id = ? order by created_at desc, id desc limit 30""")
			.param(userId)
			.query((rs, n) -> new Shown(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getString(3), arguments(rs.getString(4)), rs.getString(5)))
			.list();
	}

	private static List<String> arguments(@Nullable String text) {
		return text == null ? List.of() : List.of(json.readValue(text, String[].class));
	}

}
