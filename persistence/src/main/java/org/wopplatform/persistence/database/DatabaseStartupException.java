package org.wopplatform.persistence.database;

/**
 * The database could not be made ready. Carries what went wrong and what to do about it,
 * so that start-up ends with two clear sentences instead of a stack trace.
 */
public class DatabaseStartupException extends RuntimeException {

	private final String action;

	public DatabaseStartupException(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	public DatabaseStartupException(String description, String action) {
		super(description);
		this.action = action;
	}

	public String action() {
		return action;
	}

}
