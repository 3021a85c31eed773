-- Sessions in PostgreSQL (Spring Session JDBC), so that several application nodes on this
-- database share them: a person signed in through one node is signed in on every node, and
-- signing an account out (disabled, role changed) ends its sessions on all of them at once.
--
-- The PostgreSQL schema shipped in spring-session-jdbc 4.1.0
-- (org/springframework/session/jdbc/schema-postgresql.sql), with one change: the principal
-- name is the account's e-mail address, which may be 254 characters (user_account.email), not
-- 100. The application never creates these tables itself (spring.session.jdbc.initialize-schema
-- =never). No data-change trigger: sessions are not the platform's data, and public pages are
-- not cached against them (DataVersionTests lists them as left out).
create table spring_session (
	primary_id char(36) not null,
	session_id char(36) not null,
	creation_time bigint not null,
	last_access_time bigint not null,
	max_inactive_interval int not null,
	expiry_time bigint not null,
	principal_name varchar(254),
	constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
	session_primary_id char(36) not null,
	attribute_name varchar(200) not null,
	attribute_bytes bytea not null,
	constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
	constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
comment on table spring_session is 'Signed-in and anonymous sessions with a state (Spring Session JDBC), shared by every application node';
