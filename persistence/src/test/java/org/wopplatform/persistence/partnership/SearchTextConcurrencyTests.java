package org.wopplatform.persistence.partnership;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people change the same partnership's participants at once — one adds a participant,
 * the other renames an organisation taking part — and the search finds it by both: the
 * second change, which waited for the first, writes the text with the first one in it.
 * The same when an organisation's acronym and country change while someone adds it to a
 * partnership: the partnership is found by the new acronym and country.
 */
@SpringBootTest
class SearchTextConcurrencyTests {

	@Autowired
	private DataSource dataSource;

	private static String searchText(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select search_text from partnership where id = 2")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static int backendPid(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** The statement run on the connection by another thread (it may wait for a lock). */
	private static CompletableFuture<Void> inBackground(Connection connection, String sql) {
		return CompletableFuture.runAsync(() -> {
			try (Statement s = connection.createStatement()) {
				s.executeUpdate(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Until the database process waits for a lock. */
	private void awaitWaitingForALock(String what, int pid) {
		JdbcClient watching = JdbcClient.create(dataSource);
		Awaitility.await(what)
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> watching
				.sql("select count(*) from pg_stat_activity where pid = ? and wait_event_type = 'Lock'")
				.param(pid)
				.query(Long.class)
				.single() == 1);
	}

	@Test
	void aChangeThatWaitedWritesTheTextWithTheOtherInIt() throws Exception {
		String name;
		try (Connection c = dataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select name from organisation where id = 5")) {
			rs.next();
			name = rs.getString(1);
		}
		try (Connection adding = dataSource.getConnection(); Connection renaming = dataSource.getConnection()) {
			adding.setAutoCommit(false);
			try (Statement s = adding.createStatement()) {
				s.executeUpdate("insert into participant (id, partnership_id, organisation_id, role, position)"
						+ " values (990101, 2, 10, 'SUPPORTING_ORG', 9)");
			}
			int renamer = backendPid(renaming);
			CompletableFuture<Void> rename = inBackground(renaming,
					"update organisation set name = 'Lakeside Water Authority' where id = 5");
			// the rename waits for the partnership row the first change holds
			awaitWaitingForALock("the rename waiting for the partnership row", renamer);
			adding.commit();
			rename.get(10, TimeUnit.SECONDS);

			assertThat(searchText(renaming)).contains("dunea").contains("lakeside water authority");
		}
		finally {
			try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
				s.executeUpdate("delete from participant where id = 990101");
				try (PreparedStatement back = c.prepareStatement("update organisation set name = ? where id = 5")) {
					back.setString(1, name);
					back.executeUpdate();
				}
			}
		}
	}

	@Test
	void anOrganisationChangedWhileItIsAddedIsFoundAsItIsNow() throws Exception {
		String acronym;
		String country;
		try (Connection c = dataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select acronym, country_code from organisation where id = 10")) {
			rs.next();
			acronym = rs.getString(1);
			country = rs.getString(2);
		}
		try (Connection changing = dataSource.getConnection(); Connection adding = dataSource.getConnection()) {
			changing.setAutoCommit(false);
			try (Statement s = changing.createStatement()) {
				s.executeUpdate("update organisation set acronym = 'DWB', country_code = 'UG' where id = 10");
			}
			int adder = backendPid(adding);
			CompletableFuture<Void> add = inBackground(adding,
					"insert into participant (id, partnership_id, organisation_id, role, position)"
							+ " values (990102, 2, 10, 'SUPPORTING_ORG', 9)");
			// the participant's triggers wait for the change of the organisation to
			// commit
			awaitWaitingForALock("adding the participant waiting for the organisation", adder);
			changing.commit();
			add.get(10, TimeUnit.SECONDS);

			assertThat(searchText(changing)).contains("\ndwb");
			try (Statement s = changing.createStatement();
					ResultSet rs = s.executeQuery("select 'c:UG' = any(facets) from partnership where id = 2")) {
				rs.next();
				assertThat(rs.getBoolean(1)).as("the organisation's new country among the partnership's").isTrue();
			}
		}
		finally {
			try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
				s.executeUpdate("delete from participant where id = 990102");
				try (PreparedStatement back = c
					.prepareStatement("update organisation set acronym = ?, country_code = ? where id = 10")) {
					back.setString(1, acronym);
					back.setString(2, country);
					back.executeUpdate();
				}
			}
		}
	}

}
